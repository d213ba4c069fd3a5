package org.diplograph.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.diplograph.Seeds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A real Fuseki server on an ephemeral loopback port, queried over HTTP. */
class ServeTest {

    private static Server server;
    private static String base;

    static final String ARTICLES = """
            PREFIX schema: <http://schema.org/>
            PREFIX dg: <https://w3id.org/diplograph/ontology#>
            SELECT ?file ?publisher ?date WHERE {
              ?a a schema:NewsArticle ; dg:sourceFile ?file .
              OPTIONAL { ?a schema:publisher/schema:name ?publisher }
              OPTIONAL { ?a schema:datePublished ?date }
            } ORDER BY ?file""";

    @BeforeAll
    static void start() {
        server = Server.create().conversion(Seeds.conversion()).port(0).timeoutSeconds(2).build().start();
        base = server.url();
        assertTrue(base.startsWith("http://127.0.0.1:"), base);
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
    }

    @Test
    void getQueryReturnsTheFiveArticlesWithPublishersAndDates() throws Exception {
        HttpResponse<String> r = Http.get(base + "sparql?query=" + Http.encode(ARTICLES), "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        Map<String, String> rows = rows(ResultSetFactory.fromJSON(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8))));
        assertEquals(5, rows.size());
        assertEquals("Islam Times 2022-09-11", rows.get("000_aa76e9fc75dc6610.txt"));
        assertEquals(" ", rows.get("001_f3c816eb3d6d9b73.txt"));
        assertEquals("Arab News 2022-09-07", rows.get("002_b42718d0d78ff812.txt"));
        assertEquals(" 2022-09-08", rows.get("003_af503fd266cc0859.txt"));
        assertEquals("AsiaNews 2022-09-08", rows.get("004_c411a98a83b12d9f.txt"));
    }

    @Test
    void postQueryAndOtherResultFormatsWork() throws Exception {
        HttpResponse<String> direct = Http.post(base + "sparql", "application/sparql-query", ARTICLES, "application/sparql-results+xml");
        assertEquals(200, direct.statusCode());
        assertEquals(5, rows(ResultSetFactory.fromXML(new ByteArrayInputStream(direct.body().getBytes(StandardCharsets.UTF_8)))).size());
        HttpResponse<String> form = Http.post(base + "sparql", "application/x-www-form-urlencoded",
                "query=" + Http.encode(ARTICLES), "text/csv");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().startsWith("file,publisher,date"), form.body());
        assertTrue(form.body().contains("002_b42718d0d78ff812.txt,Arab News,2022-09-07"), form.body());
        HttpResponse<String> tsv = Http.get(base + "sparql?query=" + Http.encode(ARTICLES), "text/tab-separated-values");
        assertTrue(tsv.body().contains("\"AsiaNews\""), tsv.body());
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheArticleGraphs() throws Exception {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
        HttpResponse<String> r = Http.get(base + "sparql?query=" + Http.encode(q), "text/csv");
        assertEquals(Seeds.conversion().union().size(), Long.parseLong(r.body().split("\r?\n")[1].strip()));
        String g = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
        HttpResponse<String> graphs = Http.get(base + "sparql?query=" + Http.encode(g), "text/csv");
        assertEquals("7", graphs.body().split("\r?\n")[1].strip(), "5 articles, shared, event types");
    }

    @Test
    void updatesAreRefusedAndChangeNothing() throws Exception {
        String update = "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }";
        HttpResponse<String> viaSparql = Http.post(base + "sparql", "application/sparql-update", update, null);
        assertNotEquals(200, viaSparql.statusCode());
        assertNotEquals(204, viaSparql.statusCode());
        HttpResponse<String> viaUpdate = Http.post(base + "update", "application/x-www-form-urlencoded", "update=" + Http.encode(update), null);
        assertTrue(viaUpdate.statusCode() >= 400, "update endpoint: " + viaUpdate.statusCode());
        HttpResponse<String> gsp = Http.post(base + "data?default", "text/turtle", "<urn:x:s> <urn:x:p> <urn:x:o> .", null);
        assertTrue(gsp.statusCode() >= 400, "GSP write: " + gsp.statusCode());
        HttpResponse<String> ask = Http.get(base + "sparql?query=" + Http.encode("ASK { <urn:x:s> ?p ?o }"), "text/plain");
        assertTrue(ask.body().contains("no"), ask.body());
    }

    @Test
    void aSlowQueryIsCutByTheTimeoutWith503() throws Exception {
        String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r }";
        long t0 = System.nanoTime();
        HttpResponse<String> r = Http.get(base + "sparql?query=" + Http.encode(slow), "application/sparql-results+json");
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(seconds < 30, "cut after " + seconds + " s");
    }

    @Test
    void theTurtleDumpDownloadsAndParses() throws Exception {
        HttpResponse<String> r = Http.get(base + "dumps/diplograph.ttl", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), Lang.TURTLE);
        assertEquals(Seeds.conversion().union().size(), m.size());
        assertEquals(404, Http.get(base + "dumps/nothing.ttl", null).statusCode());
    }

    private static Map<String, String> rows(ResultSet rs) {
        Map<String, String> rows = new TreeMap<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            rows.put(s.getLiteral("file").getString(),
                    (s.contains("publisher") ? s.getLiteral("publisher").getString() : "") + " "
                            + (s.contains("date") ? s.getLiteral("date").getLexicalForm() : ""));
        }
        return rows;
    }
}
