package org.diplograph.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplograph.gazetteer.Entity;
import org.diplograph.gazetteer.Gazetteer;

/**
 * The names of the gazetteer as hash tables keyed by a normalised form, so that a lookup costs the
 * same whatever the size of the gazetteer: exact names, the prefixes of names (to stop extending a
 * match early) and the one-deletion neighbourhood of long names (for typo-level variants).
 */
final class NameIndex {

    /** A name of an entity and how it names it. */
    record Candidate(Entity entity, Match match) {}

    /** Below this many letters a name is too short to be matched approximately. */
    static final int FUZZY_MIN_LENGTH = 6;

    private final Map<String, List<Candidate>> exact = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();
    private final Map<String, List<Candidate>> upper = new HashMap<>();
    private final Set<String> upperPrefixes = new HashSet<>();
    private final Map<String, Set<String>> deletions = new HashMap<>();
    private final Map<String, List<Entity>> familyNames = new HashMap<>();
    private final Map<String, List<Entity>> capitals = new HashMap<>();
    private int maxWords = 1;

    NameIndex(Gazetteer gazetteer) {
        List<Entity> sorted = new ArrayList<>(gazetteer.entities());
        sorted.sort(Comparator.comparing(e -> e.iri().getURI()));
        for (Entity e : sorted) {
            add(e.label(), e, Match.NAME);
            e.aliases().forEach(a -> add(a, e, Match.ALIAS));
            e.demonyms().forEach(d -> add(d, e, Match.DEMONYM));
            e.metonyms().forEach(m -> add(m, e, Match.METONYM));
            for (String f : e.familyNames())
                familyNames.computeIfAbsent(key(f), k -> new ArrayList<>()).add(e);
            if (e.capitalOf() != null)
                capitals.computeIfAbsent(e.capitalOf().getURI(), k -> new ArrayList<>()).add(e);
        }
        for (Map.Entry<String, List<Candidate>> en : exact.entrySet()) {
            String k = en.getKey();
            boolean named = en.getValue().stream().anyMatch(c -> c.match() == Match.NAME || c.match() == Match.ALIAS);
            if (named && fuzzyable(k))
                for (String d : deletionsOf(k))
                    deletions.computeIfAbsent(d, x -> new HashSet<>()).add(k);
        }
    }

    private void add(String name, Entity e, Match m) {
        String k = key(name);
        if (k.isEmpty())
            return;
        List<Candidate> list = exact.computeIfAbsent(k, x -> new ArrayList<>());
        for (Candidate c : list)
            if (c.entity().equals(e) && c.match().ordinal() <= m.ordinal())
                return;
        list.add(new Candidate(e, m));
        String[] words = k.split(" ");
        maxWords = Math.max(maxWords, words.length);
        addPrefixes(k, prefixes);
        // Headlines and datelines in capitals ("TIRANA:", "ALBANIA After ..."): names of four letters
        // or more, other than acronyms, are also found written in capitals.
        String up = k.toUpperCase(java.util.Locale.ROOT);
        if (!up.equals(k) && k.replace(" ", "").length() >= 4 && m != Match.DEMONYM) {
            upper.computeIfAbsent(up, x -> new ArrayList<>()).add(new Candidate(e, m));
            addPrefixes(up, upperPrefixes);
        }
    }

    private static void addPrefixes(String k, Set<String> into) {
        StringBuilder p = new StringBuilder();
        for (String w : k.split(" ")) {
            if (p.length() > 0)
                p.append(' ');
            p.append(w);
            into.add(p.toString());
        }
    }

    /** The entries whose name, in capitals, is this key, which is written in capitals. */
    List<Candidate> lookupUpper(String key) {
        return upper.getOrDefault(key, List.of());
    }

    boolean isUpperPrefix(String key) {
        return upperPrefixes.contains(key);
    }

    /** The entries named exactly by this key, or an empty list. */
    List<Candidate> lookup(String key) {
        return exact.getOrDefault(key, List.of());
    }

    /** Whether some name starts with this key (word by word). */
    boolean isPrefix(String key) {
        return prefixes.contains(key);
    }

    int maxWords() {
        return maxWords;
    }

    /**
     * The capital of a state that a metonym of it names in short: "Washington" for Washington, D.C.,
     * but not "White House"; null when there is none.
     */
    Entity capitalNamed(Entity state, String metonymKey) {
        for (Entity city : capitals.getOrDefault(state.iri().getURI(), List.of())) {
            List<String> names = new ArrayList<>(city.aliases());
            names.add(city.label());
            for (String n : names) {
                String k = key(n);
                if (k.equals(metonymKey) || k.startsWith(metonymKey + " "))
                    return city;
            }
        }
        return null;
    }

    /** Gazetteer people with this family name. */
    List<Entity> byFamilyName(String key) {
        return familyNames.getOrDefault(key, List.of());
    }

    /**
     * The names within one edit of this key (a letter added, dropped or changed), keeping the first
     * letter and the letter case: typos rarely touch a name's first letter.
     */
    List<String> near(String key) {
        if (!fuzzyable(key))
            return List.of();
        Set<String> keys = new HashSet<>();
        for (String d : deletionsOf(key)) {
            Set<String> hit = deletions.get(d);
            if (hit != null)
                keys.addAll(hit);
        }
        List<String> out = new ArrayList<>();
        for (String k : keys)
            if (!k.equals(key) && k.charAt(0) == key.charAt(0) && withinOneEdit(k, key))
                out.add(k);
        out.sort(null);
        return out;
    }

    static boolean fuzzyable(String key) {
        return key.replace(" ", "").length() >= FUZZY_MIN_LENGTH && Character.isUpperCase(key.charAt(0));
    }

    private static Set<String> deletionsOf(String k) {
        Set<String> out = new HashSet<>();
        out.add(k);
        for (int i = 0; i < k.length(); i++)
            out.add(k.substring(0, i) + k.substring(i + 1));
        return out;
    }

    /** Levenshtein distance at most one. */
    static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1)
            return false;
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i))
            i++;
        if (a.length() == b.length())
            return a.substring(i + Math.min(1, a.length() - i)).equals(b.substring(i + Math.min(1, b.length() - i)));
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }

    /**
     * The lookup key of a name or a span of text: apostrophes of any kind dropped (Kana'ani, Ka’nani,
     * Kanaani meet), every other run of non-letters one space (hyphen and space variants meet), case
     * kept (US is not us).
     */
    static String key(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(t.length());
        boolean gap = false;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (isApostrophe(cp))
                continue;
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                if (gap && b.length() > 0)
                    b.append(' ');
                gap = false;
                b.appendCodePoint(cp);
            } else {
                gap = true;
            }
        }
        return b.toString();
    }

    static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02BC' || cp == '\u02BB' || cp == '\u00B4'
                || cp == '`' || cp == '\u02BF' || cp == '\u02BE';
    }
}
