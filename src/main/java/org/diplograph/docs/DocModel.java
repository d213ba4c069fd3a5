package org.diplograph.docs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.vocab.Ns;

/**
 * The ontology and the event-type scheme read into plain records for the documentation template.
 * Everything shown comes from the Turtle files, so the page documents whatever a researcher adds
 * there: a new class, a new skos mapping or a new lexicon property appears without touching Java.
 */
record DocModel(Header ontology, List<Section> sections, Header scheme, List<Term> concepts) {

    /** One value of a fact: a link when href is set, text otherwise. */
    record Value(String text, String href) {}

    /** A named list of values, shown as one row of a term's table; code values are examples or patterns. */
    record Fact(String name, List<Value> values, boolean code) {}

    /** A documented term; depth indents event types under their broader type. */
    record Term(String anchor, String iri, String curie, String kind, String label, String definition,
                List<Fact> facts, int depth) {}

    record Section(String id, String title, List<Term> terms) {}

    record Header(String iri, String title, String description, List<Fact> facts) {}

    /** Prefix of the page anchors of event types: they live outside the ontology namespace. */
    static final String CONCEPT_ANCHOR = "dgt-";

    static final String EVENT_TYPES = "https://w3id.org/diplograph/id/event-type/";

    static DocModel read(Model ontology, Model scheme) {
        Model both = org.apache.jena.rdf.model.ModelFactory.createUnion(ontology, scheme);
        Resource sch = scheme.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).nextOptional()
                .orElseThrow(() -> new IllegalArgumentException("the event-type file declares no skos:ConceptScheme"));
        Render r = new Render(both, sch.getURI());
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
        return new DocModel(head, sections, schemeHead, r.concepts(ontology, scheme, sch));
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

        Render(Model m, String schemeIri) {
            this.m = m;
            this.schemeIri = schemeIri;
        }

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
            for (Property p : List.of(SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch, SKOS.relatedMatch))
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
                    new Row(SKOS.broader, "Broader"), new Row(SKOS.narrower, "Narrower"), new Row(SKOS.broader, "Narrower", true, false),
                    new Row(SKOS.exactMatch, "skos:exactMatch"), new Row(SKOS.closeMatch, "skos:closeMatch"),
                    new Row(SKOS.scopeNote, "Scope note"), new Row(DCTerms.source, "Source"), new Row(RDFS.seeAlso, "See also")));
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
                // A described resource such as a cited codebook: its label, linked to where it can be read.
                text = label(r);
                Resource seeAlso = r.getPropertyResourceValue(RDFS.seeAlso);
                if (seeAlso != null && seeAlso.isURIResource())
                    href = seeAlso.getURI();
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
            return c.equals(iri) ? iri : c;
        }

        /** Terms on this page link to their anchor, everything else to its IRI. */
        String href(String iri) {
            if (iri.equals(schemeIri))
                return "#event-types";
            if (iri.startsWith(Ns.DG))
                return "#" + iri.substring(Ns.DG.length());
            if (iri.startsWith(EVENT_TYPES))
                return "#" + anchor(iri);
            return iri;
        }

        static String anchor(String iri) {
            return iri.startsWith(EVENT_TYPES) ? CONCEPT_ANCHOR + iri.substring(EVENT_TYPES.length()) : iri;
        }

        private static List<Resource> sorted(List<? extends RDFNode> nodes) {
            return nodes.stream().filter(RDFNode::isURIResource).map(RDFNode::asResource)
                    .sorted(Comparator.comparing(Resource::getURI)).toList();
        }
    }
}
