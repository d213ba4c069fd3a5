package org.diplograph.analyse;

import java.time.LocalDate;

import org.diplograph.ingest.Article;

/**
 * An article with everything the analysis found in it. Later stages read it; every offset they
 * keep points into {@link Article#text()}, the original text.
 *
 * @param article       the article as read
 * @param clean         the cleaned text with its map to original offsets
 * @param title         the headline: the sidecar's, else the detected title line, else null
 * @param dateline      the dateline place as written ("TIRANA"), or null
 * @param datePublished the sidecar's date, else a date stated in the article's header, else null
 * @param dateFromText  whether {@code datePublished} was read from the text rather than the sidecar
 */
public record Document(Article article, CleanText clean, String title, String dateline,
                       LocalDate datePublished, boolean dateFromText) {}
