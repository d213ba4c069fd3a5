package org.diplograph.analyse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.diplograph.ingest.Article;

/**
 * An article with everything the pipeline found in it. Every stage adds its annotations here, and
 * every offset they keep points into {@link CleanText#text()}, which maps back to the original.
 * Annotations of later stages (mentions, events, claims) are kept as typed lists of their own.
 */
public final class Document {

    private final Article article;
    private final CleanText clean;
    private final String title;
    private final String dateline;
    private final LocalDate datePublished;
    private final boolean dateFromText;
    private final int headerEnd;
    private List<Sentence> sentences = List.of();
    private List<Token> tokens = List.of();
    private final List<Object> annotations = new ArrayList<>();

    /**
     * @param title         the sidecar's headline, else the detected title line, else null
     * @param dateline      the dateline place as written ("TIRANA"), or null
     * @param datePublished the sidecar's date, else a date stated in the article's header, else null
     * @param dateFromText  whether {@code datePublished} was read from the text rather than the sidecar
     * @param headerEnd     where a header glued before the first sentence ends in the cleaned text, else 0
     */
    public Document(Article article, CleanText clean, String title, String dateline, LocalDate datePublished,
                    boolean dateFromText, int headerEnd) {
        this.article = article;
        this.clean = clean;
        this.title = title;
        this.dateline = dateline;
        this.datePublished = datePublished;
        this.dateFromText = dateFromText;
        this.headerEnd = headerEnd;
    }

    public Article article() { return article; }
    public CleanText clean() { return clean; }
    public String title() { return title; }
    public String dateline() { return dateline; }
    public LocalDate datePublished() { return datePublished; }
    public boolean dateFromText() { return dateFromText; }
    /** Where the article's own words start: after a header such as "date 2022-09-11 Islam Times -". */
    public int headerEnd() { return headerEnd; }
    public List<Sentence> sentences() { return sentences; }
    public List<Token> tokens() { return tokens; }

    public void setTokens(List<Sentence> sentences, List<Token> tokens) {
        this.sentences = List.copyOf(sentences);
        this.tokens = List.copyOf(tokens);
    }

    /** Adds an annotation of a later stage (a mention, an event, a claim). */
    public void add(Object annotation) {
        annotations.add(annotation);
    }

    /** The annotations of one kind, in the order they were added. */
    public <T> List<T> all(Class<T> kind) {
        List<T> out = new ArrayList<>();
        for (Object a : annotations)
            if (kind.isInstance(a))
                out.add(kind.cast(a));
        return Collections.unmodifiableList(out);
    }

    /** The cleaned text of a span. */
    public String text(int start, int end) {
        return clean.text().substring(start, end);
    }

    /** The sentence holding a cleaned offset, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences)
            if (offset >= s.start() && offset < s.end())
                return s;
        return null;
    }
}
