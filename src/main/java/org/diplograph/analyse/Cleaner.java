package org.diplograph.analyse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans scraped article text by general rules, never by site- or article-specific ones:
 * <ul>
 * <li>a line repeating an earlier line is a duplicate (scrapes repeat headlines);</li>
 * <li>a line ending in an ellipsis is a teaser of another story;</li>
 * <li>a line of a few words without sentence punctuation is site chrome ("Short Url", "Follow");</li>
 * <li>a short line that states a full date is a date line ("Updated 07 September 2022");</li>
 * <li>the first substantial line before any sentence, not ending like a sentence, is the title;</li>
 * <li>sentences glued by a missing space ("cautioned.Iravani") are separated.</li>
 * </ul>
 */
public final class Cleaner {

    private static final int CHROME_MAX_WORDS = 3;
    private static final int DATE_LINE_MAX_WORDS = 6;
    private static final int TITLE_MAX_WORDS = 30;
    /** Leading list bullets are layout, not text. */
    private static final Pattern BULLET = Pattern.compile("^[\\u2022\\u00B7\\u25AA\\u25CF*]\\s*");
    /** A sentence end glued to the next sentence: lowercase, terminal punctuation, capital. */
    private static final Pattern GLUED = Pattern.compile("(?<=[\\p{Ll}\\d)\\]]['\"\u201D\u2019]?[.!?]['\"\u201D\u2019]?)(?=[\\p{Lu}\u201C\"])");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]['\"\u201D\u2019)]*$");

    /** Cleans the original text of an article. */
    public CleanText clean(String original) {
        List<TextLine> lines = classify(split(original));
        StringBuilder text = new StringBuilder();
        List<Integer> origin = new ArrayList<>();
        for (TextLine line : lines) {
            if (!line.isContent())
                continue;
            if (text.length() > 0) {
                // A line break is a sentence boundary; it stands at the end of the previous line.
                text.append('\n');
                origin.add(line.start());
            }
            appendUngluing(line, text, origin);
        }
        int[] map = new int[origin.size() + 1];
        for (int i = 0; i < origin.size(); i++)
            map[i] = origin.get(i);
        map[origin.size()] = origin.isEmpty() ? 0 : origin.get(origin.size() - 1) + 1;
        return new CleanText(text.toString(), map, lines);
    }

    private static void appendUngluing(TextLine line, StringBuilder text, List<Integer> origin) {
        String s = line.text();
        Matcher m = GLUED.matcher(s);
        int from = 0;
        while (m.find()) {
            append(s, from, m.start(), line.start(), text, origin);
            text.append(' ');
            origin.add(line.start() + m.start());
            from = m.start();
        }
        append(s, from, s.length(), line.start(), text, origin);
    }

    private static void append(String s, int from, int to, int base, StringBuilder text, List<Integer> origin) {
        for (int i = from; i < to; i++) {
            text.append(s.charAt(i));
            origin.add(base + i);
        }
    }

    private static List<TextLine> split(String original) {
        List<TextLine> lines = new ArrayList<>();
        int pos = 0;
        while (pos <= original.length()) {
            int nl = original.indexOf('\n', pos);
            int end = nl < 0 ? original.length() : nl;
            int s = pos, e = end;
            while (s < e && Character.isWhitespace(original.charAt(s)))
                s++;
            Matcher bullet = BULLET.matcher(original.substring(s, e));
            if (bullet.find())
                s += bullet.end();
            while (e > s && Character.isWhitespace(original.charAt(e - 1)))
                e--;
            String t = original.substring(s, e);
            lines.add(new TextLine(s, e, t, t.isEmpty() ? LineKind.BLANK : LineKind.CONTENT));
            if (nl < 0)
                break;
            pos = nl + 1;
        }
        return lines;
    }

    /** " | Reuters", " - BBC News", " – Naked Security": a site's name after a headline. */
    private static final Pattern SITE_SUFFIX = Pattern.compile(
            "\\s+[|\u2013\u2014-]\\s+((?:[\\p{Lu}\\d][\\p{L}\\d.&']*\\s?){1,4})$");

    /** The headline without the site name a scraper kept after it. */
    private static TextLine withoutSiteName(TextLine line) {
        Matcher m = SITE_SUFFIX.matcher(line.text());
        if (!m.find() || m.start() == 0)
            return line.withKind(LineKind.TITLE);
        return new TextLine(line.start(), line.start() + m.start(), line.text().substring(0, m.start()), LineKind.TITLE);
    }

    private static List<TextLine> classify(List<TextLine> lines) {
        List<TextLine> out = new ArrayList<>(lines.size());
        Set<String> seen = new HashSet<>();
        boolean sentenceSeen = false;
        boolean titleSeen = false;
        for (TextLine line : lines) {
            if (line.kind() == LineKind.BLANK) {
                out.add(line);
                continue;
            }
            String t = line.text();
            String key = t.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            int words = t.split("\\s+").length;
            boolean sentenceLike = SENTENCE_END.matcher(t).find();
            LineKind kind;
            if (!seen.add(key))
                kind = LineKind.DUPLICATE;
            else if (t.endsWith("\u2026") || t.endsWith("..."))
                kind = LineKind.TEASER;
            else if (!sentenceLike && words <= DATE_LINE_MAX_WORDS && Dates.firstFullDate(t).isPresent())
                kind = LineKind.DATE;
            else if (!sentenceLike && words <= CHROME_MAX_WORDS)
                kind = LineKind.CHROME;
            else if (!titleSeen && !sentenceSeen && !sentenceLike && words <= TITLE_MAX_WORDS)
                kind = LineKind.TITLE;
            else
                kind = LineKind.CONTENT;
            titleSeen |= kind == LineKind.TITLE;
            sentenceSeen |= kind == LineKind.CONTENT;
            out.add(kind == LineKind.TITLE ? withoutSiteName(line) : line.withKind(kind));
        }
        return out;
    }
}
