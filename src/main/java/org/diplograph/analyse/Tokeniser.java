package org.diplograph.analyse;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;

/**
 * Splits the cleaned text into sentences and tokens, with part-of-speech tags and lemmas. A line
 * break always ends a sentence: the cleaner keeps one line per paragraph, headline or bullet.
 */
public final class Tokeniser implements Annotator {

    private final Nlp nlp;

    public Tokeniser(Nlp nlp) {
        this.nlp = nlp;
    }

    @Override
    public void annotate(Document doc) {
        String text = doc.clean().text();
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = straightQuotes(text.substring(lineStart, lineEnd));
            for (Span s : nlp.sentences(line)) {
                int sStart = lineStart + s.getStart();
                String sentence = line.substring(s.getStart(), s.getEnd());
                Span[] spans = nlp.tokens(sentence);
                if (spans.length == 0)
                    continue;
                String[] words = Span.spansToStrings(spans, sentence);
                String[] written = Span.spansToStrings(spans, text.substring(sStart, sStart + sentence.length()));
                String[] tags = nlp.tags(words);
                String[] lemmas = nlp.lemmas(words, tags);
                int first = tokens.size();
                for (int i = 0; i < spans.length; i++)
                    addSplittingPossessive(tokens, sStart + spans[i].getStart(), sStart + spans[i].getEnd(),
                            written[i], words[i], tags[i], lemmas[i]);
                sentences.add(new Sentence(sStart, lineStart + s.getEnd(), first, tokens.size()));
            }
            if (nl < 0)
                break;
            lineStart = nl + 1;
        }
        doc.setTokens(sentences, tokens);
    }

    /**
     * The model leaves a possessive on its word ("Albania's", tagged PROPN+PART): split it, so that
     * the word can be looked up and the possessive seen as such.
     */
    private static void addSplittingPossessive(List<Token> tokens, int start, int end, String written, String straight,
                                               String tag, String lemma) {
        if (straight.length() > 2 && straight.endsWith("'s")) {
            int cut = end - 2;
            String[] tagParts = tag.split("\\+");
            String[] lemmaParts = lemma.split("\\+");
            String wordLemma = lemmaParts.length > 1 ? lemmaParts[0] : lemma.replaceAll("'s$", "");
            tokens.add(new Token(start, cut, written.substring(0, written.length() - 2), tagParts[0], wordLemma));
            tokens.add(new Token(cut, end, written.substring(written.length() - 2), "PART", "'s"));
            return;
        }
        tokens.add(new Token(start, end, written, tag, lemma));
    }

    /**
     * The models were trained on straight quotes: typographic ones glue to words ("Albania’s" stays
     * one token). Each is one UTF-16 unit, like its replacement, so offsets are unchanged.
     */
    static String straightQuotes(String s) {
        return s.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201B', '\'')
                .replace('\u201C', '"').replace('\u201D', '"').replace('\u201E', '"');
    }
}
