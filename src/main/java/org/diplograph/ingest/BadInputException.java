package org.diplograph.ingest;

import java.nio.file.Path;

/** An input that cannot be converted; the message names the file and the reason. */
public class BadInputException extends RuntimeException {

    private final Path file;

    public BadInputException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    public BadInputException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
