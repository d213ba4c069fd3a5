package org.diplograph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.Gold;
import org.diplograph.Seeds;
import org.diplograph.convert.Conversion;
import org.diplograph.publish.Http;
import org.diplograph.publish.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The competency questions, {@code queries/*.rq}, asked of the seeds graph served by a real
 * {@link Server} on an ephemeral loopback port, over HTTP at {@code /sparql}. Every query must parse
 * and answer; the key questions are checked against the hand annotation of the seeds
 * ({@code src/test/resources/gold/}).
 *
 * <p>No test reaches the internet: the federated query (a {@code SERVICE} clause to the Wikidata Query
 * Service) is parsed as written, then run with its {@code SERVICE} IRI rewritten to a second Fuseki on
 * loopback holding a few Wikidata triples ({@code src/test/resources/federation/}).
 *
 * <p>Where the extractor does not yet produce a gold fact, the test asserts what it produces that
 * agrees with the gold and names the rest in a {@code KNOWN_GAPS} list, printed when still missing.
 */
class CompetencyQuestionsTest {

    static final Path DIR = Path.of("queries");
    static final String WIKIDATA_SERVICE = "https://query.wikidata.org/sparql";
    static final String ID = "https://w3id.org/diplograph/id/";
    static final String DG = "https://w3id.org/diplograph/ontology#";
    static final String DGT = ID + "event-type/";

    /** The resolved nodes of the events the gold annotates in several articles (IRIs are derived from content). */
    static final String ATTACK = ID + "event/2022-07-15-cyberattack-albania";
    static final String SEVERANCE = ID + "event/2022-09-07-severdiplomaticrelations-albania-iran";

    private static Server server;
    private static Server serverWithScheme;
    private static FusekiServer wikidata;
    private static String endpoint;
    private static String wikidataEndpoint;
    private static List<Gold.Article> gold;

    @BeforeAll
    static void start() {
        gold = Gold.load();
        server = Server.create().conversion(Seeds.conversion()).port(0).build().start();
        endpoint = server.url() + "sparql";
        DatasetGraph wd = DatasetGraphFactory.createTxnMem();
        wd.executeWrite(() -> RDFDataMgr.read(wd.getDefaultGraph(), "src/test/resources/federation/wikidata-nato-members.ttl"));
        wikidata = FusekiServer.create().port(0).loopback(true).add("/wikidata", wd).build().start();
        wikidataEndpoint = "http://localhost:" + wikidata.getHttpPort() + "/wikidata/sparql";
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
        if (serverWithScheme != null)
            serverWithScheme.close();
        if (wikidata != null)
            wikidata.stop();
    }

    // ---------------------------------------------------------------------------------------------
    // Every query
    // ---------------------------------------------------------------------------------------------

    static List<String> queryFiles() {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void thereAreAtLeastTwelveQuestionsEachHeadedByItsQuestionAndListedInTheReadmes() throws IOException {
        List<String> files = queryFiles();
        assertTrue(files.size() >= 12, "at least 12 competency questions: " + files);
        String queriesReadme = Files.readString(DIR.resolve("README.md"));
        String readme = Files.readString(Path.of("README.md"));
        for (String f : files) {
            String text = Files.readString(DIR.resolve(f));
            assertTrue(text.startsWith("# Question: "), f + " starts with its question");
            assertTrue(queriesReadme.contains("(" + f + ")"), "queries/README.md links " + f);
            assertTrue(readme.contains("(queries/" + f + ")"), "README.md links queries/" + f);
        }
    }

    /** Every query parses as written, the federated one included (parsing does not contact the service). */
    @ParameterizedTest
    @MethodSource("queryFiles")
    void parses(String file) {
        assertNotNull(QueryFactory.create(text(file)), file);
    }

    /** Every query runs over HTTP and has an answer in the seeds. */
    @ParameterizedTest
    @MethodSource("queryFiles")
    void runsOverHttpAndAnswers(String file) {
        Answer a = ask(file);
        assertFalse(a.rows().isEmpty(), file + " has answers in the seeds graph");
    }

    @Test
    void theFederatedQueryNeverCallsTheRealWikidata() {
        String text = text("04-nato-member-events.rq");
        assertTrue(text.contains("SERVICE <" + WIKIDATA_SERVICE + ">"), "04 is the federated one");
        assertFalse(local(text).contains("wikidata.org/sparql"), local(text));
        for (String f : queryFiles())
            if (!f.startsWith("04-"))
                assertFalse(text(f).contains("SERVICE"), f + " is not federated: only 04 is rewritten");
    }

    // ---------------------------------------------------------------------------------------------
    // The key questions, against the gold
    // ---------------------------------------------------------------------------------------------

    /** 01: Albania severed relations with Iran on 2022-09-07 after the 2022-07-15 cyberattack on it. */
    @Test
    void q01AlbaniaSeveredTiesWithIranAfterTheJulyAttack() {
        Gold.Article g = gold("002");
        Map<String, Object> sever = goldEvent(g, "SeverDiplomaticRelations", "Albania", "Iran");
        Map<String, Object> attack = goldEvent(g, "CyberAttack", null, "Albania");
        List<Map<String, String>> rows = ask("01-severed-after-cyberattack.rq").rows();
        // In the gold, Albania is the only state that severs ties after a cyberattack against it.
        assertEquals(1, rows.size(), rows.toString());
        Map<String, String> r = rows.get(0);
        assertEquals("Albania", r.get("stateLabel"));
        assertEquals(Gold.date(sever.get("date")), r.get("severDate"));
        assertEquals("Iran", r.get("severedWithLabel"));
        assertEquals(ATTACK, r.get("attack"));
        assertEquals(Gold.date(attack.get("date")), r.get("attackDate"), "one, resolved date per event");
        assertTrue(List.of(r.get("attributedTo").split(", ")).contains("Iran"), r.toString());
    }

    /**
     * 02: the 15 July 2022 attack on Albania was attributed to Iran by Albania in every article that
     * the gold annotates so, with the gold's evidence inside the quote, and Edi Rama as speaker where
     * the gold names him; the article's headline, publisher and date come along.
     */
    @Test
    void q02AlbaniaAttributedTheAttackToIranInSeveralArticlesWithQuotes() {
        List<Map<String, String>> rows = ask("02-albania-attack-attribution.rq").rows();
        Set<String> articles = new TreeSet<>();
        int checked = 0;
        for (Gold.Article g : gold)
            for (Map<String, Object> e : g.events()) {
                if (!"AttributeAttack".equals(e.get("type")) || !"Albania".equals(e.get("actor"))
                        || !"Iran".equals(e.get("attributed_to")))
                    continue;
                checked++;
                String evidence = (String) e.get("evidence");
                String speaker = (String) e.get("speaker");
                List<Map<String, String>> hits = rows.stream()
                        .filter(r -> r.get("article").equals(ID + "article/" + stem(g)))
                        .filter(r -> "Albania".equals(r.get("claimantLabel")) && "Iran".equals(r.get("attributedToLabel")))
                        .filter(r -> (DG + "Asserts").equals(r.get("stance")))
                        .filter(r -> r.get("quote").contains(evidence))
                        .filter(r -> speaker == null || speaker.equals(r.get("speakerLabel")))
                        .toList();
                assertFalse(hits.isEmpty(), g.file() + ": Albania attributes the attack to Iran in the words \"" + evidence
                        + "\"" + (speaker == null ? "" : " through " + speaker) + "\n" + rows);
                articles.add(g.file());
            }
        assertTrue(checked >= 4, "the gold has Albania's attribution in four articles");
        assertTrue(articles.size() > 1, "in more than one article: " + articles);
        for (Map<String, String> r : rows) {
            Gold.Article g = gold(r.get("article").substring((ID + "article/").length(), (ID + "article/").length() + 3));
            assertEquals(nz(g.meta().get("publisher")), r.get("publisherName"), g.file());
            assertEquals(nz(Gold.date(g.meta().get("date_published"))), r.get("datePublished"), g.file());
            if (g.meta().get("title") != null)
                assertEquals(g.meta().get("title"), r.get("headline"), g.file());
            assertFalse((DG + "Denies").equals(r.get("stance")), "denials are excluded");
        }
    }

    /** 03: the attribution of the attack to Iran is contested: asserted by Albania, denied by Iran. */
    @Test
    void q03TheAttributionToIranIsContested() {
        List<Map<String, String>> rows = ask("03-contested-attributions.rq").rows();
        Map<String, String> r = rows.stream()
                .filter(x -> ATTACK.equals(x.get("event")) && "Iran".equals(x.get("attributedToLabel")))
                .findFirst().orElseThrow(() -> new AssertionError("the attribution of the attack to Iran is contested: " + rows));
        assertEquals(ID + "proposition/2022-07-15-cyberattack-albania/attributed-to/iran", r.get("proposition"));
        assertEquals(DGT + "CyberAttack", r.get("eventType"));
        assertTrue(List.of(r.get("assertedBy").split(", ")).contains("Albania"), r.toString());
        assertTrue(List.of(r.get("deniedBy").split(", ")).contains("Iran"), r.toString());
        // The gold: Albania's attribution in four articles; Iran's denial twice in 000 and once in 004.
        assertTrue(Integer.parseInt(r.get("assertions")) >= 4, r.toString());
        assertTrue(Integer.parseInt(r.get("denials")) >= 2, r.toString());
        // The two stances meet on one proposition: one Asserts claim and one Denies claim about the same thing.
        Answer both = askText(PREFIXES + """
                SELECT ?asserter ?denier WHERE {
                  ?a dg:proposition ?p ; dg:stance dg:Asserts ; dg:claimant ?asserter .
                  ?d dg:proposition ?p ; dg:stance dg:Denies ; dg:claimant ?denier .
                  ?p dg:aboutEvent <%s> ; dg:attributedTo ?culprit .
                  ?culprit owl:sameAs wd:Q794 .
                }""".formatted(ATTACK));
        assertTrue(both.rows().stream().anyMatch(x -> x.get("asserter").equals(ID + "state/albania")
                && x.get("denier").equals(ID + "state/iran")), both.rows().toString());
    }

    /**
     * 04, federated: with NATO membership coming from the (stand-in) Wikidata service, Albania is
     * actor of the severance and target of the attack, Canada actor of its 2012 severance; Iran,
     * not a member, never appears.
     */
    @Test
    void q04NatoMembersEventsThroughTheFederatedQuery() {
        List<Map<String, String>> rows = ask("04-nato-member-events.rq").rows();
        assertTrue(has(rows, Map.of("event", SEVERANCE, "role", DG + "actor", "stateLabel", "Albania", "date", "2022-09-07")), rows.toString());
        assertTrue(has(rows, Map.of("event", ATTACK, "role", DG + "target", "stateLabel", "Albania", "date", "2022-07-15")), rows.toString());
        assertTrue(has(rows, Map.of("eventType", DGT + "SeverDiplomaticRelations", "role", DG + "actor", "stateLabel", "Canada",
                "date", Gold.date(goldEvent(gold("003"), "SeverDiplomaticRelations", "Canada", "Iran").get("date")))), rows.toString());
        for (Map<String, String> r : rows) {
            assertFalse(r.get("wikidata").endsWith("/Q794"), "Iran is no NATO member: " + r);
            assertFalse(r.get("wikidata").endsWith("/Q851"), "Saudi Arabia is no NATO member: " + r);
        }
    }

    /** Rupture events of the gold that the extractor does not produce yet: article, type, actor, target, date. */
    static final Set<String> KNOWN_GAPS_05 = Set.of(
            "002 ExpelDiplomats Albania Iran 2018-12",
            "003 RecallAmbassador European Union Iran 1997");

    /**
     * 05: Iran's ruptures, in date order, hold every rupture of the gold (at the gold's date, where it
     * gives one) that is not a known gap, among them Albania 2022-09-07 (one event node), Saudi Arabia
     * 2016 and Canada 2012.
     */
    @Test
    void q05IransRupturesTimeline() {
        List<Map<String, String>> rows = ask("05-iran-ruptures-timeline.rq").rows();
        Set<String> types = Set.of("SeverDiplomaticRelations", "RecallAmbassador", "ExpelDiplomats", "CloseEmbassy", "ReduceRelations");
        List<String> missing = new ArrayList<>();
        List<String> stillGaps = new ArrayList<>();
        for (Gold.Article g : gold)
            for (Map<String, Object> e : g.events()) {
                String date = Gold.date(e.get("date"));
                if (!types.contains(e.get("type")) || Boolean.FALSE.equals(e.get("required"))
                        || !("Iran".equals(e.get("actor")) || "Iran".equals(e.get("target"))))
                    continue;
                String key = stem(g).substring(0, 3) + " " + e.get("type") + " " + e.get("actor") + " " + e.get("target") + " " + date;
                boolean found = rows.stream().anyMatch(r -> r.get("eventType").equals(DGT + e.get("type"))
                        && Gold.norm(r.get("actorLabel")).equals(Gold.norm((String) e.get("actor")))
                        && Gold.norm(r.get("targetLabel")).equals(Gold.norm((String) e.get("target")))
                        && (date == null || r.get("date").equals(date)));
                if (!found && KNOWN_GAPS_05.contains(key))
                    stillGaps.add(key);
                else if (!found)
                    missing.add(key);
            }
        stillGaps.forEach(k -> System.out.println("05 known gap, still missing: " + k));
        assertEquals(List.of(), missing, "gold ruptures missing from the timeline\n" + rows);
        for (String[] must : List.of(new String[] {"Albania", "2022-09-07"}, new String[] {"Saudi Arabia", "2016"},
                new String[] {"Canada", "2012"}))
            assertTrue(has(rows, Map.of("eventType", DGT + "SeverDiplomaticRelations", "actorLabel", must[0],
                    "targetLabel", "Iran", "date", must[1])), must[0] + " " + must[1] + "\n" + rows);
        // Albania's severance is one event node, however many articles report it.
        Set<String> albania = rows.stream().filter(r -> r.get("eventType").equals(DGT + "SeverDiplomaticRelations")
                && "Albania".equals(r.get("actorLabel"))).map(r -> r.get("event")).collect(Collectors.toSet());
        assertEquals(Set.of(SEVERANCE), albania);
        List<String> dates = rows.stream().map(r -> r.get("date")).filter(d -> !d.isEmpty()).toList();
        assertEquals(dates.stream().sorted().toList(), dates, "a timeline, in date order");
    }

    /**
     * 06: events per CAMEO root. The served dataset holds the conversion only, not the event-type
     * scheme (ontology/event-types.ttl), so over the seeds endpoint every event counts under "none";
     * the test checks the counts add up there, and checks the real answer against the same
     * conversion served together with the scheme in its shared graph.
     */
    @Test
    void q06EventsPerCameoRoot() {
        List<Map<String, String>> rows = ask("06-events-per-cameo-root.rq").rows();
        int events = Integer.parseInt(askText(PREFIXES + "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a dg:Event }").rows().get(0).get("n"));
        assertEquals(events, rows.stream().mapToInt(r -> Integer.parseInt(r.get("events"))).sum(),
                "each event counts under one root: " + rows);

        Map<String, String> byRoot = new HashMap<>();
        for (Map<String, String> r : ask(withScheme(), "06-events-per-cameo-root.rq").rows())
            byRoot.put(r.get("cameoRoot"), r.get("types"));
        // CAMEO 161 and 166 (severing, recalls, expulsions): root 16; the cyber attack (176): root 17.
        for (String t : List.of("SeverDiplomaticRelations", "RecallAmbassador", "ExpelDiplomats"))
            assertTrue(List.of(byRoot.getOrDefault("16", "").split(", ")).contains(t), t + " under 16: " + byRoot);
        assertTrue(List.of(byRoot.getOrDefault("17", "").split(", ")).contains("CyberAttack"), byRoot.toString());
        assertFalse(byRoot.getOrDefault("none", "").contains("SeverDiplomaticRelations"), byRoot.toString());
    }

    /** 07: the articles, with the gold's publishers, dates and titles. */
    @Test
    void q07ArticlesWithPublishersAndDates() {
        List<Map<String, String>> rows = ask("07-articles.rq").rows();
        assertEquals(gold.size(), rows.size(), rows.toString());
        for (Gold.Article g : gold) {
            Map<String, String> r = rows.stream().filter(x -> g.file().equals(x.get("sourceFile"))).findFirst().orElseThrow();
            assertEquals(ID + "article/" + stem(g), r.get("article"));
            assertEquals(nz(g.meta().get("publisher")), r.get("publisherName"), g.file());
            assertEquals(nz(Gold.date(g.meta().get("date_published"))), r.get("datePublished"), g.file());
            if (g.meta().get("title") != null)
                assertEquals(g.meta().get("title"), r.get("headline"), g.file());
        }
    }

    /** 08: every Wikidata item of the gold is linked, on an entity of the gold's kind. */
    @Test
    void q08EveryGoldWikidataItemIsLinked() {
        List<Map<String, String>> rows = ask("08-wikidata-links.rq").rows();
        Map<String, String> classOf = Map.of("country", "State", "intergovernmental_org", "IntergovernmentalOrganization",
                "person", "Person", "city", "City");
        List<String> missing = new ArrayList<>();
        for (Gold.Article g : gold)
            for (Map<String, Object> e : g.entities()) {
                if (e.get("wikidata") == null)
                    continue;
                String wd = "http://www.wikidata.org/entity/" + e.get("wikidata");
                String cls = DG + classOf.get((String) e.get("type"));
                if (!has(rows, Map.of("wikidata", wd, "class", cls)))
                    missing.add(e.get("name") + " " + e.get("wikidata") + " " + e.get("type"));
            }
        assertEquals(List.of(), missing, rows.toString());
    }

    /** 09: the people the gold gives a role and a state or organisation to, with that role and affiliation. */
    @Test
    void q09PeopleWithRolesAndAffiliations() {
        List<Map<String, String>> rows = ask("09-people-roles.rq").rows();
        record Who(String name, String role, String affiliation, List<String> articles) {}
        for (Who w : List.of(
                new Who("Edi Rama", "Prime Minister", "Albania", List.of("002", "003", "004")),
                new Who("Amir Saeed Iravani", "permanent representative", "Iran", List.of("000")),
                new Who("Ferit Hoxha", "permanent representative", "Albania", List.of("002")),
                new Who("Jens Stoltenberg", "Secretary General", "North Atlantic Treaty Organization", List.of("003")))) {
            Map<String, String> r = rows.stream().filter(x -> w.name().equals(x.get("name"))).findFirst()
                    .orElseThrow(() -> new AssertionError(w.name() + " in " + rows));
            for (String a : w.articles()) {
                Gold.Article g = gold(a);
                assertTrue(g.entities().stream().anyMatch(e -> w.name().equals(e.get("name"))
                        && String.valueOf(e.get("role_in_article")).contains(w.role())), "the gold agrees: " + w);
                assertTrue(r.get("articles").contains(g.file()), w + " " + r);
            }
            assertTrue(r.get("roles").contains(w.role()), r.toString());
            assertTrue(List.of(r.get("affiliations").split(", ")).contains(w.affiliation()), r.toString());
        }
    }

    /** 10: Edi Rama voices Albania's attribution (three articles in the gold); Iravani Iran's denial. */
    @Test
    void q10ClaimsPerSpeaker() {
        List<Map<String, String>> rows = ask("10-claims-per-speaker.rq").rows();
        long rama = gold.stream().flatMap(g -> g.events().stream()).filter(e -> "AttributeAttack".equals(e.get("type"))
                && "Edi Rama".equals(e.get("speaker")) && "Albania".equals(e.get("actor"))).count();
        assertEquals(3, rama);
        Map<String, String> r = rows.stream().filter(x -> "Edi Rama".equals(x.get("speakerLabel"))
                && "Albania".equals(x.get("claimantLabel")) && (DG + "Asserts").equals(x.get("stance"))).findFirst().orElseThrow();
        assertTrue(Integer.parseInt(r.get("claims")) >= rama, r.toString());
        assertTrue(has(rows, Map.of("speakerLabel", "Amir Saeed Iravani", "claimantLabel", "Iran", "stance", DG + "Denies")),
                rows.toString());
    }

    /** Denials of the gold that the extractor does not produce yet: article and evidence. */
    static final Set<String> KNOWN_GAPS_11 = Set.of(
            "000 termed allegations leveled against Tehran as \"baseless\" and \"unsubstantiated\"");

    /**
     * 11: Iran denied responsibility for the attack on Albania, in every article and in the words the
     * gold gives (but the known gaps), and through Iravani in 000.
     */
    @Test
    void q11IranDeniedTheAttack() {
        List<Map<String, String>> rows = ask("11-denials.rq").rows();
        List<String> missing = new ArrayList<>();
        for (Gold.Article g : gold)
            for (Map<String, Object> e : g.events()) {
                if (!"DenyResponsibility".equals(e.get("type")) || !"Iran".equals(e.get("actor")))
                    continue;
                String evidence = (String) e.get("evidence");
                String key = g.file().substring(0, 3) + " " + evidence;
                boolean found = rows.stream().anyMatch(r -> "Iran".equals(r.get("claimantLabel"))
                        && g.file().equals(r.get("sourceFile")) && ATTACK.equals(r.get("event"))
                        && "Iran".equals(r.get("attributedToLabel")) && r.get("quote").contains(evidence));
                if (!found && KNOWN_GAPS_11.contains(key))
                    System.out.println("11 known gap, still missing: " + key);
                else if (!found)
                    missing.add(key);
            }
        assertEquals(List.of(), missing, "gold denials missing\n" + rows);
        assertTrue(has(rows, Map.of("claimantLabel", "Iran", "speakerLabel", "Amir Saeed Iravani", "sourceFile", gold("000").file(),
                "event", ATTACK, "attributedToLabel", "Iran")), rows.toString());
        // Every denial in the gold is about the attack on Albania.
        for (Map<String, String> r : rows)
            assertEquals(ATTACK, r.get("event"), r.toString());
    }

    /** Events dated to the month or day in the gold that the extractor does not produce yet. */
    static final Set<String> KNOWN_GAPS_12 = Set.of("002 ExpelDiplomats 2018-12");

    /**
     * 12: every event the gold dates to the month or the day counts in its month (claims, which are
     * not events, aside); the severance and the expulsions in September 2022, the attack once in July.
     */
    @Test
    void q12EventsPerMonth() {
        Map<String, Map<String, String>> byMonth = new HashMap<>();
        for (Map<String, String> r : ask("12-events-per-month.rq").rows())
            byMonth.put(r.get("month"), r);
        Set<String> claims = Set.of("AttributeAttack", "Accuse", "DenyResponsibility");
        List<String> missing = new ArrayList<>();
        for (Gold.Article g : gold)
            for (Map<String, Object> e : g.events()) {
                String date = Gold.date(e.get("date"));
                if (date == null || date.length() < 7 || claims.contains(e.get("type")) || Boolean.FALSE.equals(e.get("required")))
                    continue;
                String month = date.substring(0, 7);
                String key = g.file().substring(0, 3) + " " + e.get("type") + " " + month;
                boolean found = byMonth.containsKey(month)
                        && List.of(byMonth.get(month).get("types").split(", ")).contains(e.get("type"));
                if (!found && KNOWN_GAPS_12.contains(key))
                    System.out.println("12 known gap, still missing: " + key);
                else if (!found)
                    missing.add(key);
            }
        assertEquals(List.of(), missing, byMonth.toString());
        assertTrue(List.of(byMonth.get("2022-09").get("types").split(", "))
                .containsAll(List.of("SeverDiplomaticRelations", "ExpelDiplomats")), byMonth.toString());
        assertEquals("1", byMonth.get("2022-07").get("events"), byMonth.toString());
        assertEquals("CyberAttack", byMonth.get("2022-07").get("types"));
    }

    /** 13: Iran's mentions point at the exact text, in every article (the gold lists Iran in all five). */
    @Test
    void q13IranMentionsPointAtTheText() throws IOException {
        List<Map<String, String>> rows = ask("13-entity-mentions.rq").rows();
        Map<String, String> texts = new HashMap<>();
        for (Gold.Article g : gold) {
            texts.put(g.file(), Files.readString(Seeds.DIR.resolve(g.file()), StandardCharsets.UTF_8));
            assertTrue(g.entities().stream().anyMatch(e -> "Q794".equals(e.get("wikidata"))), g.file());
            assertTrue(rows.stream().anyMatch(r -> g.file().equals(r.get("sourceFile"))), "Iran mentioned in " + g.file());
        }
        for (Map<String, String> r : rows) {
            String text = texts.get(r.get("sourceFile"));
            int start = text.offsetByCodePoints(0, Integer.parseInt(r.get("start")));
            int end = text.offsetByCodePoints(0, Integer.parseInt(r.get("end")));
            assertEquals(r.get("exact"), text.substring(start, end), r.toString());
        }
        Set<String> exact000 = rows.stream().filter(r -> gold("000").file().equals(r.get("sourceFile")))
                .map(r -> r.get("exact")).collect(Collectors.toSet());
        assertTrue(exact000.containsAll(List.of("Iran", "Tehran", "Islamic Republic of Iran")), exact000.toString());
    }

    /**
     * 14: Albania attributes the attack to Iran in the four articles the gold annotates so; Iran
     * suspects the People's Mujahedin (gold 000) and denies the attribution to itself.
     */
    @Test
    void q14AttributionsOverview() {
        List<Map<String, String>> rows = ask("14-attributions-overview.rq").rows();
        long goldArticles = gold.stream().filter(g -> g.events().stream().anyMatch(e -> "AttributeAttack".equals(e.get("type"))
                && "Albania".equals(e.get("actor")) && "Iran".equals(e.get("attributed_to")))).count();
        Map<String, String> r = rows.stream().filter(x -> ATTACK.equals(x.get("event")) && "Iran".equals(x.get("attributedToLabel"))
                && "Albania".equals(x.get("claimantLabel")) && (DG + "Asserts").equals(x.get("stance"))).findFirst().orElseThrow();
        assertEquals(Long.toString(goldArticles), r.get("articles"), r.toString());
        assertEquals("Albania", r.get("targetLabel"));
        assertTrue(has(rows, Map.of("event", ATTACK, "attributedToLabel", "Iran", "claimantLabel", "Iran", "stance", DG + "Denies")),
                rows.toString());
        Gold.Article g = gold("000");
        Map<String, Object> suspects = g.events().stream().filter(e -> "suspects".equals(e.get("stance"))).findFirst().orElseThrow();
        Map<String, Set<String>> names = entityNames();
        assertTrue(rows.stream().anyMatch(x -> ATTACK.equals(x.get("event")) && "Iran".equals(x.get("claimantLabel"))
                && (DG + "Suspects").equals(x.get("stance"))
                && sameEntity(names.get(x.get("attributedToLabel")), g.names((String) suspects.get("attributed_to")))),
                rows.toString());
    }

    /** 15: the attack on Albania, dated 2022-07-15 to the day, is one event reported in the gold's articles. */
    @Test
    void q15CyberAttacks() {
        List<Map<String, String>> rows = ask("15-cyberattacks.rq").rows();
        List<Map<String, String>> attack = rows.stream().filter(r -> ATTACK.equals(r.get("event"))).toList();
        assertEquals(1, attack.size(), "one row, one resolved date: " + attack);
        Map<String, String> r = attack.get(0);
        assertEquals("Albania", r.get("targetLabel"));
        assertEquals("2022-07-15", r.get("date"));
        assertEquals("http://www.w3.org/2006/time#unitDay", r.get("precision"));
        // The gold requires the attack in three articles (002, 003, 004) and allows it in 000.
        long goldArticles = gold.stream().filter(g -> g.events().stream().anyMatch(e -> "CyberAttack".equals(e.get("type"))
                && "Albania".equals(e.get("target")) && !Boolean.FALSE.equals(e.get("required")))).count();
        assertEquals(3, goldArticles);
        assertTrue(Integer.parseInt(r.get("articles")) >= goldArticles, r.toString());
        // Stuxnet, 2010 (gold 003), to the year.
        assertTrue(has(rows, Map.of("date", "2010", "precision", "http://www.w3.org/2006/time#unitYear")), rows.toString());
    }

    /**
     * 16: Albania's severance is one event node with evidence in each of the four articles that
     * report it, each overlapping the gold's evidence in that article.
     */
    @Test
    void q16TheSeveranceIsOneEventWithEvidenceInEveryArticle() throws IOException {
        List<Map<String, String>> rows = ask("16-event-evidence.rq").rows();
        int articles = 0;
        for (Gold.Article g : gold) {
            for (Map<String, Object> e : g.events()) {
                if (!"SeverDiplomaticRelations".equals(e.get("type")) || !"Albania".equals(e.get("actor"))
                        || !"2022-09-07".equals(Gold.date(e.get("date"))))
                    continue;
                String text = Files.readString(Seeds.DIR.resolve(g.file()), StandardCharsets.UTF_8);
                int at = text.indexOf((String) e.get("evidence"));
                assertTrue(at >= 0, g.file() + ": the gold evidence is in the text");
                int from = text.codePointCount(0, at);
                int to = from + ((String) e.get("evidence")).codePointCount(0, ((String) e.get("evidence")).length());
                assertTrue(rows.stream().anyMatch(r -> SEVERANCE.equals(r.get("event")) && g.file().equals(r.get("sourceFile"))
                        && Integer.parseInt(r.get("start")) < to && Integer.parseInt(r.get("end")) > from),
                        g.file() + ": evidence of the severance overlapping \"" + e.get("evidence") + "\"");
                articles++;
            }
        }
        assertEquals(4, articles, "the gold has the severance in four articles");
        assertEquals(4, rows.stream().filter(r -> SEVERANCE.equals(r.get("event"))).map(r -> r.get("sourceFile")).distinct().count());
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------

    static final String PREFIXES = """
            PREFIX dg:   <https://w3id.org/diplograph/ontology#>
            PREFIX owl:  <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX wd:   <http://www.wikidata.org/entity/>
            """;

    /** A query's answer: the variables and, per row, each bound value (IRI or lexical form; "" when unbound). */
    record Answer(List<String> vars, List<Map<String, String>> rows) {}

    static String text(String file) {
        try {
            return Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query with the Wikidata SERVICE pointed at the local stand-in. */
    static String local(String query) {
        return query.replace("<" + WIKIDATA_SERVICE + ">", "<" + wikidataEndpoint + ">");
    }

    static Answer ask(String file) {
        return ask(endpoint, file);
    }

    static Answer ask(String at, String file) {
        return askText(at, local(text(file)));
    }

    static Answer askText(String query) {
        return askText(endpoint, query);
    }

    static Answer askText(String at, String query) {
        HttpResponse<String> r;
        try {
            r = Http.post(at, "application/sparql-query", query, "application/sparql-results+json");
        } catch (Exception e) {
            throw new AssertionError("cannot ask " + at, e);
        }
        assertEquals(200, r.statusCode(), r.body());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        List<String> vars = rs.getResultVars();
        List<Map<String, String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, String> row = new LinkedHashMap<>();
            for (String v : vars) {
                RDFNode n = s.get(v);
                row.put(v, n == null ? "" : n.isURIResource() ? n.asResource().getURI() : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            }
            rows.add(row);
        }
        return new Answer(vars, rows);
    }

    /** The seeds conversion with the event-type scheme added to its shared graph, served on a second port. */
    static synchronized String withScheme() {
        if (serverWithScheme == null) {
            Conversion c = Seeds.conversion();
            List<Quad> quads = new ArrayList<>(c.quads());
            var shared = NodeFactory.createURI(c.base() + "graph/shared");
            RDFDataMgr.loadGraph("ontology/event-types.ttl").find().forEachRemaining(t -> quads.add(Quad.create(shared, t)));
            serverWithScheme = Server.create().conversion(new Conversion(c.base(), quads, c.articles(), c.failures()))
                    .port(0).build().start();
        }
        return serverWithScheme.url() + "sparql";
    }

    static boolean has(List<Map<String, String>> rows, Map<String, String> want) {
        return rows.stream().anyMatch(r -> want.entrySet().stream().allMatch(w -> w.getValue().equals(r.get(w.getKey()))));
    }

    static Gold.Article gold(String prefix) {
        return gold.stream().filter(g -> g.file().startsWith(prefix)).findFirst().orElseThrow();
    }

    static Map<String, Object> goldEvent(Gold.Article g, String type, String actor, String target) {
        return g.events().stream().filter(e -> type.equals(e.get("type")) && (actor == null || actor.equals(e.get("actor")))
                && target.equals(e.get("target"))).findFirst().orElseThrow(() -> new AssertionError(type + " in " + g.file()));
    }

    static String stem(Gold.Article g) {
        return g.file().replaceFirst("\\.[^.]+$", "");
    }

    static String nz(Object o) {
        return o == null ? "" : o.toString();
    }

    /** Every entity's label to all its names (label and alternative labels), as the graph gives them. */
    static Map<String, Set<String>> entityNames() {
        Map<String, Set<String>> out = new HashMap<>();
        for (Map<String, String> r : askText(PREFIXES + """
                SELECT ?label ?name WHERE {
                  ?e rdfs:label ?label . { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name }
                }""").rows())
            out.computeIfAbsent(r.get("label"), k -> new TreeSet<>()).add(r.get("name"));
        return out;
    }

    static boolean sameEntity(Set<String> ours, List<String> goldNames) {
        return ours != null && ours.stream().anyMatch(o -> goldNames.stream().anyMatch(n -> Gold.norm(n).equals(Gold.norm(o))));
    }
}
