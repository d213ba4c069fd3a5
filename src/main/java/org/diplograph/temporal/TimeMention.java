package org.diplograph.temporal;

/**
 * A temporal expression in the cleaned text and its value.
 *
 * @param start    offset of its first character in the cleaned text
 * @param end      offset just past its last character
 * @param value    the normalised time
 * @param anchored whether the article date was needed to normalise it ("on Wednesday", "July 15")
 */
public record TimeMention(int start, int end, TimeValue value, boolean anchored) {}
