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
public record Token(int start, int end, String text, String pos, String lemma) {

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(19|20)\\d\\d");

    /** A year written as four digits ("2018"), which ends a date phrase rather than starting a name. */
    public boolean isYear() {
        return YEAR.matcher(text).matches();
    }
}
