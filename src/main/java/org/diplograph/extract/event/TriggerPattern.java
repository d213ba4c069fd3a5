package org.diplograph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diplograph.analyse.Token;

/**
 * A trigger of the lexicon, compiled: a sequence of slots, each an alternation of lemmas, where
 * {@code *} lets up to {@value #GAP} tokens stand between two slots and {@code ?lemma} is an optional
 * slot; {@code file/VERB} matches only tokens of that part of speech. The first slot is the anchor.
 * Written in {@code ontology/event-types.ttl} as
 * {@code dg:trigger "sever|break|cut * tie|relation"}.
 */
final class TriggerPattern {

    static final int GAP = 5;

    /** @param tag the Universal Dependencies part of speech the token must have, or null for any */
    private record Slot(Set<String> lemmas, boolean optional, boolean gapBefore, String tag) {}

    private final String source;
    private final List<Slot> slots;

    private TriggerPattern(String source, List<Slot> slots) {
        this.source = source;
        this.slots = slots;
    }

    static TriggerPattern parse(String pattern) {
        List<Slot> slots = new ArrayList<>();
        boolean gap = false;
        for (String written : pattern.strip().split("\\s+")) {
            if (written.equals("*")) {
                gap = true;
                continue;
            }
            // "file/VERB": the slot matches that part of speech only, not "the files".
            int slash = written.indexOf('/');
            String tag = slash < 0 ? null : written.substring(slash + 1).toUpperCase(Locale.ROOT);
            String part = (slash < 0 ? written : written.substring(0, slash)).toLowerCase(Locale.ROOT);
            boolean optional = part.startsWith("?");
            String alts = optional ? part.substring(1) : part;
            slots.add(new Slot(Set.of(alts.split("\\|")), optional, gap, tag));
            gap = false;
        }
        if (slots.isEmpty() || slots.get(0).optional())
            throw new IllegalArgumentException("a trigger needs a non-optional first slot: '" + pattern + "'");
        return new TriggerPattern(pattern, List.copyOf(slots));
    }

    String source() {
        return source;
    }

    /** The lemmas of the anchor slot, by which patterns are indexed. */
    Set<String> anchors() {
        return slots.get(0).lemmas();
    }

    int length() {
        return slots.size();
    }

    /**
     * Matches at token {@code start}, within the sentence ending at {@code end}; returns the index
     * just past the last matched token, or -1.
     */
    int match(List<Token> tokens, int start, int end) {
        return match(tokens, 0, start, end, true);
    }

    private int match(List<Token> tokens, int slot, int pos, int end, boolean anchored) {
        if (slot == slots.size())
            return pos;
        Slot s = slots.get(slot);
        int maxSkip = s.gapBefore() && !anchored ? GAP : 0;
        for (int skip = 0; skip <= maxSkip && pos + skip < end; skip++) {
            int at = pos + skip;
            int next = matchSlot(s, tokens, at, end);
            if (next > 0) {
                int r = match(tokens, slot + 1, next, end, false);
                if (r > 0)
                    return r;
            }
            if (skip < maxSkip && isBarrier(tokens.get(at)))
                break;
        }
        if (s.optional())
            return match(tokens, slot + 1, pos, end, false);
        return -1;
    }

    /** A slot matches one token, or a hyphenated compound written as three. */
    private static int matchSlot(Slot s, List<Token> tokens, int at, int end) {
        if (s.tag() != null && !tokens.get(at).pos().equals(s.tag()))
            return -1;
        String compound = Words.compound(tokens, at, end);
        if (compound != null && s.lemmas().contains(compound))
            return at + 3;
        for (String f : Words.forms(tokens.get(at)))
            if (s.lemmas().contains(f))
                return at + 1;
        return -1;
    }

    /** A gap does not reach across a clause boundary. */
    private static boolean isBarrier(Token t) {
        return t.text().equals(";") || t.text().equals(":") || t.text().equals(".");
    }

    @Override
    public String toString() {
        return source;
    }
}
