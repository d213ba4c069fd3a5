package org.diplograph.convert;

import java.nio.file.Path;

/** An article that could not be converted, and why. */
public record Failure(Path file, String reason) {

    @Override
    public String toString() {
        return file + ": " + reason;
    }
}
