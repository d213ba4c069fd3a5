package org.diplograph.extract.event;

import org.diplograph.temporal.TimeValue;

/**
 * An event or claim an article states, with its arguments and evidence. Offsets are into the
 * cleaned text. A claim (an accusation, attribution or denial) is not a fact: its {@code actor} is
 * the claimant, and what it claims is the proposition that {@code attributedTo} was behind
 * {@code about}.
 *
 * @param type         the event type
 * @param start        start of the evidence span
 * @param end          end of the evidence span
 * @param actor        who acts, or for a claim the claimant; may be null
 * @param target       the recipient; may be null
 * @param attributedTo for an attribution, the party held responsible; may be null
 * @param speaker      the person whose words these are; may be null
 * @param stance       for a claim, its stance; null for an event
 * @param time         when it happened, as the sentence says; may be null
 * @param about        for a claim, the event it is about; may be null
 */
public record EventMention(EventType type, int start, int end, Participant actor, Participant target,
                           Participant attributedTo, Participant speaker, Stance stance, TimeValue time,
                           EventMention about) {

    /** The same mention with the time its context gives it. */
    public EventMention withTime(TimeValue t) {
        return new EventMention(type, start, end, actor, target, attributedTo, speaker, stance, t, about);
    }

    public boolean isClaim() {
        return stance != null;
    }
}
