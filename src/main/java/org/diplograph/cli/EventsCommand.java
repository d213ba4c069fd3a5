package org.diplograph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.diplograph.analyse.Document;
import org.diplograph.extract.event.EventMention;
import org.diplograph.extract.event.Participant;
import org.diplograph.map.Evidence;
import org.diplograph.map.Iris;
import org.diplograph.resolve.ResolvedEvent;
import org.diplograph.temporal.TimeValue;

import picocli.CommandLine.Command;

/** {@code diplograph events}: one row per event or claim mention. */
@Command(name = "events", mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = {"Prints one row per event mention found in the articles, claims included (for a claim, actor is the claimant).",
                "Columns: " + EventsCommand.COLUMNS_TEXT + ".",
                "Entity columns hold the Wikidata Q-number when the entity is linked, else its IRI; empty when unknown.",
                "evidence is the exact text of the mention; start and end are its offsets in the file, in Unicode code points."})
final class EventsCommand extends ReportCommand {

    static final List<String> COLUMNS = List.of("article", "event", "type", "cameo", "plover", "date", "date_precision",
            "actor", "actor_label", "target", "target_label", "attributed_to", "attributed_to_label", "speaker",
            "speaker_label", "stance", "evidence", "start", "end");
    static final String COLUMNS_TEXT = "article, event, type, cameo, plover, date, date_precision, actor, actor_label, "
            + "target, target_label, attributed_to, attributed_to_label, speaker, speaker_label, stance, evidence, start, end";

    @Override
    List<String> columns() {
        return COLUMNS;
    }

    @Override
    List<List<String>> rows(List<Document> docs, Iris iris) {
        return table(docs, iris);
    }

    static List<List<String>> table(List<Document> docs, Iris iris) {
        List<List<String>> rows = new ArrayList<>();
        for (Document doc : docs) {
            for (ResolvedEvent r : doc.all(ResolvedEvent.class)) {
                EventMention m = r.mention();
                Evidence.Span span = Evidence.span(doc, m.start(), m.end());
                TimeValue time = r.time();
                // What the mention leaves out, the resolved event may know from another article.
                Participant actor = m.actor() != null ? m.actor() : m.isClaim() ? null : r.actor();
                Participant target = m.target() != null ? m.target() : m.isClaim() ? null : r.target();
                String event = m.isClaim()
                        ? iris.thing("claim", doc.article().stem() + "/" + span.start() + "-" + span.end() + "-" + Iris.slug(m.type().name())).getURI()
                        : iris.thing("event", r.event()).getURI();
                String plover = m.type().ploverCategory() == null ? "" : m.type().ploverCategory()
                        + (m.type().ploverMode() == null ? "" : "/" + m.type().ploverMode());
                rows.add(List.of(doc.article().fileName(), event, m.type().name(), nz(m.type().cameo()), plover,
                        time == null ? "" : time.lexical(),
                        time == null ? "" : time.precision().name().toLowerCase(Locale.ROOT),
                        id(actor), label(actor), id(target), label(target),
                        id(m.attributedTo()), label(m.attributedTo()), id(m.speaker()), label(m.speaker()),
                        m.stance() == null ? "" : m.stance().name().toLowerCase(Locale.ROOT),
                        span.exact(), Integer.toString(span.start()), Integer.toString(span.end())));
            }
        }
        return rows;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String id(Participant p) {
        return p == null ? "" : p.wikidata() != null ? p.wikidata() : p.iri().getURI();
    }

    private static String label(Participant p) {
        return p == null ? "" : p.label();
    }
}
