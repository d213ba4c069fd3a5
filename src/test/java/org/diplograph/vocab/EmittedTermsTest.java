package org.diplograph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.Seeds;
import org.junit.jupiter.api.Test;

/**
 * Every predicate and class the converter emits for the seeds is declared: a dg: term in
 * {@code ontology/diplograph.ttl} as the right kind of term, anything else a term known to exist in
 * a reused vocabulary ({@link ReusedTerms}). A misspelt or invented term fails here.
 */
class EmittedTermsTest {

    private static final Model ONTOLOGY = OntologyTest.ONTOLOGY;

    @Test
    void everyEmittedPredicateIsDeclared() {
        Set<String> bad = new TreeSet<>();
        Set<Node> seen = new java.util.HashSet<>();
        for (Quad q : Seeds.conversion().quads()) {
            Node p = q.getPredicate();
            if (!seen.add(p))
                continue;
            if (p.getURI().startsWith(Ns.DG)) {
                Resource r = ONTOLOGY.getResource(p.getURI());
                if (!r.hasProperty(RDF.type, OWL2.ObjectProperty) && !r.hasProperty(RDF.type, OWL2.DatatypeProperty)
                        && !r.hasProperty(RDF.type, OWL2.AnnotationProperty))
                    bad.add(ONTOLOGY.shortForm(p.getURI()) + " (not declared as a property in " + OntologyTest.FILE + ")");
            } else if (!ReusedTerms.known(p.getURI()))
                bad.add(p.getURI() + (ReusedTerms.namespaceOf(p.getURI()).isPresent() ? " (no such term)" : " (not a reused vocabulary)"));
        }
        assertTrue(seen.size() > 10, "the seeds emit only " + seen.size() + " predicates");
        assertEquals(Set.of(), bad, "predicates emitted for the seeds but not declared");
    }

    @Test
    void everyEmittedClassIsDeclared() {
        Set<String> bad = new TreeSet<>();
        Set<Node> seen = new java.util.HashSet<>();
        for (Quad q : Seeds.conversion().quads()) {
            if (!q.getPredicate().equals(RDF.type.asNode()) || !seen.add(q.getObject()))
                continue;
            String c = q.getObject().getURI();
            if (c.startsWith(Ns.DG) ? !ONTOLOGY.contains(ONTOLOGY.getResource(c), RDF.type, OWL2.Class) : !ReusedTerms.known(c))
                bad.add(c);
        }
        assertEquals(Set.of(), bad, "classes emitted for the seeds but not declared");
    }

    /**
     * Vocabulary IRIs used as values are declared too: event types (sem:eventType dgt:…) in the
     * scheme, stances and other dg: individuals in the ontology, reused ones (oa:identifying,
     * time:unitDay) in their vocabulary. Datatypes of literals count as well.
     */
    @Test
    void everyVocabularyIriUsedAsAValueIsDeclared() {
        Model scheme = EventTypesTest.SCHEME;
        Set<String> bad = new TreeSet<>();
        for (Quad q : Seeds.conversion().quads()) {
            Node o = q.getObject();
            String iri = o.isURI() ? o.getURI() : o.isLiteral() ? o.getLiteralDatatypeURI() : null;
            if (iri == null)
                continue;
            if (iri.startsWith(Ns.DG)) {
                if (!ONTOLOGY.contains(ONTOLOGY.getResource(iri), RDF.type))
                    bad.add(iri);
            } else if (iri.startsWith(EventTypesTest.DGT)) {
                if (!scheme.contains(scheme.getResource(iri), RDF.type, org.apache.jena.vocabulary.SKOS.Concept))
                    bad.add(iri + " (not a concept of " + EventTypesTest.FILE + ")");
            } else if (ReusedTerms.namespaceOf(iri).isPresent() && !ReusedTerms.known(iri))
                bad.add(iri);
        }
        assertEquals(Set.of(), bad, "values emitted for the seeds but declared nowhere");
    }

    /** An object property never points at a literal, a datatype property never at a node. */
    @Test
    void emittedDgPropertiesAreUsedAsTheirKind() {
        Set<String> bad = new TreeSet<>();
        for (Quad q : Seeds.conversion().quads()) {
            Node p = q.getPredicate();
            if (!p.getURI().startsWith(Ns.DG))
                continue;
            Resource r = ONTOLOGY.getResource(p.getURI());
            if (r.hasProperty(RDF.type, OWL2.ObjectProperty) && q.getObject().isLiteral())
                bad.add(r.getLocalName() + " (object property) with a literal");
            if (r.hasProperty(RDF.type, OWL2.DatatypeProperty) && !q.getObject().isLiteral())
                bad.add(r.getLocalName() + " (datatype property) with a node");
        }
        assertEquals(Set.of(), bad);
    }

    /** The shapes parse, and every class and property they constrain exists: a shape on a typo checks nothing. */
    @Test
    void theShapesParseAndNameOnlyDeclaredTerms() {
        Model shapes = RDFDataMgr.loadModel("ontology/shapes.ttl");
        org.apache.jena.shacl.Shapes.parse(shapes.getGraph());
        Set<String> bad = new TreeSet<>();
        for (Node p : new Node[] {SHACL.targetClass, SHACL.class_, SHACL.path})
            shapes.getGraph().find(Node.ANY, p, Node.ANY).forEach(t -> {
                Node o = t.getObject();
                if (!o.isURI())
                    return;  // property paths and lists: their steps are checked where they are IRIs
                String iri = o.getURI();
                boolean ok = iri.startsWith(Ns.DG) ? ONTOLOGY.contains(ONTOLOGY.getResource(iri), RDF.type) : ReusedTerms.known(iri);
                if (!ok)
                    bad.add(shapes.shortForm(iri));
            });
        assertEquals(Set.of(), bad, "terms named by ontology/shapes.ttl but declared nowhere");
        assertTrue(shapes.contains(null, RDFS.label), "the shapes carry labels");
    }
}
