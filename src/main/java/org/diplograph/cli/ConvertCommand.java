package org.diplograph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.diplograph.convert.Conversion;
import org.diplograph.publish.Dumps;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph convert}: articles to RDF dumps. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = {"Converts articles (.txt or .html, each with an optional NAME.meta.json sidecar) into RDF.",
                "Writes DIR/" + Dumps.TRIG + " (one named graph per article plus the shared graph), DIR/"
                        + Dumps.TURTLE + " (their union) and DIR/" + Dumps.NQUADS + ".",
                "A bad article is reported with its file and reason; the others are still converted, and the exit code is 1."})
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
            description = "Folder to write the dumps into (default: ${DEFAULT-VALUE}).")
    Path out;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files or folders of articles.")
    List<Path> inputs;

    @Override
    public Integer call() {
        Conversion c = input.converter().convert(inputs);
        int failed = InputOptions.report(c, spec.commandLine().getErr());
        List<Path> files = Dumps.write(c, out);
        spec.commandLine().getOut().printf("converted %d article%s, %d quads: %s%n", c.articles(),
                c.articles() == 1 ? "" : "s", c.quads().size(), files);
        return failed == 0 ? 0 : 1;
    }
}
