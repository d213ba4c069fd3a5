package org.diplograph.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.diplograph.analyse.Annotator;
import org.diplograph.analyse.Document;
import org.diplograph.analyse.Sentence;
import org.diplograph.analyse.Token;
import org.diplograph.gazetteer.Entity;
import org.diplograph.gazetteer.Gazetteer;
import org.diplograph.map.Iris;
import org.diplograph.vocab.DG;

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
 * <li>people introduced by a title or role ("Prime Minister Edi Rama", "Ferit Hoxha, Albania's
 *     permanent representative to the UN"), with the titles and the state or body they act for;</li>
 * <li>later short references to a person named in full: a family name ("Rama"), a title with an
 *     article ("the prime minister") and "he" or "she" right after a quotation.</li>
 * </ol>
 * Lookups are hash tables keyed by normalised text, so the work per token does not grow with the
 * gazetteer. The extractor keeps no state between documents.
 */
public final class EntityExtractor implements Annotator {

    /** Longest run of capitalised tokens taken as a person's name. */
    private static final int MAX_NAME_TOKENS = 5;
    /** Tokens between brackets that may precede an abbreviation: "(Iranian National Liberation Army, MEK)". */
    private static final int MAX_BRACKET_TOKENS = 8;

    private final NameIndex names;
    private final Lexicon roles;
    private final Lexicon honorifics;
    private final Iris iris;
    private final Set<String> placePrepositions;

    public EntityExtractor(Gazetteer gazetteer, Iris iris) {
        this.names = new NameIndex(gazetteer);
        this.roles = new Lexicon(gazetteer.roleTitles());
        this.honorifics = new Lexicon(gazetteer.honorifics().stream()
                .collect(Collectors.toMap(Function.identity(), Function.identity(), (a, b) -> a)));
        this.iris = iris;
        this.placePrepositions = gazetteer.placePrepositions();
    }

    @Override
    public void annotate(Document doc) {
        new Run(doc).execute().forEach(doc::add);
    }

    /** A mention over tokens {@code first..last} (inclusive). */
    private static final class Span {
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

    /** A role title over tokens {@code first..last}, with the canonical label of its entry. */
    private record Role(int first, int last, String id) {}

    /** The work on one document. */
    private final class Run {
        private final Document doc;
        private final String text;
        private final List<Token> t;
        private final int n;
        private final int[] sentenceOf;
        private final Span[] cover;
        private final List<Span> spans = new ArrayList<>();
        /** First tokens of the titles that introduced a person by name: not short references. */
        private final Set<Integer> introducing = new java.util.HashSet<>();

        Run(Document doc) {
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
        }

        List<EntityMention> execute() {
            gazetteerNames();
            abbreviations();
            typos();
            titledPeople();
            shortReferences();
            spans.sort(Comparator.comparingInt((Span s) -> s.first));
            List<EntityMention> out = new ArrayList<>();
            for (Span s : spans) {
                int start = t.get(s.first).start();
                int end = t.get(s.last).end();
                out.add(new EntityMention(start, end, text.substring(start, end), s.entity, s.match,
                        s.roleTexts, s.affiliation));
            }
            return out;
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
                    if (chosen != null)
                        add(new Span(i, end, chosen.entity(), chosen.match()));
                    i = end;
                }
            }
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

        /** A word of four letters or more all in capitals. */
        private boolean isCapitals(int i) {
            String w = t.get(i).text();
            return w.codePoints().filter(Character::isLetter).count() >= 4 && w.equals(w.toUpperCase(Locale.ROOT));
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

        private boolean startsLine(int i) {
            int start = t.get(i).start();
            return start == 0 || text.charAt(start - 1) == '\n';
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
                boolean titled = i > 0 && (isTitleWord(i - 1) || skipHonorificsBack(i) < i);
                String k = key(i, end);
                if (titled || end - i >= names.maxWords() || !NameIndex.fuzzyable(k) || roles.lookup(k) != null)
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

        // ---- 4. people introduced by a title ------------------------------------------------

        private void titledPeople() {
            List<Role> found = roleTitles();
            Set<Integer> consumed = new java.util.HashSet<>();
            for (int r = 0; r < found.size(); r++) {
                if (consumed.contains(r))
                    continue;
                Role first = found.get(r);
                List<Role> chain = new ArrayList<>(List.of(first));
                Entity after = null;
                int p = first.last() + 1;
                int next = r + 1;
                while (p < n && sentenceOf[p] == sentenceOf[first.first()]) {
                    if (next < found.size() && found.get(next).first() == p) {
                        chain.add(found.get(next));
                        consumed.add(next);
                        p = found.get(next++).last() + 1;
                    } else if (pos(p, "CCONJ") && next < found.size() && found.get(next).first() == p + 1) {
                        p++;
                    } else if (pos(p, "ADP")) {
                        int q = p + 1;
                        if (q < n && pos(q, "DET"))
                            q++;
                        Span s = q < n ? cover[q] : null;
                        if (s == null || s.first != q || !isActor(s.entity))
                            break;
                        if (after == null)
                            after = s.entity;
                        p = s.last + 1;
                    } else {
                        break;
                    }
                }
                Span person = nameAfter(p);
                if (person == null)
                    person = nameBefore(first.first());
                if (person == null)
                    continue;
                Entity before = affiliationBefore(first.first());
                person.affiliation = before != null ? before : after;
                for (Role role : chain) {
                    person.roleTexts.add(text.substring(t.get(role.first()).start(), t.get(role.last()).end()));
                    person.roleIds.add(role.id());
                    introducing.add(role.first());
                }
            }
        }

        /** Role titles outside entity names, longest first, in text order. */
        private List<Role> roleTitles() {
            List<Role> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (cover[i] != null)
                    continue;
                int bestEnd = -1;
                String id = null;
                for (int j = i; j < n && j < i + 3 * roles.maxWords() && cover[j] == null; j++) {
                    String k = key(i, j);
                    if (k.isEmpty() || !roles.isPrefix(k))
                        break;
                    String c = roles.lookup(k);
                    if (c != null && isWord(j)) {
                        bestEnd = j;
                        id = c;
                    }
                }
                if (id != null) {
                    out.add(new Role(i, bestEnd, id));
                    i = bestEnd;
                }
            }
            return out;
        }

        /** The person named at {@code p} after a title: an optional comma, honorifics, then a name. */
        private Span nameAfter(int p) {
            if (p < n && t.get(p).text().equals(","))
                p++;
            p = skipHonorifics(p);
            if (p >= n)
                return null;
            if (cover[p] != null)
                return cover[p].first == p && cover[p].isPerson() ? cover[p] : null;
            return newPerson(p);
        }

        /** The person named just before an appositive title: "Ferit Hoxha, Albania's permanent representative". */
        private Span nameBefore(int roleStart) {
            int b = roleStart - 1;
            while (b >= 0 && pos(b, "ADJ") && cover[b] == null)
                b--;
            if (b >= 0 && isPossessive(b) && b > 0 && cover[b - 1] != null)
                b = cover[b - 1].first - 1;
            else if (b >= 0 && cover[b] != null && isActor(cover[b].entity) && !cover[b].isPerson())
                b = cover[b].first - 1;
            if (b >= 0 && pos(b, "DET"))
                b--;
            if (b < 1 || !t.get(b).text().equals(","))
                return null;
            int last = b - 1;
            if (cover[last] != null)
                return cover[last].isPerson() ? cover[last] : null;
            int first = last;
            while (first > 0 && last - first + 1 < MAX_NAME_TOKENS && isNameToken(first - 1) && !isTitleWord(first - 1))
                first--;
            return personOver(first, last);
        }

        /** A new person from a run of capitalised tokens starting at {@code p}, or null. */
        private Span newPerson(int p) {
            int last = p - 1;
            while (last + 1 < n && last + 1 - p < MAX_NAME_TOKENS && isCapitalisedWord(last + 1) && !isTitleWord(last + 1)
                    && sentenceOf[last + 1] == sentenceOf[p])
                last++;
            return last >= p ? personOver(p, last) : null;
        }

        /**
         * A person over tokens {@code first..last}, which must be at least two capitalised tokens:
         * a single word is too weak a key for a node of its own. The IRI is the slug of the name with
         * apostrophes dropped, so the spellings Kana'ani and Kanaani of one name are one node.
         */
        private Span personOver(int first, int last) {
            if (last <= first)
                return null;
            for (int i = first; i <= last; i++)
                if (!isCapitalisedWord(i))
                    return null;
            String written = text.substring(t.get(first).start(), t.get(last).end());
            String label = plainName(written);
            String[] words = label.split(" ");
            Entity e = new Entity(iris.thing("person", Iris.slug(label)), label, DG.Person.asNode(), null, null,
                    List.of(), List.of(), List.of(), List.of(words[words.length - 1]), null);
            Span s = new Span(first, last, e, Match.TITLE_PERSON);
            add(s);
            return s;
        }

        /** The state or organisation named before a title: "Iran's ambassador", "Iranian Foreign Ministry Spokesman". */
        private Entity affiliationBefore(int roleStart) {
            int b = roleStart - 1;
            while (b >= 0 && pos(b, "ADJ") && cover[b] == null && roleStart - b <= 2)
                b--;
            if (b >= 1 && isPossessive(b) && cover[b - 1] != null && isActor(cover[b - 1].entity))
                return cover[b - 1].entity;
            if (b >= 0 && cover[b] != null && cover[b].last == b && isActor(cover[b].entity))
                return cover[b].entity;
            return null;
        }

        private int skipHonorifics(int p) {
            boolean again = true;
            while (again && p < n) {
                again = false;
                for (int j = Math.min(n - 1, p + 3); j >= p; j--) {
                    if (honorifics.lookup(key(p, j)) != null) {
                        p = j + 1;
                        again = true;
                        break;
                    }
                }
            }
            return p;
        }

        // ---- 5. short references ------------------------------------------------------------

        private void shortReferences() {
            familyNames();
            titlesWithArticle();
            pronounsAfterQuotes();
        }

        /** "Rama" after "Edi Rama": a family name of exactly one person the article names in full. */
        private void familyNames() {
            Map<String, Set<Entity>> surnames = new HashMap<>();
            for (Span s : spans) {
                if (!s.isPerson() || s.match == Match.SHORT_REFERENCE)
                    continue;
                List<String> forms = new ArrayList<>();
                s.entity.familyNames().forEach(f -> forms.add(NameIndex.key(f)));
                List<String> full = new ArrayList<>(s.entity.aliases());
                full.add(s.entity.label());
                full.add(text.substring(t.get(s.first).start(), t.get(s.last).end()));
                for (String f : full) {
                    String[] w = NameIndex.key(f).split(" ");
                    if (w.length > 1)
                        forms.add(w[w.length - 1]);
                }
                for (String f : forms)
                    surnames.computeIfAbsent(f, x -> new LinkedHashSet<>()).add(s.entity);
            }
            for (int i = 0; i < n; i++) {
                if (!isCapitalisedWord(i) || isTitleWord(i))
                    continue;
                Entity hit = null;
                int last = i;
                for (int j = Math.min(n - 1, i + 1); j >= i && hit == null; j--) {
                    if (!isCapitalisedWord(j))
                        continue;
                    Set<Entity> ps = surnames.get(key(i, j));
                    if (ps != null && ps.size() == 1) {
                        hit = ps.iterator().next();
                        last = j;
                    }
                }
                if (hit == null) {
                    String k = key(i, i);
                    Set<Entity> near = new LinkedHashSet<>();
                    if (NameIndex.fuzzyable(k))
                        surnames.forEach((s, ps) -> {
                            if (s.charAt(0) == k.charAt(0) && NameIndex.withinOneEdit(s, k))
                                near.addAll(ps);
                        });
                    if (near.size() == 1)
                        hit = near.iterator().next();
                }
                if (hit == null && i > 0 && skipHonorificsBack(i) < i) {
                    // "Mr. Trump": an honorific before the family name of exactly one gazetteer person.
                    List<Entity> ps = names.byFamilyName(key(i, i));
                    if (ps.size() == 1)
                        hit = ps.get(0);
                }
                if (hit != null) {
                    add(new Span(i, last, hit, Match.SHORT_REFERENCE));
                    i = last;
                }
            }
        }

        private int skipHonorificsBack(int i) {
            for (int b = Math.max(0, i - 3); b < i; b++)
                if (honorifics.lookup(key(b, i - 1)) != null)
                    return b;
            return i;
        }

        /** "the prime minister" after "Prime Minister Edi Rama": one person of the article holds that title. */
        private void titlesWithArticle() {
            for (Role role : roleTitles()) {
                int d = role.first() - 1;
                if (d < 0 || !pos(d, "DET") || cover[d] != null || introducing.contains(role.first()))
                    continue;
                // "the spokesman of the Iranian Foreign Ministry": a body after the title must be the holder's.
                Entity body = null;
                int q = role.last() + 1;
                if (q < n && pos(q, "ADP")) {
                    q++;
                    if (q < n && pos(q, "DET"))
                        q++;
                    if (q < n && cover[q] != null && cover[q].first == q && isActor(cover[q].entity))
                        body = cover[q].entity;
                }
                Set<Entity> holders = new LinkedHashSet<>();
                for (Span s : spans)
                    if (s.first < d && s.roleIds.contains(role.id()) && (body == null || body.equals(s.affiliation)))
                        holders.add(s.entity);
                if (holders.size() == 1)
                    add(new Span(d, role.last(), holders.iterator().next(), Match.SHORT_REFERENCE));
            }
        }

        /**
         * "he" or "she" right after a quotation ("..., he said") is its speaker: the person last
         * named before it, when no other person is named in that sentence or the one before.
         */
        private void pronounsAfterQuotes() {
            for (int i = 1; i < n; i++) {
                if (!pos(i, "PRON") || cover[i] != null || !isQuote(t.get(i - 1).text()))
                    continue;
                String w = t.get(i).text().toLowerCase(Locale.ROOT);
                if (!w.equals("he") && !w.equals("she"))
                    continue;
                Span last = null;
                for (Span s : spans)
                    if (s.isPerson() && s.last < i && (last == null || s.last > last.last))
                        last = s;
                if (last == null)
                    continue;
                int from = Math.max(0, sentenceOf[i] - 1);
                boolean other = false;
                for (Span s : spans)
                    if (s.isPerson() && s.last < i && sentenceOf[s.first] >= from && !s.entity.equals(last.entity))
                        other = true;
                if (!other)
                    add(new Span(i, i, last.entity, Match.SHORT_REFERENCE));
            }
        }

        // ---- helpers ------------------------------------------------------------------------

        private void add(Span s) {
            for (int i = s.first; i <= s.last; i++)
                if (cover[i] != null)
                    return;
            for (int i = s.first; i <= s.last; i++)
                cover[i] = s;
            spans.add(s);
        }

        private String key(int first, int last) {
            return NameIndex.key(text.substring(t.get(first).start(), t.get(last).end()));
        }

        /** A token with a letter or digit: a name never ends on punctuation. */
        private boolean isWord(int i) {
            return !NameIndex.key(t.get(i).text()).isEmpty();
        }

        private boolean pos(int i, String tag) {
            return t.get(i).pos().equals(tag);
        }

        private boolean isPossessive(int i) {
            return pos(i, "PART") && NameIndex.key(t.get(i).text()).equals("s");
        }

        /** A capitalised proper-noun token outside any mention: "Kana'ani", "al-Nimr", not "MKO". */
        private boolean isNameToken(int i) {
            String pos = t.get(i).pos();
            return (pos.equals("PROPN") || pos.equals("X")) && isCapitalisedWord(i);
        }

        /**
         * A capitalised word outside any mention, whatever its tag: right after a title the tagger
         * often mistakes a foreign name for a verb or noun ("spokesperson Wang Wenbin").
         */
        private boolean isCapitalisedWord(int i) {
            if (cover[i] != null)
                return false;
            String w = t.get(i).text();
            boolean capital = Character.isUpperCase(w.codePointAt(0))
                    || w.matches("\\p{Ll}{1,3}-\\p{Lu}.*");
            boolean allCaps = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
            return capital && !allCaps && w.codePoints().anyMatch(Character::isLetter);
        }

        /** A token that is a role title or honorific on its own ("Spokesman", "Mr."). */
        private boolean isTitleWord(int i) {
            String k = key(i, i);
            return roles.lookup(k) != null || honorifics.lookup(k) != null;
        }

        /** An all-capitals word of two letters or more, digits allowed after the first: "ICT", "MEK", "G7". */
        private boolean isAbbreviation(String w) {
            return w.matches("\\p{Lu}[\\p{Lu}0-9]+");
        }

        private boolean isQuote(String s) {
            return s.equals("\"") || s.equals("\u201D") || s.equals("''");
        }
    }

    /** States and organisations can be what a person acts for. */
    private static boolean isActor(Entity e) {
        return e.type().equals(DG.State.asNode()) || e.type().equals(DG.Organization.asNode())
                || e.type().equals(DG.IntergovernmentalOrganization.asNode());
    }

    /**
     * The label of a person not in the gazetteer: the name with apostrophes and diacritics dropped,
     * so that every spelling that gives the same IRI gives the same label, and one label per node.
     */
    static String plainName(String written) {
        StringBuilder b = new StringBuilder();
        String s = Normalizer.normalize(written, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!NameIndex.isApostrophe(cp))
                b.appendCodePoint(Character.isWhitespace(cp) ? ' ' : cp);
        }
        return b.toString().replaceAll(" +", " ").strip();
    }
}
