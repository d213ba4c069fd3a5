package org.diplograph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.diplograph.analyse.Document;
import org.diplograph.extract.EntityMention;
import org.diplograph.gazetteer.Entity;
import org.diplograph.map.Evidence;
import org.diplograph.map.Iris;

import picocli.CommandLine.Command;

/** {@code diplograph entities}: one row per entity per article. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = {"Prints one row per entity per article, sorted by article and entity.",
                "Columns: " + EntitiesCommand.COLUMNS_TEXT + ".",
                "type is the entity's class (State, Person, ...); wikidata its Q-number when a source verified the link, else empty; "
                        + "mentions how often the article names it; first_evidence the IRI of its first mention, which ends in the "
                        + "mention's start and end offsets in the file, in Unicode code points (.../mention/START-END)."})
final class EntitiesCommand extends ReportCommand {

    static final List<String> COLUMNS = List.of("article", "entity", "label", "type", "wikidata", "mentions", "first_evidence");
    static final String COLUMNS_TEXT = "article, entity, label, type, wikidata, mentions, first_evidence";

    @Override
    List<String> columns() {
        return COLUMNS;
    }

    @Override
    List<List<String>> rows(List<Document> docs, Iris iris) {
        return table(docs, iris);
    }

    static List<List<String>> table(List<Document> docs, Iris iris) {
        Map<String, List<String>> sorted = new TreeMap<>();
        for (Document doc : docs) {
            String file = doc.article().fileName();
            Map<String, List<EntityMention>> byEntity = new TreeMap<>();
            for (EntityMention m : doc.all(EntityMention.class))
                byEntity.computeIfAbsent(m.entity().iri().getURI(), k -> new ArrayList<>()).add(m);
            byEntity.forEach((iri, ms) -> {
                Entity e = ms.get(0).entity();
                EntityMention first = ms.stream().min((a, b) -> Integer.compare(a.start(), b.start())).orElseThrow();
                Evidence.Span span = Evidence.span(doc, first.start(), first.end());
                String evidence = iris.inArticle(doc.article().stem(), "mention", span.start(), span.end()).getURI();
                sorted.put(file + "\t" + iri, List.of(file, iri, e.label(), e.typeName(), e.linked() ? e.qid() : "",
                        Integer.toString(ms.size()), evidence));
            });
        }
        return new ArrayList<>(sorted.values());
    }
}
