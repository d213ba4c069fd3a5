package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.diplograph.convert.Converter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules that look past one sentence or one word, checked on short articles written for this test
 * and found in no corpus: "the company" refers back, "This happened in 2019" dates the sentence
 * before, a retold event keeps its date, a verb coordinated with a threat is an act, a verb slot
 * does not match a noun, and an admission of involvement is an attribution.
 */
class DiscourseRulesTest {

    static final int ARTICLE = 0, TYPE = 2, DATE = 5, ACTOR = 7, TARGET = 9, ATTRIBUTED = 11, STANCE = 15;

    @TempDir
    static Path dir;
    static List<List<String>> rows;

    private static void article(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name + ".txt"), text);
        Files.writeString(dir.resolve(name + ".meta.json"), "{\"datePublished\":\"2023-05-10\"}");
    }

    @BeforeAll
    static void convert() throws IOException {
        article("company", """
                Microsoft finds intrusion in its cloud service

                Microsoft said on Tuesday that it had found an intruder in its cloud email service. The company is investigating the breach, a spokesperson said.

                Attackers had used stolen passwords to infiltrate the company network.
                """);
        article("happened", """
                Nordic states and Russia

                Norway expelled diplomats of Russia over spying. This happened in 2019, after a long investigation.

                Sweden later recalled its ambassador from Saudi Arabia. It took place in March 2015.
                """);
        article("retold", """
                Old quarrels

                In 2012, Canada recalled its ambassador from Iran over a dispute about its nuclear programme.

                Tehran never explained its position. Canada recalled its ambassador from Iran after remarks by the foreign minister.
                """);
        article("coordinated", """
                Envoys

                Japan has threatened or recalled its ambassador from China several times.

                The hackers published the files as a form of protest against the government.
                """);
        article("admitted", """
                Grid attack

                MOSCOW: Russian officials said that Ukraine has admitted that it was involved in the attack on the power grid.
                """);
        article("exchange", """
                Exchange hacked

                The crypto exchange Bitzar said on Monday that hackers had broken into its network over the weekend.

                The Australian Federal Police has opened an investigation into the theft.
                """);
        article("backing", """
                Findings

                Norway on Monday accused Iran of the intrusion into its parliament's network. Sweden and Denmark issued statements backing Oslo's findings.

                Poland expelled Russian diplomats and summoned the ambassador of Belarus.
                """);
        Converter c = Converter.create().build();
        rows = EventsCommand.table(c.analyse(List.of(dir)).docs(), c.iris());
    }

    private static List<List<String>> of(String article) {
        return rows.stream().filter(r -> r.get(ARTICLE).equals(article + ".txt")).toList();
    }

    @Test
    void theCompanyIsTheOrganisationNamedBefore() {
        List<List<String>> company = of("company");
        assertEquals(1, company.size(), company.toString());
        assertEquals("Investigate", company.get(0).get(TYPE));
        assertTrue(company.get(0).get(ACTOR).endsWith("/organization/microsoft"), company.toString());
    }

    @Test
    void thisHappenedInAYearDatesTheSentenceBefore() {
        List<List<String>> r = of("happened");
        assertTrue(r.contains(row(r, "ExpelDiplomats", "Q20", "Q159")), r.toString());
        assertEquals("2019", row(r, "ExpelDiplomats", "Q20", "Q159").get(DATE));
        assertEquals("2015-03", row(r, "RecallAmbassador", "Q34", "Q851").get(DATE));
    }

    @Test
    void anEventToldAgainWithoutADateKeepsTheDateItWasFirstToldWith() {
        List<List<String>> r = of("retold");
        List<List<String>> recalls = r.stream().filter(x -> x.get(TYPE).equals("RecallAmbassador")).toList();
        assertEquals(2, recalls.size(), r.toString());
        recalls.forEach(x -> assertEquals("2012", x.get(DATE), x.toString()));
    }

    @Test
    void aVerbCoordinatedWithAThreatIsAnActAndAVerbSlotMatchesNoNoun() {
        List<List<String>> r = of("coordinated");
        assertEquals("Q148", row(r, "RecallAmbassador", "Q17", "Q148").get(TARGET));
        assertTrue(r.stream().noneMatch(x -> x.get(TYPE).equals("ComplainOfficially")), "'the files' is no filing: " + r);
    }

    @Test
    void anAdmissionOfInvolvementIsTheReportersAttribution() {
        List<List<String>> r = of("admitted");
        List<String> a = r.stream().filter(x -> x.get(TYPE).equals("AttributeAttack")).findFirst().orElseThrow(() -> new AssertionError(r));
        assertEquals("Q159", a.get(ACTOR));
        assertEquals("Q212", a.get(ATTRIBUTED));
        assertEquals("asserts", a.get(STANCE));
    }

    @Test
    void organisationsTheGazetteerLacksAreToldByTheirDescriptorOrHeadWord() {
        List<List<String>> r = of("exchange");
        assertTrue(r.stream().anyMatch(x -> x.get(TYPE).equals("CyberAttack") && x.get(TARGET).endsWith("/organization/bitzar")), r.toString());
        // The police act for the state their name begins with.
        assertTrue(r.stream().anyMatch(x -> x.get(TYPE).equals("Investigate") && x.get(ACTOR).equals("Q408")), r.toString());
    }

    @Test
    void backingTheFindingsRepeatsTheAttributionByEachBacker() {
        List<List<String>> r = of("backing");
        for (String backer : List.of("Norway", "Sweden", "Denmark"))
            assertTrue(r.stream().anyMatch(x -> x.get(TYPE).equals("AttributeAttack") && x.get(ACTOR + 1).equals(backer)
                    && x.get(ATTRIBUTED).equals("Q794")), backer + " in " + r);
    }

    @Test
    void aVerbCoordinatedWithAnEarlierOneSharesItsSubject() {
        List<List<String>> r = of("backing");
        // Not Russia, whose diplomats stand between the two verbs.
        assertEquals("Q36", row(r, "ComplainOfficially", "Q36", "Q184").get(ACTOR));
    }

    private static List<String> row(List<List<String>> rows, String type, String actor, String target) {
        return rows.stream().filter(x -> x.get(TYPE).equals(type) && x.get(ACTOR).equals(actor) && x.get(TARGET).equals(target))
                .findFirst().orElseThrow(() -> new AssertionError(type + " " + actor + " " + target + " in " + rows));
    }
}
