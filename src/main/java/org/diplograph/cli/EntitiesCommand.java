package org.diplograph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.diplograph.analyse.Document;
import org.diplograph.convert.Converter;
import org.diplograph.extract.EntityMention;
import org.diplograph.gazetteer.Entity;
import org.diplograph.map.Evidence;
import org.diplograph.map.Iris;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph entities}: one row per entity per article. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = {"Prints one row per entity per article, sorted by article and entity.",
                "Columns: " + EntitiesCommand.COLUMNS_TEXT + ".",
                "type is the entity's class (State, Person, ...); wikidata its Q-number when a source verified the link, else empty; "
                        + "mentions how often the article names it; first_evidence the IRI of its first mention, which ends in the "
                        + "mention's start and end offsets in the file, in Unicode code points (.../mention/START-END)."})
final class EntitiesCommand implements Callable<Integer> {

    static final List<String> COLUMNS = List.of("article", "entity", "label", "type", "wikidata", "mentions", "first_evidence");
    static final String COLUMNS_TEXT = "article, entity, label, type, wikidata, mentions, first_evidence";

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "tsv",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Table.Format format;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files or folders of articles.")
    List<Path> inputs;

    @Override
    public Integer call() {
        Converter converter = input.converter();
        Converter.Analysed analysed = converter.analyse(inputs);
        for (var f : analysed.failures())
            spec.commandLine().getErr().println("diplograph: skipped " + f);
        Table.write(format, COLUMNS, rows(analysed.docs(), converter.iris()), spec.commandLine().getOut());
        return analysed.failures().isEmpty() ? 0 : 1;
    }

    static List<List<String>> rows(List<Document> docs, Iris iris) {
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
