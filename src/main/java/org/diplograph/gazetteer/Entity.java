package org.diplograph.gazetteer;

import java.util.List;

import org.apache.jena.graph.Node;

/**
 * An entry of the gazetteer: a state, territory, city, organisation, person, threat group, malware,
 * treaty or information system, with the names news uses for it. Everything here comes from the
 * gazetteer files; people that articles introduce by title are made as entities of the same shape.
 *
 * @param iri         its IRI (the gazetteer's own, whatever the output base)
 * @param label       its canonical name ({@code rdfs:label})
 * @param type        its class ({@code dg:State}, {@code dg:Person}, ...)
 * @param qid         its verified Wikidata Q-number ("Q222"), or null when no source verified one
 * @param linkSource  the source that verified {@code qid}, or null
 * @param aliases     other names ({@code skos:altLabel})
 * @param demonyms    adjectives and nouns for its people ({@code dg:demonym}: "Iranian")
 * @param metonyms    names used for its government ({@code dg:metonym}: "Tehran")
 * @param familyNames family names of a person ({@code schema:familyName}), used for short references
 * @param capitalOf   for a capital city, the state it is the capital of, else null
 * @param affiliation the state or organisation a person or government body acts for
 *                    ({@code dg:affiliation}), else null
 */
public record Entity(Node iri, String label, Node type, String qid, String linkSource, List<String> aliases,
                     List<String> demonyms, List<String> metonyms, List<String> familyNames, Node capitalOf,
                     Node affiliation) {

    public Entity {
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        metonyms = List.copyOf(metonyms);
        familyNames = List.copyOf(familyNames);
    }

    /** Whether the Wikidata link is usable: a Q-number together with the source that verified it. */
    public boolean linked() {
        return qid != null && linkSource != null;
    }

    /** The local name of its class ("State", "Person"). */
    public String typeName() {
        String u = type.getURI();
        return u.substring(Math.max(u.lastIndexOf('#'), u.lastIndexOf('/')) + 1);
    }
}
