package org.diplograph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/**
 * The STIX 2.1 and MITRE ATT&CK alignment targets, {@code ontology/alignments.ttl}, and the SKOS
 * mappings that the ontology and the event-type scheme make to them (issue 3: "give STIX 2.1 and
 * ATT&CK correspondences as SKOS mappings"). Neither STIX nor ATT&CK publishes IRIs for its types,
 * so the targets are concepts minted in our own namespace; these tests keep every mapping on one of
 * them, keep the concepts documented, and keep the file's outside links to verified ones.
 */
class AlignmentsTest {

    static final String FILE = "ontology/alignments.ttl";
    static final Model ALIGNMENTS = RDFDataMgr.loadModel(FILE);

    /** Everything diplograph mints lives below this; a mapping target outside it is a namespace we do not own. */
    static final String OWN = "https://w3id.org/diplograph/";
    static final String STIX = OWN + "id/stix/";
    static final String ATTACK = OWN + "id/attack/";

    static final List<Property> MAPPINGS = List.of(SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch,
            SKOS.relatedMatch);

    /**
     * The STIX 2.1 object types (SDOs and SROs) and the relationship types, as verified in
     * research/ontology-anchors.md §5 (cti-stix2-json-schemas schemas/sdos and sros, cti-stix-validator
     * v21/enums.py). A STIX concept's notation must be one of these, spelt exactly.
     */
    static final Set<String> STIX_OBJECT_TYPES = Set.of("attack-pattern", "campaign", "course-of-action", "grouping",
            "identity", "incident", "indicator", "infrastructure", "intrusion-set", "location", "malware",
            "malware-analysis", "note", "observed-data", "opinion", "report", "threat-actor", "tool", "vulnerability",
            "relationship", "sighting");
    static final Set<String> STIX_RELATIONSHIP_TYPES = Set.of("attributed-to", "targets", "uses", "originates-from",
            "compromises", "impersonates", "located-at", "authored-by", "drops", "downloads", "variant-of",
            "derived-from", "duplicate-of", "related-to");

    /**
     * The only IRIs outside our namespace (and outside the reused vocabularies' terms) the file may
     * link: the sources and ATT&CK pages the research notes verified, and the license.
     */
    static final Set<String> VERIFIED_LINKS = Set.of(
            "https://github.com/oasis-open/cti-stix2-json-schemas",
            "https://github.com/oasis-open/cti-stix-validator",
            "https://github.com/mitre/cti",
            "https://attack.mitre.org/campaigns/C0038",
            "https://attack.mitre.org/software/S1150",
            "https://attack.mitre.org/groups/G1001",
            "https://creativecommons.org/licenses/by/4.0/");

    static List<Resource> concepts() {
        return ALIGNMENTS.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList().stream()
                .sorted((a, b) -> a.getURI().compareTo(b.getURI())).toList();
    }

    /** Every mapping statement whose subject is a term of the ontology or a concept of the event-type scheme. */
    static List<Statement> mappingsFromOurTerms() {
        List<Statement> out = new ArrayList<>();
        for (Model m : List.of(OntologyTest.ONTOLOGY, EventTypesTest.SCHEME))
            for (Property p : MAPPINGS)
                out.addAll(m.listStatements(null, p, (RDFNode) null).toList());
        return out;
    }

    @Test
    void theFileDescribesOnlyOwnResourcesWithoutBlankNodes() {
        Set<String> bad = new TreeSet<>();
        for (Statement s : ALIGNMENTS.listStatements().toList()) {
            if (s.getSubject().isAnon() || s.getObject().isAnon())
                bad.add("a blank node in " + s);
            else if (!s.getSubject().getURI().startsWith(OWN))
                bad.add("describes " + s.getSubject().getURI());
        }
        assertEquals(Set.of(), bad);
        assertEquals(2, ALIGNMENTS.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList().size(),
                "one scheme for STIX 2.1, one for ATT&CK");
    }

    /**
     * Each concept has one English preferred label, one notation, an English definition, exactly one
     * scheme of this file, and cited sources; it is a top concept of its scheme or narrower than one
     * of the same scheme, and the two directions of each link agree.
     */
    @Test
    void everyConceptIsLabelledNotatedDefinedAndSourced() {
        List<String> bad = new ArrayList<>();
        for (Resource c : concepts()) {
            String n = ALIGNMENTS.shortForm(c.getURI());
            if (!c.getURI().startsWith(STIX) && !c.getURI().startsWith(ATTACK))
                bad.add(n + ": neither in " + STIX + " nor in " + ATTACK);
            if (c.listProperties(SKOS.prefLabel).filterKeep(s -> "en".equals(s.getLanguage())).toList().size() != 1)
                bad.add(n + ": not exactly one skos:prefLabel@en");
            if (c.listProperties(SKOS.notation).toList().size() != 1)
                bad.add(n + ": not exactly one skos:notation");
            if (c.listProperties(SKOS.definition).filterKeep(s -> "en".equals(s.getLanguage())).toList().isEmpty())
                bad.add(n + ": no skos:definition@en");
            List<Resource> schemes = c.listProperties(SKOS.inScheme).mapWith(Statement::getResource).toList();
            if (schemes.size() != 1 || !schemes.get(0).hasProperty(RDF.type, SKOS.ConceptScheme))
                bad.add(n + ": not in exactly one skos:ConceptScheme of " + FILE);
            else {
                Resource scheme = schemes.get(0);
                boolean top = c.hasProperty(SKOS.topConceptOf, scheme);
                if (top != scheme.hasProperty(SKOS.hasTopConcept, c))
                    bad.add(n + ": skos:topConceptOf and skos:hasTopConcept disagree");
                Resource broader = c.getPropertyResourceValue(SKOS.broader);
                if (top == (broader != null))
                    bad.add(n + (top ? ": a top concept with a broader one" : ": neither top concept nor narrower of one"));
                if (broader != null && (!broader.hasProperty(SKOS.inScheme, scheme) || !broader.hasProperty(SKOS.narrower, c)))
                    bad.add(n + ": its broader concept is not in its scheme or lacks skos:narrower back");
            }
            if (!c.hasProperty(DCTerms.source))
                bad.add(n + ": no dcterms:source");
            for (Statement s : c.listProperties(DCTerms.source).toList())
                if (!s.getObject().isURIResource() || !s.getResource().hasProperty(DCTerms.bibliographicCitation))
                    bad.add(n + ": dcterms:source " + s.getObject() + " has no dcterms:bibliographicCitation");
        }
        assertEquals(List.of(), bad);
        assertTrue(concepts().size() >= 10, "only " + concepts().size() + " concepts in " + FILE);
    }

    /**
     * A STIX concept is named and notated by the STIX type name exactly (threat-actor, attributed-to):
     * object types at the top, relationship types under dgstix:relationship. An ATT&CK concept's
     * notation is the STIX type ATT&CK publishes it as, and it maps to the STIX concept of that type.
     */
    @Test
    void notationsAreTheStixTypeNames() {
        List<String> bad = new ArrayList<>();
        Resource relationship = ALIGNMENTS.getResource(STIX + "relationship");
        for (Resource c : concepts()) {
            String notation = c.listProperties(SKOS.notation).toList().stream().map(Statement::getString).findFirst().orElse("");
            if (c.getURI().startsWith(STIX)) {
                String local = c.getURI().substring(STIX.length());
                if (!local.equals(notation))
                    bad.add(local + ": notation \"" + notation + "\" differs from the local name");
                boolean isRelationshipType = c.hasProperty(SKOS.broader, relationship);
                if (!(isRelationshipType ? STIX_RELATIONSHIP_TYPES : STIX_OBJECT_TYPES).contains(notation))
                    bad.add(local + ": \"" + notation + "\" is no STIX 2.1 " + (isRelationshipType ? "relationship" : "object") + " type");
            } else {
                Resource stix = ALIGNMENTS.getResource(STIX + notation);
                if (!STIX_OBJECT_TYPES.contains(notation) || !stix.hasProperty(RDF.type, SKOS.Concept))
                    bad.add(ALIGNMENTS.shortForm(c.getURI()) + ": notation \"" + notation + "\" names no STIX concept of " + FILE);
                else if (MAPPINGS.stream().noneMatch(p -> c.hasProperty(p, stix)))
                    bad.add(ALIGNMENTS.shortForm(c.getURI()) + ": no mapping to " + ALIGNMENTS.shortForm(stix.getURI()));
            }
        }
        assertEquals(List.of(), bad);
    }

    /** No invented URLs: outside our namespace the file links only verified sources and pages, and never Wikidata. */
    @Test
    void outsideLinksAreOnlyTheVerifiedOnes() {
        Set<String> bad = new TreeSet<>();
        for (Statement s : ALIGNMENTS.listStatements().toList()) {
            for (RDFNode n : List.of(s.getPredicate(), s.getObject())) {
                if (!n.isURIResource())
                    continue;
                String iri = n.asResource().getURI();
                if (!iri.startsWith(OWN) && !ReusedTerms.known(iri) && !VERIFIED_LINKS.contains(iri))
                    bad.add(iri);
            }
            if (s.getObject().isURIResource() && s.getObject().asResource().getURI().contains("wikidata.org"))
                bad.add("Wikidata: " + s);
        }
        assertEquals(Set.of(), bad, "IRIs in " + FILE + " that are neither ours, reused terms nor verified links");
        for (Resource c : concepts())
            for (Statement s : c.listProperties(RDFS.seeAlso).toList())
                assertTrue(s.getResource().getURI().startsWith("https://attack.mitre.org/"),
                        "a concept's rdfs:seeAlso is an ATT&CK page: " + s);
    }

    /**
     * Every skos mapping from a term of the ontology or a type of the event-type scheme points at a
     * concept defined in the alignments file with a label and a notation, never at a namespace we do
     * not own (STIX and ATT&CK have none; a Wikidata class is linked with owl or rdfs, not here).
     */
    @Test
    void everyMappingFromOurTermsLandsOnAnAlignmentConcept() {
        List<Statement> mappings = mappingsFromOurTerms();
        Set<String> bad = new TreeSet<>();
        for (Statement s : mappings) {
            String from = s.getSubject().isURIResource() ? OntologyTest.ONTOLOGY.shortForm(s.getSubject().getURI()) : "a blank node";
            if (s.getSubject().isAnon() || !(s.getSubject().getURI().startsWith(Ns.DG) || s.getSubject().getURI().startsWith(EventTypesTest.DGT)))
                bad.add(from + ": a mapping from something that is neither a dg: term nor an event type");
            if (!s.getObject().isURIResource()) {
                bad.add(from + " " + s.getPredicate().getLocalName() + " " + s.getObject() + ": not an IRI");
                continue;
            }
            Resource target = s.getResource();
            String to = target.getURI();
            if (!to.startsWith(OWN))
                bad.add(from + " " + s.getPredicate().getLocalName() + " <" + to + ">: a namespace we do not own");
            else if (!ALIGNMENTS.contains(target, RDF.type, SKOS.Concept))
                bad.add(from + " " + s.getPredicate().getLocalName() + " <" + to + ">: not a concept of " + FILE);
            else if (!ALIGNMENTS.contains(target, SKOS.prefLabel) || !ALIGNMENTS.contains(target, SKOS.notation))
                bad.add(from + " " + s.getPredicate().getLocalName() + " <" + to + ">: no skos:prefLabel or skos:notation");
        }
        assertEquals(Set.of(), bad);
        // Not vacuous: both files map, and the correspondences the issue names are there.
        assertTrue(OntologyTest.ONTOLOGY.listStatements().filterKeep(s -> MAPPINGS.contains(s.getPredicate())).hasNext(),
                "no skos mapping in " + OntologyTest.FILE);
        assertTrue(EventTypesTest.SCHEME.listStatements().filterKeep(s -> MAPPINGS.contains(s.getPredicate())).hasNext(),
                "no skos mapping in " + EventTypesTest.FILE);
        for (String[] m : new String[][] {
                {Ns.DG + "ThreatGroup", STIX + "intrusion-set"}, {Ns.DG + "ThreatGroup", ATTACK + "group"},
                {Ns.DG + "Malware", STIX + "malware"}, {Ns.DG + "Malware", ATTACK + "malware"},
                {Ns.DG + "attributedTo", STIX + "attributed-to"}, {EventTypesTest.DGT + "CyberAttack", STIX + "incident"},
                {EventTypesTest.DGT + "CyberAttack", ATTACK + "campaign"}})
            assertTrue(mappings.stream().anyMatch(s -> s.getSubject().getURI().equals(m[0]) && s.getResource().getURI().equals(m[1])),
                    "no mapping from " + m[0] + " to " + m[1]);
    }

    /**
     * The mappings are coherent by SKOS's rules: one mapping property per pair (exactMatch excludes
     * broadMatch and relatedMatch, broadMatch and narrowMatch exclude each other), and since
     * exactMatch is transitive, no two of our terms are exactMatch to one concept (they would be
     * declared the same).
     */
    @Test
    void theMappingsAreCoherent() {
        List<Statement> all = new ArrayList<>(mappingsFromOurTerms());
        for (Property p : MAPPINGS)
            all.addAll(ALIGNMENTS.listStatements(null, p, (RDFNode) null).toList());
        Map<String, String> pairs = new HashMap<>();
        Map<String, String> exact = new HashMap<>();
        Set<String> bad = new TreeSet<>();
        for (Statement s : all) {
            String pair = s.getSubject() + " -> " + s.getObject();
            String other = pairs.putIfAbsent(pair, s.getPredicate().getLocalName());
            if (other != null && !other.equals(s.getPredicate().getLocalName()))
                bad.add(pair + ": both " + other + " and " + s.getPredicate().getLocalName());
            if (s.getPredicate().equals(SKOS.exactMatch)) {
                String first = exact.putIfAbsent(s.getObject().toString(), s.getSubject().toString());
                if (first != null && !first.equals(s.getSubject().toString()))
                    bad.add(first + " and " + s.getSubject() + " are both skos:exactMatch " + s.getObject());
            }
        }
        assertEquals(Set.of(), bad);
    }
}
