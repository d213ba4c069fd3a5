package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class CliTest {

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpDescribesEveryOptionOfEveryCommand() {
        CommandLine root = Main.commandLine();
        for (CommandLine sub : List.of(root, root.getSubcommands().get("serve"), root.getSubcommands().get("convert"),
                root.getSubcommands().get("validate"))) {
            String name = sub.getCommandName();
            Run help = name.equals("diplograph") ? run("--help") : run(name, "--help");
            assertEquals(0, help.code(), name);
            for (var option : sub.getCommandSpec().options()) {
                assertTrue(help.out().contains(option.longestName()), name + " --help names " + option.longestName());
                assertTrue(option.description().length > 0 && !option.description()[0].isBlank(),
                        name + " " + option.longestName() + " is described");
            }
        }
        Run root1 = run("--help");
        for (String sub : List.of("serve", "convert", "validate"))
            assertTrue(root1.out().contains(sub), sub);
    }

    @Test
    void versionWorksEverywhere() {
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"serve", "--version"},
                new String[] {"convert", "--version"}, new String[] {"validate", "--version"})) {
            Run r = run(args);
            assertEquals(0, r.code());
            assertTrue(r.out().startsWith("diplograph "), r.out());
        }
    }

    @Test
    void usageErrorsExitWith2() {
        assertEquals(2, run("convert").code(), "missing INPUT");
        assertEquals(2, run("serve", "--no-such-option").code());
        assertEquals(2, run("frobnicate").code());
        assertEquals(2, run().code(), "no subcommand");
    }

    @Test
    void aMissingInputIsBadInputWith1() {
        Run r = run("convert", "--out", "target/cli-test-out", "no/such/folder");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no/such/folder") && r.err().contains("no such file"), r.err());
    }
}
