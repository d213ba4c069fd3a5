package org.diplograph.ingest;

import java.time.LocalDate;

/**
 * What is known about an article besides its text. Every field may be null: unknown stays unknown,
 * and nothing here is ever guessed.
 *
 * @param title         the headline
 * @param publisher     the publishing organisation's name
 * @param datePublished the publication date
 * @param url           where the article was published
 * @param language      a BCP 47 language tag such as {@code en}
 */
public record Metadata(String title, String publisher, LocalDate datePublished, String url, String language) {

    public static final Metadata EMPTY = new Metadata(null, null, null, null, null);
}
