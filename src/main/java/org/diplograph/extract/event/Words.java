package org.diplograph.extract.event;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diplograph.analyse.Token;

/**
 * The forms under which a word is looked up in the lexicon: its lemma, its lowercase spelling, and
 * the stems that English inflection rules give (cuts, severed, targeting, cutting, accused). The
 * statistical lemmatizer misses new words and some forms ("expelled"); these general rules catch
 * them without a list of words in code.
 */
final class Words {

    private Words() {}

    static Set<String> forms(Token t) {
        Set<String> out = new LinkedHashSet<>();
        out.add(t.lemma());
        String w = t.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        out.add(w);
        stems(w, out);
        return out;
    }

    /** The lowercase form of a hyphenated compound written as three tokens ("cyber", "-", "attack"). */
    static String compound(List<Token> tokens, int i, int end) {
        if (i + 2 >= end)
            return null;
        Token a = tokens.get(i), dash = tokens.get(i + 1), b = tokens.get(i + 2);
        if (!dash.text().equals("-") || a.end() != dash.start() || dash.end() != b.start())
            return null;
        return (a.text() + "-" + b.text()).toLowerCase(Locale.ROOT);
    }

    static void stems(String w, Set<String> out) {
        int n = w.length();
        if (n < 4)
            return;
        if (w.endsWith("ies") || w.endsWith("ied"))
            out.add(w.substring(0, n - 3) + "y");
        if (w.endsWith("es"))
            out.add(w.substring(0, n - 2));
        if (w.endsWith("s") && !w.endsWith("ss"))
            out.add(w.substring(0, n - 1));
        if (w.endsWith("ed")) {
            out.add(w.substring(0, n - 2));
            out.add(w.substring(0, n - 1));
            undouble(w.substring(0, n - 2), out);
        }
        if (w.endsWith("ing") && n > 5) {
            String stem = w.substring(0, n - 3);
            out.add(stem);
            out.add(stem + "e");
            undouble(stem, out);
        }
    }

    /** "cutting" and "expelled" double their last consonant. */
    private static void undouble(String stem, Set<String> out) {
        int n = stem.length();
        if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "aeiou".indexOf(stem.charAt(n - 1)) < 0)
            out.add(stem.substring(0, n - 1));
    }
}
