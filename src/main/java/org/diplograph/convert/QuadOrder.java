package org.diplograph.convert;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;

/** The one order of quads in every output: by graph, subject, predicate, object, as N-Quads terms. */
public final class QuadOrder {

    private QuadOrder() {}

    private record Keyed(String key, Quad quad) {}

    /** Sorts quads and drops duplicates. */
    public static List<Quad> sorted(Collection<Quad> quads) {
        List<Keyed> keyed = new ArrayList<>(quads.size());
        for (Quad q : quads)
            keyed.add(new Keyed(key(q), q));
        keyed.sort(Comparator.comparing(Keyed::key));
        List<Quad> out = new ArrayList<>(keyed.size());
        String last = null;
        for (Keyed k : keyed) {
            if (!k.key.equals(last))
                out.add(k.quad);
            last = k.key;
        }
        return out;
    }

    static String key(Quad q) {
        return NodeFmtLib.strNT(q.getGraph()) + ' ' + NodeFmtLib.strNT(q.getSubject()) + ' '
                + NodeFmtLib.strNT(q.getPredicate()) + ' ' + NodeFmtLib.strNT(q.getObject());
    }
}
