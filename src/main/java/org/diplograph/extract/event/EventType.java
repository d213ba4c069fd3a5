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
 */
public record EventType(Node iri, String name, String label, String cameo, String ploverCategory, String ploverMode,
                        List<TriggerPattern> triggers, Set<String> targetPrepositions, Set<String> actorPrepositions,
                        Set<String> ancestors) {

    /** Whether this type is the named one or narrower than it. */
    public boolean isA(String name) {
        return ancestors.contains(name);
    }
}
