package org.diplograph.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplograph.Seeds;
import org.diplograph.Version;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A federated query: diplograph's server answers a query whose SERVICE clause asks a second,
 * local SPARQL endpoint shaped like Wikidata's, and joins the two through {@code owl:sameAs}. The
 * second server records the User-Agent it receives, which must name diplograph and its version.
 * Nothing leaves the loopback interface.
 */
class FederationTest {

    /**
     * TEST DATA, not facts taken from Wikidata: a few Wikidata-shaped triples (P463 "member of",
     * Q7184 NATO, Q1065 the United Nations) for the join to find.
     */
    private static final String WIKIDATA_SHAPED_TEST_DATA = """
            PREFIX wd: <http://www.wikidata.org/entity/>
            PREFIX wdt: <http://www.wikidata.org/prop/direct/>
            wd:Q222 wdt:P463 wd:Q7184 .
            wd:Q30  wdt:P463 wd:Q7184 .
            wd:Q183 wdt:P463 wd:Q7184 .
            wd:Q794 wdt:P463 wd:Q1065 .
            wd:Q99999999 wdt:P463 wd:Q7184 .
            """;

    private static FusekiServer wikidata;
    private static Server diplograph;
    private static final List<String> userAgents = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.create().source(new StringReader(WIKIDATA_SHAPED_TEST_DATA)).lang(Lang.TURTLE).parse(dsg);
        Filter recordUserAgent = new Filter() {
            @Override
            public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
                if (req instanceof HttpServletRequest http)
                    userAgents.add(String.valueOf(http.getHeader("User-Agent")));
                chain.doFilter(req, res);
            }
        };
        wikidata = FusekiServer.create().loopback(true).port(0).add("/wikidata", dsg)
                .addFilter("/*", recordUserAgent).build().start();
        diplograph = Server.create().conversion(Seeds.conversion()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        if (diplograph != null)
            diplograph.close();
        if (wikidata != null)
            wikidata.stop();
    }

    @Test
    void aServiceClauseJoinsTheGraphWithAWikidataShapedEndpoint() throws Exception {
        String service = "http://127.0.0.1:" + wikidata.getHttpPort() + "/wikidata/sparql";
        String query = """
                PREFIX dg: <https://w3id.org/diplograph/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                PREFIX wd: <http://www.wikidata.org/entity/>
                PREFIX wdt: <http://www.wikidata.org/prop/direct/>
                SELECT DISTINCT ?state ?label ?item WHERE {
                  ?state a dg:State ; rdfs:label ?label ; owl:sameAs ?item .
                  SERVICE <%s> { ?item wdt:P463 wd:Q7184 }
                } ORDER BY ?label""".formatted(service);
        HttpResponse<String> r = Http.post(diplograph.url() + "sparql", "application/sparql-query", query,
                "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        List<String> labels = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (JsonValue b : JSON.parse(r.body()).getObj("results").get("bindings").getAsArray()) {
            JsonObject row = b.getAsObject();
            labels.add(row.getObj("label").getString("value"));
            items.add(row.getObj("item").getString("value"));
        }
        // The states the seeds name that are NATO members in the test data; Iran is not, and the
        // test item no article names does not appear.
        assertEquals(List.of("Albania", "Germany", "United States"), labels);
        assertEquals(List.of("http://www.wikidata.org/entity/Q222", "http://www.wikidata.org/entity/Q183",
                "http://www.wikidata.org/entity/Q30"), items);

        assertFalse(userAgents.isEmpty(), "the second server received no request");
        for (String ua : userAgents)
            assertTrue(ua.startsWith("diplograph/" + Version.get() + " "), "User-Agent sent: " + ua);
        assertEquals(Server.userAgent(), userAgents.get(0));
    }
}
