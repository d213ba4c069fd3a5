package org.diplograph.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.docs.OntologyDocs;
import org.diplograph.vocab.Ns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ontology, the event-type scheme and the SHACL shapes, each serialised once at start-up in every
 * format served, keyed by their path under {@code /ontology}. The Turtle is the bundled file itself,
 * byte for byte, so its comments (which explain the modelling) reach the reader; the other RDF
 * formats are written by RIOT from the parsed graph; the HTML is the page generated at build time.
 */
final class OntologyDocuments {

    /** A served format: its {@code ?format=} key and media type. The order is the server's preference. */
    enum Format {
        TURTLE("ttl", "text/turtle"),
        JSONLD("jsonld", "application/ld+json"),
        RDFXML("rdf", "application/rdf+xml"),
        NTRIPLES("nt", "application/n-triples"),
        HTML("html", "text/html");

        final String key;
        final String mediaType;

        Format(String key, String mediaType) {
            this.key = key;
            this.mediaType = mediaType;
        }

        String contentType() {
            return mediaType.startsWith("text/") || this == NTRIPLES ? mediaType + "; charset=utf-8" : mediaType;
        }

        static Optional<Format> byKey(String key) {
            return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
        }

        static Optional<Format> byMediaType(String mediaType) {
            return Arrays.stream(values()).filter(f -> f.mediaType.equals(mediaType)).findFirst();
        }
    }

    /** One document in its formats. */
    record Document(Map<Format, DumpServlet.Dump> bodies) {
        List<String> offers() {
            return bodies.keySet().stream().map(f -> f.mediaType).toList();
        }
    }

    private static final String DIR = "/org/diplograph/ontology/";
    private static final Logger LOG = LoggerFactory.getLogger(OntologyDocuments.class);

    private OntologyDocuments() {}

    /**
     * Path (below {@code /ontology/}, without slashes) to document: "" and the version (e.g.
     * "0.1.0", from the ontology's owl:versionIRI) give the ontology.
     */
    static Map<String, Document> load() {
        byte[] html = optionalResource(OntologyDocs.RESOURCE);
        if (html == null)
            // Only a build that skipped process-classes (an IDE's compile) lacks the page: serve RDF anyway.
            LOG.warn("{} is missing (generated in Maven's process-classes phase): /ontology is served as RDF only",
                    OntologyDocs.RESOURCE);
        Map<String, Document> docs = new LinkedHashMap<>();
        byte[] ontologyTtl = resource(DIR + "diplograph.ttl");
        Graph ontology = parse(ontologyTtl);
        Document onto = document(ontologyTtl, ontology, html);
        docs.put("", onto);
        docs.put(version(ontology), onto);
        byte[] schemeTtl = resource(DIR + "event-types.ttl");
        docs.put("event-types", document(schemeTtl, parse(schemeTtl), html));
        byte[] shapesTtl = resource(DIR + "shapes.ttl");
        docs.put("shapes", document(shapesTtl, parse(shapesTtl), null));
        return docs;
    }

    private static Document document(byte[] turtle, Graph g, byte[] html) {
        Map<Format, DumpServlet.Dump> m = new EnumMap<>(Format.class);
        m.put(Format.TURTLE, body(turtle, Format.TURTLE));
        // Compacted JSON-LD whose @context is the file's prefixes, so keys read as in the Turtle.
        m.put(Format.JSONLD, body(write(g, RDFFormat.JSONLD11_PRETTY), Format.JSONLD));
        m.put(Format.RDFXML, body(write(g, RDFFormat.RDFXML_PRETTY), Format.RDFXML));
        m.put(Format.NTRIPLES, body(sortedLines(write(g, RDFFormat.NTRIPLES)), Format.NTRIPLES));
        if (html != null)
            m.put(Format.HTML, body(html, Format.HTML));
        return new Document(m);
    }

    /** The version path segment: the owl:versionIRI's last segment below the ontology IRI. */
    private static String version(Graph ontology) {
        String ontologyIri = Ns.DG.substring(0, Ns.DG.length() - 1) + "/";
        Node v = ontology.find(Node.ANY, OWL2.versionIRI.asNode(), Node.ANY)
                .filterKeep(t -> ontology.contains(t.getSubject(), RDF.type.asNode(), OWL2.Ontology.asNode()))
                .mapWith(t -> t.getObject()).nextOptional()
                .orElseThrow(() -> new IllegalStateException("the ontology has no owl:versionIRI"));
        if (!v.isURI() || !v.getURI().startsWith(ontologyIri))
            throw new IllegalStateException("the owl:versionIRI " + v + " is not below " + ontologyIri);
        return v.getURI().substring(ontologyIri.length());
    }

    private static Graph parse(byte[] turtle) {
        Graph g = GraphMemFactory.createDefaultGraph();
        RDFParser.source(new java.io.ByteArrayInputStream(turtle)).lang(Lang.TURTLE).parse(g);
        return g;
    }

    private static byte[] write(Graph g, RDFFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(g).format(format).output(out);
        return out.toByteArray();
    }

    /** N-Triples in code-point order: the same file gives the same bytes on every run. */
    private static byte[] sortedLines(byte[] nt) {
        String sorted = new String(nt, StandardCharsets.UTF_8).lines().sorted()
                .reduce(new StringBuilder(), (b, l) -> b.append(l).append('\n'), StringBuilder::append).toString();
        return sorted.getBytes(StandardCharsets.UTF_8);
    }

    private static DumpServlet.Dump body(byte[] bytes, Format f) {
        return DumpServlet.Dump.of(bytes, f.contentType());
    }

    private static byte[] resource(String name) {
        byte[] b = optionalResource(name);
        if (b == null)
            throw new IllegalStateException(name + " is missing from the classpath");
        return b;
    }

    private static byte[] optionalResource(String name) {
        try (InputStream in = OntologyDocuments.class.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
