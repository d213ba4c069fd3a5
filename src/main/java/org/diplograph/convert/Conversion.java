package org.diplograph.convert;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * The result of a conversion: the quads of every article that converted, sorted, and the articles
 * that did not, each with its reason.
 *
 * @param base     the IRI base the quads were minted under
 * @param quads    sorted, without duplicates
 * @param articles how many articles converted
 * @param failures the articles that did not
 */
public record Conversion(String base, List<Quad> quads, int articles, List<Failure> failures) {

    /** A transactional in-memory dataset of the named graphs, with their union as default graph. */
    public DatasetGraph toDataset() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.executeWrite(() -> {
            for (Quad q : quads) {
                dsg.add(q);
                dsg.getDefaultGraph().add(q.asTriple());
            }
        });
        return dsg;
    }

    /** All quads merged into one graph, as SHACL validation sees them. */
    public Graph union() {
        Graph g = GraphMemFactory.createDefaultGraph();
        quads.forEach(q -> g.add(q.asTriple()));
        return g;
    }
}
