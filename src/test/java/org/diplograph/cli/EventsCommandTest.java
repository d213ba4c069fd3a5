package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;

class EventsCommandTest {

    private static final String SEED = "seeds/002_b42718d0d78ff812.txt";

    @Test
    void tsvHasExactlyTheDocumentedColumnsAndEvidenceMatchesTheFile() throws Exception {
        CliTest.Run r = CliTest.run("events", SEED);
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(String.join("\t", EventsCommand.COLUMNS), lines.get(0));
        assertEquals(List.of("article", "event", "type", "cameo", "plover", "date", "date_precision", "actor", "actor_label",
                "target", "target_label", "attributed_to", "attributed_to_label", "speaker", "speaker_label", "stance",
                "evidence", "start", "end"), EventsCommand.COLUMNS);
        String text = Files.readString(Path.of(SEED));
        boolean severance = false;
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t", -1);
            assertEquals(19, c.length, line);
            assertEquals("002_b42718d0d78ff812.txt", c[0]);
            int start = Integer.parseInt(c[17]), end = Integer.parseInt(c[18]);
            String exact = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
            assertEquals(exact.replaceAll("[\\t\\r\\n]+", " "), c[16], "evidence is the file's text at its offsets");
            if (c[2].equals("SeverDiplomaticRelations") && c[7].equals("Q222") && c[9].equals("Q794")) {
                severance = true;
                assertEquals("161", c[3]);
                assertEquals("SANCTION/withdraw", c[4]);
                assertEquals("2022-09-07", c[5]);
                assertEquals("day", c[6]);
                assertEquals("Albania", c[8]);
            }
        }
        assertTrue(severance, "Albania severs ties with Iran on 2022-09-07:\n" + r.out());
    }

    @Test
    void claimsCarryClaimantSpeakerAndStance() {
        CliTest.Run r = CliTest.run("events", "--format", "json", "seeds/003_af503fd266cc0859.txt");
        assertEquals(0, r.code(), r.err());
        JsonArray rows = JSON.parseAny(r.out()).getAsArray();
        boolean attribution = false;
        for (JsonValue v : rows) {
            JsonObject o = v.getAsObject();
            assertEquals(EventsCommand.COLUMNS.size(), o.keys().size());
            if (o.getString("type").equals("AttributeAttack") && o.getString("actor").equals("Q222")
                    && o.getString("attributed_to").equals("Q794") && o.getString("speaker_label").equals("Edi Rama")) {
                attribution = true;
                assertEquals("asserts", o.getString("stance"));
                assertEquals("Q316901", o.getString("speaker"));
            }
        }
        assertTrue(attribution, "Albania, through Edi Rama, attributes the attack to Iran:\n" + r.out());
    }

    @Test
    void csvQuotesCellsAsRfc4180Wants() {
        java.io.StringWriter out = new java.io.StringWriter();
        Table.write(Table.Format.csv, List.of("a", "b", "c"), List.of(List.of("x, y", "say \"hi\"", "plain")),
                new java.io.PrintWriter(out));
        assertEquals("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",plain\r\n", out.toString());
        CliTest.Run r = CliTest.run("events", "--format", "csv", SEED);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith(String.join(",", EventsCommand.COLUMNS) + "\r\n"));
    }

    @Test
    void aBadFormatIsAUsageError() {
        assertEquals(2, CliTest.run("events", "--format", "xml", SEED).code());
    }
}
