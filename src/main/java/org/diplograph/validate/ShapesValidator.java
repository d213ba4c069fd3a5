package org.diplograph.validate;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shacl.vocabulary.SHACL;

/** SHACL validation of diplograph output against {@code ontology/shapes.ttl}, bundled in the jar. */
public final class ShapesValidator {

    public static final String SHAPES_RESOURCE = "/org/diplograph/ontology/shapes.ttl";

    private final Shapes shapes;
    private final PrefixMapping prefixes;

    public ShapesValidator() {
        Graph g = GraphMemFactory.createDefaultGraph();
        try (InputStream in = ShapesValidator.class.getResourceAsStream(SHAPES_RESOURCE)) {
            if (in == null)
                throw new IllegalStateException("the shapes are missing from the jar: " + SHAPES_RESOURCE);
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the shapes", e);
        }
        this.shapes = Shapes.parse(g);
        this.prefixes = g.getPrefixMapping();
    }

    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    /** A readable report: one block per result with focus node, path, shape and message, sorted. */
    public void print(ValidationReport report, PrintWriter out) {
        List<ReportEntry> entries = report.getEntries().stream()
                .sorted(Comparator.comparing((ReportEntry e) -> str(e.focusNode())).thenComparing(e -> String.valueOf(e.resultPath())))
                .toList();
        out.printf("%d violation%s%n", entries.size(), entries.size() == 1 ? "" : "s");
        for (ReportEntry e : entries) {
            out.println();
            out.println("  focus node: " + str(e.focusNode()));
            out.println("  path:       " + (e.resultPath() == null ? "-" : e.resultPath().toString(new org.apache.jena.sparql.core.Prologue(prefixes))));
            out.println("  shape:      " + shapeName(e.source()));
            out.println("  severity:   " + e.severity().level().getLocalName());
            out.println("  message:    " + e.message());
            if (e.value() != null)
                out.println("  value:      " + str(e.value()));
        }
    }

    /**
     * A property shape is usually a blank node: name it by the node shape that holds it and its
     * path, as a reader of the shapes file would find it.
     */
    private String shapeName(Node shape) {
        if (shape == null || !shape.isBlank())
            return str(shape);
        Graph g = shapes.getGraph();
        Node holder = g.find(Node.ANY, SHACL.property, shape).mapWith(t -> t.getSubject()).nextOptional().orElse(null);
        Node path = g.find(shape, SHACL.path, Node.ANY).mapWith(t -> t.getObject()).nextOptional().orElse(null);
        if (holder == null)
            return "a property shape on " + str(path);
        return str(holder) + ", property " + str(path);
    }

    private String str(Node n) {
        return n == null ? "-" : NodeFmtLib.str(n, PrefixMapFactory.create(prefixes));
    }
}
