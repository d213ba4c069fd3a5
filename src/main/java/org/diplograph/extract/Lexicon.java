package org.diplograph.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Role titles or honorifics as a hash table of normalised forms. Forms written in lower case match
 * in any case ("Prime Minister", "prime minister"); forms with capitals are abbreviations and match
 * only as written ("PM", not "pm").
 */
final class Lexicon {

    private final Map<String, String> anyCase = new HashMap<>();
    private final Map<String, String> exactCase = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();
    private int maxWords = 1;

    /** @param forms each surface form mapped to the canonical label of its entry */
    Lexicon(Map<String, String> forms) {
        forms.forEach((form, canonical) -> {
            String k = NameIndex.key(form);
            if (k.isEmpty())
                return;
            boolean lower = form.equals(form.toLowerCase(Locale.ROOT));
            (lower ? anyCase : exactCase).putIfAbsent(lower ? k : k, canonical);
            String[] words = k.toLowerCase(Locale.ROOT).split(" ");
            maxWords = Math.max(maxWords, words.length);
            StringBuilder p = new StringBuilder();
            for (String w : words) {
                if (p.length() > 0)
                    p.append(' ');
                p.append(w);
                prefixes.add(p.toString());
            }
        });
    }

    /** The canonical label of the entry this key is a form of, or null. */
    String lookup(String key) {
        String c = exactCase.get(key);
        return c != null ? c : anyCase.get(key.toLowerCase(Locale.ROOT));
    }

    boolean isPrefix(String key) {
        return prefixes.contains(key.toLowerCase(Locale.ROOT));
    }

    int maxWords() {
        return maxWords;
    }
}
