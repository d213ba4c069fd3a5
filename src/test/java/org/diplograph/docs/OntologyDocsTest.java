package org.diplograph.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.vocab.Ns;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The generated documentation page: complete, internally linked, escaped and repeatable. */
class OntologyDocsTest {

    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/diplograph.ttl");
    private static final Model EVENT_TYPES = RDFDataMgr.loadModel("ontology/event-types.ttl");

    @Test
    void everyTermAndEventTypeHasItsAnchor() {
        Document page = Jsoup.parse(OntologyDocs.render(ONTOLOGY, EVENT_TYPES));
        Set<String> missing = new TreeSet<>();
        ONTOLOGY.listSubjectsWithProperty(RDF.type).filterKeep(s -> s.isURIResource() && s.getURI().startsWith(Ns.DG))
                .forEach(s -> {
                    if (page.getElementById(s.getLocalName()) == null)
                        missing.add(s.getLocalName());
                });
        for (Resource c : EVENT_TYPES.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList())
            if (page.getElementById(DocModel.CONCEPT_ANCHOR + c.getLocalName()) == null)
                missing.add(c.getURI());
        assertEquals(Set.of(), missing, "terms without an anchor on the page");
        assertEquals("The diplograph ontology", page.title());
        assertNotNull(page.selectFirst("svg"), "the diagram of the core pattern");
        assertTrue(page.getElementById("Claim").text().contains("dg:claimant"), "Claim lists the properties whose domain it is");
        assertTrue(page.getElementById("dgt-CyberAttack").text().contains("176 (CAMEO code)"), "notations shown with their kind");
    }

    @Test
    void idsAreUniqueAndEveryInternalLinkLands() {
        Document page = Jsoup.parse(OntologyDocs.render(ONTOLOGY, EVENT_TYPES));
        Set<String> ids = new HashSet<>();
        Set<String> duplicates = new TreeSet<>();
        for (Element e : page.select("[id]"))
            if (!ids.add(e.id()))
                duplicates.add(e.id());
        assertEquals(Set.of(), duplicates, "duplicate ids");
        Set<String> broken = new TreeSet<>();
        for (Element a : page.select("a[href^=#]"))
            if (!ids.contains(a.attr("href").substring(1)))
                broken.add(a.attr("href"));
        assertEquals(Set.of(), broken, "links to anchors that are not on the page");
    }

    @Test
    void textFromTheTurtleIsEscaped() {
        Model evil = ModelFactory.createDefaultModel();
        RDFDataMgr.read(evil, new java.io.ByteArrayInputStream("""
                @prefix dg: <https://w3id.org/diplograph/ontology#> .
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <https://w3id.org/diplograph/ontology> a owl:Ontology ; rdfs:comment "x" .
                dg:Evil a owl:Class ; rdfs:label "<script>alert('x')</script>"@en ; rdfs:comment "a & b"@en .
                """.getBytes(StandardCharsets.UTF_8)), Lang.TURTLE);
        String html = OntologyDocs.render(evil, EVENT_TYPES);
        assertFalse(html.contains("<script>"), "a label became markup");
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertTrue(html.contains("a &amp; b"));
    }

    @Test
    void thePageIsAFunctionOfTheTurtleAndTheBuildShipsIt() throws Exception {
        assertEquals(OntologyDocs.render(ONTOLOGY, EVENT_TYPES), OntologyDocs.render(ONTOLOGY, EVENT_TYPES));
        try (InputStream in = OntologyDocs.class.getResourceAsStream(OntologyDocs.RESOURCE)) {
            assertNotNull(in, "the process-classes step did not write " + OntologyDocs.RESOURCE);
            String built = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String term : List.of("id=\"Claim\"", "id=\"AttributionProposition\"", "id=\"dgt-SeverDiplomaticRelations\""))
                assertTrue(built.contains(term), term);
        }
    }
}
