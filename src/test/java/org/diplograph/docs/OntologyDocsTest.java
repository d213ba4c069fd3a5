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
    private static final Model ALIGNMENTS = RDFDataMgr.loadModel("ontology/alignments.ttl");

    @Test
    void everyTermAndEventTypeHasItsAnchor() {
        Document page = Jsoup.parse(OntologyDocs.render(ONTOLOGY, EVENT_TYPES, ALIGNMENTS));
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

    /**
     * The skos mappings to STIX 2.1 and ATT&CK are shown on the terms and event types that make
     * them, linked to the alignment concept's own section, which lists the terms mapped to it.
     */
    @Test
    void theMappingsAndTheirTargetsAreShown() {
        Document page = Jsoup.parse(OntologyDocs.render(ONTOLOGY, EVENT_TYPES, ALIGNMENTS));
        Set<String> missing = new TreeSet<>();
        for (Resource type : List.of(SKOS.Concept, SKOS.ConceptScheme))
            for (Resource c : ALIGNMENTS.listSubjectsWithProperty(RDF.type, type).toList())
                if (page.getElementById(c.getURI().substring("https://w3id.org/diplograph/id/".length()).replace('/', '-')) == null)
                    missing.add(c.getURI());
        assertEquals(Set.of(), missing, "alignment concepts and schemes without an anchor on the page");
        Element group = page.getElementById("ThreatGroup");
        assertTrue(group.text().contains("skos:closeMatch"), group.text());
        assertNotNull(group.selectFirst("a[href=#stix-intrusion-set]"), "ThreatGroup links its closeMatch target");
        assertNotNull(group.selectFirst("a[href=#attack-group]"), "ThreatGroup links its narrowMatch target");
        Element cyber = page.getElementById("dgt-CyberAttack");
        assertTrue(cyber.text().contains("skos:relatedMatch"), cyber.text());
        assertNotNull(cyber.selectFirst("a[href=#attack-campaign]"), "an event type links its mapping target");
        Element malware = page.getElementById("stix-malware");
        assertTrue(malware.text().contains("Notation malware"), malware.text());
        assertNotNull(malware.selectFirst("a[href=#Malware]"), "a target lists the term mapped to it");
        assertTrue(malware.text().contains("skos:exactMatch from"), malware.text());
    }

    @Test
    void idsAreUniqueAndEveryInternalLinkLands() {
        Document page = Jsoup.parse(OntologyDocs.render(ONTOLOGY, EVENT_TYPES, ALIGNMENTS));
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
        assertEquals(OntologyDocs.render(ONTOLOGY, EVENT_TYPES, ALIGNMENTS), OntologyDocs.render(ONTOLOGY, EVENT_TYPES, ALIGNMENTS));
        try (InputStream in = OntologyDocs.class.getResourceAsStream(OntologyDocs.RESOURCE)) {
            assertNotNull(in, "the process-classes step did not write " + OntologyDocs.RESOURCE);
            String built = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String term : List.of("id=\"Claim\"", "id=\"AttributionProposition\"", "id=\"dgt-SeverDiplomaticRelations\"",
                    "id=\"stix-intrusion-set\"", "href=\"#stix-intrusion-set\""))
                assertTrue(built.contains(term), term);
        }
    }
}
