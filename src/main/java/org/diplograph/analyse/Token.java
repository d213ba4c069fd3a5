package org.diplograph.analyse;

/**
 * A token of the cleaned text.
 *
 * @param start offset of its first character in {@link CleanText#text()}
 * @param end   offset just past its last character
 * @param text  as written
 * @param pos   its universal part-of-speech tag (NOUN, PROPN, VERB, ...)
 * @param lemma its lowercase base form ("severed" gives "sever")
 */
public record Token(int start, int end, String text, String pos, String lemma) {}
