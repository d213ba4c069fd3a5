package org.diplograph.analyse;

/**
 * One line of the original text, trimmed.
 *
 * @param start offset of its first non-space character in the original text (UTF-16 index)
 * @param end   offset just past its last non-space character
 * @param text  the trimmed line
 * @param kind  what the cleaner decided it is
 */
public record TextLine(int start, int end, String text, LineKind kind) {

    public TextLine withKind(LineKind k) {
        return new TextLine(start, end, text, k);
    }

    /** Content lines are what later stages read; the title is content too. */
    public boolean isContent() {
        return kind == LineKind.CONTENT || kind == LineKind.TITLE;
    }
}
