package org.diplograph.docs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.vocab.Ns;

/**
 * The ontology, the event-type scheme and the alignment targets (the STIX 2.1 and ATT&CK concepts
 * of {@code ontology/alignments.ttl}) read into plain records for the documentation template.
 * Everything shown comes from the Turtle files, so the page documents whatever a researcher adds
 * there: a new class, a new skos mapping or a new lexicon property appears without touching Java.
 */
record DocModel(Header ontology, List<Section> sections, Header scheme, List<Term> concepts, List<Alignment> alignments) {

    /** One value of a fact: a link when href is set, text otherwise. */
    record Value(String text, String href) {}

    /** A named list of values, shown as one row of a term's table; code values are examples or patterns. */
    record Fact(String name, List<Value> values, boolean code) {}

    /** A documented term; depth indents event types under their broader type. */
    record Term(String anchor, String iri, String curie, String kind, String label, String definition,
                List<Fact> facts, int depth) {}

    record Section(String id, String title, List<Term> terms) {}

    record Header(String iri, String title, String description, List<Fact> facts) {}

    /** A concept scheme of alignment targets, with its page anchor and its concepts. */
    record Alignment(String anchor, Header scheme, List<Term> concepts) {}

    /** Prefix of the page anchors of event types: they live outside the ontology namespace. */
    static final String CONCEPT_ANCHOR = "dgt-";

    static final String EVENT_TYPES = "https://w3id.org/diplograph/id/event-type/";

    /** Below this lie the alignment concepts and schemes; their anchors are the rest of the IRI, '/' as '-'. */
    static final String OWN_IDS = "https://w3id.org/diplograph/id/";

    static DocModel read(Model ontology, Model scheme, Model alignments) {
        Model all = ModelFactory.createUnion(ModelFactory.createUnion(ontology, scheme), alignments);
        Resource sch = scheme.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).nextOptional()
                .orElseThrow(() -> new IllegalArgumentException("the event-type file declares no skos:ConceptScheme"));
        // The alignment targets documented on the page, so that mappings to them link to their anchors.
        Set<String> aligned = new TreeSet<>();
        for (Resource type : List.of(SKOS.Concept, SKOS.ConceptScheme))
            alignments.listSubjectsWithProperty(RDF.type, type)
                    .filterKeep(s -> s.isURIResource() && s.getURI().startsWith(OWN_IDS)).forEach(s -> aligned.add(s.getURI()));
        Render r = new Render(all, sch.getURI(), aligned, alignments);
        Resource onto = ontology.listSubjectsWithProperty(RDF.type, OWL2.Ontology).nextOptional()
                .orElseThrow(() -> new IllegalArgumentException("the ontology file declares no owl:Ontology"));
        Header head = new Header(onto.getURI(), r.text(onto, DCTerms.title), r.text(onto, DCTerms.description), r.facts(onto, List.of(
                new Row(OWL2.versionIRI, "Version IRI"), new Row(OWL2.versionInfo, "Version"),
                new Row(ontology.createProperty("http://purl.org/vocab/vann/preferredNamespacePrefix"), "Preferred prefix"),
                new Row(ontology.createProperty("http://purl.org/vocab/vann/preferredNamespaceUri"), "Namespace"),
                new Row(DCTerms.license, "License"), new Row(DCTerms.creator, "Creator"),
                new Row(DCTerms.created, "Created"), new Row(DCTerms.modified, "Modified"),
                new Row(OWL2.priorVersion, "Prior version"), new Row(RDFS.seeAlso, "See also"))));
        List<Section> sections = List.of(
                new Section("classes", "Classes", r.terms(ontology, "class", OWL2.Class)),
                new Section("object-properties", "Object properties", r.terms(ontology, "object property", OWL2.ObjectProperty)),
                new Section("datatype-properties", "Datatype properties", r.terms(ontology, "datatype property", OWL2.DatatypeProperty)),
                new Section("annotation-properties", "Annotation properties", r.terms(ontology, "annotation property", OWL2.AnnotationProperty)),
                new Section("individuals", "Named individuals", r.terms(ontology, "named individual", OWL2.NamedIndividual)),
                new Section("datatypes", "Datatypes", r.terms(ontology, "datatype", RDFS.Datatype)));
        Header schemeHead = new Header(sch.getURI(), r.text(sch, DCTerms.title), r.text(sch, DCTerms.description),
                r.facts(sch, List.of(new Row(DCTerms.license, "License"), new Row(DCTerms.creator, "Creator"),
                        new Row(DCTerms.modified, "Modified"), new Row(DCTerms.source, "Codebooks cited"))));
        List<Alignment> aligns = new ArrayList<>();
        for (Resource s : Render.sorted(alignments.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList()))
            if (aligned.contains(s.getURI()))
                aligns.add(new Alignment(Render.anchor(s.getURI()), new Header(s.getURI(), r.text(s, DCTerms.title),
                        r.text(s, DCTerms.description), r.facts(s, List.of(new Row(DCTerms.license, "License"),
                                new Row(DCTerms.creator, "Creator"), new Row(DCTerms.modified, "Modified"),
                                new Row(DCTerms.source, "Sources cited")))), r.alignmentConcepts(alignments, s)));
        return new DocModel(head, sections, schemeHead, r.concepts(ontology, scheme, sch), aligns);
    }

    /** A property shown as a row, under a human name. */
    record Row(Property p, String name, boolean inverse, boolean code) {
        Row(Property p, String name) {
            this(p, name, false, false);
        }
    }

    /** Turns resources into terms, facts and values against one prefix mapping. */
    private static final class Render {
        private final Model m;
        private final String schemeIri;
        private final Set<String> aligned;
        private final PrefixMapping alignmentPrefixes;

        Render(Model m, String schemeIri, Set<String> aligned, PrefixMapping alignmentPrefixes) {
            this.m = m;
            this.schemeIri = schemeIri;
            this.aligned = aligned;
            this.alignmentPrefixes = alignmentPrefixes;
        }

        /** The five SKOS mapping properties, in the order SKOS lists them. */
        private static final List<Property> MAPPINGS = List.of(SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch,
                SKOS.narrowMatch, SKOS.relatedMatch);

        /** The rows of a term's table, in reading order: hierarchy, domain and range, mappings, notes, examples. */
        private List<Row> termRows() {
            List<Row> rows = new ArrayList<>(List.of(
                    new Row(RDF.type, "Type"),
                    new Row(RDFS.subClassOf, "Subclass of"), new Row(RDFS.subClassOf, "Superclass of", true, false),
                    new Row(OWL2.equivalentClass, "Equivalent to"), new Row(OWL2.disjointWith, "Disjoint with"),
                    new Row(OWL2.disjointWith, "Disjoint with", true, false),
                    new Row(RDFS.subPropertyOf, "Sub-property of"), new Row(RDFS.subPropertyOf, "Super-property of", true, false),
                    new Row(OWL2.inverseOf, "Inverse of"),
                    new Row(RDFS.domain, "Domain"), new Row(RDFS.range, "Range"),
                    new Row(RDFS.domain, "Domain of", true, false), new Row(RDFS.range, "Range of", true, false),
                    new Row(OWL2.differentFrom, "Different from"), new Row(OWL2.differentFrom, "Different from", true, false)));
            for (Property p : MAPPINGS)
                rows.add(new Row(p, "skos:" + p.getLocalName()));
            rows.addAll(List.of(new Row(SKOS.scopeNote, "Scope note"), new Row(SKOS.note, "Note"),
                    new Row(RDFS.seeAlso, "See also"), new Row(SKOS.example, "Example", false, true)));
            return rows;
        }

        List<Term> terms(Model source, String kind, Resource type) {
            List<Row> rows = termRows();
            return source.listSubjectsWithProperty(RDF.type, type).toList().stream()
                    .filter(s -> s.isURIResource() && s.getURI().startsWith(Ns.DG))
                    .sorted(Comparator.comparing(Resource::getLocalName))
                    .map(s -> new Term(s.getLocalName(), s.getURI(), curie(s.getURI()), kind, label(s), definition(s), facts(s, rows), 0))
                    .toList();
        }

        List<Term> concepts(Model ontology, Model scheme, Resource sch) {
            List<Row> rows = new ArrayList<>(List.of(new Row(SKOS.altLabel, "Also called"), new Row(SKOS.notation, "Notation"),
                    // The scheme states broader and narrower both ways (EventTypesTest), so one row each.
                    new Row(SKOS.broader, "Broader"), new Row(SKOS.narrower, "Narrower")));
            for (Property p : MAPPINGS)
                rows.add(new Row(p, "skos:" + p.getLocalName()));
            rows.addAll(List.of(new Row(SKOS.scopeNote, "Scope note"), new Row(DCTerms.source, "Source"), new Row(RDFS.seeAlso, "See also")));
            // The trigger lexicon: every annotation property the ontology declares on concepts, by its label.
            ontology.listSubjectsWithProperty(RDFS.domain, SKOS.Concept).toList().stream()
                    .sorted(Comparator.comparing(Resource::getURI))
                    .forEach(p -> rows.add(new Row(m.createProperty(p.getURI()), label(p), false, true)));
            List<Term> out = new ArrayList<>();
            Set<Resource> seen = new LinkedHashSet<>();
            for (Resource top : sorted(scheme.listObjectsOfProperty(sch, SKOS.hasTopConcept).toList()))
                walk(top, 0, rows, seen, out);
            for (Resource c : sorted(scheme.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()))
                walk(c, 0, rows, seen, out);  // concepts outside the hierarchy are still documented
            return out;
        }

        /** The concepts of one alignment scheme, each with the ontology terms and event types mapped to it. */
        List<Term> alignmentConcepts(Model alignments, Resource sch) {
            List<Row> rows = new ArrayList<>(List.of(new Row(SKOS.notation, "Notation"), new Row(SKOS.broader, "Broader"),
                    new Row(SKOS.narrower, "Narrower")));
            for (Property p : MAPPINGS)
                rows.add(new Row(p, "skos:" + p.getLocalName()));
            for (Property p : MAPPINGS)
                rows.add(new Row(p, "skos:" + p.getLocalName() + " from", true, false));
            rows.addAll(List.of(new Row(SKOS.scopeNote, "Scope note"), new Row(SKOS.example, "Example"),
                    new Row(DCTerms.source, "Source"), new Row(RDFS.seeAlso, "See also")));
            // Top concepts in IRI order, each followed by its narrower ones; then any others of the scheme.
            List<Resource> order = new ArrayList<>();
            for (Resource top : sorted(alignments.listObjectsOfProperty(sch, SKOS.hasTopConcept).toList())) {
                order.add(top);
                order.addAll(sorted(alignments.listObjectsOfProperty(top, SKOS.narrower).toList()));
            }
            order.addAll(sorted(alignments.listSubjectsWithProperty(SKOS.inScheme, sch).toList()));
            List<Term> out = new ArrayList<>();
            Set<String> seen = new TreeSet<>();
            for (Resource c : order)
                if (aligned.contains(c.getURI()) && seen.add(c.getURI()))
                    out.add(new Term(anchor(c.getURI()), c.getURI(), curie(c.getURI()), "alignment target", label(c),
                            definition(c), facts(c, rows), c.hasProperty(SKOS.broader) ? 1 : 0));
            return out;
        }

        private void walk(Resource c, int depth, List<Row> rows, Set<Resource> seen, List<Term> out) {
            if (!seen.add(c))
                return;
            out.add(new Term(anchor(c.getURI()), c.getURI(), curie(c.getURI()), "event type", label(c), definition(c), facts(c, rows), depth));
            Set<RDFNode> narrower = new LinkedHashSet<>(m.listObjectsOfProperty(c, SKOS.narrower).toList());
            narrower.addAll(m.listSubjectsWithProperty(SKOS.broader, c).toList());
            for (Resource n : sorted(new ArrayList<>(narrower)))
                walk(n, depth + 1, rows, seen, out);
        }

        List<Fact> facts(Resource s, List<Row> rows) {
            List<Fact> facts = new ArrayList<>();
            for (Row row : rows) {
                List<RDFNode> nodes = row.inverse()
                        ? new ArrayList<>(m.listSubjectsWithProperty(row.p(), s).toList())
                        : m.listObjectsOfProperty(s, row.p()).toList();
                Set<Value> values = new TreeSet<>(Comparator.comparing(Value::text).thenComparing(v -> String.valueOf(v.href())));
                for (RDFNode n : nodes)
                    if (!(row.p().equals(RDF.type) && isOwlBuiltin(n)))
                        values.add(value(n));
                if (!values.isEmpty())
                    facts.add(new Fact(row.name(), List.copyOf(values), row.code()));
            }
            return facts;
        }

        /** owl:Class, owl:NamedIndividual and the like say what the section heading already says. */
        private static boolean isOwlBuiltin(RDFNode n) {
            return n.isURIResource() && !n.asResource().getURI().equals(OWL2.FunctionalProperty.getURI())
                    && (n.asResource().getURI().startsWith(Ns.OWL) || n.asResource().getURI().startsWith(Ns.RDFS));
        }

        Value value(RDFNode n) {
            if (n.isLiteral()) {
                Literal l = n.asLiteral();
                String dt = l.getDatatypeURI();
                // Typed codes (CAMEO, PLOVER) are shown with what their datatype says they are.
                if (dt != null && dt.startsWith(Ns.DG)) {
                    Resource d = m.getResource(dt);
                    return new Value(l.getLexicalForm() + " (" + label(d) + ")", null);
                }
                return new Value(l.getLexicalForm(), null);
            }
            if (n.isAnon())
                return new Value("(anonymous node)", null);
            String iri = n.asResource().getURI();
            String text = curie(iri);
            String href = href(iri);
            Resource r = n.asResource();
            if (r.hasProperty(RDFS.label) && !iri.startsWith(Ns.DG) && !iri.startsWith(EVENT_TYPES)) {
                // A described resource such as a cited codebook: its label, linked to where it can be read
                // (a citation with nowhere to read it, such as the STIX standard, is not linked).
                text = label(r);
                Resource seeAlso = r.getPropertyResourceValue(RDFS.seeAlso);
                href = seeAlso != null && seeAlso.isURIResource() ? seeAlso.getURI() : null;
            }
            return new Value(text, href);
        }

        String text(Resource s, Property p) {
            Statement st = best(s, p);
            return st == null ? "" : st.getString();
        }

        String label(Resource s) {
            Statement st = best(s, RDFS.label);
            if (st == null)
                st = best(s, SKOS.prefLabel);
            return st == null ? curie(s.getURI()) : st.getString();
        }

        String definition(Resource s) {
            Statement st = best(s, SKOS.definition);
            if (st == null)
                st = best(s, RDFS.comment);
            return st == null ? "" : st.getString();
        }

        /** The English value if there is one, else any, chosen deterministically. */
        private Statement best(Resource s, Property p) {
            List<Statement> all = m.listStatements(s, p, (RDFNode) null).toList().stream()
                    .filter(st -> st.getObject().isLiteral())
                    .sorted(Comparator.comparing(st -> st.getString())).toList();
            return all.stream().filter(st -> "en".equals(st.getLanguage())).findFirst()
                    .orElse(all.isEmpty() ? null : all.get(0));
        }

        String curie(String iri) {
            if (iri.startsWith(EVENT_TYPES))
                return "dgt:" + iri.substring(EVENT_TYPES.length());
            String c = m.shortForm(iri);
            if (c.equals(iri))
                c = alignmentPrefixes.shortForm(iri);
            return c;
        }

        /** Terms on this page link to their anchor, everything else to its IRI. */
        String href(String iri) {
            if (iri.equals(schemeIri))
                return "#event-types";
            if (iri.startsWith(Ns.DG))
                return "#" + iri.substring(Ns.DG.length());
            if (iri.startsWith(EVENT_TYPES) || aligned.contains(iri))
                return "#" + anchor(iri);
            return iri;
        }

        static String anchor(String iri) {
            if (iri.startsWith(EVENT_TYPES))
                return CONCEPT_ANCHOR + iri.substring(EVENT_TYPES.length());
            if (iri.startsWith(OWN_IDS))
                return iri.substring(OWN_IDS.length()).replace('/', '-');
            return iri;
        }

        static List<Resource> sorted(List<? extends RDFNode> nodes) {
            return nodes.stream().filter(RDFNode::isURIResource).map(RDFNode::asResource)
                    .sorted(Comparator.comparing(Resource::getURI)).toList();
        }
    }
}
