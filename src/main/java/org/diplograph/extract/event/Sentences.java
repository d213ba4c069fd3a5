package org.diplograph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.diplograph.analyse.Document;
import org.diplograph.analyse.Sentence;
import org.diplograph.analyse.Token;
import org.diplograph.temporal.TimeMention;

/**
 * Walks a document sentence by sentence, placing entity mentions and times on tokens and carrying
 * what the next sentence needs: the last person named (for "he said") and the last speaker (for a
 * quotation that runs on).
 */
final class Sentences {

    private static final java.util.Comparator<Clause.Placed> ORDER = (x, y) -> x.first() != y.first()
            ? Integer.compare(x.first(), y.first()) : Integer.compare(y.end(), x.end());

    /** Third-person pronouns that stand for a person; grammar, not knowledge of the world. */
    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "his", "her");

    private final Document doc;
    private final List<Arg> args;
    private final List<TimeMention> times;
    private final Cues cues;
    private final List<Participant> statesByFrequency;
    private Participant lastPerson;
    private Participant lastSpeaker;
    private boolean quoteOpen;
    private int paragraph = -1;
    private Participant paragraphSpeaker;
    private final Participant datelineState;
    /** How many sentences back "the group" may find what it refers to. */
    private static final int REFERENCE_REACH = 3;
    private final java.util.ArrayDeque<List<Participant>> recentBySentence = new java.util.ArrayDeque<>();
    private List<Participant> recent = List.of();

    Sentences(Document doc, List<Arg> args, Cues cues, Participant datelineState) {
        this.doc = doc;
        this.datelineState = datelineState;
        this.args = args;
        java.util.Map<Participant, Integer> counts = new java.util.LinkedHashMap<>();
        for (Arg a : args)
            if (a.who().party().kind().equals("State"))
                counts.merge(a.who().party(), 1, Integer::sum);
        this.statesByFrequency = counts.entrySet().stream()
                .sorted(java.util.Map.Entry.<Participant, Integer>comparingByValue().reversed())
                .map(java.util.Map.Entry::getKey).toList();
        this.times = doc.all(TimeMention.class);
        this.cues = cues;
    }

    Clause clause(Sentence s) {
        List<Token> tokens = doc.tokens();
        List<Clause.Placed> placed = new ArrayList<>();
        for (Arg a : args) {
            if (a.start() < s.start() || a.end() > s.end())
                continue;
            int first = -1, end = -1;
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = tokens.get(i);
                if (first < 0 && t.end() > a.start())
                    first = i;
                if (t.start() < a.end())
                    end = i + 1;
            }
            if (first >= 0 && end > first)
                placed.add(new Clause.Placed(a, first, end));
        }
        // "the country", "the foreign ministry": the one the article is datelined in.
        if (datelineState != null)
            for (int i = s.firstToken() + 1; i < s.endToken(); i++) {
                int the = definiteStart(s, placed, i);
                if (the >= 0 && cues.is("countryReference", tokens.get(i)))
                    placed.add(new Clause.Placed(new Arg(tokens.get(the).start(), tokens.get(i).end(), datelineState), the, i + 1));
            }
        placed.addAll(definiteReferences(s, placed));
        placed.addAll(neuterPronouns(s, placed));
        // "he", "his": the person named last before, in this sentence or earlier.
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = tokens.get(i);
            if (!t.pos().equals("PRON") || !PERSONAL.contains(t.text().toLowerCase(java.util.Locale.ROOT)))
                continue;
            Participant who = lastPerson;
            for (Clause.Placed p : placed)
                if (p.end() <= i && p.arg().who().person())
                    who = p.arg().who();
            if (who != null)
                placed.add(new Clause.Placed(new Arg(t.start(), t.end(), who), i, i + 1));
        }
        placed.sort(ORDER);
        List<TimeMention> inSentence = times.stream().filter(t -> t.start() >= s.start() && t.end() <= s.end()).toList();
        Participant quoting = quoteOpen ? (lastSpeaker != null ? lastSpeaker : lastPerson) : null;
        if (!quoteOpen && opensWithQuote(s))
            quoting = lastSpeaker != null ? lastSpeaker : lastPerson;
        // "Mousavi: No, the recent fires …": a paragraph opened by a name and a colon is that person's.
        int line = doc.clean().text().lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
        if (line != paragraph) {
            paragraph = line;
            paragraphSpeaker = null;
            if (s.start() == line)
                for (Clause.Placed p : placed)
                    if (p.first() == s.firstToken() && p.arg().who().person() && p.end() < s.endToken()
                            && tokens.get(p.end()).text().equals(":"))
                        paragraphSpeaker = p.arg().who();
        }
        if (quoting == null)
            quoting = paragraphSpeaker;
        Clause c = new Clause(s, tokens, placed, inSentence, cues, quoting);
        if (c.speaker() == null)
            return c;
        // In quoted words, "I" and "we" are the speaker.
        boolean added = false;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = tokens.get(i);
            if (t.pos().equals("PRON") && (t.text().equals("I") || t.lemma().equals("we"))) {
                placed.add(new Clause.Placed(new Arg(t.start(), t.end(), c.speaker()), i, i + 1));
                added = true;
            }
        }
        if (!added)
            return c;
        placed.sort(ORDER);
        return new Clause(s, tokens, placed, inSentence, cues, quoting);
    }

    /**
     * "the group", "the hacker group", "the company": a definite noun of a referring cue list stands
     * for the entity of its kinds named last, earlier in this sentence or in the few before.
     */
    private List<Clause.Placed> definiteReferences(Sentence s, List<Clause.Placed> placed) {
        List<Token> tokens = doc.tokens();
        List<Clause.Placed> out = new ArrayList<>();
        for (int i = s.firstToken() + 1; i < s.endToken(); i++) {
            Set<String> kinds = cues.refersBackTo(tokens.get(i));
            int the = kinds.isEmpty() ? -1 : definiteStart(s, placed, i);
            if (the < 0)
                continue;
            Participant meant = null;
            for (Clause.Placed p : placed)
                if (p.end() <= the && kinds.contains(p.arg().who().kind()))
                    meant = p.arg().who();
            for (int k = recent.size() - 1; k >= 0 && meant == null; k--)
                if (kinds.contains(recent.get(k).kind()))
                    meant = recent.get(k);
            if (meant != null)
                out.add(new Clause.Placed(new Arg(tokens.get(the).start(), tokens.get(i).end(), meant), the, i + 1));
        }
        return out;
    }

    /**
     * Where "the", perhaps with two modifiers, opens a definite noun phrase headed by token
     * {@code i} ("the group", "the foreign ministry"), else -1. A head that modifies the next noun
     * ("the company network") or a phrase holding a name ("the Russian foreign ministry") is none.
     */
    private int definiteStart(Sentence s, List<Clause.Placed> placed, int i) {
        List<Token> tokens = doc.tokens();
        boolean modifier = i + 1 < s.endToken() && (tokens.get(i + 1).pos().equals("NOUN") || tokens.get(i + 1).pos().equals("PROPN"));
        if (!tokens.get(i).pos().equals("NOUN") || modifier || covered(placed, i) || covered(placed, i + 1))
            return -1;
        int the = i - 1;
        while (the > s.firstToken() && i - the <= 2 && !tokens.get(the).lemma().equals("the") && !covered(placed, the)
                && (tokens.get(the).pos().equals("ADJ") || tokens.get(the).pos().equals("NOUN")))
            the--;
        return tokens.get(the).lemma().equals("the") && !covered(placed, the) ? the : -1;
    }

    /**
     * "it", "its": the state or organisation named last before it in the sentence, else the first
     * one the sentence before named (most often its subject); "they" and "their" only the one before
     * them in the sentence ("Czech police said their investigation"). Persons are "he" and "she".
     */
    private List<Clause.Placed> neuterPronouns(Sentence s, List<Clause.Placed> placed) {
        List<Token> tokens = doc.tokens();
        List<Clause.Placed> out = new ArrayList<>();
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = tokens.get(i);
            String w = t.text().toLowerCase(java.util.Locale.ROOT);
            boolean their = w.equals("their") || w.equals("they");
            if (!t.pos().equals("PRON") || !w.equals("it") && !w.equals("its") && !their)
                continue;
            Participant meant = null;
            for (Clause.Placed p : placed)
                if (p.end() <= i && p.arg().who().canAct() && !p.arg().who().person())
                    meant = p.arg().who();
            // "their" and "they" look no further than their sentence: as often the hackers' as a state's.
            if (meant == null && !their && !recentBySentence.isEmpty())
                meant = recentBySentence.peekLast().stream().filter(w2 -> w2.canAct() && !w2.person()).findFirst().orElse(null);
            if (meant != null)
                out.add(new Clause.Placed(new Arg(t.start(), t.end(), meant), i, i + 1));
        }
        return out;
    }

    private static boolean covered(List<Clause.Placed> placed, int i) {
        return placed.stream().anyMatch(p -> p.first() <= i && i < p.end());
    }

    void after(Clause c) {
        // What the next sentences may refer back to: the entities named in the last few.
        recentBySentence.addLast(c.args().stream().map(p -> p.arg().who()).toList());
        while (recentBySentence.size() > REFERENCE_REACH)
            recentBySentence.removeFirst();
        recent = recentBySentence.stream().flatMap(List::stream).toList();
        for (Clause.Placed p : c.args()) {
            Participant who = p.arg().who();
            if (who.person())
                lastPerson = who;
        }
        lastSpeaker = c.speaker();
        // A quotation may run over several sentences: its words are all its speaker's.
        for (int i = c.sentence().firstToken(); i < c.sentence().endToken(); i++) {
            String w = c.tokens().get(i).text();
            if (w.equals("\u201C"))
                quoteOpen = true;
            else if (w.equals("\u201D"))
                quoteOpen = false;
        }
    }

    private boolean opensWithQuote(Sentence s) {
        String w = doc.tokens().get(s.firstToken()).text();
        return w.equals("\u201C") || w.equals("\"");
    }

    /** The states the whole document names, the most often named first. */
    List<Participant> statesByFrequency() {
        return statesByFrequency;
    }

    /**
     * The states the document names, the most often named first, that this sentence or the few
     * before it name: an implicit partner is one the text is still speaking of.
     */
    List<Participant> statesInView(Clause current) {
        java.util.Set<Participant> seen = new java.util.HashSet<>(recent);
        current.args().forEach(p -> seen.add(p.arg().who().party()));
        recent.forEach(p -> seen.add(p.party()));
        return statesByFrequency.stream().filter(seen::contains).toList();
    }
}
