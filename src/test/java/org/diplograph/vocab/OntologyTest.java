package org.diplograph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/**
 * Quality checks on {@code ontology/diplograph.ttl}, after the OOPS! pitfall catalogue (P08 missing
 * annotations, P11 missing domain or range, P06 cycles, P22 mixed naming, P40 namespace hijacking,
 * P41 no license). Each test lists every offending term, so one run shows all there is to fix.
 */
class OntologyTest {

    static final String FILE = "ontology/diplograph.ttl";
    static final Model ONTOLOGY = RDFDataMgr.loadModel(FILE);
    static final String ONTOLOGY_IRI = Ns.DG.substring(0, Ns.DG.length() - 1);

    /** Our own terms of one kind: subjects in the dg: namespace typed with it. */
    static Set<Resource> own(Resource type) {
        Set<Resource> s = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        ONTOLOGY.listSubjectsWithProperty(RDF.type, type).filterKeep(r -> r.isURIResource() && r.getURI().startsWith(Ns.DG))
                .forEach(s::add);
        return s;
    }

    static Set<Resource> ownProperties() {
        Set<Resource> s = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        s.addAll(own(OWL2.ObjectProperty));
        s.addAll(own(OWL2.DatatypeProperty));
        s.addAll(own(OWL2.AnnotationProperty));
        return s;
    }

    @Test
    void theHeaderHasVersionLicenseAndMetadata() {
        Resource o = ONTOLOGY.getResource(ONTOLOGY_IRI);
        assertTrue(o.hasProperty(RDF.type, OWL2.Ontology), "no owl:Ontology <" + ONTOLOGY_IRI + ">");
        List<String> missing = new ArrayList<>();
        for (Property p : List.of(OWL2.versionIRI, OWL2.versionInfo, DCTerms.license, DCTerms.title, DCTerms.description,
                DCTerms.creator, DCTerms.created, DCTerms.modified,
                ONTOLOGY.createProperty("http://purl.org/vocab/vann/preferredNamespacePrefix"),
                ONTOLOGY.createProperty("http://purl.org/vocab/vann/preferredNamespaceUri")))
            if (!o.hasProperty(p))
                missing.add(ONTOLOGY.shortForm(p.getURI()));
        assertEquals(List.of(), missing, "the ontology header lacks these");
        assertTrue(o.getPropertyResourceValue(DCTerms.license).isURIResource(), "dcterms:license should be an IRI");
        String version = o.getProperty(OWL2.versionInfo).getString();
        assertEquals(ONTOLOGY_IRI + "/" + version, o.getPropertyResourceValue(OWL2.versionIRI).getURI(),
                "owl:versionIRI should be the ontology IRI followed by owl:versionInfo");
    }

    @Test
    void everyTermHasAnEnglishLabelAndADefinition() {
        List<String> bad = new ArrayList<>();
        for (Resource type : List.of(OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty, OWL2.AnnotationProperty,
                OWL2.NamedIndividual, RDFS.Datatype))
            for (Resource t : own(type)) {
                if (!hasEnglish(t, RDFS.label))
                    bad.add(t.getLocalName() + ": no rdfs:label@en");
                if (!hasEnglish(t, RDFS.comment) && !hasEnglish(t, SKOS.definition))
                    bad.add(t.getLocalName() + ": no rdfs:comment@en or skos:definition@en");
            }
        assertEquals(List.of(), bad);
    }

    @Test
    void ownObjectAndDatatypePropertiesDeclareDomainAndRange() {
        List<String> bad = new ArrayList<>();
        for (Resource type : List.of(OWL2.ObjectProperty, OWL2.DatatypeProperty))
            for (Resource p : own(type))
                for (Property d : List.of(RDFS.domain, RDFS.range))
                    if (!p.hasProperty(d))
                        bad.add(p.getLocalName() + ": no " + ONTOLOGY.shortForm(d.getURI()));
        assertEquals(List.of(), bad);
    }

    /**
     * No term minted in another vocabulary's namespace: every subject of the file is the ontology
     * itself or a dg: term, so a foreign IRI only ever appears as an object (an alignment such as
     * rdfs:subClassOf sem:Event, a domain or range, a link). Saying anything about sem:Event here,
     * even a label, would be redefining someone else's term.
     */
    @Test
    void onlyOwnTermsAreDescribed() {
        Set<String> foreign = new TreeSet<>();
        ONTOLOGY.listSubjects().forEach(s -> {
            if (s.isAnon())
                foreign.add("a blank node");
            else if (!s.getURI().startsWith(Ns.DG) && !s.getURI().equals(ONTOLOGY_IRI))
                foreign.add(s.getURI());
        });
        assertEquals(Set.of(), foreign, "subjects outside " + Ns.DG);
    }

    /** A dg: IRI used but never declared is a typo or a forgotten declaration; a foreign one must exist. */
    @Test
    void everyTermUsedIsDeclaredOrAKnownReusedTerm() {
        Set<String> declared = new HashSet<>();
        ONTOLOGY.listStatements(null, RDF.type, (RDFNode) null).forEach(st -> declared.add(st.getSubject().getURI()));
        Set<String> bad = new TreeSet<>();
        for (Statement st : ONTOLOGY.listStatements().toList())
            for (RDFNode n : List.of(st.getPredicate(), st.getObject())) {
                if (!n.isURIResource())
                    continue;
                String iri = n.asResource().getURI();
                if (iri.startsWith(Ns.DG) ? !declared.contains(iri) : ReusedTerms.namespaceOf(iri).isPresent() && !ReusedTerms.known(iri))
                    bad.add(ONTOLOGY.shortForm(iri));
            }
        assertEquals(Set.of(), bad, "used in " + FILE + " but declared neither there nor in a reused vocabulary");
    }

    @Test
    void noSubclassOrSubpropertyCycles() {
        for (Property p : List.of(RDFS.subClassOf, RDFS.subPropertyOf)) {
            Map<Resource, List<Resource>> edges = new HashMap<>();
            ONTOLOGY.listStatements(null, p, (RDFNode) null).forEach(st ->
                    edges.computeIfAbsent(st.getSubject(), k -> new ArrayList<>()).add(st.getResource()));
            for (Resource start : edges.keySet()) {
                List<Resource> cycle = cycleFrom(start, edges, new ArrayList<>());
                assertTrue(cycle.isEmpty(), ONTOLOGY.shortForm(p.getURI()) + " cycle: " + cycle);
            }
        }
    }

    /** Depth-first search; returns the path back to a node already on it, or empty. */
    private static List<Resource> cycleFrom(Resource node, Map<Resource, List<Resource>> edges, List<Resource> path) {
        if (path.contains(node)) {
            List<Resource> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            cycle.add(node);
            return cycle;
        }
        path.add(node);
        for (Resource next : edges.getOrDefault(node, List.of())) {
            List<Resource> c = cycleFrom(next, edges, path);
            if (!c.isEmpty())
                return c;
        }
        path.remove(path.size() - 1);
        return List.of();
    }

    /**
     * Classes and datatypes UpperCamelCase, properties lowerCamelCase, individuals UpperCamelCase.
     * Instances of time:TemporalUnit follow OWL-Time's own naming of units (time:unitDay), so
     * dg:unitSeason reads as one of them.
     */
    @Test
    void namingIsConsistent() {
        List<String> bad = new ArrayList<>();
        String upper = "[A-Z][A-Za-z0-9]*";
        String lower = "[a-z][A-Za-z0-9]*";
        for (Resource c : own(OWL2.Class))
            if (!c.getLocalName().matches(upper))
                bad.add("class " + c.getLocalName());
        for (Resource c : own(RDFS.Datatype))
            if (!c.getLocalName().matches(upper))
                bad.add("datatype " + c.getLocalName());
        for (Resource p : ownProperties())
            if (!p.getLocalName().matches(lower))
                bad.add("property " + p.getLocalName());
        Resource unit = ONTOLOGY.createResource(Ns.TIME + "TemporalUnit");
        for (Resource i : own(OWL2.NamedIndividual)) {
            boolean ok = i.hasProperty(RDF.type, unit) ? i.getLocalName().matches("unit[A-Z][A-Za-z0-9]*") : i.getLocalName().matches(upper);
            if (!ok)
                bad.add("individual " + i.getLocalName());
        }
        assertEquals(List.of(), bad, "names breaking the naming convention");
    }

    /** Each term is exactly one kind of thing (OWL 2 DL forbids a property that is both object and datatype). */
    @Test
    void everyTermIsExactlyOneKind() {
        List<Resource> kinds = List.of(OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty, OWL2.AnnotationProperty,
                OWL2.NamedIndividual, RDFS.Datatype);
        List<String> bad = new ArrayList<>();
        Set<Resource> terms = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        kinds.forEach(k -> terms.addAll(own(k)));
        terms.addAll(own(OWL2.FunctionalProperty));
        for (Resource t : terms) {
            List<String> its = kinds.stream().filter(k -> t.hasProperty(RDF.type, k)).map(k -> k.getLocalName()).toList();
            if (its.size() != 1)
                bad.add(t.getLocalName() + " " + its);
        }
        assertEquals(List.of(), bad, "terms declared as none or several of " + kinds.stream().map(k -> k.getLocalName()).toList());
    }

    /** OOPS! P32: two classes with one label leave a reader unable to tell them apart. */
    @Test
    void noTwoClassesShareALabel() {
        Map<String, String> seen = new HashMap<>();
        List<String> bad = new ArrayList<>();
        for (Resource c : own(OWL2.Class))
            for (Statement l : c.listProperties(RDFS.label).toList()) {
                String other = seen.putIfAbsent(l.getString().toLowerCase() + "@" + l.getLanguage(), c.getLocalName());
                if (other != null)
                    bad.add(other + " and " + c.getLocalName() + ": \"" + l.getString() + "\"");
            }
        assertEquals(List.of(), bad);
    }

    private static boolean hasEnglish(Resource r, Property p) {
        return r.listProperties(p).toList().stream()
                .anyMatch(st -> st.getObject().isLiteral() && "en".equals(st.getLanguage()) && !st.getString().isBlank());
    }
}
