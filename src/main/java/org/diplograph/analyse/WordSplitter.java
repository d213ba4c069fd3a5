package org.diplograph.analyse;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's tokenizer, with the tokens of each word remembered. TokenizerME splits a sentence at
 * whitespace, then decides where to split each word from that word alone, evaluating its model at
 * every character but the first; news text repeats its words, so each distinct word is decided once
 * and its tokens are reused, shifted to where it stands. The spans are those TokenizerME gives for
 * the whole sentence; NlpParityTest compares the two.
 */
final class WordSplitter {

    /** Words remembered, about 20 MB at most; the 997 articles of CASIE have 35,000 distinct ones (6 MB). */
    private static final int MEMORY = 1 << 17;

    private final ThreadLocal<TokenizerME> tokenizer;
    private final Memory<String, Span[]> memory = new Memory<>(MEMORY);

    WordSplitter(TokenizerModel model) {
        this.tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(model));
    }

    /** As {@link TokenizerME#tokenizePos(String)}. */
    Span[] tokenizePos(String sentence) {
        List<Span> tokens = new ArrayList<>();
        for (Span word : WhitespaceTokenizer.INSTANCE.tokenizePos(sentence)) {
            int at = word.getStart();
            for (Span t : memory.get(word.getCoveredText(sentence).toString(), w -> tokenizer.get().tokenizePos(w)))
                tokens.add(new Span(at + t.getStart(), at + t.getEnd()));
        }
        return tokens.toArray(new Span[0]);
    }
}
