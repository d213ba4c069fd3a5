package org.diplograph.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Accept headers as real clients send them, against the ontology's offers. */
class NegotiationTest {

    private static final List<String> OFFERS = List.of("text/turtle", "application/ld+json", "application/rdf+xml",
            "application/n-triples", "text/html");

    private static String choose(String accept) {
        return Negotiation.choose(accept, OFFERS).orElse("406");
    }

    @Test
    void qValuesDecide() {
        assertEquals("application/rdf+xml", choose("application/rdf+xml;q=0.9, text/turtle;q=0.5"));
        assertEquals("text/html", choose(OntologyServeTest.BROWSER));
        assertEquals("text/turtle", choose(OntologyServeTest.RAPPER));
        assertEquals("application/ld+json", choose(OntologyServeTest.COMUNICA));
    }

    @Test
    void theMostSpecificRangeSetsTheQualityAndQZeroExcludes() {
        assertEquals("application/ld+json", choose("text/turtle;q=0, */*"));
        assertEquals("text/turtle", choose("text/html;q=0.1, */*;q=0.9"));
        assertEquals("406", choose("text/*;q=0, application/*;q=0"));
        assertEquals("406", choose("image/png"));
    }

    @Test
    void ties() {
        assertEquals("text/turtle", choose("*/*"));
        assertEquals("text/turtle", choose(null));
        assertEquals("text/turtle", choose(""));
        assertEquals("text/html", choose("text/html, */*"));
        assertEquals("text/turtle", choose("text/html, text/turtle"));
        // rapper's duplicate text/html: the higher q of equally specific ranges counts.
        assertEquals("text/html", choose("text/html;q=0.2, text/html;q=0.6, text/turtle;q=0.5"));
    }

    @Test
    void sloppyHeadersDoNotFail() {
        assertEquals("text/turtle", choose("TEXT/Turtle"));
        assertEquals("text/turtle", choose("text/turtle; charset=utf-8 , ,garbage"));
        assertEquals("text/turtle", choose("text/turtle;q=oops"));
        assertEquals("406", choose("text"));
    }
}
