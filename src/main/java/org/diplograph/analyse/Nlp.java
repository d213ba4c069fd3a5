package org.diplograph.analyse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * OpenNLP's English Universal Dependencies models (from Maven Central): sentences, tokens, UPOS
 * tags and lemmas. The models are loaded once and shared; OpenNLP's taggers are not thread-safe, so
 * each thread gets its own, built on the shared models.
 */
public final class Nlp {

    private static final String VERSION = "1.3-2.5.4";

    private final SentenceModel sentenceModel = load(SentenceModel::new, "sentence");
    private final TokenizerModel tokenizerModel = load(TokenizerModel::new, "tokens");
    private final POSModel posModel = load(POSModel::new, "pos");
    private final LemmatizerModel lemmaModel = load(LemmatizerModel::new, "lemmas");

    private final ThreadLocal<SentenceDetectorME> sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
    private final ThreadLocal<TokenizerME> tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokenizerModel));
    private final ThreadLocal<POSTaggerME> tagger = ThreadLocal.withInitial(() -> new POSTaggerME(posModel));
    private final ThreadLocal<LemmatizerME> lemmatizer = ThreadLocal.withInitial(() -> new LemmatizerME(lemmaModel));

    public Span[] sentences(String text) {
        return sentences.get().sentPosDetect(text);
    }

    public Span[] tokens(String sentence) {
        return tokenizer.get().tokenizePos(sentence);
    }

    public String[] tags(String[] tokens) {
        return tagger.get().tag(tokens);
    }

    /** Lowercase lemmas; a token the model cannot lemmatise is its own lemma. */
    public String[] lemmas(String[] tokens, String[] tags) {
        String[] lemmas = lemmatizer.get().lemmatize(tokens, tags);
        for (int i = 0; i < lemmas.length; i++) {
            String l = lemmas[i];
            lemmas[i] = (l == null || l.isEmpty() || l.equals("O") ? tokens[i] : l).toLowerCase(Locale.ROOT);
        }
        return lemmas;
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(ModelReader<M> reader, String kind) {
        // Each model jar has its own model.properties at the root, which clash in a fat jar;
        // the .bin names are unique, so the models are loaded by name.
        String name = "/opennlp-en-ud-ewt-" + kind + "-" + VERSION + ".bin";
        try (InputStream in = Nlp.class.getResourceAsStream(name)) {
            if (in == null)
                throw new IllegalStateException("OpenNLP model missing from the classpath: " + name);
            return reader.read(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot load OpenNLP model " + name, e);
        }
    }
}
