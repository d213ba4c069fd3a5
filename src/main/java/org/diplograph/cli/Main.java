package org.diplograph.cli;

import org.diplograph.Version;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code diplograph} command and its subcommands. Exit codes: 0 ok, 1 bad input, 2 usage. */
@Command(name = "diplograph",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "Converts news articles about diplomatic and cyber events into a linked-data graph and publishes it.",
        subcommands = {ServeCommand.class, ConvertCommand.class, ValidateCommand.class, EventsCommand.class, EntitiesCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Success.", "1:Bad input: an article, file or graph could not be read, converted or validated.",
                "2:Usage error: unknown option or missing argument."})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also what tests run. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            line.getErr().println("diplograph: " + ex.getMessage());
            return 1;
        });
        return cl;
    }

    /** Reports the version built into the jar. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"diplograph " + Version.get(),
                    "Java " + System.getProperty("java.version") + ", Apache Jena " + org.apache.jena.Jena.VERSION};
        }
    }
}
