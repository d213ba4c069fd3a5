package org.diplograph.map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.diplograph.analyse.Document;
import org.diplograph.ingest.Article;
import org.diplograph.ingest.Metadata;
import org.diplograph.vocab.DG;
import org.diplograph.vocab.Ns;

/**
 * Maps an analysed article to RDF: the {@code schema:NewsArticle} and the PROV-O record of its
 * conversion, in the article's own named graph. No wall-clock time is written, so the same input
 * gives the same quads.
 */
public final class ArticleMapper implements Mapper {

    private static final Node NEWS_ARTICLE = Ns.uri(Ns.SCHEMA, "NewsArticle");
    private static final Node ORGANIZATION = Ns.uri(Ns.SCHEMA, "Organization");
    private static final Node PROV_ENTITY = Ns.uri(Ns.PROV, "Entity");
    private static final Node PROV_ACTIVITY = Ns.uri(Ns.PROV, "Activity");
    private static final Node SOFTWARE_AGENT = Ns.uri(Ns.PROV, "SoftwareAgent");
    private static final Node SOFTWARE_APPLICATION = Ns.uri(Ns.SCHEMA, "SoftwareApplication");

    private final Iris iris;
    private final String version;

    public ArticleMapper(Iris iris, String version) {
        this.iris = iris;
        this.version = version;
    }

    /** The software agent, once per conversion, in the shared graph. */
    public void software(StreamRDF out) {
        Emitter shared = new Emitter(out, iris.sharedGraph());
        Node agent = iris.software(version);
        shared.type(agent, SOFTWARE_AGENT).type(agent, SOFTWARE_APPLICATION)
              .string(agent, Ns.uri(Ns.RDFS, "label"), "diplograph " + version)
              .string(agent, Ns.uri(Ns.SCHEMA, "name"), "diplograph")
              .string(agent, Ns.uri(Ns.SCHEMA, "softwareVersion"), version);
    }

    @Override
    public void map(Document doc, StreamRDF out) {
        Article article = doc.article();
        Metadata meta = article.metadata();
        String stem = article.stem();
        Node graph = iris.articleGraph(stem);
        Node a = iris.article(stem);
        Emitter g = new Emitter(out, graph);

        g.type(a, NEWS_ARTICLE).type(a, PROV_ENTITY)
         .string(a, Ns.uri(Ns.SCHEMA, "headline"), doc.title())
         .string(a, Ns.uri(Ns.SCHEMA, "dateline"), doc.dateline())
         .string(a, Ns.uri(Ns.SCHEMA, "inLanguage"), meta.language())
         .string(a, Ns.uri(Ns.SCHEMA, "text"), article.text())
         .string(a, Ns.uri(Ns.SCHEMA, "sha256"), article.sha256())
         .string(a, DG.sourceFile, article.fileName());
        if (meta.url() != null)
            g.add(a, Ns.uri(Ns.SCHEMA, "url"), NodeFactory.createURI(meta.url()));
        if (doc.datePublished() != null) {
            g.typed(a, Ns.uri(Ns.SCHEMA, "datePublished"), doc.datePublished().toString(), XSDDatatype.XSDdate)
             .add(a, DG.datePublishedSource, doc.dateFromText() ? DG.FromText : DG.FromSidecar);
        }
        if (meta.publisher() != null) {
            Node publisher = iris.thing("publisher", Iris.slug(meta.publisher()));
            g.add(a, Ns.uri(Ns.SCHEMA, "publisher"), publisher)
             .type(publisher, ORGANIZATION)
             .string(publisher, Ns.uri(Ns.SCHEMA, "name"), meta.publisher());
        }

        Node conversion = iris.conversion(stem);
        g.type(graph, PROV_ENTITY)
         .add(graph, Ns.uri(Ns.PROV, "wasDerivedFrom"), a)
         .add(graph, Ns.uri(Ns.PROV, "wasGeneratedBy"), conversion)
         .type(conversion, PROV_ACTIVITY)
         .add(conversion, Ns.uri(Ns.PROV, "used"), a)
         .add(conversion, Ns.uri(Ns.PROV, "wasAssociatedWith"), iris.software(version));
    }
}
