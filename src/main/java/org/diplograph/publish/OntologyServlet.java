package org.diplograph.publish;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.diplograph.publish.OntologyDocuments.Document;
import org.diplograph.publish.OntologyDocuments.Format;

/**
 * Serves the ontology at its namespace IRI mapped onto this server ({@code /ontology}, {@code /ontology/}
 * and the version IRI {@code /ontology/0.1.0}), the event-type scheme at {@code /ontology/event-types}
 * and the shapes at {@code /ontology/shapes}, in HTML, Turtle, JSON-LD, RDF/XML or N-Triples.
 * <p>
 * The format is chosen by {@code ?format=ttl|jsonld|rdf|nt|html} if given (for links and browsers),
 * else by the Accept header (see {@link Negotiation}). At equal preference RDF wins over HTML: a
 * browser names text/html and gets the page, while {@code *}{@code /*}, rapper and RDF libraries get
 * Turtle, as on DBpedia. Nothing acceptable gives 406 with the list of what is available.
 */
final class OntologyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, Document> docs;

    OntologyServlet(Map<String, Document> docs) {
        this.docs = Map.copyOf(docs);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().replaceAll("^/+|/+$", "");
        Document doc = docs.get(path);
        if (doc == null) {
            plain(resp, HttpServletResponse.SC_NOT_FOUND, "Nothing at /ontology/" + path
                    + "; there are /ontology, /ontology/event-types and /ontology/shapes");
            return;
        }
        // The body depends on Accept even when ?format= overrides it, so caches must key on it.
        resp.setHeader("Vary", "Accept");
        resp.setHeader("Access-Control-Allow-Origin", "*");
        String formatParam = req.getParameter("format");
        Optional<Format> format;
        if (formatParam != null) {
            format = Format.byKey(formatParam).filter(doc.bodies()::containsKey);
            if (format.isEmpty()) {
                plain(resp, HttpServletResponse.SC_BAD_REQUEST, "Unknown format '" + formatParam + "'; use one of: "
                        + doc.bodies().keySet().stream().map(f -> f.key).collect(Collectors.joining(", ")));
                return;
            }
        } else {
            format = Negotiation.choose(req.getHeader("Accept"), doc.offers()).flatMap(Format::byMediaType);
            if (format.isEmpty()) {
                plain(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "None of the accepted types is available; this"
                        + " resource is served as " + String.join(", ", doc.offers()) + " (or choose with ?format="
                        + Arrays.stream(Format.values()).filter(doc.bodies()::containsKey).map(f -> f.key)
                                .collect(Collectors.joining("|")) + ")");
                return;
            }
        }
        DumpServlet.Dump body = doc.bodies().get(format.get());
        body.send(req, resp);
    }

    /** Errors as one line of plain text: the reader is a person looking at curl's output. */
    private static void plain(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getWriter().println(message);
    }
}
