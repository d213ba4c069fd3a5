package org.diplograph;

import java.nio.file.Files;
import java.nio.file.Path;

import org.diplograph.convert.Conversion;
import org.diplograph.convert.Converter;

/** The seed articles of the repository, converted once per test JVM. */
public final class Seeds {

    public static final Path DIR = Path.of("seeds");
    private static Conversion conversion;

    private Seeds() {}

    public static synchronized Conversion conversion() {
        if (conversion == null) {
            if (!Files.isDirectory(DIR))
                throw new IllegalStateException("tests run from the repository's top folder, which holds seeds/");
            conversion = Converter.create().build().convert(java.util.List.of(DIR));
        }
        return conversion;
    }
}
