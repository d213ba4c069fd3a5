package org.diplograph.temporal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.vocab.DG;

/** The relative time expressions of {@code ontology/lexicon.ttl}: days, years and seasons. */
public final class TemporalLexicon {

    /** A season by its months. */
    public record Season(String name, int firstMonth, int lastMonth) {}

    private final Map<String, Integer> dayOffsets = new LinkedHashMap<>();
    private final Map<String, Integer> yearOffsets = new LinkedHashMap<>();
    private final Map<String, Integer> anaphoricYears = new LinkedHashMap<>();
    private final Map<String, Season> seasons = new LinkedHashMap<>();

    public TemporalLexicon(Model m) {
        for (Resource r : m.listSubjectsWithProperty(RDF.type, DG.RelativeDay).toList())
            labels(r).forEach((l, x) -> dayOffsets.put(l, r.getProperty(DG.dayOffset).getInt()));
        for (Resource r : m.listSubjectsWithProperty(RDF.type, DG.RelativeYear).toList())
            labels(r).forEach((l, x) -> yearOffsets.put(l, r.getProperty(DG.yearOffset).getInt()));
        for (Resource r : m.listSubjectsWithProperty(RDF.type, DG.AnaphoricYear).toList())
            labels(r).forEach((l, x) -> anaphoricYears.put(l, r.getProperty(DG.yearOffset).getInt()));
        for (Resource r : m.listSubjectsWithProperty(RDF.type, DG.Season).toList()) {
            Map<String, String> names = labels(r);
            String name = r.getLocalName();
            Season s = new Season(name, r.getProperty(DG.firstMonth).getInt(), r.getProperty(DG.lastMonth).getInt());
            names.keySet().forEach(l -> seasons.put(l, s));
        }
    }

    private static Map<String, String> labels(Resource r) {
        Map<String, String> out = new LinkedHashMap<>();
        r.listProperties(RDFS.label).forEachRemaining(s -> out.put(s.getString().toLowerCase(Locale.ROOT), ""));
        return out;
    }

    public Map<String, Integer> dayOffsets() { return dayOffsets; }
    public Map<String, Integer> yearOffsets() { return yearOffsets; }
    /** Years relative to the last year the text named: "that year" 0, "the following year" 1. */
    public Map<String, Integer> anaphoricYears() { return anaphoricYears; }
    public Map<String, Season> seasons() { return seasons; }
}
