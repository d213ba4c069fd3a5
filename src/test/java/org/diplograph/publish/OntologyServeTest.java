package org.diplograph.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.Seeds;
import org.diplograph.vocab.Ns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ontology at its namespace IRI on a real server: content negotiation as real clients do it. */
class OntologyServeTest {

    /** What Firefox and Chrome send for a page. */
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    /** rapper -g, captured in publishing-anchors.md: text/html twice, RDF types at q=1. */
    static final String RAPPER = "application/rdf+xml, application/n-triples, text/plain;q=0.1, text/turtle, "
            + "text/html;q=0.2, application/xhtml+xml;q=0.4, text/html;q=0.6, application/xhtml+xml;q=0.8, */*;q=0.1";
    /** Comunica dereferencing a link (shortened from publishing-anchors.md). */
    static final String COMUNICA = "application/n-quads,application/trig;q=0.95,application/ld+json;q=0.9,"
            + "application/n-triples;q=0.8,text/turtle;q=0.6,application/rdf+xml;q=0.5,text/n3;q=0.35,"
            + "text/html;q=0.2,application/xhtml+xml;q=0.18,application/json;q=0.135";

    private static Server server;
    private static String base;

    @BeforeAll
    static void start() {
        server = Server.create().conversion(Seeds.conversion()).port(0).build().start();
        base = server.url();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
    }

    @Test
    void turtleIsTheOntologyWithClaimAsAClass() throws Exception {
        HttpResponse<String> r = Http.get(base + "ontology", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(type(r).startsWith("text/turtle"), type(r));
        Graph g = parse(r.body(), Lang.TURTLE);
        assertTrue(g.contains(dg("Claim"), RDF.type.asNode(), OWL2.Class.asNode()), "dg:Claim a owl:Class");
        assertTrue(r.body().contains("dg:Claim a owl:Class"), "served as written in ontology/diplograph.ttl");
    }

    @Test
    void aBrowserGetsThePageWithAnAnchorForEveryClassAndProperty() throws Exception {
        HttpResponse<String> r = Http.get(base + "ontology", BROWSER);
        assertEquals(200, r.statusCode());
        assertTrue(type(r).startsWith("text/html"), type(r));
        String html = r.body();
        Graph onto = parse(Http.get(base + "ontology?format=ttl", null).body(), Lang.TURTLE);
        List<Node> terms = onto.find(Node.ANY, RDF.type.asNode(), Node.ANY)
                .filterKeep(t -> t.getSubject().isURI() && t.getSubject().getURI().startsWith(Ns.DG))
                .mapWith(t -> t.getSubject()).toList();
        assertTrue(terms.size() > 30, "terms: " + terms.size());
        for (Node t : terms)
            assertTrue(html.contains("id=\"" + t.getLocalName() + "\""), "no anchor for " + t.getLocalName());
        assertTrue(html.contains("id=\"dgt-CyberAttack\""), "event types are on the page");
        assertTrue(html.contains("<svg"), "the diagram of the core pattern");
    }

    @Test
    void rdfClientsGetRdfNotHtml() throws Exception {
        HttpResponse<String> rapper = Http.get(base + "ontology", RAPPER);
        assertEquals(200, rapper.statusCode());
        assertTrue(type(rapper).startsWith("text/turtle"), "rapper got " + type(rapper));
        HttpResponse<String> comunica = Http.get(base + "ontology", COMUNICA);
        assertTrue(type(comunica).startsWith("application/ld+json"), "Comunica got " + type(comunica));
        for (String accept : new String[] {"*/*", null, "text/html;q=0.5, text/turtle"})
            assertTrue(type(Http.get(base + "ontology", accept)).startsWith("text/turtle"), "Accept " + accept);
        // Explicitly named beats a wildcard at the same q; q=0 excludes.
        assertTrue(type(Http.get(base + "ontology", "text/html, */*")).startsWith("text/html"));
        assertTrue(type(Http.get(base + "ontology", "text/turtle;q=0, */*;q=0.5")).startsWith("application/ld+json"));
    }

    @Test
    void jsonLdParsesBackToTheSameGraphAndRdfXmlParses() throws Exception {
        Graph turtle = parse(Http.get(base + "ontology", "text/turtle").body(), Lang.TURTLE);
        HttpResponse<String> jsonld = Http.get(base + "ontology", "application/ld+json");
        assertTrue(type(jsonld).startsWith("application/ld+json"), type(jsonld));
        assertTrue(jsonld.body().contains("\"@context\""), "compacted, with a context");
        assertTrue(IsoMatcher.isomorphic(turtle, parse(jsonld.body(), Lang.JSONLD)), "JSON-LD round trip");
        HttpResponse<String> xml = Http.get(base + "ontology", "application/rdf+xml");
        assertTrue(IsoMatcher.isomorphic(turtle, parse(xml.body(), Lang.RDFXML)), "RDF/XML round trip");
        HttpResponse<String> nt = Http.get(base + "ontology", "application/n-triples");
        assertEquals(turtle.size(), parse(nt.body(), Lang.NTRIPLES).size());
    }

    @Test
    void theVersionIriTrailingSlashAndFormatOverrideWork() throws Exception {
        String turtle = Http.get(base + "ontology", "text/turtle").body();
        assertEquals(turtle, Http.get(base + "ontology/", "text/turtle").body());
        assertEquals(turtle, Http.get(base + "ontology/0.1.0", "text/turtle").body());
        HttpResponse<String> forced = Http.get(base + "ontology?format=jsonld", BROWSER);
        assertTrue(type(forced).startsWith("application/ld+json"), type(forced));
        assertTrue(type(Http.get(base + "ontology?format=html", "text/turtle")).startsWith("text/html"));
        assertEquals(400, Http.get(base + "ontology?format=docx", null).statusCode());
        assertEquals(404, Http.get(base + "ontology/0.0.9", null).statusCode());
    }

    @Test
    void nothingAcceptableIs406AndEveryAnswerVariesOnAccept() throws Exception {
        HttpResponse<String> r = Http.get(base + "ontology", "image/png, application/pdf;q=0.5");
        assertEquals(406, r.statusCode());
        assertTrue(r.body().contains("text/turtle"), r.body());
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        assertEquals(406, Http.get(base + "ontology", "text/turtle;q=0").statusCode());
        for (String accept : new String[] {"text/turtle", BROWSER, RAPPER})
            assertEquals("Accept", Http.get(base + "ontology", accept).headers().firstValue("Vary").orElse(""), accept);
    }

    @Test
    void theEventTypesAndTheShapesAreServedToo() throws Exception {
        HttpResponse<String> types = Http.get(base + "ontology/event-types", "text/turtle");
        assertEquals(200, types.statusCode());
        Graph scheme = parse(types.body(), Lang.TURTLE);
        assertTrue(scheme.contains(NodeFactory.createURI("https://w3id.org/diplograph/id/event-type/CyberAttack"),
                RDF.type.asNode(), NodeFactory.createURI(Ns.SKOS + "Concept")));
        HttpResponse<String> shapes = Http.get(base + "ontology/shapes", BROWSER);
        assertEquals(200, shapes.statusCode());
        assertTrue(type(shapes).startsWith("text/turtle"), "no HTML for the shapes: " + type(shapes));
        assertFalse(parse(shapes.body(), Lang.TURTLE).isEmpty());
    }

    @Test
    void anUnchangedRepresentationRevalidatesWith304() throws Exception {
        HttpResponse<String> r = Http.get(base + "ontology", "text/turtle");
        String etag = r.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "ontology"))
                        .header("Accept", "text/turtle").header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());
    }

    @Test
    void headGivesTheHeadersOfGetWithoutABody() throws Exception {
        HttpResponse<String> get = Http.get(base + "ontology", BROWSER);
        HttpResponse<String> head = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "ontology")).header("Accept", BROWSER)
                        .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals(type(get), type(head));
        assertEquals(get.headers().firstValue("ETag"), head.headers().firstValue("ETag"));
        assertEquals("", head.body());
    }

    private static String type(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    private static Node dg(String local) {
        return NodeFactory.createURI(Ns.DG + local);
    }

    private static Graph parse(String body, Lang lang) {
        Graph g = GraphMemFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).lang(lang).parse(g);
        return g;
    }
}
