package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diplograph.analyse.Sentence;
import org.diplograph.gazetteer.Entity;
import org.diplograph.map.Iris;
import org.diplograph.vocab.DG;

/**
 * Organisations the gazetteer does not know, the way a reader tells them: by the word that ends
 * their name ("Australian Federal Police", "Department of Home Affairs", "Sony Pictures
 * Entertainment") or by the common noun that introduces them ("the crypto exchange CoinVale",
 * "satellite operator Viasat"). Both word lists are data, in {@code ontology/lexicon.ttl}. A state
 * named right before the name ("Australian", "Britain's") is what the organisation acts for. Once
 * found, later mentions of the same name are the same organisation.
 */
final class Organisations {

    /** The connectors a name may hold between capitalised words: "Department of Home Affairs". */
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "&");
    private static final int MAX_WORDS = 9;

    private final Set<String> heads;
    private final Set<String> descriptors;
    private final People people;
    private final Iris iris;

    Organisations(Set<String> heads, Set<String> descriptors, People people, Iris iris) {
        this.heads = heads;
        this.descriptors = descriptors;
        this.people = people;
        this.iris = iris;
    }

    void find(Sheet sheet) {
        new Run(sheet).find();
    }

    private final class Run extends Sheet {

        private final List<Span> found = new ArrayList<>();

        Run(Sheet sheet) {
            super(sheet);
        }

        void find() {
            for (Sentence s : doc.sentences())
                for (int i = s.firstToken(); i < s.endToken() && !titleCase(s); i++) {
                    Span o = byHead(s, i);
                    if (o == null)
                        o = byDescriptor(s, i);
                    if (o != null)
                        i = o.last;
                }
            laterMentions();
        }

        /** "Australian Federal Police": capitalised words ending in a head word, two words at least. */
        private Span byHead(Sentence s, int i) {
            if (!heads.contains(lower(i)) || !isNameWord(s, i))
                return null;
            int last = i;
            // "Department of Home Affairs", "Office for the Protection of the Constitution": the head
            // first, then "of" or "for", perhaps "the", and a name.
            int article = i + 2 < s.endToken() && lower(i + 2).equals("the") ? 1 : 0;
            if (i + 2 + article < s.endToken() && (lower(i + 1).equals("of") || lower(i + 1).equals("for"))
                    && isNameWord(s, i + 2 + article)) {
                last = i + 2 + article;
                while (last + 1 < s.endToken() && last - i < MAX_WORDS) {
                    if (isNameWord(s, last + 1))
                        last++;
                    else if (last + 2 < s.endToken() && CONNECTORS.contains(lower(last + 1)) && isNameWord(s, last + 2))
                        last += 2;
                    else if (last + 3 < s.endToken() && CONNECTORS.contains(lower(last + 1)) && lower(last + 2).equals("the")
                            && isNameWord(s, last + 3))
                        last += 3;
                    else
                        break;
                }
            }
            int first = i;
            while (first - 1 >= s.firstToken() && last - first < MAX_WORDS) {
                if (isNameWord(s, first - 1))
                    first--;
                else if (first - 2 >= s.firstToken() && CONNECTORS.contains(lower(first - 1)) && isNameWord(s, first - 2))
                    first -= 2;
                else
                    break;
            }
            // A proper noun besides the head, or a long name: "Customer Service" is no name.
            boolean proper = last - first >= 2;
            for (int k = first; k <= last; k++)
                proper |= k != i && pos(k, "PROPN");
            if (last == first || !proper)
                return null;
            return mint(s, first, last);
        }

        /** "the crypto exchange CoinVale": a descriptor noun, then a name of one to three words. */
        private Span byDescriptor(Sentence s, int i) {
            // The tagger often reads an unknown name as a common noun: its capital is what counts.
            if (!descriptors.contains(lower(i)) || !pos(i, "NOUN") || i + 1 >= s.endToken() || !isNameWord(s, i + 1))
                return null;
            int last = i + 1;
            while (last + 1 < s.endToken() && last - i < 3 && isNameWord(s, last + 1))
                last++;
            // "Group-IB": a hyphen glued to both neighbours joins one name.
            while (last + 2 < s.endToken() && t.get(last + 1).text().equals("-") && t.get(last + 1).start() == t.get(last).end()
                    && t.get(last + 2).start() == t.get(last + 1).end())
                last += 2;
            // "Security Platform Department" is the head's to read.
            for (int k = i + 1; k <= last; k++)
                if (heads.contains(lower(k)))
                    return null;
            return mint(s, i + 1, last);
        }

        /** An organisation over tokens {@code first..last}, acting for a state named right before it. */
        private Span mint(Sentence s, int first, int last) {
            for (int k = first; k <= last; k++)
                if (people.isTitleWord(this, k))
                    return null;
            Entity state = null;
            int b = first - 1;
            if (b > s.firstToken() && isPossessive(b))
                b--;
            boolean named = b >= s.firstToken() && cover[b] != null && cover[b].last == b && cover[b].entity.typeName().equals("State");
            if (named)
                state = cover[b].entity;
            else
                state = appositiveOwner(s, first);
            // "Australian Federal Police": the demonym is part of the name as well.
            if (named && b == first - 1 && cover[b].first == b) {
                spans.remove(cover[b]);
                cover[b] = null;
                first = b;
            }
            // "the Foreign Ministry", "the Justice Department": a body of a state the text leaves to the
            // reader, which the event stage reads as the dateline's; no organisation of its own.
            if (state == null && last - first < 2 && first > s.firstToken() && lower(first - 1).equals("the"))
                return null;
            String label = text.substring(t.get(first).start(), t.get(last).end()).replaceAll("\\s+", " ");
            Entity e = new Entity(iris.thing("organization", Iris.slug(label)), label, DG.Organization.asNode(), null, null,
                    List.of(), List.of(), List.of(), List.of(), null, null);
            Span o = new Span(first, last, e, Match.NAMED_ORGANISATION);
            o.affiliation = state;
            add(o);
            if (cover[first] != o)
                return null;
            found.add(o);
            return o;
        }

        /**
         * "Germany's domestic intelligence agency, the Federal Office for …": the state whose body the
         * phrase before the appositive names, else null.
         */
        private Entity appositiveOwner(Sentence s, int first) {
            int b = first - 1;
            if (b - 1 <= s.firstToken() || !lower(b).equals("the") || !t.get(b - 1).text().equals(","))
                return null;
            for (int k = b - 2; k > Math.max(s.firstToken(), b - 8); k--) {
                if (isPossessive(k) && cover[k - 1] != null && cover[k - 1].entity.typeName().equals("State"))
                    return cover[k - 1].entity;
                if (pos(k, "VERB") || t.get(k).text().equals(","))
                    return null;
            }
            return null;
        }

        /** "CoinVale said …" after "the crypto exchange CoinVale": the same name, the same organisation. */
        private void laterMentions() {
            for (Span o : found) {
                int words = o.last - o.first;
                for (int i = 0; i + words < n; i++) {
                    if (cover[i] != null || !key(i, i + words).equals(key(o.first, o.last)))
                        continue;
                    Span again = new Span(i, i + words, o.entity, Match.NAMED_ORGANISATION);
                    again.affiliation = o.affiliation;
                    add(again);
                }
            }
        }

        /** A headline in title case capitalises every word, names or not. */
        private boolean titleCase(Sentence s) {
            int[] c = s.capitals(t);
            return c[0] >= 4 && c[1] * 10 >= c[0] * 7;
        }

        /** A capitalised word no mention covers; the first word of a sentence only when a proper noun. */
        private boolean isNameWord(Sentence s, int i) {
            if (!isCapitalisedWord(i) || !isWord(i))
                return false;
            return i > s.firstToken() || pos(i, "PROPN");
        }

        private String lower(int i) {
            return t.get(i).text().toLowerCase(Locale.ROOT);
        }
    }
}
