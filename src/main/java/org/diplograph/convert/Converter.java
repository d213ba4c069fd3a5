package org.diplograph.convert;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.Version;
import org.diplograph.analyse.Analyser;
import org.diplograph.analyse.Document;
import org.diplograph.ingest.Article;
import org.diplograph.ingest.ArticleReader;
import org.diplograph.ingest.BadInputException;
import org.diplograph.map.ArticleMapper;
import org.diplograph.map.Iris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the pipeline, ingest, analyse, map, over every input article. An article that fails is
 * reported with its file and reason and contributes nothing; the others are still converted.
 * Configure with {@link #create()}.
 */
public final class Converter {

    private static final Logger LOG = LoggerFactory.getLogger(Converter.class);

    private final Iris iris;
    private final Analyser analyser = new Analyser();
    private final ArticleMapper mapper;

    private Converter(Builder b) {
        this.iris = new Iris(b.base);
        this.mapper = new ArticleMapper(iris, Version.get());
    }

    public static Builder create() {
        return new Builder();
    }

    /** Converts the articles in these files and folders. */
    public Conversion convert(List<Path> inputs) {
        List<Path> files = ArticleReader.expand(inputs);
        List<Quad> quads = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        mapper.software(collect(quads));
        int converted = 0;
        for (Path file : files) {
            // Each article is mapped into its own buffer first, so a failure leaves nothing behind.
            List<Quad> buffer = new ArrayList<>();
            try {
                Article article = ArticleReader.read(file);
                Document doc = analyser.analyse(article);
                mapper.map(doc, collect(buffer));
                quads.addAll(buffer);
                converted++;
            } catch (BadInputException e) {
                failures.add(new Failure(file, reasonOf(e, file)));
                LOG.error("{}", e.getMessage());
            } catch (RuntimeException e) {
                failures.add(new Failure(file, e.toString()));
                LOG.error("{}: cannot convert: {}", file, e.toString());
            }
        }
        return new Conversion(iris.base(), QuadOrder.sorted(quads), converted, failures);
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

        public Builder base(String base) {
            this.base = base;
            return this;
        }

        public Converter build() {
            return new Converter(this);
        }
    }
}
