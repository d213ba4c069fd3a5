package org.diplograph.docs;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;

/**
 * Generates the HTML documentation of the ontology and the event-type scheme. Maven runs it in the
 * {@code process-classes} phase, so the page is written into the classes folder and ships inside
 * the jar, where the server finds it as {@link #RESOURCE}; Pebble is needed only at build time.
 * The page is a pure function of the Turtle files: no clock, no host, so builds are repeatable.
 */
public final class OntologyDocs {

    /** Where the page lives on the classpath. */
    public static final String RESOURCE = "/org/diplograph/docs/ontology.html";

    private OntologyDocs() {}

    /** {@code OntologyDocs ONTOLOGY.ttl EVENT-TYPES.ttl [ALIGNMENTS.ttl] OUT.html} */
    public static void main(String[] args) throws IOException {
        if (args.length != 3 && args.length != 4) {
            System.err.println("usage: OntologyDocs ONTOLOGY.ttl EVENT-TYPES.ttl [ALIGNMENTS.ttl] OUT.html");
            System.exit(2);
        }
        Model alignments = args.length == 4 ? RDFDataMgr.loadModel(args[2]) : ModelFactory.createDefaultModel();
        String html = render(RDFDataMgr.loadModel(args[0]), RDFDataMgr.loadModel(args[1]), alignments);
        Path out = Path.of(args[args.length - 1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, html, StandardCharsets.UTF_8);
    }

    /** The page for an ontology and an event-type scheme, without alignment targets. */
    public static String render(Model ontology, Model eventTypes) {
        return render(ontology, eventTypes, ModelFactory.createDefaultModel());
    }

    /**
     * The page for an ontology, an event-type scheme and the alignment targets their skos mappings
     * point at ({@code ontology/alignments.ttl}), which get a section and anchors of their own.
     */
    public static String render(Model ontology, Model eventTypes, Model alignments) {
        ClasspathLoader loader = new ClasspathLoader(OntologyDocs.class.getClassLoader());
        loader.setPrefix("org/diplograph/docs");
        loader.setSuffix(".peb");
        // Auto-escaping (HTML) is Pebble's default; strict variables turn a template typo into a build failure.
        PebbleEngine engine = new PebbleEngine.Builder().loader(loader).strictVariables(true)
                .cacheActive(false).build();
        PebbleTemplate template = engine.getTemplate("ontology");
        StringWriter out = new StringWriter();
        try {
            template.evaluate(out, Map.of("doc", DocModel.read(ontology, eventTypes, alignments)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
