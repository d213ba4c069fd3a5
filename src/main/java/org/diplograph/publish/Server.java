package org.diplograph.publish;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.http.sys.HttpRequestModifier;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplograph.convert.Conversion;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The embedded Fuseki server publishing one conversion: SPARQL at {@code /sparql} over the union
 * of the article graphs (read-only: no update, no Graph Store writes, a query timeout answered with
 * 503), the dumps under {@code /dumps/} and the ontology under {@code /ontology} (content-negotiated,
 * see {@link OntologyServlet}). Configure with {@link #create()}.
 */
public final class Server implements AutoCloseable {

    /**
     * Fuseki asks Jetty for a 5 MiB output buffer per response, which Jetty does not pool: every
     * response would allocate and zero 5 MiB of direct memory. 32 KiB streams just as well.
     */
    private static final int OUTPUT_BUFFER = 32 * 1024;

    private final FusekiServer fuseki;
    private final String host;

    private Server(Builder b) {
        this.host = b.host;
        DatasetGraph dsg = b.conversion.toDataset();
        // The timeout lives in the dataset's context, not ARQ's global one: no static state.
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(b.timeoutSeconds * 1000L));
        // SERVICE calls (a federated query joining Wikidata) name the software that makes them,
        // as Wikidata's User-Agent policy requires.
        dsg.getContext().set(ARQ.httpRequestModifer, (HttpRequestModifier) (params, headers) -> headers.put("User-Agent", userAgent()));
        DataService service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query, "sparql")
                .build();
        FusekiServer.Builder fb = FusekiServer.create()
                .port(b.port)
                .enablePing(true)
                .add("/", service)
                .addServlet("/dumps/*", new DumpServlet(dumps(b.conversion)))
                .addServlet("/ontology/*", new OntologyServlet(OntologyDocuments.load()));
        this.fuseki = fb.build();
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            // Bind exactly the host asked for (by default loopback only), before Jetty starts.
            if (c instanceof ServerConnector sc)
                sc.setHost(b.host);
            HttpConnectionFactory f = c.getConnectionFactory(HttpConnectionFactory.class);
            if (f != null)
                f.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER);
        }
    }

    public static Builder create() {
        return new Builder();
    }

    /** The User-Agent of the server's outgoing SERVICE requests: diplograph, its version and where it lives. */
    public static String userAgent() {
        return "diplograph/" + org.diplograph.Version.get() + " (+https://w3id.org/diplograph/) Apache-Jena/"
                + org.apache.jena.Jena.VERSION;
    }

    public Server start() {
        fuseki.start();
        return this;
    }

    /** The port actually bound; differs from the configured one when that was 0. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The root URL, e.g. {@code http://127.0.0.1:3030/}. */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/";
    }

    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }

    private static Map<String, DumpServlet.Dump> dumps(Conversion conversion) {
        ByteArrayOutputStream ttl = new ByteArrayOutputStream();
        Dumps.writeUnion(conversion, ttl);
        Map<String, DumpServlet.Dump> m = new LinkedHashMap<>();
        m.put(Dumps.TURTLE, DumpServlet.Dump.of(ttl.toByteArray(), "text/turtle; charset=" + StandardCharsets.UTF_8.name().toLowerCase()));
        return m;
    }

    /** Configuration of a {@link Server}. */
    public static final class Builder {
        private Conversion conversion;
        private String host = "127.0.0.1";
        private int port = 3030;
        private int timeoutSeconds = 30;

        public Builder conversion(Conversion c) {
            this.conversion = c;
            return this;
        }

        public Builder host(String h) {
            this.host = h;
            return this;
        }

        /** 0 binds an ephemeral port. */
        public Builder port(int p) {
            this.port = p;
            return this;
        }

        public Builder timeoutSeconds(int s) {
            this.timeoutSeconds = s;
            return this;
        }

        public Server build() {
            if (conversion == null)
                throw new IllegalStateException("no conversion to serve");
            return new Server(this);
        }
    }
}
