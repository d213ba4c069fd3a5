package org.diplograph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.shacl.ValidationReport;
import org.diplograph.Seeds;
import org.diplograph.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class ValidateTest {

    @Test
    void theSeedsOutputConforms() {
        ShapesValidator v = new ShapesValidator();
        ValidationReport report = v.validate(Seeds.conversion().union());
        StringWriter text = new StringWriter();
        v.print(report, new PrintWriter(text, true));
        assertTrue(report.conforms(), text.toString());
    }

    @Test
    void validateWithoutFilesChecksAFreshConversionOfTheSeeds() {
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("validate"));
        assertTrue(out.toString().startsWith("conforms:"), out.toString());
    }

    @Test
    void aClaimWithoutClaimantFailsWithAReportNamingNodeAndShape(@TempDir Path dir) throws Exception {
        String base = "https://w3id.org/diplograph/id/";
        Path broken = dir.resolve("broken.ttl");
        Files.writeString(broken, """
                PREFIX dg: <https://w3id.org/diplograph/ontology#>
                PREFIX schema: <http://schema.org/>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                PREFIX dgr: <%s>
                dgr:claim\\/a\\/1-9 a dg:Claim ;
                    dg:stance dg:Asserts ;
                    dg:quote "they did it" ;
                    schema:appearance dgr:article\\/a ;
                    dg:proposition dgr:proposition\\/p .
                """.formatted(base));
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        assertEquals(1, cl.execute("validate", broken.toString()));
        String report = out.toString();
        assertTrue(report.contains("<" + base + "claim/a/1-9>"), report);
        assertTrue(report.contains("dgsh:ClaimShape, property dg:claimant"), report);
        assertFalse(report.contains("conforms"), report);
    }

    @Test
    void unreadableRdfIsBadInput(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.ttl");
        Files.writeString(bad, "<http://example.org/a> <http://example.org/b> \"unterminated .\n");
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        assertEquals(1, cl.execute("validate", bad.toString()));
        assertTrue(err.toString().contains("bad.ttl"), err.toString());
    }
}
