package org.diplograph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.diplograph.analyse.Annotator;
import org.diplograph.analyse.Document;
import org.diplograph.analyse.Sentence;
import org.diplograph.gazetteer.Entity;
import org.diplograph.gazetteer.Gazetteer;
import org.diplograph.map.Iris;

/**
 * Finds the entities an article names and adds one {@link EntityMention} per span to the document.
 * Every name comes from the gazetteer and the role lexicon; the rules here are about English text,
 * not about particular entities:
 * <ol>
 * <li>gazetteer names, aliases, demonyms and metonyms, longest match over the tokens of a sentence,
 *     case-sensitive, with apostrophe, hyphen and space variants equal;</li>
 * <li>a capital written for its government ("Tehran said", "ties with Tehran") is the state; written
 *     as a place, after a preposition of place from the lexicon ("mission in Tirana") or as the
 *     dateline, it is the city;</li>
 * <li>abbreviations introduced in brackets after a name ("... Technology (ICT)");</li>
 * <li>typo-level variants of long capitalised names, one edit away ("Albenia");</li>
 * <li>people introduced by a title or role, and short references to them ({@link People}).</li>
 * </ol>
 * Lookups are hash tables keyed by normalised text, so the work per token does not grow with the
 * gazetteer. The extractor keeps no state between documents.
 */
public final class EntityExtractor implements Annotator {

    /** Tokens between brackets that may precede an abbreviation: "(Iranian National Liberation Army, MEK)". */
    private static final int MAX_BRACKET_TOKENS = 8;

    private final NameIndex names;
    private final Set<String> placePrepositions;
    private final People people;
    private final Organisations organisations;

    public EntityExtractor(Gazetteer gazetteer, Iris iris) {
        this.names = new NameIndex(gazetteer);
        this.placePrepositions = gazetteer.placePrepositions();
        this.people = new People(names, new Lexicon(gazetteer.roleTitles()), new Lexicon(gazetteer.honorifics().stream()
                .collect(Collectors.toMap(Function.identity(), Function.identity(), (a, b) -> a))), iris);
        this.organisations = new Organisations(gazetteer.cues(Gazetteer.ORGANISATION_HEADS),
                gazetteer.cues(Gazetteer.ORGANISATION_DESCRIPTORS), people, iris);
    }

    @Override
    public void annotate(Document doc) {
        Run run = new Run(doc);
        run.gazetteerNames();
        run.abbreviations();
        run.typos();
        people.find(run);
        organisations.find(run);
        run.mentions().forEach(doc::add);
    }

    /** The rules about names, as a view of the document's sheet. */
    private final class Run extends Sheet {

        Run(Document doc) {
            super(doc);
        }

        // ---- 1. gazetteer names ------------------------------------------------------------

        private void gazetteerNames() {
            for (Sentence s : doc.sentences()) {
                for (int i = s.firstToken(); i < s.endToken(); i++) {
                    if (cover[i] != null || !isWord(i) || isPossessive(i))
                        continue;
                    int limit = Math.min(s.endToken(), i + 3 * names.maxWords());
                    int end = longest(i, limit, names::isPrefix, names::lookup);
                    boolean capitals = end < 0 && isCapitals(i);
                    if (capitals)
                        end = longest(i, limit, names::isUpperPrefix, names::lookupUpper);
                    if (end < 0)
                        continue;
                    NameIndex.Candidate chosen = choose(capitals ? names.lookupUpper(key(i, end)) : names.lookup(key(i, end)), i, end);
                    if (chosen != null && !insideLongerName(chosen, i, s))
                        add(new Span(i, end, chosen.entity(), chosen.match()));
                    i = end;
                }
            }
        }

        /**
         * "Three UK", "Tehran Times" read from the left: a state's name right after a capitalised word
         * that no mention, title or sentence start explains is the tail of a longer name (a company,
         * a newspaper), not the state.
         */
        private boolean insideLongerName(NameIndex.Candidate c, int i, Sentence s) {
            String kind = c.entity().typeName();
            if (!kind.equals("State") && !kind.equals("Territory") || i - 1 < s.firstToken())
                return false;
            int p = i - 1;
            // At a sentence start every word is capitalised: only a name or a number counts there.
            boolean tagged = p == s.firstToken() ? pos(p, "PROPN") || pos(p, "NUM")
                    : pos(p, "PROPN") || pos(p, "NUM") || pos(p, "NOUN");
            // A year is a date, not part of a name: "In May 2018 Morocco severed ties".
            boolean year = t.get(p).isYear();
            return tagged && !year && isCapitalisedWord(p) && cover[p] == null && !people.isTitleWord(this, p);
        }

        /** The last token of the longest name starting at token {@code i}, or -1. */
        private int longest(int i, int limit, java.util.function.Predicate<String> isPrefix,
                            Function<String, List<NameIndex.Candidate>> lookup) {
            int bestEnd = -1;
            for (int j = i; j < limit && cover[j] == null; j++) {
                String k = key(i, j);
                if (!isPrefix.test(k)) {
                    // "People" of "People's": the possessive split off the word joins it again.
                    if (j + 1 < limit && isPossessive(j + 1) && t.get(j + 1).start() == t.get(j).end())
                        continue;
                    break;
                }
                if (isWord(j) && !lookup.apply(k).isEmpty())
                    bestEnd = j;
            }
            return bestEnd;
        }

        /**
         * One entity for a name. A capital that is also its state's metonym is the city when written
         * as a place (after a preposition, or as the dateline) and the state otherwise; a name that
         * stays ambiguous between entities gives no mention, since a wrong link is worse than none.
         */
        private NameIndex.Candidate choose(List<NameIndex.Candidate> cands, int first, int last) {
            Map<Entity, NameIndex.Candidate> byEntity = new LinkedHashMap<>();
            for (NameIndex.Candidate c : cands)
                byEntity.merge(c.entity(), c, (a, b) -> a.match().ordinal() <= b.match().ordinal() ? a : b);
            if (byEntity.size() == 1) {
                NameIndex.Candidate only = byEntity.values().iterator().next();
                if (only.match() == Match.METONYM) {
                    // "Washington" as a place is the capital, whose full name the metonym shortens.
                    Entity capital = names.capitalNamed(only.entity(), NameIndex.key(only.entity().metonyms().stream()
                            .filter(m -> NameIndex.key(m).equalsIgnoreCase(key(first, last))).findFirst().orElse("")));
                    if (capital != null && writtenAsPlace(first, last))
                        return new NameIndex.Candidate(capital, Match.ALIAS);
                }
                return only;
            }
            NameIndex.Candidate place = null;
            NameIndex.Candidate government = null;
            for (NameIndex.Candidate c : byEntity.values()) {
                if (c.match() == Match.METONYM)
                    government = c;
                else if (c.entity().capitalOf() != null)
                    place = c;
            }
            if (place != null && government != null && byEntity.size() == 2)
                return writtenAsPlace(first, last) ? place : government;
            int bestRank = byEntity.values().stream().mapToInt(c -> c.match().ordinal()).min().orElse(0);
            List<NameIndex.Candidate> top = byEntity.values().stream().filter(c -> c.match().ordinal() == bestRank).toList();
            return top.size() == 1 ? top.get(0) : null;
        }

        /**
         * As the dateline, or after a preposition of place (possibly with a determiner between: "in
         * the Tehran suburbs"), and not as a possessor ("in Tehran's view" is the government's).
         */
        private boolean writtenAsPlace(int first, int last) {
            if (last + 1 < n && isPossessive(last + 1))
                return false;
            String dateline = doc.dateline();
            if (dateline != null && startsLine(first) && NameIndex.key(dateline).equalsIgnoreCase(key(first, last)))
                return true;
            int p = first - 1;
            if (p >= 0 && t.get(p).pos().equals("DET"))
                p--;
            return p >= 0 && t.get(p).pos().equals("ADP") && sentenceOf[p] == sentenceOf[first]
                    && placePrepositions.contains(t.get(p).text().toLowerCase(Locale.ROOT));
        }

        // ---- 2. abbreviations introduced in brackets ----------------------------------------

        private void abbreviations() {
            Map<String, Entity> defined = new HashMap<>();
            Set<String> conflicting = new java.util.HashSet<>();
            for (Span s : new ArrayList<>(spans)) {
                int open = s.last + 1;
                if (open >= n || !t.get(open).text().equals("("))
                    continue;
                for (int k = open + 1; k < n && k <= open + MAX_BRACKET_TOKENS; k++) {
                    if (!t.get(k).text().equals(")"))
                        continue;
                    int a = k - 1;
                    if (a > open && isAbbreviation(t.get(a).text())
                            && (cover[a] == null || cover[a].entity.equals(s.entity))) {
                        Entity prior = defined.putIfAbsent(t.get(a).text(), s.entity);
                        if (prior != null && !prior.equals(s.entity))
                            conflicting.add(t.get(a).text());
                    }
                    break;
                }
            }
            conflicting.forEach(defined::remove);
            if (defined.isEmpty())
                return;
            for (int i = 0; i < n; i++) {
                Entity e = defined.get(t.get(i).text());
                if (e != null && cover[i] == null)
                    add(new Span(i, i, e, Match.ABBREVIATION));
            }
        }

        // ---- 3. typo-level variants ---------------------------------------------------------

        private void typos() {
            for (int i = 0; i < n; i++) {
                if (!isNameToken(i) || i > 0 && isNameToken(i - 1) && sentenceOf[i - 1] == sentenceOf[i])
                    continue;
                int end = i;
                while (end + 1 < n && isNameToken(end + 1) && sentenceOf[end + 1] == sentenceOf[i])
                    end++;
                // Only a whole run of capitalised words, and not one a title or honorific introduces:
                // "Franco" of "General Franco" or of "Franco Bernabe" is a name, not a typo of France.
                boolean titled = i > 0 && (people.isTitleWord(this, i - 1) || people.skipHonorificsBack(this, i) < i);
                // "Columbia Sportswear": a capitalised word of any tag next to the run makes it a
                // longer name, not a misspelt one.
                boolean longer = end + 1 < n && sentenceOf[end + 1] == sentenceOf[i] && isCapitalisedWord(end + 1)
                        || i > 0 && sentenceOf[i - 1] == sentenceOf[i] && isCapitalisedWord(i - 1)
                        && i - 2 >= 0 && sentenceOf[i - 2] == sentenceOf[i - 1];
                String k = key(i, end);
                if (titled || longer || end - i >= names.maxWords() || !NameIndex.fuzzyable(k) || people.isTitleWord(this, i) && end == i)
                    continue;
                Entity hit = null;
                boolean ambiguous = false;
                for (String near : names.near(k)) {
                    NameIndex.Candidate c = choose(names.lookup(near), i, end);
                    if (c == null || c.match() != Match.NAME && c.match() != Match.ALIAS)
                        continue;
                    if (hit != null && !hit.equals(c.entity()))
                        ambiguous = true;
                    hit = c.entity();
                }
                if (hit != null && !ambiguous)
                    add(new Span(i, end, hit, Match.FUZZY));
                i = end;
            }
        }
    }
}
