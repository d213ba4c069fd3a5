package org.diplograph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The optional metadata sidecar of an article: a JSON object in {@code NAME.meta.json} beside
 * {@code NAME.txt} or {@code NAME.html}. Keys: {@code title}, {@code publisher},
 * {@code datePublished} (YYYY-MM-DD), {@code url}, {@code language}; all optional, no others allowed,
 * so that a misspelt key is reported rather than silently ignored.
 */
public final class Sidecar {

    public static final String SUFFIX = ".meta.json";
    private static final Set<String> KEYS = Set.of("title", "publisher", "datePublished", "url", "language");

    private Sidecar() {}

    /** The sidecar path for an article file, whether or not it exists. */
    public static Path pathFor(Path article) {
        String name = article.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return article.resolveSibling(stem + SUFFIX);
    }

    /** Reads the sidecar of an article, or returns {@link Metadata#EMPTY} when it has none. */
    public static Metadata read(Path article) {
        Path file = pathFor(article);
        if (!Files.isRegularFile(file))
            return Metadata.EMPTY;
        JsonObject json;
        try {
            json = JSON.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | JsonException e) {
            throw new BadInputException(file, "not a readable JSON object: " + e.getMessage(), e);
        }
        for (String key : json.keys())
            if (!KEYS.contains(key))
                throw new BadInputException(file, "unknown key '" + key + "'; allowed: " + String.join(", ", KEYS.stream().sorted().toList()));
        String date = string(json, "datePublished", file);
        LocalDate published = null;
        if (date != null) {
            try {
                published = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new BadInputException(file, "datePublished '" + date + "' is not a date of the form YYYY-MM-DD");
            }
        }
        return new Metadata(string(json, "title", file), string(json, "publisher", file), published,
                string(json, "url", file), string(json, "language", file));
    }

    private static String string(JsonObject json, String key, Path file) {
        JsonValue v = json.get(key);
        if (v == null || v.isNull())
            return null;
        if (!v.isString())
            throw new BadInputException(file, "'" + key + "' must be a string");
        String s = v.getAsString().value().strip();
        return s.isEmpty() ? null : s;
    }
}
