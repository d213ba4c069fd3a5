package org.diplograph.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplograph.Seeds;
import org.diplograph.cli.Main;
import org.diplograph.publish.Dumps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertTest {

    @Test
    void everySeedConverts() {
        Conversion c = Seeds.conversion();
        assertEquals(List.of(), c.failures());
        assertEquals(5, c.articles());
    }

    @Test
    void articlesCarryTheirMetadataAndNoInventedDate() {
        Model m = ModelFactory.createModelForGraph(Seeds.conversion().union());
        String q = """
                PREFIX schema: <http://schema.org/>
                PREFIX dg: <https://w3id.org/diplograph/ontology#>
                SELECT ?file ?publisher ?date ?headline WHERE {
                  ?a a schema:NewsArticle ; dg:sourceFile ?file .
                  OPTIONAL { ?a schema:publisher/schema:name ?publisher }
                  OPTIONAL { ?a schema:datePublished ?date }
                  OPTIONAL { ?a schema:headline ?headline }
                }""";
        Map<String, String> rows = new TreeMap<>();
        try (QueryExecution qe = QueryExecution.model(m).query(q).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                rows.put(s.getLiteral("file").getString(), str(s, "publisher") + "|" + str(s, "date") + "|" + str(s, "headline"));
            }
        }
        assertEquals(5, rows.size());
        assertEquals("Islam Times|2022-09-11|", rows.get("000_aa76e9fc75dc6610.txt"));
        // Seed 001 states neither publisher nor date, and has no sidecar: nothing is invented.
        assertEquals("||", rows.get("001_f3c816eb3d6d9b73.txt"));
        assertEquals("Arab News|2022-09-07|Albania cuts ties with Iran over \u2018cyberattack\u2019", rows.get("002_b42718d0d78ff812.txt"));
        assertTrue(rows.get("003_af503fd266cc0859.txt").startsWith("|2022-09-08|Albania cuts off diplomatic ties"));
        assertTrue(rows.get("004_c411a98a83b12d9f.txt").startsWith("AsiaNews|2022-09-08|ALBANIA After the Iranian cyber attack"));
    }

    private static String str(QuerySolution s, String var) {
        return s.contains(var) ? s.get(var).asLiteral().getLexicalForm() : "";
    }

    @Test
    void titleAndDateAreDetectedFromTheTextWithoutSidecar(@TempDir Path dir) throws Exception {
        Path seed = Seeds.DIR.resolve("002_b42718d0d78ff812.txt");
        Files.copy(seed, dir.resolve(seed.getFileName()));
        Conversion c = Converter.create().build().convert(List.of(dir));
        String ttl = turtle(c);
        assertTrue(ttl.contains("\"2022-09-07\"^^xsd:date"), "date from 'Updated 07 September 2022'");
        assertTrue(ttl.contains("dg:FromText"));
        assertTrue(ttl.contains("\"Albania cuts ties with Iran over \u2018cyberattack\u2019\""), "the duplicated headline is the title");
        assertTrue(ttl.contains("schema:dateline") && ttl.contains("\"TIRANA\""));
    }

    @Test
    void aBadArticleIsReportedAndTheOthersStillConvert(@TempDir Path dir) throws Exception {
        Files.copy(Seeds.DIR.resolve("001_f3c816eb3d6d9b73.txt"), dir.resolve("good.txt"));
        Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
        Files.writeString(dir.resolve("empty.txt"), "   \n");
        Files.writeString(dir.resolve("sidecar.txt"), "An article whose sidecar is wrong.\n");
        Files.writeString(dir.resolve("sidecar.meta.json"), "{\"datePublished\": \"7 Sept\"}");
        Conversion c = Converter.create().build().convert(List.of(dir));
        assertEquals(1, c.articles());
        Map<String, String> reasons = new TreeMap<>();
        c.failures().forEach(f -> reasons.put(f.file().getFileName().toString(), f.reason()));
        assertEquals(3, reasons.size(), reasons.toString());
        assertTrue(reasons.get("latin1.txt").contains("not valid UTF-8"));
        assertTrue(reasons.get("empty.txt").contains("no text"));
        assertTrue(reasons.get("sidecar.txt").contains("sidecar.meta.json") && reasons.get("sidecar.txt").contains("YYYY-MM-DD"));

        // The command line reports each with its file, writes the dumps of the rest, and exits 1.
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        Path out = dir.resolve("out");
        assertEquals(1, cl.execute("convert", "--out", out.toString(), dir.toString()));
        assertTrue(err.toString().contains("latin1.txt") && err.toString().contains("empty.txt"), err.toString());
        assertTrue(turtleFile(out).contains("good.txt"));
    }

    @Test
    void twoConversionsAreByteIdentical(@TempDir Path dir) throws Exception {
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        assertEquals(0, cl.execute("convert", "--out", dir.resolve("A").toString(), "seeds"));
        assertEquals(0, cl.execute("convert", "--out", dir.resolve("B").toString(), "seeds"));
        for (String f : List.of(Dumps.TRIG, Dumps.TURTLE, Dumps.NQUADS)) {
            byte[] a = Files.readAllBytes(dir.resolve("A").resolve(f));
            byte[] b = Files.readAllBytes(dir.resolve("B").resolve(f));
            assertTrue(a.length > 1000, f + " has content");
            assertArrayEquals(a, b, f);
        }
        // The three dumps hold the same data: TriG and N-Quads the same quads, Turtle their union.
        DatasetGraph trig = RDFDataMgr.loadDatasetGraph(dir.resolve("A").resolve(Dumps.TRIG).toString());
        DatasetGraph nq = DatasetGraphFactory.create();
        RDFDataMgr.read(nq, dir.resolve("A").resolve(Dumps.NQUADS).toString());
        assertEquals(Seeds.conversion().quads().size(), size(trig));
        assertEquals(size(trig), size(nq));
        assertEquals(7, trig.size(), "5 article graphs, the shared graph and the event-type scheme");
        Model ttl = RDFDataMgr.loadModel(dir.resolve("A").resolve(Dumps.TURTLE).toString());
        assertEquals(Seeds.conversion().union().size(), ttl.size());
        // No blank nodes anywhere: every node has a stable IRI.
        assertFalse(Files.readString(dir.resolve("A").resolve(Dumps.TRIG)).contains("_:"));
    }

    private static long size(DatasetGraph d) {
        return org.apache.jena.atlas.iterator.Iter.count(d.find());
    }

    private static String turtle(Conversion c) {
        var out = new java.io.ByteArrayOutputStream();
        Dumps.writeUnion(c, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String turtleFile(Path dir) throws Exception {
        return Files.readString(dir.resolve(Dumps.TURTLE));
    }
}
