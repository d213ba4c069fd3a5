package org.diplograph.resolve;

import org.diplograph.extract.event.EventMention;
import org.diplograph.extract.event.Participant;
import org.diplograph.temporal.TimeValue;

/**
 * What resolution made of an event mention: the one event node it denotes, shared by every
 * article that tells of the same event, and that event's best-known time.
 *
 * @param mention the mention
 * @param event   the slug of its event ({@code 2022-07-15-cyberattack-albania}); for a claim, of the
 *                claim's own act
 * @param time    the event's time: the finest of its mentions', or null
 * @param about   for a claim, the slug of the event its proposition is about, else null
 * @param actor   the event's actor as resolution knows it: the mention's, or the one an article
 *                that tells more gives ("a cyber attack on July 15" is the attack on Albania); may be null
 * @param target  likewise the event's target; may be null
 */
public record ResolvedEvent(EventMention mention, String event, TimeValue time, String about, Participant actor,
                            Participant target) {}
