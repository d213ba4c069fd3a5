package org.diplograph.extract.event;

/** How a claimant stands to a proposition: dg:Asserts, dg:Denies, dg:Suspects. */
public enum Stance {
    ASSERTS("Asserts"), DENIES("Denies"), SUSPECTS("Suspects");

    private final String term;

    Stance(String term) {
        this.term = term;
    }

    /** The local name of the ontology's individual. */
    public String term() {
        return term;
    }
}
