package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.diplograph.convert.Conversion;
import org.diplograph.convert.Converter;
import org.diplograph.convert.Failure;
import org.diplograph.map.Iris;

import picocli.CommandLine.Option;

/** Options shared by the commands that convert articles. */
final class InputOptions {

    @Option(names = "--base", paramLabel = "URI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base of every minted IRI (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--event-types", paramLabel = "FILE",
            description = "A Turtle file of further event types and their triggers, read beside ontology/event-types.ttl (repeatable).")
    List<Path> eventTypes = new ArrayList<>();

    @Option(names = "--gazetteer", paramLabel = "FILE",
            description = "A Turtle file of further gazetteer entries (entities, names, role titles), read beside ontology/gazetteer.ttl and ontology/roles.ttl (repeatable).")
    List<Path> gazetteers = new ArrayList<>();

    /** A converter configured by these options. */
    Converter converter() {
        return Converter.create().base(base).eventTypes(eventTypes).gazetteers(gazetteers).build();
    }

    /** Prints every failed article, one line each; returns how many there were. */
    static int report(Conversion c, PrintWriter err) {
        for (Failure f : c.failures())
            err.println("diplograph: skipped " + f);
        return c.failures().size();
    }
}
