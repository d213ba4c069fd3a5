package org.diplograph.map;

import java.text.Normalizer;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The IRIs of things, under a configurable base (by default {@value #DEFAULT_BASE}). They are
 * derived from content (file stems, names, offsets), never from counters or clocks, so they are
 * the same on every run and machine.
 */
public final class Iris {

    public static final String DEFAULT_BASE = "https://w3id.org/diplograph/";

    private final String base;

    public Iris(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    public Node thing(String kind, String slug) {
        return NodeFactory.createURI(base + "id/" + kind + "/" + slug);
    }

    public Node article(String stem) {
        return thing("article", stem);
    }

    public Node articleGraph(String stem) {
        return NodeFactory.createURI(base + "graph/article/" + stem);
    }

    /** A named graph of the dataset: {@code …/graph/{name}}. */
    public Node graph(String name) {
        return NodeFactory.createURI(base + "graph/" + name);
    }

    public Node sharedGraph() {
        return NodeFactory.createURI(base + "graph/shared");
    }

    public Node conversion(String stem) {
        return thing("conversion", stem);
    }

    public Node software(String version) {
        return thing("software", "diplograph-" + version);
    }

    /** A node belonging to an article, at a span of its text: {@code …/article/{stem}/{kind}/{start}-{end}}. */
    public Node inArticle(String stem, String kind, int start, int end) {
        return NodeFactory.createURI(base + "id/article/" + stem + "/" + kind + "/" + start + "-" + end);
    }

    /** A lowercase ASCII slug: diacritics dropped, every run of other characters one hyphen. */
    public static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" : s;
    }
}
