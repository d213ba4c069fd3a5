package org.diplograph.analyse;

/**
 * A sentence of the cleaned text, as a span of characters and of tokens.
 *
 * @param start      offset of its first character in {@link CleanText#text()}
 * @param end        offset just past its last character
 * @param firstToken index of its first token in {@link Document#tokens()}
 * @param endToken   index just past its last token
 */
public record Sentence(int start, int end, int firstToken, int endToken) {}
