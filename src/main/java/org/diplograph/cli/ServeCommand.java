package org.diplograph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.diplograph.convert.Conversion;
import org.diplograph.publish.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph serve}: convert into memory and publish with an embedded Fuseki server. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = {"Converts the articles into an in-memory dataset and serves it with an embedded Apache Jena Fuseki:",
                "  /sparql                 SPARQL 1.1 query (GET and POST; read-only), the union of all graphs as default graph",
                "  /dumps/diplograph.ttl   the union graph as Turtle",
                "  /ontology               the ontology: HTML for browsers, else Turtle, JSON-LD,",
                "                          RDF/XML or N-Triples by Accept or ?format=; the same",
                "                          at /ontology/0.1.0; /ontology/event-types; /ontology/shapes",
                "Stops on Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Query timeout; a query running longer is stopped and answered with 503 (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Article files or folders of articles (default: seeds/).")
    List<Path> inputs;

    @Override
    public Integer call() {
        if (timeout <= 0)
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--timeout must be a positive number of seconds");
        List<Path> in = inputs == null || inputs.isEmpty() ? List.of(Path.of("seeds")) : inputs;
        Conversion c = input.converter().convert(in);
        InputOptions.report(c, spec.commandLine().getErr());
        Server server = Server.create().conversion(c).host(host).port(port).timeoutSeconds(timeout).build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "diplograph-shutdown"));
        LOG.info("diplograph {} serving {} articles ({} quads): SPARQL at {}sparql", org.diplograph.Version.get(),
                c.articles(), c.quads().size(), server.url());
        server.join();
        return 0;
    }
}
