package org.diplograph.extract;

/** How an entity mention was recognised. */
public enum Match {
    /** The entity's canonical name ({@code rdfs:label}). */
    NAME,
    /** One of its other names ({@code skos:altLabel}). */
    ALIAS,
    /** A demonym standing for a state ("Iranian diplomats"). */
    DEMONYM,
    /** A name used for a government, typically its capital ("Tehran said"). */
    METONYM,
    /** An abbreviation the article introduced in brackets after the full name. */
    ABBREVIATION,
    /** A typo-level variant of a long name ("Albenia"). */
    FUZZY,
    /** A person not in the gazetteer, introduced by a title or role ("Prime Minister Edi Rama"). */
    TITLE_PERSON,
    /**
     * An organisation not in the gazetteer, told by the word ending its name or the noun before it
     * ("Australian Federal Police", "the crypto exchange CoinVale").
     */
    NAMED_ORGANISATION,
    /** A later short reference to a person named in full ("Rama", "the prime minister", "he"). */
    SHORT_REFERENCE
}
