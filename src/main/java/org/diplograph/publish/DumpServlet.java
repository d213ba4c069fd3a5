package org.diplograph.publish;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the dumps, made once at start-up and held in memory, under {@code /dumps/}. Each carries a
 * strong ETag (its SHA-256), so clients and caches can revalidate instead of downloading again.
 */
final class DumpServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /**
     * A body made once and served many times: its bytes, media type and SHA-256, which is its
     * strong ETag. Dumps and the ontology's documents are served this way.
     */
    record Dump(byte[] bytes, String mediaType, String sha256) {

        static Dump of(byte[] bytes, String mediaType) {
            try {
                return new Dump(bytes, mediaType, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
        }

        /** Sends it, or 304 when the client holds it already; HEAD gets the headers only. */
        void send(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String etag = "\"" + sha256 + "\"";
            resp.setHeader("ETag", etag);
            if (etag.equals(req.getHeader("If-None-Match"))) {
                resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            resp.setContentType(mediaType);
            resp.setContentLengthLong(bytes.length);
            if (!"HEAD".equals(req.getMethod()))
                resp.getOutputStream().write(bytes);
        }
    }

    private final transient Map<String, Dump> dumps;

    DumpServlet(Map<String, Dump> dumps) {
        this.dumps = Map.copyOf(dumps);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        Dump dump = dumps.get(name);
        if (dump == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No dump named '" + name + "'; available: "
                    + String.join(", ", dumps.keySet().stream().sorted().toList()));
            return;
        }
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        dump.send(req, resp);
    }
}
