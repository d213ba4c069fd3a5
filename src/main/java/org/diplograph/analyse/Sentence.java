package org.diplograph.analyse;

/**
 * A sentence of the cleaned text, as a span of characters and of tokens.
 *
 * @param start      offset of its first character in {@link CleanText#text()}
 * @param end        offset just past its last character
 * @param firstToken index of its first token in {@link Document#tokens()}
 * @param endToken   index just past its last token
 */
public record Sentence(int start, int end, int firstToken, int endToken) {

    /**
     * How many of its words begin with a letter, and how many of those with a capital: a headline in
     * title case capitalises every word, names or not, so capitals tell no names there.
     *
     * @return {words, capitalised}
     */
    public int[] capitals(java.util.List<Token> tokens) {
        int words = 0, capitals = 0;
        for (int i = firstToken; i < endToken; i++) {
            String w = tokens.get(i).text();
            if (!Character.isLetter(w.codePointAt(0)))
                continue;
            words++;
            if (Character.isUpperCase(w.codePointAt(0)))
                capitals++;
        }
        return new int[] {words, capitals};
    }
}
