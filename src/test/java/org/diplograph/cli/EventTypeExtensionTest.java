package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.diplograph.convert.Conversion;
import org.diplograph.convert.Converter;
import org.diplograph.extract.event.EventTypes;
import org.diplograph.validate.ShapesValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * A researcher adds an event type and its trigger in Turtle alone: {@code dgt:HoldTalks}, defined
 * only in {@code src/test/resources/extension/hold-talks.ttl}, is found in an article written for
 * this test when that file is given (builder option or {@code --event-types}), and not without it.
 */
class EventTypeExtensionTest {

    static final Path TYPES = Path.of("src/test/resources/extension/hold-talks.ttl");
    static final Path ARTICLES = Path.of("src/test/resources/extension/articles");
    static final String ARTICLE = "talks.txt";
    static final String EVENT = "https://w3id.org/diplograph/id/event/2023-03-03-holdtalks-turkey-greece";

    static final int FILE = 0, EVENT_IRI = 1, TYPE = 2, CAMEO = 3, PLOVER = 4, DATE = 5, PRECISION = 6, ACTOR = 7,
            ACTOR_LABEL = 8, TARGET = 9, TARGET_LABEL = 10, EVIDENCE = 16;

    @Test
    void theTypeIsNotBundled() {
        assertNull(EventTypes.load(List.of()).get("HoldTalks"), "HoldTalks must come from the test file only");
        assertEquals("hold talks", EventTypes.load(List.of(TYPES)).get("HoldTalks").label());
    }

    @Test
    void withTheFileTheEventsRowsHoldTheNewTypeWithActorAndTarget() {
        List<List<String>> rows = rows(Converter.create().eventTypes(List.of(TYPES)).build());
        List<List<String>> talks = rows.stream().filter(r -> r.get(TYPE).equals("HoldTalks")).toList();
        assertEquals(1, talks.size(), rows.toString());
        List<String> r = talks.get(0);
        assertEquals(ARTICLE, r.get(FILE));
        assertEquals(EVENT, r.get(EVENT_IRI));
        assertEquals("040", r.get(CAMEO));
        assertEquals("CONSULT", r.get(PLOVER));
        assertEquals("2023-03-03", r.get(DATE));
        assertEquals("day", r.get(PRECISION));
        assertEquals("Q43", r.get(ACTOR));
        assertEquals("Turkey", r.get(ACTOR_LABEL));
        assertEquals("Q41", r.get(TARGET));
        assertEquals("Greece", r.get(TARGET_LABEL));
        assertTrue(r.get(EVIDENCE).contains("held talks"), r.get(EVIDENCE));
    }

    @Test
    void withoutTheFileThereIsNoSuchEvent() {
        List<List<String>> rows = rows(Converter.create().build());
        assertTrue(rows.stream().noneMatch(r -> r.get(TYPE).equals("HoldTalks")), rows.toString());
        Graph g = Converter.create().build().convert(List.of(ARTICLES)).union();
        assertFalse(ask(g, "ASK { ?e sem:eventType dgt:HoldTalks }"));
        assertFalse(ask(g, "ASK { <" + EVENT + "> ?p ?o }"));
    }

    @Test
    void withTheFileTheGraphHoldsTheEventWithEvidenceAndValidates() {
        Conversion c = Converter.create().eventTypes(List.of(TYPES)).build().convert(List.of(ARTICLES));
        assertEquals(1, c.articles());
        assertEquals(List.of(), c.failures());
        Graph g = c.union();
        assertTrue(ask(g, """
                ASK {
                  <%s> a dg:Event ;
                      sem:eventType dgt:HoldTalks ;
                      dg:actor <https://w3id.org/diplograph/id/state/turkey> ;
                      dg:target <https://w3id.org/diplograph/id/state/greece> ;
                      dg:time ?t ;
                      gaf:denotedBy ?m .
                  ?t time:inXSDDate "2023-03-03"^^xsd:date .
                  ?m oa:hasTarget/oa:hasSelector ?q .
                  ?q oa:exact ?exact . FILTER (CONTAINS(?exact, "held talks"))
                }""".formatted(EVENT)), "the HoldTalks event, its actor, target, date and evidence");
        assertTrue(new ShapesValidator().validate(g).conforms(), "the extended output validates against the shapes");
    }

    @Test
    void theEventsCommandTakesTheFileWithEventTypes() {
        String with = run(0, "events", "--event-types", TYPES.toString(), ARTICLES.toString());
        List<String> lines = with.lines().toList();
        assertTrue(lines.get(0).startsWith("article\tevent\ttype\t"), with);
        List<String[]> talks = lines.stream().skip(1).map(l -> l.split("\t", -1)).filter(f -> f[TYPE].equals("HoldTalks")).toList();
        assertEquals(1, talks.size(), with);
        String[] f = talks.get(0);
        assertEquals(ARTICLE, f[FILE]);
        assertEquals("Turkey", f[ACTOR_LABEL]);
        assertEquals("Greece", f[TARGET_LABEL]);
        assertEquals("2023-03-03", f[DATE]);

        String without = run(0, "events", ARTICLES.toString());
        assertFalse(without.contains("HoldTalks"), without);
    }

    @Test
    void theConvertCommandTakesTheFileToo(@TempDir Path out) throws IOException {
        run(0, "convert", "--event-types", TYPES.toString(), "--out", out.toString(), ARTICLES.toString());
        Graph g = RDFDataMgr.loadGraph(out.resolve("diplograph.ttl").toString());
        assertTrue(ask(g, "ASK { <" + EVENT + "> sem:eventType dgt:HoldTalks ; dg:actor ?a ; dg:target ?t }"));
        assertTrue(Files.size(out.resolve("diplograph.trig")) > 0);
    }

    static List<List<String>> rows(Converter c) {
        Converter.Analysed a = c.analyse(List.of(ARTICLES));
        assertEquals(List.of(), a.failures());
        return EventsCommand.table(a.docs(), c.iris());
    }

    static String run(int expectedCode, String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        assertEquals(expectedCode, code, String.join(" ", args) + "\n" + err);
        return out.toString();
    }

    static boolean ask(Graph g, String ask) {
        String q = """
                PREFIX dg:   <https://w3id.org/diplograph/ontology#>
                PREFIX dgt:  <https://w3id.org/diplograph/id/event-type/>
                PREFIX sem:  <http://semanticweb.cs.vu.nl/2009/11/sem/>
                PREFIX gaf:  <http://groundedannotationframework.org/gaf#>
                PREFIX oa:   <http://www.w3.org/ns/oa#>
                PREFIX time: <http://www.w3.org/2006/time#>
                PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
                """ + ask;
        try (var qe = QueryExecutionFactory.create(q, ModelFactory.createModelForGraph(g))) {
            return qe.execAsk();
        }
    }
}
