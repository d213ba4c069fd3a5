package org.diplograph.extract.event;

import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * An entity taking part in an event, as the extractor sees it.
 *
 * @param iri         the resolved entity's IRI
 * @param label       its label
 * @param wikidata    its Q-number, or null
 * @param kind        the local name of its class: State, Person, Organization, City, Malware, ...
 * @param affiliation for a person, the state or organisation it speaks for, or null
 */
public record Participant(Node iri, String label, String wikidata, String kind, Participant affiliation) {

    /** The kinds that can act: make statements, sever ties, be blamed. Places, malware and treaties cannot. */
    private static final Set<String> AGENTS = Set.of("State", "Territory", "IntergovernmentalOrganization",
            "Organization", "Person", "ThreatGroup");

    public boolean person() {
        return kind.equals("Person");
    }

    public boolean canAct() {
        return AGENTS.contains(kind);
    }

    /**
     * The party a statement commits: the state or organisation a person or a government body acts
     * for, when known, else the entity itself.
     */
    public Participant party() {
        return affiliation != null ? affiliation.party() : this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Participant p && p.iri.equals(iri);
    }

    @Override
    public int hashCode() {
        return iri.hashCode();
    }
}
