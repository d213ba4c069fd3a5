package org.diplograph.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.diplograph.analyse.Document;
import org.diplograph.extract.EntityMention;
import org.diplograph.extract.Match;
import org.diplograph.gazetteer.Entity;
import org.diplograph.vocab.DG;
import org.diplograph.vocab.Ns;

/**
 * Maps entity mentions to RDF. The shared graph gets each entity once, whatever the article: its
 * class, label, the variants of its name the article wrote, and its Wikidata link when a source
 * verified it. The article graph gets one {@code dg:EntityMention} per mention, with its evidence, and
 * the titles and affiliations the article gives people.
 */
public final class EntityMapper implements Mapper {

    private static final Node LABEL = Ns.uri(Ns.RDFS, "label");
    private static final Node ALT_LABEL = Ns.uri(Ns.SKOS, "altLabel");
    private static final Node SAME_AS = Ns.uri(Ns.OWL, "sameAs");
    /** How a mention must be matched for its text to count as a name of the entity. */
    private static final Set<Match> NAMING = Set.of(Match.NAME, Match.ALIAS, Match.ABBREVIATION, Match.FUZZY,
            Match.TITLE_PERSON, Match.NAMED_ORGANISATION);

    private final Iris iris;

    public EntityMapper(Iris iris) {
        this.iris = iris;
    }

    /**
     * A name written in capitals in a headline or dateline ("TIRANA:") is typography, not a variant;
     * an abbreviation the article introduced ("ICT") or one the gazetteer has ("NATO") is.
     */
    private static boolean capitalsOnly(String written, EntityMention m, Entity e) {
        return written.equals(written.toUpperCase(java.util.Locale.ROOT)) && !written.equals(written.toLowerCase(java.util.Locale.ROOT))
                && m.match() != Match.ABBREVIATION && !e.aliases().contains(written);
    }

    @Override
    public void map(Document doc, StreamRDF out) {
        List<EntityMention> mentions = doc.all(EntityMention.class);
        if (mentions.isEmpty())
            return;
        String stem = doc.article().stem();
        Node article = iris.article(stem);
        Emitter g = new Emitter(out, iris.articleGraph(stem));
        Emitter shared = g.into(iris.sharedGraph());

        Map<String, Entity> entities = new TreeMap<>();
        Map<String, Set<String>> variants = new TreeMap<>();
        for (EntityMention m : mentions) {
            Entity e = m.entity();
            String iri = e.iri().getURI();
            entities.putIfAbsent(iri, e);
            Set<String> names = variants.computeIfAbsent(iri, k -> new TreeSet<>());
            String written = m.text().replaceAll("\\s+", " ");
            if (NAMING.contains(m.match()) && !written.equals(e.label()) && !capitalsOnly(written, m, e))
                names.add(written);

            Evidence.Span span = Evidence.span(doc, m.start(), m.end());
            Node mention = iris.inArticle(stem, "mention", span.start(), span.end());
            Evidence.write(g, doc, mention, DG.EntityMention.asNode(), e.iri(), span, article);
            for (String role : m.roles())
                g.string(e.iri(), DG.role, role);
            if (m.affiliation() != null)
                g.add(e.iri(), DG.affiliation.asNode(), m.affiliation().iri());
        }
        for (Entity e : entities.values()) {
            Node s = e.iri();
            shared.type(s, e.type()).add(s, LABEL, NodeFactory.createLiteralLang(e.label(), "en"));
            for (String v : new ArrayList<>(variants.get(s.getURI())))
                shared.add(s, ALT_LABEL, NodeFactory.createLiteralLang(v, "en"));
            if (e.linked()) {
                shared.add(s, SAME_AS, Ns.uri(Ns.WD, e.qid()))
                      .string(s, DG.linkSource, e.linkSource());
            }
        }
    }
}
