package org.diplograph.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.diplograph.gazetteer.Entity;
import org.diplograph.map.Iris;
import org.diplograph.vocab.DG;

/**
 * The rules about people: people introduced by a title or role from the lexicon ("Prime Minister
 * Edi Rama", "Ferit Hoxha, Albania's permanent representative to the UN"), with the titles and the
 * state or body they act for, and later short references to a person named in full: a family name
 * ("Rama"), a title with an article ("the prime minister"), "he" or "she" right after a quotation.
 */
final class People {

    /** Longest run of capitalised tokens taken as a person's name. */
    private static final int MAX_NAME_TOKENS = 5;

    private final NameIndex names;
    private final Lexicon roles;
    private final Lexicon honorifics;
    private final Iris iris;

    People(NameIndex names, Lexicon roles, Lexicon honorifics, Iris iris) {
        this.names = names;
        this.roles = roles;
        this.honorifics = honorifics;
        this.iris = iris;
    }

    /** Adds the people of the sheet and the short references to them. */
    void find(Sheet sheet) {
        Run run = new Run(sheet);
        run.titledPeople();
        run.honouredPeople();
        run.shortReferences();
    }

    /** A token that is a role title or honorific on its own ("Spokesman", "Mr."). */
    boolean isTitleWord(Sheet sheet, int i) {
        return new Run(sheet).isTitleWord(i);
    }

    /** The first token of honorifics that end just before token {@code i}, or {@code i}. */
    int skipHonorificsBack(Sheet sheet, int i) {
        return new Run(sheet).skipHonorificsBack(i);
    }

    /** A role title over tokens {@code first..last}, with the canonical label of its entry. */
    private record Role(int first, int last, String id) {}

    /** The rules, as a view of one sheet. */
    private final class Run extends Sheet {

        Run(Sheet sheet) {
            super(sheet);
        }

        // ---- people introduced by a title ---------------------------------------------------

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

        /** "Sir Keir Starmer", "Dr. Jane Doe": an honorific before a name of two words or more introduces a person too. */
        private void honouredPeople() {
            for (int i = 0; i < n; i++) {
                if (cover[i] != null)
                    continue;
                int p = skipHonorifics(i);
                if (p > i && p < n && cover[p] == null && sentenceOf[p] == sentenceOf[i]) {
                    Span s = newPerson(p);
                    i = s != null ? s.last : p - 1;
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
                    List.of(), List.of(), List.of(), List.of(words[words.length - 1]), null, null);
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

        // ---- short references ---------------------------------------------------------------

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
                    if (!f.isEmpty())
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

        /** A token that is a role title or honorific on its own ("Spokesman", "Mr."). */
        private boolean isTitleWord(int i) {
            String k = key(i, i);
            return roles.lookup(k) != null || honorifics.lookup(k) != null;
        }
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
