package org.diplograph.extract.event;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.analyse.Token;
import org.diplograph.vocab.DG;

/** The cue lists of {@code ontology/lexicon.ttl}: reporting verbs, denial, suspicion, negation. */
public final class Cues {

    private final Map<String, Set<String>> lists = new HashMap<>();
    /** For nouns that refer back ("the group"), the local names of the classes they refer back to. */
    private final Map<String, Set<String>> referring = new HashMap<>();

    public Cues(Model m) {
        for (Resource r : m.listSubjectsWithProperty(RDF.type, DG.CueList).toList()) {
            Set<String> cues = new TreeSet<>();
            r.listProperties(DG.cue).forEachRemaining(s -> cues.add(s.getString()));
            lists.put(r.getLocalName(), cues);
            Set<String> kinds = new TreeSet<>();
            r.listProperties(DG.refersBackTo).forEachRemaining(s -> kinds.add(s.getResource().getLocalName()));
            if (!kinds.isEmpty())
                for (String cue : cues)
                    referring.computeIfAbsent(cue, k -> new TreeSet<>()).addAll(kinds);
        }
    }

    /** The cues of a list, empty when the lexicon has none. */
    public Set<String> list(String name) {
        return lists.getOrDefault(name, Set.of());
    }

    /**
     * The kinds of entity a singular noun refers back to after "the" ("group": ThreatGroup,
     * Organization), else empty. The plural ("the groups") refers to no one entity.
     */
    public Set<String> refersBackTo(Token t) {
        return referring.getOrDefault(t.text().toLowerCase(java.util.Locale.ROOT), Set.of());
    }

    /** Whether a token is a cue of the named list (reporting, denial, suspicion, negation). */
    public boolean is(String list, Token t) {
        Set<String> cues = lists.getOrDefault(list, Set.of());
        for (String f : Words.forms(t))
            if (cues.contains(f))
                return true;
        return false;
    }
}
