package org.diplograph.vocab;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;

/**
 * The vocabularies diplograph reuses, each with the terms known to exist in it, so that a typo such as
 * {@code schema:datePublsihed} or {@code sem:Acter} fails a test instead of minting a term nobody defined.
 * <p>
 * Where Jena ships a vocabulary class generated from the published vocabulary (RDF, RDFS, OWL, XSD,
 * SKOS, DCMI terms, DCAT, VoID, Web Annotation, schema.org, SHACL), its terms are read from that class.
 * The others are listed by hand from the sources cited in {@code research/ontology-anchors.md}:
 * PROV-O and OWL-Time from rdflib's generated namespaces, SEM from {@code sem.rdf}, GAF from the
 * NewsReader code, VANN from rdflib. To reuse a new term, add it here after checking its source.
 */
final class ReusedTerms {

    /** Prefix to namespace, the vocabularies whose terms may appear in the ontology and the output. */
    static final Map<String, String> NAMESPACES = new LinkedHashMap<>();
    private static final Map<String, Set<String>> TERMS = new LinkedHashMap<>();

    static {
        fromJena("rdf", Ns.RDF, RDF.class);
        fromJena("rdfs", Ns.RDFS, RDFS.class);
        fromJena("owl", Ns.OWL, OWL2.class);
        fromJena("xsd", Ns.XSD, XSD.class);
        fromJena("skos", Ns.SKOS, SKOS.class);
        fromJena("dcterms", Ns.DCTERMS, DCTerms.class);
        fromJena("dcat", DCAT.NS, DCAT.class);
        fromJena("void", VOID.NS, VOID.class);
        fromJena("oa", Ns.OA, OA.class);
        // Jena's schema.org class uses https://schema.org/; diplograph uses http://schema.org/, as Wikidata does.
        fromJena("schema", Ns.SCHEMA, SchemaDO.class);
        fromJena("sh", SHACL.getURI(), SHACL.class);
        byHand("prov", Ns.PROV, "Entity Activity Agent SoftwareAgent Person Organization wasDerivedFrom wasQuotedFrom "
                + "hadPrimarySource wasAttributedTo wasGeneratedBy used wasAssociatedWith startedAtTime endedAtTime "
                + "generatedAtTime qualifiedDerivation");
        byHand("sem", Ns.SEM, "Core Event Actor Place Time Object Authority Type EventType ActorType PlaceType RoleType "
                + "TimeType Constraint Role Temporary View hasActor hasPlace hasTime eventProperty hasSubEvent subEventOf "
                + "type eventType actorType placeType roleType timeType hasTimeStamp hasBeginTimeStamp hasEndTimeStamp "
                + "hasEarliestBeginTimeStamp hasLatestBeginTimeStamp hasEarliestEndTimeStamp hasLatestEndTimeStamp accordingTo");
        byHand("time", Ns.TIME, "TemporalEntity Instant Interval ProperInterval TemporalUnit DateTimeDescription "
                + "GeneralDateTimeDescription hasTime hasBeginning hasEnd inXSDDate inXSDDateTime inXSDDateTimeStamp "
                + "inXSDgYearMonth inXSDgYear inDateTime year month day unitType unitDay unitWeek unitMonth unitYear "
                + "before after intervalDuring");
        byHand("gaf", Ns.GAF, "denotedBy");
        byHand("vann", "http://purl.org/vocab/vann/", "preferredNamespacePrefix preferredNamespaceUri");
    }

    private ReusedTerms() {}

    /** The namespace of a reused vocabulary that the IRI falls in, if any. */
    static Optional<String> namespaceOf(String iri) {
        return NAMESPACES.values().stream().filter(iri::startsWith).findFirst();
    }

    /** True when the IRI is a term known to exist in one of the reused vocabularies. */
    static boolean known(String iri) {
        return namespaceOf(iri).map(ns -> TERMS.get(ns).contains(iri.substring(ns.length()))).orElse(false);
    }

    private static void byHand(String prefix, String ns, String locals) {
        NAMESPACES.put(prefix, ns);
        TERMS.put(ns, Set.of(locals.split(" ")));
    }

    /** Every term a Jena vocabulary class declares (its static Resource, Property and Node fields). */
    private static void fromJena(String prefix, String ns, Class<?> vocabulary) {
        Set<String> locals = new HashSet<>();
        for (Class<?> c : withNested(vocabulary))
            for (Field f : c.getFields()) {
                if (!Modifier.isStatic(f.getModifiers()))
                    continue;
                try {
                    Object v = f.get(null);
                    String uri = v instanceof Resource r ? r.getURI() : v instanceof Node n && n.isURI() ? n.getURI() : null;
                    if (uri != null) {
                        String local = uri.substring(uri.lastIndexOf(uri.contains("#") ? '#' : '/') + 1);
                        locals.add(local);
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        if (locals.isEmpty())
            throw new IllegalStateException("no terms in " + vocabulary);
        NAMESPACES.put(prefix, ns);
        TERMS.put(ns, Set.copyOf(locals));
    }

    private static Set<Class<?>> withNested(Class<?> c) {
        Set<Class<?>> all = new HashSet<>(Set.of(c));
        all.addAll(Set.of(c.getClasses()));
        return all;
    }
}
