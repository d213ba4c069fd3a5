package org.diplograph.analyse;

/** What a line of a scraped article is, decided by general rules of the {@link Cleaner}. */
public enum LineKind {
    /** Article text. */
    CONTENT,
    /** The headline. */
    TITLE,
    /** Empty or whitespace only. */
    BLANK,
    /** A repeat of an earlier line, as scrapes repeat headlines. */
    DUPLICATE,
    /** Site chrome: a few words with no sentence punctuation ("Short Url", "Follow", a section name). */
    CHROME,
    /** A line that only states a date ("Updated 07 September 2022"). */
    DATE,
    /** A truncated teaser of another story, ending in an ellipsis. */
    TEASER
}
