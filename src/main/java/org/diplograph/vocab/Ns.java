package org.diplograph.vocab;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Namespaces of the vocabularies diplograph reuses, and the prefixes its outputs declare.
 * Our own terms come from the generated {@code DG} class, built from {@code ontology/diplograph.ttl}.
 */
public final class Ns {

    public static final String DG = "https://w3id.org/diplograph/ontology#";
    public static final String SCHEMA = "http://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public static final String TIME = "http://www.w3.org/2006/time#";
    public static final String GAF = "http://groundedannotationframework.org/gaf#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String WD = "http://www.wikidata.org/entity/";

    private Ns() {}

    public static Node uri(String ns, String local) {
        return NodeFactory.createURI(ns + local);
    }

    /** The prefixes written at the head of every dump, given the base of our own things. */
    public static Map<String, String> prefixes(String base) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("dg", DG);
        m.put("dgr", base + "id/");
        m.put("dgt", base + "id/event-type/");
        m.put("dgg", base + "graph/");
        m.put("schema", SCHEMA);
        m.put("prov", PROV);
        m.put("oa", OA);
        m.put("sem", SEM);
        m.put("time", TIME);
        m.put("gaf", GAF);
        m.put("skos", SKOS);
        m.put("dcterms", DCTERMS);
        m.put("rdf", RDF);
        m.put("rdfs", RDFS);
        m.put("owl", OWL);
        m.put("xsd", XSD);
        m.put("wd", WD);
        return m;
    }
}
