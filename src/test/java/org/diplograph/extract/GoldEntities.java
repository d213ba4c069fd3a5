package org.diplograph.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The {@code entities} and {@code not_entities_of_this_article} lists of the gold annotation
 * ({@code src/test/resources/gold/*.yaml}). The lists are YAML flow mappings, one per line
 * ({@code - {name: Iran, type: country, wikidata: Q794, aliases_in_text: [Tehran]}}), which this reads
 * without a YAML library.
 */
final class GoldEntities {

    static final Path DIR = Path.of("src/test/resources/gold");

    /** One gold entity. */
    record Gold(String name, String type, String wikidata, List<String> aliases) {

        List<String> names() {
            List<String> out = new ArrayList<>(List.of(name));
            out.addAll(aliases);
            return out;
        }
    }

    /** The gold of one article. */
    record Article(String file, List<Gold> entities, List<String> notEntities) {}

    private GoldEntities() {}

    static List<Article> load() {
        List<Article> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList())
                out.add(read(Files.readAllLines(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Article read(List<String> lines) {
        String file = null;
        String section = "";
        List<Gold> entities = new ArrayList<>();
        List<String> not = new ArrayList<>();
        for (String line : lines) {
            String l = line.strip();
            if (l.startsWith("#") || l.isEmpty())
                continue;
            if (!line.startsWith(" ") && l.endsWith(":"))
                section = l.substring(0, l.length() - 1);
            else if (section.equals("article") && l.startsWith("file:"))
                file = l.substring(5).strip();
            else if (section.equals("entities") && l.startsWith("- {")) {
                Map<String, Object> m = flowMap(l.substring(2));
                @SuppressWarnings("unchecked")
                List<String> aliases = (List<String>) m.getOrDefault("aliases_in_text", List.of());
                entities.add(new Gold((String) m.get("name"), (String) m.get("type"), (String) m.get("wikidata"), aliases));
            } else if (section.equals("not_entities_of_this_article") && l.startsWith("- "))
                not.add(unquote(l.substring(2).strip()));
        }
        return new Article(file, entities, not);
    }

    /** A one-line flow mapping of scalars and flow sequences of scalars. */
    static Map<String, Object> flowMap(String s) {
        Map<String, Object> out = new LinkedHashMap<>();
        int[] i = {s.indexOf('{') + 1};
        while (i[0] < s.length()) {
            skipSpace(s, i);
            if (s.charAt(i[0]) == '}')
                break;
            int colon = s.indexOf(':', i[0]);
            String key = s.substring(i[0], colon).strip();
            i[0] = colon + 1;
            skipSpace(s, i);
            Object value;
            if (s.charAt(i[0]) == '[') {
                List<String> items = new ArrayList<>();
                i[0]++;
                while (true) {
                    skipSpace(s, i);
                    if (s.charAt(i[0]) == ']') {
                        i[0]++;
                        break;
                    }
                    items.add(scalar(s, i, ",]"));
                    if (s.charAt(i[0]) == ',')
                        i[0]++;
                }
                value = items;
            } else {
                value = scalar(s, i, ",}");
            }
            out.put(key, value);
            skipSpace(s, i);
            if (i[0] < s.length() && s.charAt(i[0]) == ',')
                i[0]++;
        }
        return out;
    }

    private static String scalar(String s, int[] i, String ends) {
        skipSpace(s, i);
        char c = s.charAt(i[0]);
        if (c == '"' || c == '\'') {
            StringBuilder b = new StringBuilder();
            int j = i[0] + 1;
            while (true) {
                char d = s.charAt(j);
                if (d == c && c == '\'' && j + 1 < s.length() && s.charAt(j + 1) == '\'') {
                    b.append('\'');
                    j += 2;
                } else if (d == c) {
                    break;
                } else if (d == '\\' && c == '"') {
                    b.append(s.charAt(j + 1));
                    j += 2;
                } else {
                    b.append(d);
                    j++;
                }
            }
            i[0] = j + 1;
            skipSpace(s, i);
            return b.toString();
        }
        int j = i[0];
        while (j < s.length() && ends.indexOf(s.charAt(j)) < 0)
            j++;
        String v = s.substring(i[0], j).strip();
        i[0] = j;
        return v;
    }

    private static String unquote(String s) {
        return s.length() > 1 && (s.startsWith("\"") || s.startsWith("'")) ? s.substring(1, s.length() - 1) : s;
    }

    private static void skipSpace(String s, int[] i) {
        while (i[0] < s.length() && s.charAt(i[0]) == ' ')
            i[0]++;
    }

    /** Lowercase letters and digits only, diacritics kept: "Ka’nani" and "Kana'ani" compare by letters. */
    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "").replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
