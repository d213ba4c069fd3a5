package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ValidationReport;
import org.diplograph.Seeds;
import org.diplograph.cli.Main;
import org.diplograph.convert.Conversion;
import org.diplograph.convert.Converter;
import org.diplograph.validate.ShapesValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** Entity recognition, resolution and their RDF, on real conversions. */
class EntitiesTest {

    private static final String PREFIXES = """
            PREFIX dg: <https://w3id.org/diplograph/ontology#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX gaf: <http://groundedannotationframework.org/gaf#>
            PREFIX schema: <http://schema.org/>
            """;

    @Test
    void aPersonWrittenThreeWaysInThreeArticlesIsOneNode(@TempDir Path dir) throws Exception {
        // Not in the gazetteer: the title introduces him, and the apostrophes of the
        // transliteration do not split the node.
        write(dir, "a.txt", "Foreign Ministry Spokesman Farhad Kana'ani said on Monday that Tehran rejects the claims.\n");
        write(dir, "b.txt", "Spokesman Farhad Ka\u2019naani told reporters that the accusations were baseless.\n");
        write(dir, "c.txt", "Government spokesman Farhad Kanaa'ni declined to comment on the report.\n");
        Graph g = convert(dir, List.of()).union();
        List<Map<String, String>> rows = select(g, """
                SELECT ?p ?label ?alt WHERE {
                  ?p a dg:Person ; rdfs:label ?label ; skos:altLabel ?alt .
                  FILTER(CONTAINS(STR(?p), "farhad")) }""");
        Set<String> people = new TreeSet<>();
        Set<String> alts = new TreeSet<>();
        rows.forEach(r -> {
            people.add(r.get("p"));
            alts.add(r.get("alt"));
        });
        assertEquals(Set.of("https://w3id.org/diplograph/id/person/farhad-kanaani"), people);
        assertEquals(Set.of("Farhad Kanaani"), Set.copyOf(rows.stream().map(r -> r.get("label")).toList()));
        assertEquals(Set.of("Farhad Kana'ani", "Farhad Ka\u2019naani", "Farhad Kanaa'ni"), alts);
        // Evidence in each of the three articles.
        assertEquals(3, select(g, """
                SELECT DISTINCT ?a WHERE { <https://w3id.org/diplograph/id/person/farhad-kanaani> gaf:denotedBy ?m .
                  ?m prov:wasDerivedFrom ?a }""").size());
    }

    @Test
    void theGazetteerSpokesmanWrittenThreeWaysIsOneNodeWithEverySpelling(@TempDir Path dir) throws Exception {
        write(dir, "a.txt", "Iranian Foreign Ministry Spokesman Nasser Kana'ani condemned the decision.\n");
        write(dir, "b.txt", "Nasser Kanaani said the allegations were unfounded.\n");
        write(dir, "c.txt", "According to the spokesman of the Iranian Foreign Ministry, Nasser Ka\u2019nani, the decision is unfounded.\n");
        Graph g = convert(dir, List.of()).union();
        List<Map<String, String>> rows = select(g, """
                SELECT ?name ?a WHERE {
                  { <https://w3id.org/diplograph/id/person/nasser-kanaani> rdfs:label ?name }
                  UNION { <https://w3id.org/diplograph/id/person/nasser-kanaani> skos:altLabel ?name }
                  UNION { <https://w3id.org/diplograph/id/person/nasser-kanaani> gaf:denotedBy/prov:wasDerivedFrom ?a } }""");
        Set<String> names = new TreeSet<>();
        Set<String> articles = new TreeSet<>();
        rows.forEach(r -> {
            if (r.get("name") != null)
                names.add(r.get("name"));
            if (r.get("a") != null)
                articles.add(r.get("a"));
        });
        assertEquals(Set.of("Nasser Kanaani", "Nasser Kana'ani", "Nasser Ka\u2019nani"), names);
        assertEquals(3, articles.size());
        assertEquals(0, select(g, "SELECT ?p WHERE { ?p a dg:Person FILTER(?p != <https://w3id.org/diplograph/id/person/nasser-kanaani>) }").size());
    }

    @Test
    void anEntityFromAGazetteerFileIsFoundWithNoJavaChange(@TempDir Path dir) throws Exception {
        Path gazetteer = Path.of("src/test/resources/gazetteer/test-entities.ttl");
        write(dir, "a.txt", "Security researchers blamed the Quillfeather Syndicate for the intrusion. "
                + "QFS denied it. Zemblan Minister-Counsellor Ottoline Vexworth called it an attack.\n");
        Graph with = convert(dir, List.of(gazetteer)).union();
        Graph without = convert(dir, List.of()).union();
        String q = "SELECT ?e ?alt WHERE { ?e a dg:ThreatGroup ; rdfs:label \"Quillfeather Syndicate\"@en ; gaf:denotedBy ?m . OPTIONAL { ?e skos:altLabel ?alt } }";
        List<Map<String, String>> rows = select(with, q);
        assertEquals(Set.of("https://w3id.org/diplograph/id/group/quillfeather-syndicate"),
                Set.copyOf(rows.stream().map(r -> r.get("e")).toList()));
        assertTrue(rows.stream().anyMatch(r -> "QFS".equals(r.get("alt"))), rows.toString());
        assertEquals(0, select(without, q).size());
        // The role title the same file adds introduces a person, affiliated to the state the file adds.
        List<Map<String, String>> person = select(with, """
                SELECT ?p ?role ?aff WHERE { ?p a dg:Person ; rdfs:label "Ottoline Vexworth"@en ; dg:role ?role ; dg:affiliation ?aff }""");
        assertEquals(1, person.size(), person.toString());
        assertEquals("Minister-Counsellor", person.get(0).get("role"));
        assertEquals("https://w3id.org/diplograph/id/state/zembla", person.get(0).get("aff"));
        assertValid(with);
    }

    @Test
    void everyMentionsOffsetsSelectItsExactTextInCodePointsOfTheOriginal(@TempDir Path dir) throws Exception {
        // Astral characters before the names: UTF-16 and code-point offsets differ.
        write(dir, "emoji.txt", "\uD83D\uDE00\uD83D\uDE00 Albania\u2019s prime minister spoke.\n\n"
                + "\uD83C\uDDE6\uD83C\uDDF1 Prime Minister Edi Rama said Tehran was behind the attack on Albania.\n");
        List<Graph> graphs = List.of(Seeds.conversion().union(), convert(dir, List.of()).union());
        int checked = 0;
        for (Graph g : graphs) {
            for (Map<String, String> r : select(g, """
                    SELECT ?m ?text ?exact ?start ?end WHERE {
                      ?m a dg:EntityMention ; prov:wasDerivedFrom ?a ; oa:hasTarget ?t .
                      ?a schema:text ?text .
                      ?t oa:hasSource ?a ; oa:hasSelector ?q, ?p .
                      ?q a oa:TextQuoteSelector ; oa:exact ?exact .
                      ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end }""")) {
                String text = r.get("text");
                int start = Integer.parseInt(r.get("start"));
                int end = Integer.parseInt(r.get("end"));
                String selected = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
                assertEquals(r.get("exact"), selected, r.get("m"));
                assertTrue(r.get("m").endsWith("/mention/" + start + "-" + end), r.get("m"));
                checked++;
            }
        }
        assertTrue(checked > 300, "only " + checked + " mentions");
    }

    @Test
    void capitalsAreGovernmentsUnlessWrittenAsPlaces(@TempDir Path dir) throws Exception {
        write(dir, "a.txt", "Tehran said it would respond. Police raided the mission in Tirana on Friday. "
                + "Iranian diplomats condemned Tirana\u2019s decision to cut ties with Tehran.\n");
        List<Map<String, String>> rows = select(convert(dir, List.of()).union(), """
                SELECT ?exact ?e WHERE { ?m a dg:EntityMention ; oa:hasBody ?e ; oa:hasTarget/oa:hasSelector/oa:exact ?exact }""");
        Map<String, Set<String>> byText = new TreeMap<>();
        rows.forEach(r -> byText.computeIfAbsent(r.get("exact"), k -> new TreeSet<>()).add(r.get("e").replaceAll(".*/id/", "")));
        assertEquals(Set.of("state/iran"), byText.get("Tehran"));
        assertEquals(Set.of("state/iran"), byText.get("Iranian"));
        assertEquals(Set.of("city/tirana", "state/albania"), byText.get("Tirana"));
    }

    @Test
    void typosAndCaseMakeNoFalseEntities(@TempDir Path dir) throws Exception {
        write(dir, "a.txt", "General Franco ruled for decades. Franco Bernabe runs a company. Let us go, said the officials. "
                + "The clamis made by Albenia were rejected by the US.\n");
        List<Map<String, String>> rows = select(convert(dir, List.of()).union(), """
                SELECT ?exact ?e WHERE { ?m a dg:EntityMention ; oa:hasBody ?e ; oa:hasTarget/oa:hasSelector/oa:exact ?exact } ORDER BY ?exact""");
        assertEquals(List.of("Albenia -> state/albania", "US -> state/united-states"),
                rows.stream().map(r -> r.get("exact") + " -> " + r.get("e").replaceAll(".*/id/", "")).toList());
    }

    @Test
    void aForeignNameAfterATitleIsAPersonWhateverItsTag(@TempDir Path dir) throws Exception {
        write(dir, "a.txt", "Chinese Foreign Ministry spokesperson Wang Wenbin said Beijing opposed the move.\n");
        Graph g = convert(dir, List.of()).union();
        List<Map<String, String>> rows = select(g, """
                SELECT ?role ?aff (COUNT(?m) AS ?n) WHERE { <https://w3id.org/diplograph/id/person/wang-wenbin> a dg:Person ;
                  dg:role ?role ; dg:affiliation ?aff ; gaf:denotedBy ?m } GROUP BY ?role ?aff""");
        assertEquals(List.of(Map.of("role", "Foreign Ministry spokesperson", "aff", "https://w3id.org/diplograph/id/state/china", "n", "1")), rows);
        assertValid(g);
    }

    @Test
    void anAbbreviationIntroducedInBracketsNamesTheEntityLater(@TempDir Path dir) throws Exception {
        write(dir, "a.txt", "The Passive Defense Organization (PDO) said the attack failed. Later the PDO said more. "
                + "PDO officials agreed, but pdo is no name.\n");
        Graph g = convert(dir, List.of()).union();
        List<Map<String, String>> rows = select(g, """
                SELECT ?exact WHERE { ?m oa:hasBody <https://w3id.org/diplograph/id/organization/passive-defense-organization-of-iran> ;
                  oa:hasTarget/oa:hasSelector/oa:exact ?exact ; oa:hasTarget/oa:hasSelector/oa:start ?s } ORDER BY ?s""");
        assertEquals(List.of("Passive Defense Organization", "PDO", "PDO", "PDO"), rows.stream().map(r -> r.get("exact")).toList());
        assertEquals(List.of(Map.of("alt", "PDO"), Map.of("alt", "Passive Defense Organization")), select(g,
                "SELECT ?alt WHERE { <https://w3id.org/diplograph/id/organization/passive-defense-organization-of-iran> skos:altLabel ?alt } ORDER BY ?alt"));
    }

    @Test
    void anHonorificBeforeAFullNameIntroducesAPerson(@TempDir Path dir) throws Exception {
        write(dir, "a.txt", "Sir Keir Starmer met Dr. Jane Doe in London. Mr. Smith was not there. Starmer spoke first.\n");
        List<Map<String, String>> rows = select(convert(dir, List.of()).union(), """
                SELECT ?p (COUNT(?m) AS ?n) WHERE { ?p a dg:Person ; gaf:denotedBy ?m } GROUP BY ?p ORDER BY ?p""");
        assertEquals(List.of(Map.of("p", "https://w3id.org/diplograph/id/person/jane-doe", "n", "1"),
                Map.of("p", "https://w3id.org/diplograph/id/person/keir-starmer", "n", "2")), rows);
    }

    @Test
    void namesInCapitalsAreFoundAndADatelineIsAPlace(@TempDir Path dir) throws Exception {
        write(dir, "a.txt", "TIRANA: Albania broke diplomatic ties with Iran on Wednesday, UNITED STATES officials said.\n\n"
                + "ALBANIA After the attack, the CISA and Cisa were mentioned.\n");
        List<Map<String, String>> rows = select(convert(dir, List.of()).union(), """
                SELECT ?exact ?e WHERE { ?m a dg:EntityMention ; oa:hasBody ?e ; oa:hasTarget/oa:hasSelector/oa:exact ?exact ;
                  oa:hasTarget/oa:hasSelector/oa:start ?s } ORDER BY ?s""");
        assertEquals(List.of("TIRANA -> city/tirana", "Albania -> state/albania", "Iran -> state/iran",
                "UNITED STATES -> state/united-states", "ALBANIA -> state/albania",
                "CISA -> organization/cybersecurity-and-infrastructure-security-agency"),
                rows.stream().map(r -> r.get("exact") + " -> " + r.get("e").replaceAll(".*/id/", "")).toList());
    }

    @Test
    void aMetonymWrittenAsAPlaceIsTheCapitalItShortens(@TempDir Path dir) throws Exception {
        write(dir, "a.txt", "WASHINGTON (Reuters) - Officials in Washington said the White House would respond. "
                + "Washington blamed Tehran.\n");
        Graph g = convert(dir, List.of()).union();
        List<Map<String, String>> rows = select(g, """
                SELECT ?exact ?e WHERE { ?m a dg:EntityMention ; oa:hasBody ?e ; oa:hasTarget/oa:hasSelector/oa:exact ?exact ;
                  oa:hasTarget/oa:hasSelector/oa:start ?s } ORDER BY ?s""");
        assertEquals(List.of("WASHINGTON -> city/washington-d-c", "Reuters -> organization/reuters",
                "Washington -> city/washington-d-c", "White House -> state/united-states",
                "Washington -> state/united-states", "Tehran -> state/iran"),
                rows.stream().map(r -> r.get("exact") + " -> " + r.get("e").replaceAll(".*/id/", "")).toList());
        // The dateline in capitals is no variant of the city's name; "Washington" is.
        assertEquals(List.of(Map.of("alt", "Washington")), select(g,
                "SELECT ?alt WHERE { <https://w3id.org/diplograph/id/city/washington-d-c> skos:altLabel ?alt }"));
    }

    @Test
    void titlesGiveRolesAndAffiliationsAndShortReferencesResolve(@TempDir Path dir) throws Exception {
        write(dir, "a.txt", "Ferit Hoxha, Albania\u2019s permanent representative to the UN, wrote to the Security Council. "
                + "\u201CThe attack failed,\u201D he said. Hoxha added that the prime minister agreed.\n");
        Graph g = convert(dir, List.of()).union();
        List<Map<String, String>> rows = select(g, """
                SELECT ?role ?aff WHERE { <https://w3id.org/diplograph/id/person/ferit-hoxha> dg:role ?role ; dg:affiliation ?aff }""");
        assertEquals(List.of(Map.of("role", "permanent representative", "aff", "https://w3id.org/diplograph/id/state/albania")), rows);
        List<Map<String, String>> refs = select(g, """
                SELECT ?exact WHERE { ?m oa:hasBody <https://w3id.org/diplograph/id/person/ferit-hoxha> ;
                  oa:hasTarget/oa:hasSelector/oa:exact ?exact } ORDER BY ?exact""");
        assertEquals(List.of("Ferit Hoxha", "Hoxha", "he"), refs.stream().map(r -> r.get("exact")).toList());
        assertValid(g);
    }

    @Test
    void theEntitiesCommandPrintsOneSortedRowPerEntityPerArticle(@TempDir Path dir) throws Exception {
        String text = "Albania severed ties with Iran. Later, Albenia's prime minister, Edi Rama, said \"Iran, hear this.\" "
                + "Police in Washington, D.C. were told.\n";
        write(dir, "a.txt", text);
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        assertEquals(0, cl.execute("entities", "--format", "csv", dir.resolve("a.txt").toString()));
        String m = "https://w3id.org/diplograph/id/article/a/mention/";
        List<String> lines = out.toString().lines().toList();
        assertEquals(List.of("article,entity,label,type,wikidata,mentions,first_evidence",
                "a.txt,https://w3id.org/diplograph/id/city/washington-d-c,\"Washington, D.C.\",City,,1," + m + span(text, "Washington, D.C."),
                "a.txt,https://w3id.org/diplograph/id/person/edi-rama,Edi Rama,Person,Q316901,1," + m + span(text, "Edi Rama"),
                "a.txt,https://w3id.org/diplograph/id/state/albania,Albania,State,Q222,2," + m + span(text, "Albania"),
                "a.txt,https://w3id.org/diplograph/id/state/iran,Iran,State,Q794,2," + m + span(text, "Iran")), lines);
        StringWriter json = new StringWriter();
        cl.setOut(new PrintWriter(json));
        assertEquals(0, cl.execute("entities", "--format", "json", dir.toString()));
        org.apache.jena.atlas.json.JsonArray rows = org.apache.jena.atlas.json.JSON.parseAny(json.toString()).getAsArray();
        assertEquals(4, rows.size());
        assertEquals("Washington, D.C.", rows.get(0).getAsObject().getString("label"));
        assertEquals("Q222", rows.get(2).getAsObject().getString("wikidata"));
    }

    @Test
    void theGazetteerOptionReachesTheCommandsAndABadFileIsBadInput(@TempDir Path dir) throws Exception {
        write(dir, "a.txt", "The Quillfeather Syndicate struck again.\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertEquals(0, cl.execute("entities", "--gazetteer", "src/test/resources/gazetteer/test-entities.ttl", dir.toString()));
        assertTrue(out.toString().contains("a.txt\thttps://w3id.org/diplograph/id/group/quillfeather-syndicate\tQuillfeather Syndicate\tThreatGroup\t\t1\t"),
                out.toString());
        Path bad = dir.resolve("bad.ttl");
        write(dir, "bad.ttl", "<a> <b> .\n");
        assertEquals(1, cl.execute("entities", "--gazetteer", bad.toString(), dir.resolve("a.txt").toString()));
        assertTrue(err.toString().contains("bad.ttl"), err.toString());
    }

    private static String span(String text, String exact) {
        int i = text.indexOf(exact);
        return text.codePointCount(0, i) + "-" + text.codePointCount(0, i + exact.length());
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static Conversion convert(Path dir, List<Path> gazetteers) {
        Conversion c = Converter.create().gazetteers(gazetteers).build().convert(List.of(dir));
        assertEquals(List.of(), c.failures());
        return c;
    }

    private static void write(Path dir, String name, String text) throws Exception {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static void assertValid(Graph g) {
        ShapesValidator v = new ShapesValidator();
        ValidationReport report = v.validate(g);
        StringWriter w = new StringWriter();
        v.print(report, new PrintWriter(w));
        assertTrue(report.conforms(), w.toString());
    }

    private static List<Map<String, String>> select(Graph g, String query) {
        List<Map<String, String>> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(g)).query(PREFIXES + query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Map<String, String> row = new TreeMap<>();
                s.varNames().forEachRemaining(v -> {
                    Node n = s.get(v).asNode();
                    row.put(v, n.isURI() ? n.getURI() : n.getLiteralLexicalForm());
                });
                out.add(row);
            }
        }
        return out;
    }
}
