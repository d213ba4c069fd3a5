package org.diplograph.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.diplograph.analyse.Document;
import org.diplograph.extract.EntityMention;
import org.diplograph.gazetteer.Entity;
import org.diplograph.gazetteer.Gazetteer;

/**
 * The entity stage's mentions as event arguments, each with the party it acts for: the
 * affiliation a title states in the article ("Albania’s permanent representative"), which holds for
 * every later mention of that person, else the one the gazetteer records.
 */
public final class EntityArgs implements ArgSource {

    private final Gazetteer gazetteer;

    public EntityArgs(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The state an article is datelined in ("TIRANA:" gives Albania), or null. */
    public Participant datelineState(Document doc) {
        String place = doc.dateline();
        if (place == null)
            return null;
        for (Entity e : gazetteer.entities()) {
            boolean named = e.label().equalsIgnoreCase(place) || e.metonyms().stream().anyMatch(place::equalsIgnoreCase);
            if (!named)
                continue;
            Entity state = capitalAsState(e);
            if (state.typeName().equals("State"))
                return participant(state, 0);
        }
        return null;
    }

    @Override
    public List<Arg> args(Document doc) {
        List<EntityMention> mentions = doc.all(EntityMention.class);
        Map<Node, Participant> stated = new HashMap<>();
        for (EntityMention m : mentions)
            if (m.affiliation() != null)
                stated.putIfAbsent(m.entity().iri(), participant(m.affiliation(), 0));
        // An official whose title names no country ("Foreign Minister Urmas Reinsalu said") in an
        // article datelined in a capital ("TALLINN:") speaks for that capital's state.
        Participant home = datelineState(doc);
        if (home != null)
            for (EntityMention m : mentions)
                if (!m.roles().isEmpty() && m.affiliation() == null && m.entity().affiliation() == null)
                    stated.putIfAbsent(m.entity().iri(), home);
        List<Arg> out = new ArrayList<>();
        for (EntityMention m : mentions) {
            Entity e = capitalAsState(m.entity());
            Participant aff = stated.get(e.iri());
            out.add(new Arg(m.start(), m.end(), aff != null ? withAffiliation(e, aff) : participant(e, 0)));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** A capital taking part in an event stands for its government: "ties with Tehran". */
    private Entity capitalAsState(Entity e) {
        Entity state = e.capitalOf() == null ? null : gazetteer.entity(e.capitalOf());
        return state == null ? e : state;
    }

    private static Participant withAffiliation(Entity e, Participant affiliation) {
        return new Participant(e.iri(), e.label(), e.linked() ? e.qid() : null, e.typeName(), affiliation);
    }

    /** An entity with the gazetteer's chain of affiliations (a ministry's state), cut at a few links. */
    private Participant participant(Entity e, int depth) {
        Node a = e.affiliation();
        Entity ae = a == null || depth > 3 ? null : gazetteer.entity(a);
        return withAffiliation(e, ae == null ? null : participant(ae, depth + 1));
    }
}
