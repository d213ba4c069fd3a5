package org.diplograph.publish;

import java.io.IOException;
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

    /** A dump's bytes, media type and digest. */
    record Dump(byte[] bytes, String mediaType, String sha256) {}

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
        String etag = "\"" + dump.sha256() + "\"";
        resp.setHeader("ETag", etag);
        resp.setHeader("Access-Control-Allow-Origin", "*");
        if (etag.equals(req.getHeader("If-None-Match"))) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setContentType(dump.mediaType());
        resp.setContentLengthLong(dump.bytes().length);
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        if (!"HEAD".equals(req.getMethod()))
            resp.getOutputStream().write(dump.bytes());
    }
}
