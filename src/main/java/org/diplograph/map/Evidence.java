package org.diplograph.map;

import org.apache.jena.graph.Node;
import org.diplograph.analyse.Document;
import org.diplograph.vocab.DG;
import org.diplograph.vocab.Ns;

/**
 * Evidence for an extracted statement: a W3C Web Annotation whose target selects the exact words in
 * the original article, by quote and by position. Positions count Unicode code points, as the Web
 * Annotation model requires, while Java strings index UTF-16 units: the conversion happens here.
 */
public final class Evidence {

    /** Characters of context kept before and after the quote, to disambiguate repeated words. */
    private static final int CONTEXT = 32;

    /**
     * A span of the original text.
     *
     * @param start code-point offset of its first character
     * @param end   code-point offset just past its last character
     * @param exact the text
     */
    public record Span(int start, int end, String exact) {}

    private Evidence() {}

    /** The original span of a cleaned span. */
    public static Span span(Document doc, int cleanStart, int cleanEnd) {
        String text = doc.article().text();
        int s = doc.clean().toOriginal(cleanStart);
        int e = doc.clean().toOriginalEnd(cleanEnd);
        return new Span(text.codePointCount(0, s), text.codePointCount(0, e), text.substring(s, e));
    }

    /**
     * Writes the mention {@code mention} of {@code body} at {@code span} into the article graph, and
     * {@code body gaf:denotedBy mention}.
     */
    public static void write(Emitter g, Document doc, Node mention, Node mentionClass, Node body, Span span, Node article) {
        String text = doc.article().text();
        int s = text.offsetByCodePoints(0, span.start());
        int e = text.offsetByCodePoints(0, span.end());
        Node target = child(mention, "target");
        Node quote = child(mention, "quote");
        Node position = child(mention, "position");
        g.type(mention, mentionClass)
         .add(mention, Ns.uri(Ns.OA, "hasBody"), body)
         .add(mention, Ns.uri(Ns.OA, "motivatedBy"), Ns.uri(Ns.OA, "identifying"))
         .add(mention, Ns.uri(Ns.OA, "hasTarget"), target)
         .add(mention, Ns.uri(Ns.PROV, "wasDerivedFrom"), article)
         .add(body, Ns.uri(Ns.GAF, "denotedBy"), mention)
         .type(target, Ns.uri(Ns.OA, "SpecificResource"))
         .add(target, Ns.uri(Ns.OA, "hasSource"), article)
         .add(target, Ns.uri(Ns.OA, "hasSelector"), quote)
         .add(target, Ns.uri(Ns.OA, "hasSelector"), position)
         .type(quote, Ns.uri(Ns.OA, "TextQuoteSelector"))
         .string(quote, Ns.uri(Ns.OA, "exact"), span.exact())
         .string(quote, Ns.uri(Ns.OA, "prefix"), text.substring(Math.max(0, s - CONTEXT), s))
         .string(quote, Ns.uri(Ns.OA, "suffix"), text.substring(e, Math.min(text.length(), e + CONTEXT)))
         .type(position, Ns.uri(Ns.OA, "TextPositionSelector"))
         .integer(position, Ns.uri(Ns.OA, "start"), span.start())
         .integer(position, Ns.uri(Ns.OA, "end"), span.end());
    }

    private static Node child(Node parent, String name) {
        return org.apache.jena.graph.NodeFactory.createURI(parent.getURI() + "/" + name);
    }

    static Node mentionClass(String local) {
        return Ns.uri(DG.NS, local);
    }
}
