package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.shacl.ValidationReport;
import org.diplograph.convert.Conversion;
import org.diplograph.validate.ShapesValidator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph validate}: SHACL validation against ontology/shapes.ttl. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = {"Validates RDF files (any syntax Jena reads: .ttl, .trig, .nq, .nq.gz, .jsonld, ...) against the SHACL shapes in ontology/shapes.ttl.",
                "All graphs of all files are merged and validated together. With no FILE, validates a fresh conversion of seeds/.",
                "On violations prints each one (focus node, path, shape, message) and exits 1."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "RDF files to validate (default: a conversion of seeds/).")
    List<Path> files;

    @Override
    public Integer call() {
        Graph data = GraphMemFactory.createDefaultGraph();
        if (files == null || files.isEmpty()) {
            Conversion c = input.converter().convert(List.of(Path.of("seeds")));
            if (InputOptions.report(c, spec.commandLine().getErr()) > 0)
                return 1;
            data = c.union();
        } else {
            StreamRDF sink = StreamRDFLib.graph(data);
            for (Path f : files) {
                try {
                    // Quads are read as triples: the union of all graphs is what is validated.
                    RDFParser.source(f).parse(unionOf(sink));
                } catch (RiotException e) {
                    spec.commandLine().getErr().println("diplograph: " + f + ": not readable RDF: " + e.getMessage());
                    return 1;
                }
            }
        }
        ShapesValidator validator = new ShapesValidator();
        ValidationReport report = validator.validate(data);
        PrintWriter out = spec.commandLine().getOut();
        if (report.conforms()) {
            out.printf("conforms: %d triples, no violations%n", data.size());
            return 0;
        }
        validator.print(report, out);
        return 1;
    }

    /** A sink that puts the triples of every graph, named or default, into one graph. */
    private static StreamRDF unionOf(StreamRDF triples) {
        return new StreamRDFWrapper(triples) {
            @Override
            public void quad(Quad quad) {
                triple(quad.asTriple());
            }
        };
    }
}
