package org.diplograph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;

/**
 * Hand annotations of articles: the seeds' ({@code src/test/resources/gold/*.yaml}) and the
 * development set's ({@code src/test/resources/dev/gold}).
 */
public final class Gold {

    public static final Path DIR = Path.of("src/test/resources/gold");

    /** One annotated article. */
    public record Article(String file, Map<String, Object> meta, List<Map<String, Object>> entities,
                          List<Map<String, Object>> events, List<String> notEntities) {

        /** The Q-number the gold gives for an entity name, or null. */
        public String wikidata(String name) {
            for (Map<String, Object> e : entities)
                if (name.equals(e.get("name")))
                    return (String) e.get("wikidata");
            return null;
        }

        /** The names the gold accepts for an entity: its name and the aliases it has in the text. */
        @SuppressWarnings("unchecked")
        public List<String> names(String name) {
            List<String> out = new ArrayList<>(List.of(name));
            for (Map<String, Object> e : entities)
                if (name.equals(e.get("name")) && e.get("aliases_in_text") instanceof List<?> l)
                    out.addAll((List<String>) l);
            return out;
        }
    }

    private Gold() {}

    /** The seeds' annotation. */
    public static List<Article> load() {
        return load(DIR);
    }

    /** The annotations of a directory of gold files. */
    @SuppressWarnings("unchecked")
    public static List<Article> load(Path dir) {
        List<Article> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    Map<String, Object> y = new Yaml().load(in);
                    Map<String, Object> meta = (Map<String, Object>) y.get("article");
                    out.add(new Article((String) meta.get("file"), meta,
                            (List<Map<String, Object>>) y.getOrDefault("entities", List.of()),
                            (List<Map<String, Object>>) y.getOrDefault("events", List.of()),
                            (List<String>) y.getOrDefault("not_entities_of_this_article", List.of())));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** A gold date as written: YAML reads 2022-09-07 as a timestamp, 2010 as a number. */
    public static String date(Object value) {
        if (value == null)
            return null;
        if (value instanceof java.util.Date d)
            return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
        return value.toString();
    }

    /** Lowercase letters and digits only: "Ka’nani" and "Kana'ani" compare by their letters. */
    public static String norm(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "").replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
