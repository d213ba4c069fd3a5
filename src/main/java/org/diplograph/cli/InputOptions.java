package org.diplograph.cli;

import java.io.PrintWriter;

import org.diplograph.convert.Conversion;
import org.diplograph.convert.Failure;
import org.diplograph.map.Iris;

import picocli.CommandLine.Option;

/** Options shared by the commands that convert articles. */
final class InputOptions {

    @Option(names = "--base", paramLabel = "URI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base of every minted IRI (default: ${DEFAULT-VALUE}).")
    String base;

    /** Prints every failed article, one line each; returns how many there were. */
    static int report(Conversion c, PrintWriter err) {
        for (Failure f : c.failures())
            err.println("diplograph: skipped " + f);
        return c.failures().size();
    }
}
