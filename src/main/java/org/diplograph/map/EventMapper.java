package org.diplograph.map;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.diplograph.analyse.Document;
import org.diplograph.analyse.Sentence;
import org.diplograph.extract.event.EventMention;
import org.diplograph.extract.event.Participant;
import org.diplograph.resolve.ResolvedEvent;
import org.diplograph.temporal.TimeValue;
import org.diplograph.vocab.DG;
import org.diplograph.vocab.Ns;

/**
 * Maps resolved events and claims. The shared graph holds each event once, as resolution made it;
 * the article graph holds what this article says: its mentions with their evidence, the time it
 * gives, and its claims, each with claimant, speaker, stance, proposition and quote.
 */
public final class EventMapper implements Mapper {

    private final Iris iris;

    public EventMapper(Iris iris) {
        this.iris = iris;
    }

    @Override
    public void map(Document doc, StreamRDF out) {
        String stem = doc.article().stem();
        Node article = iris.article(stem);
        Emitter g = new Emitter(out, iris.articleGraph(stem));
        Emitter shared = g.into(iris.sharedGraph());
        Set<Node> seen = new HashSet<>();
        for (ResolvedEvent r : doc.all(ResolvedEvent.class)) {
            EventMention m = r.mention();
            Evidence.Span span = Evidence.span(doc, m.start(), m.end());
            String typeSlug = Iris.slug(m.type().name());
            Node mention = iris.inArticle(stem, "event-mention/" + typeSlug, span.start(), span.end());
            if (!seen.add(mention))
                continue;
            Node event = iris.thing("event", r.event());
            if (!m.isClaim()) {
                event(shared, event, m, r.time());
                if (m.time() != null)
                    g.add(event, DG.time, time(shared, m.time())).add(iris.thing("time", m.time().key()), DG.anchoredOn, article);
                Evidence.write(g, doc, mention, Ns.uri(Ns.DG, "EventMention"), event, span, article);
                continue;
            }
            Node claim = iris.thing("claim", stem + "/" + span.start() + "-" + span.end() + "-" + typeSlug);
            Participant accused = m.attributedTo() != null ? m.attributedTo() : m.target();
            Node about = iris.thing("event", r.about());
            if (r.about().equals(r.event()))
                event(shared, event, m, m.time()).add(event, Ns.uri(Ns.GAF, "denotedBy"), mention);
            Node proposition = iris.thing("proposition", r.about() + (accused == null ? "" : "/attributed-to/" + last(accused)));
            shared.type(proposition, accused == null ? DG.Proposition : DG.AttributionProposition)
                  .add(proposition, DG.aboutEvent, about);
            if (accused != null)
                shared.add(proposition, DG.attributedTo, accused.iri());
            g.type(claim, DG.Claim)
             .add(claim, DG.claimant, m.actor().iri())
             .add(claim, DG.stance, Ns.uri(Ns.DG, m.stance().term()))
             .add(claim, DG.proposition, proposition)
             .string(claim, DG.quote, quote(doc, m))
             .add(claim, Ns.uri(Ns.SCHEMA, "appearance"), article)
             .add(claim, Ns.uri(Ns.PROV, "wasDerivedFrom"), article);
            if (m.speaker() != null && m.speaker().person())
                g.add(claim, DG.speaker, m.speaker().iri());
            Evidence.write(g, doc, mention, Ns.uri(Ns.DG, "EventMention"), claim, span, article);
        }
    }

    private Emitter event(Emitter shared, Node event, EventMention m, TimeValue time) {
        shared.type(event, DG.Event).add(event, Ns.uri(Ns.SEM, "eventType"), m.type().iri());
        if (m.actor() != null)
            shared.add(event, DG.actor, m.actor().iri());
        Participant target = m.isClaim() ? (m.attributedTo() != null ? m.attributedTo() : m.target()) : m.target();
        if (target != null)
            shared.add(event, DG.target, target.iri());
        if (time != null)
            shared.add(event, DG.time, time(shared, time));
        return shared;
    }

    private Node time(Emitter shared, TimeValue t) {
        Node node = iris.thing("time", t.key());
        shared.type(node, DG.TimeInstant);
        switch (t.precision()) {
            case DAY -> shared.typed(node, Ns.uri(Ns.TIME, "inXSDDate"), t.lexical(), XSDDatatype.XSDdate)
                              .add(node, Ns.uri(Ns.TIME, "unitType"), Ns.uri(Ns.TIME, "unitDay"));
            case MONTH -> shared.typed(node, Ns.uri(Ns.TIME, "inXSDgYearMonth"), t.lexical(), XSDDatatype.XSDgYearMonth)
                                .add(node, Ns.uri(Ns.TIME, "unitType"), Ns.uri(Ns.TIME, "unitMonth"));
            case YEAR -> shared.typed(node, Ns.uri(Ns.TIME, "inXSDgYear"), t.lexical(), XSDDatatype.XSDgYear)
                               .add(node, Ns.uri(Ns.TIME, "unitType"), Ns.uri(Ns.TIME, "unitYear"));
            case SEASON -> shared.typed(node, Ns.uri(Ns.TIME, "inXSDgYear"), t.lexical(), XSDDatatype.XSDgYear)
                                 .add(node, Ns.uri(Ns.TIME, "unitType"), DG.unitSeason.asNode())
                                 .string(node, Ns.uri(Ns.RDFS, "label"), t.season().toLowerCase(Locale.ROOT) + " " + t.lexical());
        }
        return node;
    }

    /** The words of a claim: the whole sentence it stands in, as written in the original. */
    private static String quote(Document doc, EventMention m) {
        Sentence s = doc.sentenceAt(m.start());
        int start = s == null ? m.start() : s.start();
        int end = s == null ? m.end() : s.end();
        return Evidence.span(doc, start, end).exact();
    }

    private static String last(Participant p) {
        String u = p.iri().getURI();
        return u.substring(u.lastIndexOf('/') + 1);
    }
}
