package org.diplograph.extract.event;

/**
 * An entity mention as the event extractor uses it: a span of the cleaned text and who it is.
 *
 * @param start offset of its first character in the cleaned text
 * @param end   offset just past its last character
 * @param who   the entity; a pronoun or role reference already resolved to its person
 */
public record Arg(int start, int end, Participant who) {}
