package org.diplograph.convert;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.Version;
import org.diplograph.analyse.Analyser;
import org.diplograph.analyse.Annotator;
import org.diplograph.analyse.Document;
import org.diplograph.analyse.Nlp;
import org.diplograph.analyse.Tokeniser;
import org.diplograph.ingest.ArticleReader;
import org.diplograph.ingest.BadInputException;
import org.diplograph.map.ArticleMapper;
import org.diplograph.map.EntityMapper;
import org.diplograph.map.Iris;
import org.diplograph.map.Mapper;
import org.diplograph.map.EventMapper;
import org.diplograph.extract.EntityExtractor;
import org.diplograph.gazetteer.Gazetteer;
import org.diplograph.extract.event.Cues;
import org.diplograph.extract.event.EntityArgs;
import org.diplograph.extract.event.EventExtractor;
import org.diplograph.extract.event.EventTypes;
import org.diplograph.resolve.EventResolver;
import org.diplograph.temporal.TemporalLexicon;
import org.diplograph.temporal.TemporalTagger;
import org.diplograph.vocab.Bundled;
import org.apache.jena.rdf.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the pipeline over every input article: ingest, analyse, the annotators (tokens, mentions,
 * events, claims), then the mappers. An article that fails is reported with its file and reason and
 * contributes nothing; the others are still converted. Configure with {@link #create()}.
 */
public final class Converter {

    private static final Logger LOG = LoggerFactory.getLogger(Converter.class);

    private final Iris iris;
    private final int threads;
    /** The event-type scheme, published beside the data so that queries can read its codes. */
    private final org.apache.jena.graph.Graph scheme;
    private final Analyser analyser = new Analyser();
    private final ArticleMapper articleMapper;
    private final List<Annotator> annotators = new ArrayList<>();
    private final List<Mapper> mappers = new ArrayList<>();
    private final EventResolver resolver = new EventResolver();

    private Converter(Builder b) {
        this.iris = new Iris(b.base);
        this.threads = b.threads;
        this.articleMapper = new ArticleMapper(iris, Version.get());
        Nlp nlp = new Nlp();
        annotators.add(new Tokeniser(nlp));
        Gazetteer gazetteer = Gazetteer.load(b.gazetteers);
        annotators.add(new EntityExtractor(gazetteer, iris));
        Model lexicon = Bundled.model("lexicon.ttl");
        annotators.add(new TemporalTagger(new TemporalLexicon(lexicon)));
        EventTypes eventTypes = EventTypes.load(b.eventTypes);
        this.scheme = eventTypes.model();
        annotators.add(new EventExtractor(eventTypes, new Cues(lexicon),
                new EntityArgs(gazetteer)));
        mappers.add(articleMapper);
        mappers.add(new EntityMapper(iris));
        mappers.add(new EventMapper(iris));
    }

    public static Builder create() {
        return new Builder();
    }

    public Iris iris() {
        return iris;
    }

    /** Converts the articles in these files and folders. */
    public Conversion convert(List<Path> inputs) {
        return map(analyse(inputs));
    }

    /** The documents of the articles, analysed, annotated and resolved, with the failures. */
    public record Analysed(List<Document> docs, List<Failure> failures) {}

    /** Runs every stage but the mapping: what the events and entities commands report. */
    public Analysed analyse(List<Path> inputs) {
        List<Path> files = ArticleReader.expand(inputs);
        // Articles are analysed independently, one per core; the results are taken in input order,
        // so the outcome does not depend on scheduling. Annotators keep no per-document state.
        List<Future<Document>> pending = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())));
        try {
            for (Path file : files)
                pending.add(pool.submit(() -> analyseOne(file)));
            List<Failure> failures = new ArrayList<>();
            List<Document> docs = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                try {
                    docs.add(pending.get(i).get());
                } catch (ExecutionException e) {
                    fail(failures, files.get(i), e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
            return finish(docs, failures);
        } finally {
            pool.shutdownNow();
        }
    }

    private Document analyseOne(Path file) {
        Document doc = analyser.analyse(ArticleReader.read(file));
        for (Annotator a : annotators)
            a.annotate(doc);
        return doc;
    }

    private Analysed finish(List<Document> docs, List<Failure> failures) {
        resolver.resolve(docs);
        return new Analysed(docs, failures);
    }

    private Conversion map(Analysed analysed) {
        List<Document> docs = analysed.docs();
        List<Failure> failures = new ArrayList<>(analysed.failures());
        List<Quad> quads = new ArrayList<>();
        articleMapper.software(collect(quads));
        org.apache.jena.graph.Node schemeGraph = iris.graph("event-types");
        scheme.find().forEachRemaining(t -> quads.add(Quad.create(schemeGraph, t)));
        int converted = 0;
        for (Document doc : docs) {
            // Each article is mapped into its own buffer first, so a failure leaves nothing behind.
            List<Quad> buffer = new ArrayList<>();
            try {
                StreamRDF out = collect(buffer);
                for (Mapper m : mappers)
                    m.map(doc, out);
                quads.addAll(buffer);
                converted++;
            } catch (RuntimeException e) {
                fail(failures, doc.article().path(), e);
            }
        }
        return new Conversion(iris.base(), QuadOrder.sorted(quads), converted, failures);
    }

    private static void fail(List<Failure> failures, Path file, RuntimeException e) {
        if (e instanceof BadInputException bad) {
            failures.add(new Failure(file, reasonOf(bad, file)));
            LOG.error("{}", bad.getMessage());
        } else {
            failures.add(new Failure(file, "cannot convert: " + e));
            LOG.error("{}: cannot convert", file, e);
        }
    }

    /** The reason alone when it is about the article file itself, else naming the file it is about. */
    private static String reasonOf(BadInputException e, Path article) {
        String m = e.getMessage();
        String prefix = e.file() + ": ";
        return e.file().equals(article) && m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }

    private static StreamRDF collect(List<Quad> into) {
        return new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                into.add(quad);
            }
        };
    }

    /** Configuration of a {@link Converter}. */
    public static final class Builder {
        private String base = Iris.DEFAULT_BASE;
        private int threads = Runtime.getRuntime().availableProcessors();

        /** How many articles are analysed at once (default: one per core). */
        public Builder threads(int n) {
            this.threads = Math.max(1, n);
            return this;
        }
        private List<Path> eventTypes = List.of();
        private List<Path> gazetteers = List.of();

        /** Turtle files of further gazetteer entries, read beside the bundled gazetteer. */
        public Builder gazetteers(List<Path> files) {
            this.gazetteers = List.copyOf(files);
            return this;
        }

        /** Turtle files of further event types and triggers, read beside the bundled scheme. */
        public Builder eventTypes(List<Path> files) {
            this.eventTypes = List.copyOf(files);
            return this;
        }

        public Builder base(String base) {
            this.base = base;
            return this;
        }

        public Converter build() {
            return new Converter(this);
        }
    }
}
