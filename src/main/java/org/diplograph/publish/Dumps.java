package org.diplograph.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.convert.Conversion;
import org.diplograph.convert.QuadOrder;
import org.diplograph.vocab.Ns;

/**
 * Writes the dumps of a conversion: {@value #TRIG} (one named graph per article plus the shared
 * graph), {@value #TURTLE} (their union) and {@value #NQUADS}. The quads are sorted and written by
 * Jena's streaming writers, so the same conversion gives byte-identical files; each file is written
 * beside its target and moved into place, so a reader never sees half a dump.
 */
public final class Dumps {

    public static final String TRIG = "diplograph.trig";
    public static final String TURTLE = "diplograph.ttl";
    public static final String NQUADS = "diplograph.nq.gz";

    private Dumps() {}

    /** Writes all dumps into {@code dir}, creating it if needed; returns the files written. */
    public static List<Path> write(Conversion conversion, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        List<Path> written = new ArrayList<>();
        written.add(atomically(dir.resolve(TRIG), out -> writeQuads(conversion, out, RDFFormat.TRIG_BLOCKS)));
        written.add(atomically(dir.resolve(TURTLE), out -> writeUnion(conversion, out)));
        written.add(atomically(dir.resolve(NQUADS), out -> {
            // Java's gzip header carries no timestamp, so the compressed file is reproducible too.
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                writeQuads(conversion, gz, RDFFormat.NQUADS);
            }
        }));
        return written;
    }

    /** Writes the union graph as Turtle. */
    public static void writeUnion(Conversion conversion, OutputStream out) {
        List<Quad> triples = new ArrayList<>();
        for (Quad q : conversion.quads())
            triples.add(Quad.create(Quad.defaultGraphIRI, q.asTriple()));
        StreamRDF w = start(out, RDFFormat.TURTLE_BLOCKS, conversion.base());
        for (Quad q : QuadOrder.sorted(triples))
            w.triple(Triple.create(q.getSubject(), q.getPredicate(), q.getObject()));
        w.finish();
    }

    private static void writeQuads(Conversion conversion, OutputStream out, RDFFormat format) {
        StreamRDF w = start(out, format, conversion.base());
        conversion.quads().forEach(w::quad);
        w.finish();
    }

    private static StreamRDF start(OutputStream out, RDFFormat format, String base) {
        StreamRDF w = StreamRDFWriter.getWriterStream(out, format);
        w.start();
        if (format != RDFFormat.NQUADS)
            Ns.prefixes(base).forEach(w::prefix);
        return w;
    }

    interface Body {
        void write(OutputStream out) throws IOException;
    }

    static Path atomically(Path target, Body body) {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                body.write(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the original error is the one to report
            }
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
