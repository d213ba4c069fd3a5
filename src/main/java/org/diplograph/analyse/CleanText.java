package org.diplograph.analyse;

import java.util.List;

/**
 * The article text after cleaning, with a map back to the original: every character of
 * {@link #text()} knows the offset it came from, so evidence always points into the original text.
 */
public final class CleanText {

    private final String text;
    private final int[] origin;
    private final List<TextLine> lines;

    CleanText(String text, int[] origin, List<TextLine> lines) {
        this.text = text;
        this.origin = origin;
        this.lines = List.copyOf(lines);
    }

    /** The cleaned text: content lines only, glued sentences separated. */
    public String text() {
        return text;
    }

    /** Every line of the original with its kind. */
    public List<TextLine> lines() {
        return lines;
    }

    /**
     * The original offset (UTF-16 index) of the cleaned character at {@code i}; for {@code i ==
     * text().length()} the end of the last content line. Characters the cleaner inserted map to the
     * offset of the character that follows them.
     */
    public int toOriginal(int i) {
        return origin[i];
    }

    /** The original end offset of a cleaned span ending (exclusive) at {@code end}. */
    public int toOriginalEnd(int end) {
        return end == 0 ? origin[0] : origin[end - 1] + 1;
    }
}
