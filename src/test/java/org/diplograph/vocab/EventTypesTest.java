package org.diplograph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
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
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** Quality checks on the event-type scheme and its trigger lexicon, {@code ontology/event-types.ttl}. */
class EventTypesTest {

    static final String FILE = "ontology/event-types.ttl";
    static final String DGT = "https://w3id.org/diplograph/id/event-type/";
    static final Model SCHEME = RDFDataMgr.loadModel(FILE);

    /** The types the issue requires by name (issue 3); the extractor and the queries rely on them. */
    static final List<String> REQUIRED = List.of("CyberAttack", "DataBreach", "SeverDiplomaticRelations", "ExpelDiplomats",
            "RecallAmbassador", "CloseEmbassy", "AttributeAttack", "Accuse", "DenyResponsibility", "Condemn",
            "ImposeSanctions", "Threaten", "AppealToInternationalBody", "ProvideSupport", "Investigate", "Retaliate",
            "MakeStatement");

    /** PLOVER's 16 event categories (PLOVER manual draft 2.0, per research/ontology-anchors.md §2). */
    static final Set<String> PLOVER = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
            "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

    static final Property TRIGGER = SCHEME.createProperty(Ns.DG + "trigger");

    static List<Resource> concepts() {
        return SCHEME.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList().stream()
                .sorted((a, b) -> a.getURI().compareTo(b.getURI())).toList();
    }

    static Resource scheme() {
        return SCHEME.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).next();
    }

    @Test
    void theRequiredTypesArePresent() {
        List<String> missing = REQUIRED.stream()
                .filter(n -> !SCHEME.contains(SCHEME.getResource(DGT + n), RDF.type, SKOS.Concept)).toList();
        assertEquals(List.of(), missing, "required event types missing from " + FILE);
    }

    /**
     * Every concept has a label, a definition and its scheme; every concept without narrower ones
     * has at least one trigger, or the extractor could never find it. A grouping concept (one with
     * narrower concepts) may rely on its narrower ones' triggers.
     */
    @Test
    void everyConceptIsLabelledDefinedInTheSchemeAndTriggered() {
        Resource scheme = scheme();
        List<String> bad = new ArrayList<>();
        for (Resource c : concepts()) {
            String n = c.getURI().substring(c.getURI().lastIndexOf('/') + 1);
            if (!c.getURI().startsWith(DGT))
                bad.add(c.getURI() + ": not in " + DGT);
            if (c.listProperties(SKOS.prefLabel).filterKeep(s -> "en".equals(s.getLanguage())).toList().size() != 1)
                bad.add(n + ": not exactly one skos:prefLabel@en");
            if (!c.hasProperty(SKOS.definition))
                bad.add(n + ": no skos:definition");
            if (!c.hasProperty(SKOS.inScheme, scheme))
                bad.add(n + ": not skos:inScheme the scheme");
            if (!c.hasProperty(TRIGGER) && narrower(c).isEmpty())
                bad.add(n + ": no dg:trigger and no narrower type");
        }
        assertEquals(List.of(), bad);
    }

    /** skos:broader and skos:narrower state each link both ways, and the hierarchy has no cycle. */
    @Test
    void theHierarchyIsConsistentAndAcyclic() {
        List<String> bad = new ArrayList<>();
        for (Statement s : SCHEME.listStatements(null, SKOS.narrower, (RDFNode) null).toList())
            if (!SCHEME.contains(s.getResource(), SKOS.broader, s.getSubject()))
                bad.add(s.getResource().getLocalName() + " lacks skos:broader " + s.getSubject().getLocalName());
        for (Statement s : SCHEME.listStatements(null, SKOS.broader, (RDFNode) null).toList())
            if (!SCHEME.contains(s.getResource(), SKOS.narrower, s.getSubject()))
                bad.add(s.getResource().getLocalName() + " lacks skos:narrower " + s.getSubject().getLocalName());
        Resource scheme = scheme();
        for (Resource c : concepts()) {
            boolean top = scheme.hasProperty(SKOS.hasTopConcept, c), topOf = c.hasProperty(SKOS.topConceptOf, scheme);
            if (top != topOf)
                bad.add(c.getLocalName() + ": skos:hasTopConcept and skos:topConceptOf disagree");
            if (top == c.hasProperty(SKOS.broader))
                bad.add(c.getLocalName() + (top ? ": a top concept with a broader one" : ": neither top concept nor narrower of one"));
            Set<Resource> seen = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
            for (Resource b = c.getPropertyResourceValue(SKOS.broader); b != null; b = b.getPropertyResourceValue(SKOS.broader))
                if (!seen.add(b)) {
                    bad.add(c.getLocalName() + ": skos:broader cycle through " + b.getLocalName());
                    break;
                }
        }
        assertEquals(List.of(), bad);
    }

    /** CAMEO codes are 3 or 4 digits, PLOVER categories one of the 16, PLOVER modes lower-case words. */
    @Test
    void notationsAreWellFormedAndCiteTheirCodebook() {
        List<String> bad = new ArrayList<>();
        for (Resource c : concepts()) {
            for (Statement s : c.listProperties(SKOS.notation).toList()) {
                String dt = s.getLiteral().getDatatypeURI(), v = s.getString();
                boolean ok = switch (dt.substring(dt.lastIndexOf('#') + 1)) {
                    case "CAMEOCode" -> v.matches("[0-2][0-9]{2,3}");
                    case "PLOVERCategory" -> PLOVER.contains(v);
                    case "PLOVERMode" -> v.matches("[a-z]+");
                    default -> false;
                };
                if (!ok)
                    bad.add(c.getLocalName() + ": notation " + v + "^^<" + dt + ">");
            }
            for (RDFNode src : c.listProperties(DCTerms.source).mapWith(Statement::getObject).toList())
                if (!src.isResource() || !src.asResource().hasProperty(DCTerms.bibliographicCitation))
                    bad.add(c.getLocalName() + ": dcterms:source " + src + " has no dcterms:bibliographicCitation");
            if (!c.hasProperty(DCTerms.source))
                bad.add(c.getLocalName() + ": no dcterms:source (codebook cited)");
        }
        assertEquals(List.of(), bad);
    }

    /** The scheme is published and dumped: blank nodes would make its serialisations unstable. */
    @Test
    void noBlankNodesInTheSchemeOrTheOntology() {
        for (Model m : List.of(SCHEME, OntologyTest.ONTOLOGY)) {
            long blanks = m.listStatements().toList().stream()
                    .filter(s -> s.getSubject().isAnon() || s.getObject().isAnon()).count();
            assertEquals(0, blanks, "statements with blank nodes");
        }
    }

    /** Lexicon properties used on concepts are declared in the ontology. */
    @Test
    void everyDgPropertyUsedIsDeclaredInTheOntology() {
        Set<String> undeclared = new TreeSet<>();
        SCHEME.listStatements().forEach(s -> {
            String p = s.getPredicate().getURI();
            if (p.startsWith(Ns.DG) && !OntologyTest.ONTOLOGY.contains(s.getPredicate(), RDF.type, (RDFNode) null))
                undeclared.add(p);
            if (s.getObject().isLiteral() && s.getLiteral().getDatatypeURI().startsWith(Ns.DG)
                    && !OntologyTest.ONTOLOGY.contains(OntologyTest.ONTOLOGY.getResource(s.getLiteral().getDatatypeURI()), RDF.type))
                undeclared.add(s.getLiteral().getDatatypeURI());
        });
        assertEquals(Set.of(), undeclared);
    }

    private static List<Resource> narrower(Resource c) {
        List<Resource> n = new ArrayList<>(SCHEME.listObjectsOfProperty(c, SKOS.narrower).mapWith(RDFNode::asResource).toList());
        n.addAll(SCHEME.listSubjectsWithProperty(SKOS.broader, c).toList());
        return n;
    }
}
