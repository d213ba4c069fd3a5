package org.diplograph.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.diplograph.ingest.BadInputException;
import org.diplograph.vocab.DG;
import org.diplograph.vocab.Ns;

/**
 * The gazetteer and the role lexicon, read from Turtle: the bundled {@code ontology/gazetteer.ttl}
 * and {@code ontology/roles.ttl}, plus any files given with {@code --gazetteer}, which may add
 * entities, names for known entities, role titles and honorifics. Immutable once loaded, so one
 * instance serves every article and thread. Java holds no names: all of them come from these files.
 */
public final class Gazetteer {

    /** Where the pom bundles the files of {@code ontology/}. */
    public static final String GAZETTEER_RESOURCE = "/org/diplograph/ontology/gazetteer.ttl";
    public static final String ROLES_RESOURCE = "/org/diplograph/ontology/roles.ttl";
    /** The prepositions of place, until the extraction lexicon holds them; read if present. */
    public static final String LEXICON_RESOURCE = "/org/diplograph/ontology/lexicon.ttl";
    public static final String ONTOLOGY_RESOURCE = "/org/diplograph/ontology/diplograph.ttl";
    /** The cue list of the prepositions after which a capital names the city. */
    public static final String PLACE_CUES = "https://w3id.org/diplograph/id/lexicon/place";
    /** The cue lists of the words that end an organisation's name and of the nouns that introduce one. */
    public static final String ORGANISATION_HEADS = "https://w3id.org/diplograph/id/lexicon/organisationHead",
            ORGANISATION_DESCRIPTORS = "https://w3id.org/diplograph/id/lexicon/organisationDescriptor";

    private static final Node TYPE = Ns.uri(Ns.RDF, "type");
    private static final Node LABEL = Ns.uri(Ns.RDFS, "label");
    private static final Node ALT_LABEL = Ns.uri(Ns.SKOS, "altLabel");
    private static final Node SAME_AS = Ns.uri(Ns.OWL, "sameAs");
    private static final Node FAMILY_NAME = Ns.uri(Ns.SCHEMA, "familyName");

    private final Map<Node, Entity> entities;
    private final Map<String, String> roleTitles;
    private final List<String> honorifics;
    private final java.util.Set<String> placePrepositions;
    private final Graph lexicon;
    private final Graph names;

    private Gazetteer(Graph g, Graph lexicon, Graph ontology) {
        Set<Node> entityClasses = entityClasses(ontology);
        Map<Node, Entity> byIri = new LinkedHashMap<>();
        Set<Node> subjects = new TreeSet<>(Comparator.comparing(Node::toString));
        g.find(Node.ANY, TYPE, Node.ANY).forEach(t -> subjects.add(t.getSubject()));
        Node roleTitle = DG.RoleTitle.asNode();
        Node honorific = DG.Honorific.asNode();
        Map<String, String> roles = new java.util.TreeMap<>();
        List<String> honours = new ArrayList<>();
        for (Node s : subjects) {
            if (!s.isURI())
                continue;
            Node type = entityType(g, s, entityClasses);
            if (g.contains(s, TYPE, roleTitle)) {
                List<String> labels = names(g, s, LABEL);
                String canonical = labels.isEmpty() ? s.getURI() : labels.get(0);
                labels.forEach(l -> roles.putIfAbsent(l, canonical));
                names(g, s, ALT_LABEL).forEach(l -> roles.putIfAbsent(l, canonical));
                continue;
            }
            if (g.contains(s, TYPE, honorific)) {
                honours.addAll(names(g, s, LABEL));
                honours.addAll(names(g, s, ALT_LABEL));
                continue;
            }
            List<String> labels = names(g, s, LABEL);
            if (type == null || labels.isEmpty())
                continue;
            byIri.put(s, new Entity(s, labels.get(0), type, qid(g, s), first(g, s, DG.linkSource.asNode()),
                    names(g, s, ALT_LABEL), names(g, s, DG.demonym.asNode()), names(g, s, DG.metonym.asNode()),
                    names(g, s, FAMILY_NAME), object(g, s, DG.capitalOf.asNode()), object(g, s, DG.affiliation.asNode())));
        }
        this.entities = Map.copyOf(byIri);
        this.roleTitles = java.util.Collections.unmodifiableMap(roles);
        this.honorifics = List.copyOf(new TreeSet<>(honours));
        this.lexicon = lexicon;
        this.names = g;
        this.placePrepositions = cues(PLACE_CUES);
    }

    /** The lowercase cues of a cue list of the lexicon or of an added gazetteer file. */
    public Set<String> cues(String list) {
        Set<String> out = new TreeSet<>();
        for (Graph source : List.of(names, lexicon))
            source.find(org.apache.jena.graph.NodeFactory.createURI(list), Ns.uri(Ns.DG, "cue"), Node.ANY)
                  .forEach(t -> out.add(t.getObject().getLiteralLexicalForm().toLowerCase(java.util.Locale.ROOT)));
        return Set.copyOf(out);
    }

    /** The bundled gazetteer and role lexicon. */
    public static Gazetteer load() {
        return load(List.of());
    }

    /** The bundled files plus these Turtle files, in this order. */
    public static Gazetteer load(List<Path> extra) {
        Graph g = GraphMemFactory.createDefaultGraph();
        for (String resource : List.of(GAZETTEER_RESOURCE, ROLES_RESOURCE))
            parse(resource, g, true);
        // The extraction lexicon and the ontology are read apart: only their cue lists and class
        // hierarchy are wanted, not their resources as entities.
        Graph lexicon = GraphMemFactory.createDefaultGraph();
        parse(LEXICON_RESOURCE, lexicon, false);
        Graph ontology = GraphMemFactory.createDefaultGraph();
        parse(ONTOLOGY_RESOURCE, ontology, true);
        for (Path p : extra) {
            try {
                RDFParser.source(p).lang(Lang.TURTLE).parse(g);
            } catch (RiotException e) {
                throw new BadInputException(p, p + ": not a readable Turtle gazetteer: " + e.getMessage());
            }
        }
        return new Gazetteer(g, lexicon, ontology);
    }

    private static void parse(String resource, Graph into, boolean required) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null && !required)
                return;
            if (in == null)
                throw new IllegalStateException("missing from the classpath: " + resource);
            RDFParser.source(in).lang(Lang.TURTLE).parse(into);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    public Collection<Entity> entities() {
        return entities.values();
    }

    public Entity entity(Node iri) {
        return entities.get(iri);
    }

    /**
     * Every surface form of every role title (lowercase, except abbreviations such as "PM"), mapped
     * to the canonical label of its entry, so that "PM" and "prime minister" are the same role.
     */
    public Map<String, String> roleTitles() {
        return roleTitles;
    }

    /** Every surface form of every honorific ("mr.", "sheikh"). */
    public List<String> honorifics() {
        return honorifics;
    }

    /** Prepositions after which a capital names the city, not its government ("in", "near"). */
    public Set<String> placePrepositions() {
        return placePrepositions;
    }

    /**
     * The classes of things the gazetteer names: our classes under SEM's actors, places and objects
     * in the ontology (states, cities, malware, ...), not lexicon entries such as seasons or roles.
     */
    private static Set<Node> entityClasses(Graph ontology) {
        Node subClassOf = Ns.uri(Ns.RDFS, "subClassOf");
        Set<Node> out = new java.util.HashSet<>(List.of(Ns.uri(Ns.SEM, "Actor"), Ns.uri(Ns.SEM, "Place"), Ns.uri(Ns.SEM, "Object")));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Triple t : ontology.find(Node.ANY, subClassOf, Node.ANY).toList())
                if (out.contains(t.getObject()) && out.add(t.getSubject()))
                    grew = true;
        }
        out.removeIf(c -> !c.isURI() || !c.getURI().startsWith(Ns.DG));
        return out;
    }

    /** The entity class of a subject; with several, the first by IRI, so loading is stable. */
    private static Node entityType(Graph g, Node s, Set<Node> entityClasses) {
        Node best = null;
        for (Triple t : g.find(s, TYPE, Node.ANY).toList()) {
            Node o = t.getObject();
            if (entityClasses.contains(o) && (best == null || o.getURI().compareTo(best.getURI()) < 0))
                best = o;
        }
        return best;
    }

    private static List<String> names(Graph g, Node s, Node p) {
        Set<String> out = new TreeSet<>();
        g.find(s, p, Node.ANY).forEach(t -> {
            Node o = t.getObject();
            if (o.isLiteral() && (o.getLiteralLanguage().isEmpty() || o.getLiteralLanguage().startsWith("en")))
                out.add(o.getLiteralLexicalForm());
        });
        return new ArrayList<>(out);
    }

    private static String first(Graph g, Node s, Node p) {
        List<String> all = names(g, s, p);
        return all.isEmpty() ? null : String.join("; ", all);
    }

    private static Node object(Graph g, Node s, Node p) {
        List<Triple> ts = g.find(s, p, Node.ANY).toList();
        return ts.isEmpty() ? null : ts.get(0).getObject();
    }

    /** The Q-number of an {@code owl:sameAs wd:Q…} link; a file with several gives none, as a conflict. */
    private static String qid(Graph g, Node s) {
        String found = null;
        for (Triple t : g.find(s, SAME_AS, Node.ANY).toList()) {
            Node o = t.getObject();
            if (o.isURI() && o.getURI().matches("http://www\\.wikidata\\.org/entity/Q[0-9]+")) {
                String q = o.getURI().substring(Ns.WD.length());
                if (found != null && !found.equals(q))
                    return null;
                found = q;
            }
        }
        return found;
    }
}
