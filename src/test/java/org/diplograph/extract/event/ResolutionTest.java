package org.diplograph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.diplograph.Seeds;
import org.junit.jupiter.api.Test;

/** The same event told by several articles is one node, with a mention per telling. */
class ResolutionTest {

    private static final String PREFIXES = """
            PREFIX dg: <https://w3id.org/diplograph/ontology#>
            PREFIX dgt: <https://w3id.org/diplograph/id/event-type/>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX time: <http://www.w3.org/2006/time#>
            PREFIX gaf: <http://groundedannotationframework.org/gaf#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX wd: <http://www.wikidata.org/entity/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    private static List<QuerySolution> select(String q) {
        Model m = ModelFactory.createModelForGraph(Seeds.conversion().union());
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(m).query(PREFIXES + q).build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    /** Events of a type with a target and a day, with the articles that tell of each. */
    private static List<QuerySolution> events(String type, String actorQ, String targetQ, String day) {
        return select("""
                SELECT ?e (COUNT(DISTINCT ?article) AS ?articles) (COUNT(DISTINCT ?m) AS ?mentions) WHERE {
                  ?e a dg:Event ; sem:eventType dgt:%s ; dg:target ?t ; dg:time/time:inXSDDate "%s"^^xsd:date ;
                     gaf:denotedBy ?m .
                  ?t owl:sameAs wd:%s .
                  %s
                  ?m prov:wasDerivedFrom ?article .
                } GROUP BY ?e""".formatted(type, day, targetQ,
                actorQ == null ? "FILTER NOT EXISTS { ?e dg:actor ?any }" : "?e dg:actor/owl:sameAs wd:" + actorQ + " ."));
    }

    @Test
    void theJuly2022AttackOnAlbaniaIsOneEventToldByFourArticles() {
        List<QuerySolution> rows = events("CyberAttack", null, "Q222", "2022-07-15");
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).getLiteral("articles").getInt() >= 4, rows.toString());
        assertTrue(rows.get(0).getResource("e").getURI().endsWith("/id/event/2022-07-15-cyberattack-albania"));
    }

    @Test
    void albaniasSeveranceOfTiesIsOneEventWithFourArticlesMentioningIt() {
        List<QuerySolution> rows = events("SeverDiplomaticRelations", "Q222", "Q794", "2022-09-07");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(4, rows.get(0).getLiteral("articles").getInt(), "articles 000, 002, 003 and 004 (not 001)");
        // No second node for the same severance on another day or without one.
        List<QuerySolution> others = select("""
                SELECT ?e WHERE { ?e a dg:Event ; sem:eventType dgt:SeverDiplomaticRelations ;
                  dg:actor/owl:sameAs wd:Q222 ; dg:target/owl:sameAs wd:Q794 . }""");
        assertEquals(1, others.size(), others.toString());
    }

    @Test
    void theAttributionToIranIsContested() {
        List<QuerySolution> rows = select("""
                SELECT DISTINCT ?p ?asserter ?denier WHERE {
                  ?c1 dg:proposition ?p ; dg:stance dg:Asserts ; dg:claimant ?asserter .
                  ?c2 dg:proposition ?p ; dg:stance dg:Denies ; dg:claimant ?denier .
                  ?p dg:attributedTo/owl:sameAs wd:Q794 ; dg:aboutEvent ?e .
                  ?asserter owl:sameAs wd:Q222 . ?denier owl:sameAs wd:Q794 .
                }""");
        assertTrue(!rows.isEmpty(), "an Albanian assertion and an Iranian denial of one proposition");
        assertTrue(rows.stream().anyMatch(r -> r.getResource("p").getURI()
                .endsWith("/proposition/2022-07-15-cyberattack-albania/attributed-to/iran")), rows.toString());
    }

    @Test
    void historicalEventsKeepTheirOwnDates() {
        List<QuerySolution> rows = select("""
                SELECT ?actor ?year WHERE {
                  ?e sem:eventType dgt:SeverDiplomaticRelations ; dg:target/owl:sameAs wd:Q794 ;
                     dg:actor/owl:sameAs ?actor ; dg:time/time:inXSDgYear ?year .
                }""");
        List<String> got = rows.stream().map(r -> r.getResource("actor").getURI().replaceAll(".*/", "") + " "
                + r.getLiteral("year").getLexicalForm()).sorted().toList();
        assertTrue(got.contains("Q16 2012"), "Canada 2012: " + got);
        assertTrue(got.contains("Q851 2016"), "Saudi Arabia 2016: " + got);
        assertTrue(got.contains("Q398 2016") && got.contains("Q817 2016"), "Bahrain and Kuwait followed in 2016: " + got);
    }
}
