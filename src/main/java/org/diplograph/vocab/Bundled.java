package org.diplograph.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** The Turtle files of {@code ontology/}, which the build bundles into the jar. */
public final class Bundled {

    public static final String FOLDER = "/org/diplograph/ontology/";

    private Bundled() {}

    /** Parses a bundled file, e.g. {@code lexicon.ttl}. */
    public static Model model(String fileName) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = Bundled.class.getResourceAsStream(FOLDER + fileName)) {
            if (in == null)
                throw new IllegalStateException("missing from the jar: " + FOLDER + fileName);
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
