package org.diplograph.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;

/**
 * Server-driven content negotiation over an HTTP Accept header (RFC 9110 §12.5.1), with Jena's
 * media-range parser. Jena's own {@code AcceptList.match} lets the highest q of any matching range
 * win, so {@code text/html;q=0, *}{@code /*} would still pick HTML; here, as the RFC says, the most
 * specific matching range sets an offer's quality and q=0 means "not acceptable".
 * <p>
 * Real clients are sloppy, which the rules below absorb:
 * <ul>
 * <li>rapper lists {@code text/html} twice (q=0.2 and q=0.6): equally specific ranges for one
 * offer take the highest q;
 * <li>entries that do not parse are skipped rather than failing the request;
 * <li>among offers of equal quality, one the client named explicitly beats one reached by a
 * wildcard, so {@code text/html,*}{@code /*} gets HTML; then the server's order decides, so a bare
 * {@code *}{@code /*} (curl, libraries) gets the server's first offer.
 * </ul>
 */
final class Negotiation {

    private Negotiation() {}

    /**
     * The best of the offers (concrete media types, in the server's order of preference) for an
     * Accept header, or empty when none is acceptable (answer 406). No header accepts anything.
     */
    static Optional<String> choose(String accept, List<String> offers) {
        List<MediaRange> ranges = parse(accept == null || accept.isBlank() ? "*/*" : accept);
        String best = null;
        double bestQ = 0;
        int bestSpecificity = -1;
        for (String offer : offers) {
            MediaType type = MediaType.create(offer);
            double q = -1;
            int specificity = -1;
            for (MediaRange r : ranges) {
                if (!r.accepts(type))
                    continue;
                int s = specificity(r);
                if (s > specificity || (s == specificity && r.get_q() > q)) {
                    specificity = s;
                    q = r.get_q();
                }
            }
            if (q <= 0)
                continue;
            if (q > bestQ || (q == bestQ && specificity > bestSpecificity)) {
                best = offer;
                bestQ = q;
                bestSpecificity = specificity;
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<MediaRange> parse(String header) {
        List<MediaRange> ranges = new ArrayList<>();
        // Media types and their parameters are case-insensitive.
        for (String item : header.toLowerCase(Locale.ROOT).split(",")) {
            if (item.isBlank())
                continue;
            try {
                MediaRange r = new MediaRange(item.strip());
                // A range without a subtype would match anything of its type (Jena reads null as '*'): skip it.
                if (r.getType() != null && r.getSubType() != null && r.get_q() >= 0 && r.get_q() <= 1)
                    ranges.add(r);
            } catch (RuntimeException junk) {
                // An unparseable entry says nothing about what the client wants.
            }
        }
        return ranges;
    }

    /** 2 for a full type/subtype, 1 for a subtype wildcard, 0 for the any-type wildcard. */
    private static int specificity(MediaType r) {
        if ("*".equals(r.getType()))
            return 0;
        return "*".equals(r.getSubType()) ? 1 : 2;
    }
}
