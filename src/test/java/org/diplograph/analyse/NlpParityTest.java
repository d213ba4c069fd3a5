package org.diplograph.analyse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import org.diplograph.Seeds;
import org.diplograph.ingest.ArticleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link Nlp}'s faster paths ({@link FastBeamSearch}, {@link WordSplitter}) must give exactly what
 * OpenNLP's own classes give, token for token, on every sentence of the seeds, and of the articles of
 * a further folder given as {@code -Dparity.corpus=DIR} (the 997 of CASIE showed no difference; see
 * BENCHMARKS.md).
 */
class NlpParityTest {

    private static final Nlp NLP = new Nlp();
    private static final LemmatizerModel LEMMAS = Nlp.load(LemmatizerModel::new, "lemmas");
    private static final List<String> SENTENCES = new ArrayList<>();

    @BeforeAll
    static void readSeeds() {
        List<Path> inputs = new ArrayList<>(List.of(Seeds.DIR));
        if (System.getProperty("parity.corpus") != null)
            inputs.add(Path.of(System.getProperty("parity.corpus")));
        for (Path file : ArticleReader.expand(inputs)) {
            String text = new Cleaner().clean(ArticleReader.read(file).text()).text();
            for (String line : text.split("\n")) {
                String straight = Tokeniser.straightQuotes(line);
                for (Span s : NLP.sentences(straight))
                    SENTENCES.add(s.getCoveredText(straight).toString());
            }
        }
        assertTrue(SENTENCES.size() > 100, "the seeds have a few hundred sentences");
    }

    @Test
    void tokensTagsAndLemmasAreOpenNlps() {
        TokenizerModel tokenModel = Nlp.load(TokenizerModel::new, "tokens");
        POSModel posModel = Nlp.load(POSModel::new, "pos");
        TokenizerME tokenizer = new TokenizerME(tokenModel);
        POSTaggerME tagger = new POSTaggerME(posModel);
        LemmatizerME lemmatizer = new LemmatizerME(LEMMAS);
        for (String s : SENTENCES) {
            Span[] tokens = tokenizer.tokenizePos(s);
            assertArrayEquals(tokens, NLP.tokens(s), s);
            String[] words = Span.spansToStrings(tokens, s);
            String[] tags = tagger.tag(words);
            assertArrayEquals(tags, NLP.tags(words), s);
            assertArrayEquals(Nlp.lowercase(lemmatizer.lemmatize(words, tags), words), NLP.lemmas(words, tags), s);
        }
    }

    /**
     * A validator that accepts one class in seven often refuses all the likeliest, and BeamSearch then
     * falls back to every class, a path the real validators seldom take: the fast search must take it
     * alike, remembering contexts or not (here it does about 1,800 times).
     */
    @Test
    void searchesAlikeWhenCandidatesAreRefused() {
        MaxentModel model = LEMMAS.getArtifact("lemmatizer.model");
        SequenceValidator<String> oneInSeven = (i, tokens, outcomes, outcome) -> model.getIndex(outcome) % 7 == 3;
        BeamSearch reference = new BeamSearch(3, model);
        FastBeamSearch fast = new FastBeamSearch(3, model, 0);
        FastBeamSearch remembering = new FastBeamSearch(3, model, 1000);
        var contexts = LEMMAS.getFactory().getContextGenerator();
        for (String s : SENTENCES.subList(0, 40)) {
            String[] words = Span.spansToStrings(NLP.tokens(s), s);
            Object[] tags = {NLP.tags(words)};
            Sequence[] expected = reference.bestSequences(3, words, tags, contexts, oneInSeven);
            for (FastBeamSearch search : List.of(fast, remembering)) {
                Sequence[] actual = search.bestSequences(3, words, tags, contexts, oneInSeven);
                assertEquals(expected.length, actual.length, s);
                for (int k = 0; k < expected.length; k++) {
                    assertEquals(expected[k].getOutcomes(), actual[k].getOutcomes(), s);
                    assertEquals(expected[k].getScore(), actual[k].getScore(), 0.0, s);
                }
            }
        }
    }
}
