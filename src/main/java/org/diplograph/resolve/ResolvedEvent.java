package org.diplograph.resolve;

import org.diplograph.extract.event.EventMention;
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
 */
public record ResolvedEvent(EventMention mention, String event, TimeValue time, String about) {}
