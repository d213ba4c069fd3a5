package org.diplograph.extract.event;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.ingest.BadInputException;
import org.diplograph.vocab.DG;
import org.diplograph.vocab.Ns;

/**
 * The event-type scheme and its trigger lexicon, read at start-up from {@code ontology/event-types.ttl}
 * (bundled in the jar) and any further Turtle files a researcher gives: a new concept with
 * {@code dg:trigger} values is a new event type, with no change to Java code.
 */
public final class EventTypes {

    public static final String RESOURCE = "/org/diplograph/ontology/event-types.ttl";

    private final Map<String, EventType> byName;
    private final org.apache.jena.graph.Graph source;
    private final Map<String, List<TriggerPattern>> byAnchor = new HashMap<>();
    private final Map<TriggerPattern, EventType> typeOf = new HashMap<>();
    /** Patterns that signal their type only after the article has told such an event. */
    private final java.util.Set<TriggerPattern> anaphoric = new java.util.HashSet<>();

    private EventTypes(Model m) {
        this.source = m.getGraph();
        Map<String, EventType> types = new TreeMap<>();
        for (Resource c : m.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()) {
            if (!c.isURIResource())
                continue;
            List<TriggerPattern> triggers = new ArrayList<>();
            for (RDFNode t : m.listObjectsOfProperty(c, DG.trigger).toList())
                triggers.add(TriggerPattern.parse(t.asLiteral().getLexicalForm()));
            EventType type = new EventType(c.asNode(), c.getLocalName(), label(c), notation(c, "CAMEOCode"),
                    notation(c, "PLOVERCategory"), notation(c, "PLOVERMode"), triggers,
                    strings(c, DG.targetPreposition), strings(c, DG.actorPreposition), ancestors(c), localNames(c, DG.targetType),
                    localNames(c, DG.extractionRole), inheritedRoles(c));
            types.put(type.name(), type);
            List<TriggerPattern> all = new ArrayList<>(triggers);
            for (RDFNode t : m.listObjectsOfProperty(c, DG.anaphoricTrigger).toList()) {
                TriggerPattern p = TriggerPattern.parse(t.asLiteral().getLexicalForm());
                anaphoric.add(p);
                all.add(p);
            }
            for (TriggerPattern p : all) {
                typeOf.put(p, type);
                for (String a : p.anchors())
                    byAnchor.computeIfAbsent(a, k -> new ArrayList<>()).add(p);
            }
        }
        this.byName = types;
    }

    /** The bundled scheme plus the given files. */
    public static EventTypes load(Collection<Path> extra) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = EventTypes.class.getResourceAsStream(RESOURCE)) {
            if (in == null)
                throw new IllegalStateException("the event-type scheme is missing from the jar: " + RESOURCE);
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path p : extra) {
            try {
                RDFParser.source(p).parse(m);
            } catch (RiotException e) {
                throw new BadInputException(p, "not readable RDF: " + e.getMessage(), e);
            }
        }
        return new EventTypes(m);
    }

    /** The scheme as read: the bundled file and the extra ones. */
    public org.apache.jena.graph.Graph model() {
        return source;
    }

    public EventType get(String name) {
        return byName.get(name);
    }

    public Collection<EventType> all() {
        return byName.values();
    }

    List<TriggerPattern> withAnchor(String lemma) {
        return byAnchor.getOrDefault(lemma, List.of());
    }

    /** Whether the pattern is a {@code dg:anaphoricTrigger}: "the attack" after "a cyberattack". */
    boolean isAnaphoric(TriggerPattern p) {
        return anaphoric.contains(p);
    }

    EventType typeOf(TriggerPattern p) {
        return typeOf.get(p);
    }

    private static String label(Resource c) {
        Resource r = c;
        var s = r.getProperty(SKOS.prefLabel);
        return s == null ? c.getLocalName() : s.getString();
    }

    private static String notation(Resource c, String datatype) {
        for (var st : c.listProperties(SKOS.notation).toList()) {
            Literal l = st.getLiteral();
            if ((Ns.DG + datatype).equals(l.getDatatypeURI()))
                return l.getLexicalForm();
        }
        return null;
    }

    private static Set<String> strings(Resource c, org.apache.jena.rdf.model.Property p) {
        Set<String> out = new LinkedHashSet<>();
        c.listProperties(p).forEachRemaining(s -> out.add(s.getString().toLowerCase(java.util.Locale.ROOT)));
        return out;
    }

    private static Set<String> localNames(Resource c, org.apache.jena.rdf.model.Property p) {
        Set<String> out = new LinkedHashSet<>();
        c.listProperties(p).forEachRemaining(s -> out.add(s.getResource().getLocalName()));
        return out;
    }

    private static Set<String> inheritedRoles(Resource c) {
        Set<String> out = new LinkedHashSet<>();
        List<Resource> todo = new ArrayList<>(List.of(c));
        Set<Resource> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            Resource r = todo.remove(todo.size() - 1);
            if (!seen.add(r))
                continue;
            out.addAll(localNames(r, DG.extractionRole));
            r.listProperties(SKOS.broader).forEachRemaining(s -> todo.add(s.getResource()));
        }
        return out;
    }

    /** The type that declares this role itself (dg:AsAttribution: AttributeAttack), or null. */
    public EventType declaring(String role) {
        for (EventType t : byName.values())
            if (t.ownRoles().contains(role))
                return t;
        return null;
    }

    private static Set<String> ancestors(Resource c) {
        Set<String> out = new LinkedHashSet<>();
        List<Resource> todo = new ArrayList<>(List.of(c));
        while (!todo.isEmpty()) {
            Resource r = todo.remove(todo.size() - 1);
            if (r.isURIResource() && out.add(r.getLocalName()))
                r.listProperties(SKOS.broader).forEachRemaining(s -> todo.add(s.getResource()));
        }
        return out;
    }
}
