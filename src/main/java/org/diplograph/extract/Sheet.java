package org.diplograph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diplograph.analyse.Document;
import org.diplograph.analyse.Sentence;
import org.diplograph.analyse.Token;
import org.diplograph.gazetteer.Entity;
import org.diplograph.vocab.DG;

/**
 * The entity mentions of one document while the extractor works on it: which token belongs to which
 * mention, and the small questions the rules ask of tokens. The passes of the extractor
 * ({@link EntityExtractor}, {@link People}) are views of one sheet and share its state.
 */
class Sheet {

    /** A mention over tokens {@code first..last} (inclusive). */
    static final class Span {
        final int first;
        final int last;
        Entity entity;
        Match match;
        final List<String> roleTexts = new ArrayList<>();
        final Set<String> roleIds = new LinkedHashSet<>();
        Entity affiliation;

        Span(int first, int last, Entity entity, Match match) {
            this.first = first;
            this.last = last;
            this.entity = entity;
            this.match = match;
        }

        boolean isPerson() {
            return entity.type().equals(DG.Person.asNode());
        }
    }

    final Document doc;
    final String text;
    final List<Token> t;
    final int n;
    final int[] sentenceOf;
    final Span[] cover;
    final List<Span> spans;
    /** First tokens of the titles that introduced a person by name: not short references. */
    final Set<Integer> introducing;

    Sheet(Document doc) {
        this.doc = doc;
        this.text = doc.clean().text();
        this.t = doc.tokens();
        this.n = t.size();
        this.sentenceOf = new int[n];
        List<Sentence> ss = doc.sentences();
        for (int s = 0; s < ss.size(); s++)
            for (int i = ss.get(s).firstToken(); i < ss.get(s).endToken(); i++)
                sentenceOf[i] = s;
        this.cover = new Span[n];
        this.spans = new ArrayList<>();
        this.introducing = new java.util.HashSet<>();
    }

    /** Another view of the same sheet. */
    Sheet(Sheet other) {
        this.doc = other.doc;
        this.text = other.text;
        this.t = other.t;
        this.n = other.n;
        this.sentenceOf = other.sentenceOf;
        this.cover = other.cover;
        this.spans = other.spans;
        this.introducing = other.introducing;
    }

    /** The mentions, in text order. */
    List<EntityMention> mentions() {
        spans.sort(Comparator.comparingInt((Span s) -> s.first));
        List<EntityMention> out = new ArrayList<>();
        for (Span s : spans) {
            int start = t.get(s.first).start();
            int end = t.get(s.last).end();
            out.add(new EntityMention(start, end, text.substring(start, end), s.entity, s.match, s.roleTexts, s.affiliation));
        }
        return out;
    }

    void add(Span s) {
        for (int i = s.first; i <= s.last; i++)
            if (cover[i] != null)
                return;
        for (int i = s.first; i <= s.last; i++)
            cover[i] = s;
        spans.add(s);
    }

    String key(int first, int last) {
        return NameIndex.key(text.substring(t.get(first).start(), t.get(last).end()));
    }

    /** A token with a letter or digit: a name never ends on punctuation. */
    boolean isWord(int i) {
        return !NameIndex.key(t.get(i).text()).isEmpty();
    }

    boolean pos(int i, String tag) {
        return t.get(i).pos().equals(tag);
    }

    boolean isPossessive(int i) {
        return pos(i, "PART") && NameIndex.key(t.get(i).text()).equals("s");
    }

    /** A capitalised proper-noun token outside any mention: "Kana'ani", "al-Nimr", not "MKO". */
    boolean isNameToken(int i) {
        String pos = t.get(i).pos();
        return (pos.equals("PROPN") || pos.equals("X")) && isCapitalisedWord(i);
    }

    /**
     * A capitalised word outside any mention, whatever its tag: right after a title the tagger
     * often mistakes a foreign name for a verb or noun ("spokesperson Wang Wenbin").
     */
    boolean isCapitalisedWord(int i) {
        if (cover[i] != null)
            return false;
        String w = t.get(i).text();
        boolean capital = Character.isUpperCase(w.codePointAt(0))
                || w.matches("\\p{Ll}{1,3}-\\p{Lu}.*");
        boolean allCaps = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
        return capital && !allCaps && w.codePoints().anyMatch(Character::isLetter);
    }

    /** An all-capitals word of two letters or more, digits allowed after the first: "ICT", "MEK", "G7". */
    boolean isAbbreviation(String w) {
        return w.matches("\\p{Lu}[\\p{Lu}0-9]+");
    }

    boolean isQuote(String s) {
        return s.equals("\"") || s.equals("\u201D") || s.equals("''");
    }
    boolean startsLine(int i) {
        int start = t.get(i).start();
        return start == 0 || text.charAt(start - 1) == '\n';
    }

    /** A word of four letters or more all in capitals. */
    boolean isCapitals(int i) {
        String w = t.get(i).text();
        return w.codePoints().filter(Character::isLetter).count() >= 4 && w.equals(w.toUpperCase(Locale.ROOT));
    }

    /** States and organisations can be what a person acts for. */
    static boolean isActor(Entity e) {
        return e.type().equals(DG.State.asNode()) || e.type().equals(DG.Organization.asNode())
                || e.type().equals(DG.IntergovernmentalOrganization.asNode());
    }
}
