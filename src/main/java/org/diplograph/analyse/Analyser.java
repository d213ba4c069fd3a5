package org.diplograph.analyse;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.ingest.Article;
import org.diplograph.ingest.Metadata;

/**
 * The analysis stage: cleans the scrape and reads the header, that is the title, the dateline
 * and a publication date the article states. The sidecar wins over anything detected; what neither
 * states stays unknown.
 */
public final class Analyser {

    /**
     * A header glued before the first sentence, ended by a spaced dash or bar:
     * "date 2022-09-11 Islam Times - …". A date in it is the article's own, while a date in a
     * sentence is an event's.
     */
    private static final Pattern HEADER = Pattern.compile("^([^.!?\\n]{0,100}?)\\s[-\u2013\u2014|]\\s");
    /**
     * A dateline opening the first paragraph: a short place name in capitals ("TIRANA:"), perhaps
     * with a month and day and an agency in brackets ("TALLINN, March 6 (Reuters) -"), or followed by
     * a date in brackets, possibly empty ("Tirana () –"), then a colon or a dash.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:(?<caps>\\p{Lu}[\\p{Lu} .'-]{1,40}?)(?:,\\s*\\p{L}{3,9}\\.?\\s+\\d{1,2})?\\s*(?:\\([^)]{0,40}\\))?\\s*[:\u2013\u2014-]"
            + "|(?<place>\\p{Lu}[\\p{L} .'-]{1,40}?)\\s*\\([^)]{0,40}\\)\\s*[:\u2013\u2014-])\\s");

    private static final int DATELINE_PARAGRAPHS = 6;

    private final Cleaner cleaner = new Cleaner();

    public Document analyse(Article article) {
        CleanText clean = cleaner.clean(article.text());
        Metadata meta = article.metadata();
        String title = meta.title() != null ? meta.title() : detectTitle(clean);
        LocalDate date = meta.datePublished();
        boolean fromText = false;
        if (date == null) {
            Optional<LocalDate> stated = statedDate(clean);
            if (stated.isPresent()) {
                date = stated.get();
                fromText = true;
            }
        }
        Matcher header = HEADER.matcher(clean.text());
        int headerEnd = header.find() && Dates.firstFullDate(header.group(1)).isPresent() ? header.end() : 0;
        return new Document(article, clean, title, detectDateline(clean), date, fromText, headerEnd);
    }

    private static String detectTitle(CleanText clean) {
        return clean.lines().stream().filter(l -> l.kind() == LineKind.TITLE).map(TextLine::text).findFirst().orElse(null);
    }

    /** A date on a date line, or at the very start of the text, is the article's own. */
    private static Optional<LocalDate> statedDate(CleanText clean) {
        for (TextLine line : clean.lines()) {
            if (line.kind() == LineKind.DATE)
                return Dates.firstFullDate(line.text());
        }
        Matcher header = HEADER.matcher(clean.text());
        return header.find() ? Dates.firstFullDate(header.group(1)) : Optional.empty();
    }

    /** The dateline opens one of the first paragraphs; captions and summary bullets may come first. */
    private static String detectDateline(CleanText clean) {
        int paragraphs = 0;
        for (TextLine line : clean.lines()) {
            if (line.kind() != LineKind.CONTENT)
                continue;
            Matcher m = DATELINE.matcher(line.text());
            if (m.find())
                return (m.group("caps") != null ? m.group("caps") : m.group("place")).strip();
            if (++paragraphs == DATELINE_PARAGRAPHS)
                break;
        }
        return null;
    }
}
