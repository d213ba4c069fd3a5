package org.diplograph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.diplograph.analyse.Document;
import org.diplograph.convert.Converter;
import org.diplograph.map.Iris;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the reporting commands ({@code events}, {@code entities}) share: they run every stage but
 * the mapping and print one table, in TSV, CSV or JSON. A bad article is reported and the exit code
 * is 1; the others are still in the table.
 */
abstract class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "tsv",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Table.Format format;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files or folders of articles.")
    List<Path> inputs;

    abstract List<String> columns();

    abstract List<List<String>> rows(List<Document> docs, Iris iris);

    @Override
    public Integer call() {
        Converter converter = input.converter();
        Converter.Analysed analysed = converter.analyse(inputs);
        for (var f : analysed.failures())
            spec.commandLine().getErr().println("diplograph: skipped " + f);
        Table.write(format, columns(), rows(analysed.docs(), converter.iris()), spec.commandLine().getOut());
        return analysed.failures().isEmpty() ? 0 : 1;
    }
}
