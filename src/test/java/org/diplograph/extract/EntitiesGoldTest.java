package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.diplograph.Seeds;
import org.diplograph.gazetteer.Entity;
import org.diplograph.gazetteer.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the entities of the converted seeds against the hand annotation: Wikidata links must all
 * be right, at least nine gold entities in ten must be found by name and type, and the teaser lines
 * of other stories must yield nothing. The figures and every miss are printed.
 */
class EntitiesGoldTest {

    /** The gold's type names and the classes that satisfy them. */
    private static final Map<String, Set<String>> TYPES = Map.of(
            "country", Set.of("State", "Territory"),
            "person", Set.of("Person"),
            "intergovernmental_org", Set.of("IntergovernmentalOrganization"),
            "organization", Set.of("Organization", "IntergovernmentalOrganization", "ThreatGroup"),
            "armed_group", Set.of("Organization", "ThreatGroup"),
            "malware", Set.of("Malware"),
            "city", Set.of("City"),
            "treaty", Set.of("Treaty"),
            "information_system", Set.of("InformationSystem"),
            "threat_group", Set.of("ThreatGroup"));

    /** An entity the conversion found in an article, with every name it is known by. */
    record Found(String iri, String type, String wikidata, Set<String> names) {}

    private static Map<String, List<Found>> found;
    private static Gazetteer gazetteer;

    @BeforeAll
    static void convert() {
        gazetteer = Gazetteer.load();
        Model m = ModelFactory.createModelForGraph(Seeds.conversion().union());
        String q = """
                PREFIX dg: <https://w3id.org/diplograph/ontology#>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                SELECT ?file ?e ?type ?label ?wd ?exact ?alt WHERE {
                  ?m a dg:EntityMention ; oa:hasBody ?e ; prov:wasDerivedFrom ?a ;
                     oa:hasTarget/oa:hasSelector/oa:exact ?exact .
                  ?a dg:sourceFile ?file .
                  ?e a ?type ; rdfs:label ?label .
                  FILTER(STRSTARTS(STR(?type), STR(dg:)))
                  OPTIONAL { ?e owl:sameAs ?wd }
                  OPTIONAL { ?e skos:altLabel ?alt }
                }""";
        Map<String, Map<String, Found>> byFile = new TreeMap<>();
        try (QueryExecution qe = QueryExecution.model(m).query(q).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String iri = s.getResource("e").getURI();
                String type = s.getResource("type").getLocalName();
                String wd = s.contains("wd") ? s.getResource("wd").getLocalName() : null;
                Found f = byFile.computeIfAbsent(s.getLiteral("file").getString(), k -> new TreeMap<>())
                        .computeIfAbsent(iri, k -> new Found(iri, type, wd, new HashSet<>()));
                f.names().add(GoldEntities.norm(s.getLiteral("label").getString()));
                f.names().add(GoldEntities.norm(s.getLiteral("exact").getString()));
                if (s.contains("alt"))
                    f.names().add(GoldEntities.norm(s.getLiteral("alt").getString()));
                Entity known = gazetteer.entity(s.getResource("e").asNode());
                if (known != null)
                    known.aliases().forEach(a -> f.names().add(GoldEntities.norm(a)));
            }
        }
        found = new TreeMap<>();
        byFile.forEach((file, es) -> found.put(file, new ArrayList<>(es.values())));
    }

    @Test
    void linksArePreciseRecallIsHighAndTeasersYieldNothing() {
        int gold = 0;
        int recalled = 0;
        int rightLinks = 0;
        int wrongLinks = 0;
        List<String> misses = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        List<String> beyondGold = new ArrayList<>();
        List<String> teasers = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        for (GoldEntities.Article a : GoldEntities.load()) {
            List<Found> ours = found.getOrDefault(a.file(), List.of());
            Set<String> matched = new HashSet<>();
            for (GoldEntities.Gold g : a.entities()) {
                gold++;
                Found f = match(g, ours);
                if (f == null) {
                    misses.add(a.file() + ": " + g.name() + " (" + g.type() + ")");
                    continue;
                }
                recalled++;
                matched.add(f.iri());
                if (f.wikidata() == null)
                    continue;
                if (g.wikidata() != null) {
                    if (g.wikidata().equals(f.wikidata()))
                        rightLinks++;
                    else {
                        wrongLinks++;
                        wrong.add(a.file() + ": " + g.name() + " gold " + g.wikidata() + ", ours " + f.wikidata());
                    }
                } else if (verified(f)) {
                    // The gold gives no Q-number, but the gazetteer records the source that verified ours.
                    rightLinks++;
                    beyondGold.add(a.file() + ": " + g.name() + " " + f.wikidata() + " (gold has none; verified by "
                            + gazetteer.entity(org.apache.jena.graph.NodeFactory.createURI(f.iri())).linkSource() + ")");
                } else {
                    wrongLinks++;
                    wrong.add(a.file() + ": " + g.name() + " ours " + f.wikidata() + " with no verifying source");
                }
            }
            for (Found f : ours) {
                if (f.wikidata() != null && !matched.contains(f.iri())) {
                    if (verified(f)) {
                        extra.add(a.file() + ": " + f.iri() + " " + f.wikidata());
                    } else {
                        wrongLinks++;
                        wrong.add(a.file() + ": " + f.iri() + " " + f.wikidata() + " with no verifying source");
                    }
                }
                for (String not : a.notEntities())
                    if (f.names().contains(GoldEntities.norm(not)))
                        teasers.add(a.file() + ": " + not + " as " + f.iri());
            }
        }
        double precision = rightLinks + wrongLinks == 0 ? 1.0 : (double) rightLinks / (rightLinks + wrongLinks);
        double recall = (double) recalled / gold;
        System.out.printf("entities: Wikidata link precision %.3f (%d right, %d wrong), recall %.3f (%d of %d gold entities)%n",
                precision, rightLinks, wrongLinks, recall, recalled, gold);
        misses.forEach(x -> System.out.println("  missed: " + x));
        wrong.forEach(x -> System.out.println("  wrong link: " + x));
        beyondGold.forEach(x -> System.out.println("  linked beyond the gold: " + x));
        teasers.forEach(x -> System.out.println("  from a teaser line: " + x));
        extra.forEach(x -> System.out.println("  linked, not in the gold (gazetteer-verified, not scored): " + x));
        assertEquals(List.of(), wrong, "wrong Wikidata links");
        assertEquals(1.0, precision);
        assertTrue(recall >= 0.9, "recall " + recall + " below 0.9; missed " + misses);
        assertEquals(List.of(), teasers, "entities drawn from teaser lines");
    }

    /** The found entity of the gold's type with one of the gold's names, preferring its main name. */
    private static Found match(GoldEntities.Gold g, List<Found> ours) {
        Set<String> types = TYPES.getOrDefault(g.type(), Set.of());
        for (boolean mainNameOnly : new boolean[] {true, false})
            for (Found f : ours) {
                if (!types.contains(f.type()))
                    continue;
                for (String n : mainNameOnly ? List.of(g.name()) : g.names())
                    if (f.names().contains(GoldEntities.norm(n)))
                        return f;
            }
        return null;
    }

    private static boolean verified(Found f) {
        Entity e = gazetteer.entity(org.apache.jena.graph.NodeFactory.createURI(f.iri()));
        return e != null && e.linked() && f.wikidata().equals(e.qid());
    }
}
