package org.diplograph.analyse;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.model.BaseModel;

/**
 * OpenNLP's English Universal Dependencies models (from Maven Central): sentences, tokens, UPOS
 * tags and lemmas. The models are loaded once and shared; OpenNLP's taggers are not thread-safe, so
 * each thread gets its own, built on the shared models. The tagger and the lemmatizer search with
 * {@link FastBeamSearch} and the tokens come through {@link WordSplitter}: OpenNLP's results, in a
 * third of the time.
 */
public final class Nlp {

    private static final String VERSION = "1.3-2.5.4";
    /**
     * Lemmatizer contexts remembered, about 50 MB at most. A context is a word, its tag and the class
     * before: the 997 articles of CASIE have 77,000 distinct ones (30 MB) in 1.28 million steps.
     */
    private static final int LEMMA_CONTEXTS = 1 << 17;

    private final SentenceModel sentenceModel = load(SentenceModel::new, "sentence");
    private final WordSplitter tokenizer = new WordSplitter(load(TokenizerModel::new, "tokens"));
    private final POSModel posModel = fastTagger(load(POSModel::new, "pos"));
    private final LemmatizerModel lemmaModel = load(LemmatizerModel::new, "lemmas");
    private final FastBeamSearch lemmaSearch = new FastBeamSearch(beamSize(lemmaModel),
            lemmaModel.getArtifact("lemmatizer.model"), LEMMA_CONTEXTS);
    private final SequenceValidator<String> lemmaValidator = lemmaModel.getFactory().getSequenceValidator();

    private final ThreadLocal<SentenceDetectorME> sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
    private final ThreadLocal<POSTaggerME> tagger = ThreadLocal.withInitial(() -> new POSTaggerME(posModel));
    private final ThreadLocal<LemmatizerContextGenerator> lemmaContexts =
            ThreadLocal.withInitial(() -> lemmaModel.getFactory().getContextGenerator());

    public Span[] sentences(String text) {
        return sentences.get().sentPosDetect(text);
    }

    public Span[] tokens(String sentence) {
        return tokenizer.tokenizePos(sentence);
    }

    public String[] tags(String[] tokens) {
        return tagger.get().tag(tokens);
    }

    /** Lowercase lemmas; a token the model cannot lemmatise is its own lemma. */
    public String[] lemmas(String[] tokens, String[] tags) {
        // LemmatizerME.lemmatize, on FastBeamSearch: a LemmatizerModel takes no search but its own.
        List<String> classes = lemmaSearch.bestSequence(tokens, new Object[] {tags}, lemmaContexts.get(), lemmaValidator)
                .getOutcomes();
        return lowercase(LemmatizerME.decodeLemmas(tokens, classes.toArray(new String[0])), tokens);
    }

    /** The model's lemmas in lowercase, each token the model cannot lemmatise as its own lemma. */
    static String[] lowercase(String[] lemmas, String[] tokens) {
        for (int i = 0; i < lemmas.length; i++) {
            String l = lemmas[i];
            lemmas[i] = (l == null || l.isEmpty() || l.equals("O") ? tokens[i] : l).toLowerCase(Locale.ROOT);
        }
        return lemmas;
    }

    /**
     * The same model, searching with {@link FastBeamSearch}. The tagger's contexts span several words
     * and seldom repeat, so none are remembered. POSTaggerME reads the beam's width from the manifest
     * too, to size its context cache, so the new manifest keeps it.
     */
    private static POSModel fastTagger(POSModel m) {
        int size = beamSize(m);
        return new POSModel(m.getLanguage(), new FastBeamSearch(size, m.getArtifact("pos.model"), 0),
                Map.of(BeamSearch.BEAM_SIZE_PARAMETER, String.valueOf(size)), m.getFactory());
    }

    /** The beam's width as the model's manifest sets it; 3, OpenNLP's default, otherwise. */
    private static int beamSize(BaseModel m) {
        String size = m.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        return size == null ? POSTaggerME.DEFAULT_BEAM_SIZE : Integer.parseInt(size);
    }

    interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    static <M> M load(ModelReader<M> reader, String kind) {
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
