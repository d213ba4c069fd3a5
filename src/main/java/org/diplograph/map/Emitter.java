package org.diplograph.map;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.vocab.Ns;

/** Writes quads of one graph to a {@link StreamRDF}, with shorthands for the common term kinds. */
public final class Emitter {

    private static final Node TYPE = Ns.uri(Ns.RDF, "type");

    private final StreamRDF out;
    private final Node graph;

    public Emitter(StreamRDF out, Node graph) {
        this.out = out;
        this.graph = graph;
    }

    /** The same sink, writing into another graph. */
    public Emitter into(Node otherGraph) {
        return new Emitter(out, otherGraph);
    }

    public Emitter add(Node s, Node p, Node o) {
        out.quad(Quad.create(graph, s, p, o));
        return this;
    }

    public Emitter add(Node s, Resource p, Node o) {
        return add(s, p.asNode(), o);
    }

    public Emitter add(Node s, Resource p, Resource o) {
        return add(s, p.asNode(), o.asNode());
    }

    public Emitter type(Node s, Node cls) {
        return add(s, TYPE, cls);
    }

    public Emitter type(Node s, Resource cls) {
        return add(s, TYPE, cls.asNode());
    }

    /** A plain string literal; nothing is written for null. */
    public Emitter string(Node s, Node p, String value) {
        if (value != null)
            add(s, p, NodeFactory.createLiteralString(value));
        return this;
    }

    public Emitter string(Node s, Resource p, String value) {
        return string(s, p.asNode(), value);
    }

    public Emitter typed(Node s, Node p, String lexical, RDFDatatype type) {
        if (lexical != null)
            add(s, p, NodeFactory.createLiteralDT(lexical, type));
        return this;
    }

    public Emitter integer(Node s, Node p, int value) {
        return typed(s, p, Integer.toString(value), XSDDatatype.XSDnonNegativeInteger);
    }
}
