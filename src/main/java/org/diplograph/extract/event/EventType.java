package org.diplograph.extract.event;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * A concept of the event-type scheme with what the extractor needs of it.
 *
 * @param iri                the concept's IRI
 * @param name               its local name ("SeverDiplomaticRelations")
 * @param label              its preferred label
 * @param cameo              its CAMEO code, or null where CAMEO has none
 * @param ploverCategory     its PLOVER category, or null
 * @param ploverMode         its PLOVER mode, or null
 * @param triggers           its compiled trigger patterns
 * @param targetPrepositions prepositions after the trigger that introduce the target
 * @param actorPrepositions  prepositions after the trigger that introduce the actor (passive voice)
 * @param ancestors          the local names of the concept and all its broader concepts
 * @param targetTypes        local names of the classes its target must belong to; empty: any
 * @param ownRoles           the extraction roles the concept itself declares ({@code AsClaim}, …)
 * @param roles              those and the roles of all its broader concepts
 */
public record EventType(Node iri, String name, String label, String cameo, String ploverCategory, String ploverMode,
                        List<TriggerPattern> triggers, Set<String> targetPrepositions, Set<String> actorPrepositions,
                        Set<String> ancestors, Set<String> targetTypes, Set<String> ownRoles, Set<String> roles) {

    /** Whether events of this type are extracted in the given role ({@code dg:extractionRole}). */
    public boolean has(String role) {
        return roles.contains(role);
    }

    /** Whether a target of this kind (State, Person, …) fits the type; any does when none is required. */
    public boolean accepts(String targetKind) {
        return targetTypes.isEmpty() || targetKind != null && targetTypes.contains(targetKind);
    }

    /** Whether this type is the named one or narrower than it. */
    public boolean isA(String name) {
        return ancestors.contains(name);
    }
}
