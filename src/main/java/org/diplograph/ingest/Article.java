package org.diplograph.ingest;

import java.nio.file.Path;

/**
 * One input article as read from disk.
 *
 * @param path     the file it was read from
 * @param stem     the file name without its extension; the article's identity in every IRI
 * @param text     the original text (for HTML, the text extracted from it); all offsets point into it
 * @param sha256   the SHA-256 of the file's bytes, in lowercase hex
 * @param metadata what the sidecar states, or {@link Metadata#EMPTY}
 */
public record Article(Path path, String stem, String text, String sha256, Metadata metadata) {

    public String fileName() {
        return path.getFileName().toString();
    }
}
