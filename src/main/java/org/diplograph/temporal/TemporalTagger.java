package org.diplograph.temporal;

import java.text.DateFormatSymbols;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.diplograph.analyse.Annotator;
import org.diplograph.analyse.Document;

/**
 * Finds temporal expressions and normalises them against the article date, with their precision:
 * full dates, "July 15" and "on Wednesday" (the most recent such day on or before the article
 * date), "April 1980", "in 2018", "yesterday", "this year", "during the summer". Month and weekday
 * names come from the JDK's English locale data; relative expressions from {@code lexicon.ttl}.
 * An expression that needs the article date is skipped when the date is unknown: nothing is guessed.
 */
public final class TemporalTagger implements Annotator {

    private static final String[] MONTHS = new DateFormatSymbols(Locale.ENGLISH).getMonths();
    private static final String[] WEEKDAYS = new DateFormatSymbols(Locale.ENGLISH).getWeekdays();
    private static final String MONTH = "(?<month>" + Arrays.stream(MONTHS).filter(m -> !m.isEmpty())
            .map(m -> m + (m.length() > 3 ? "|" + m.substring(0, 3) + "\\." : "") + (m.length() > 4 ? "|" + m.substring(0, 4) + "\\." : ""))
            .collect(Collectors.joining("|")) + ")";
    private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<year>(?:1[89]|20)\\d\\d)";

    private record Rule(Pattern pattern, Function<Matcher, TimeValue> absolute, boolean anchored) {}

    private final List<Rule> rules = new ArrayList<>();
    /** "May of that year", "the following year": read after the other rules, as they need a year before them. */
    private final Pattern anaphoricYear;
    private final TemporalLexicon lexicon;

    public TemporalTagger(TemporalLexicon lexicon) {
        this.lexicon = lexicon;
        // Longest and most precise first: a span taken by one rule is not matched again.
        absolute("\\b" + YEAR + "-(?<m>[01]\\d)-(?<day>[0-3]\\d)\\b", m -> day(m, Integer.parseInt(m.group("m"))));
        absolute("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "\\b", m -> day(m, month(m)));
        absolute("\\b" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b", m -> day(m, month(m)));
        anchored("\\b" + MONTH + "\\s+" + DAY + "\\b(?![,.]?\\d)");
        anchored("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "\\b");
        absolute("\\b" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR + "\\b", m -> TimeValue.month(YearMonth.of(year(m), month(m))));
        absolute("(?<![\\d,.$-])\\b" + YEAR + "\\b(?![-,.]?\\d|s\\b)", m -> TimeValue.year(year(m)));
        anchored("\\b(?<weekday>" + Arrays.stream(WEEKDAYS).filter(w -> !w.isEmpty()).collect(Collectors.joining("|")) + ")\\b");
        // "in October": the most recent October on or before the article date.
        anchored("(?<=\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Ee]arly|[Ll]ate|[Mm]id)[\\s-])" + MONTH.replace("(?<month>", "(?<bmonth>")
                + "\\b(?![\\s,]+(?:\\d|of\\b|that\\b|the\\b))");
        anchored(words("relday", lexicon.dayOffsets().keySet()));
        anchored(words("relyear", lexicon.yearOffsets().keySet()));
        anchored(words("season", lexicon.seasons().keySet()));
        anaphoricYear = lexicon.anaphoricYears().isEmpty() ? null : Pattern.compile("(?:\\b" + MONTH + ",?\\s+(?:of\\s+)?)?"
                + words("anayear", lexicon.anaphoricYears().keySet()), Pattern.CASE_INSENSITIVE);
    }

    private void absolute(String regex, Function<Matcher, TimeValue> value) {
        rules.add(new Rule(Pattern.compile(regex), value, false));
    }

    private void anchored(String regex) {
        if (regex != null)
            rules.add(new Rule(Pattern.compile(regex, regex.contains("(?<relday>") || regex.contains("(?<relyear>")
                    || regex.contains("(?<season>") ? Pattern.CASE_INSENSITIVE : 0), null, true));
    }

    private static String words(String group, java.util.Collection<String> phrases) {
        if (phrases.isEmpty())
            return null;
        return "\\b(?<" + group + ">" + phrases.stream().sorted((a, b) -> b.length() - a.length())
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|")) + ")\\b";
    }

    @Override
    public void annotate(Document doc) {
        String text = doc.clean().text();
        LocalDate anchor = doc.datePublished();
        BitSet taken = new BitSet(text.length());
        List<TimeMention> found = new ArrayList<>();
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                // The header's date is the publication date, not an event's.
                if (m.start() < doc.headerEnd() || taken.get(m.start(), m.end()).cardinality() > 0)
                    continue;
                TimeValue v;
                try {
                    v = rule.anchored() ? relative(m, anchor) : rule.absolute().apply(m);
                } catch (DateTimeException | NumberFormatException e) {
                    v = null; // "February 30": not a date
                }
                if (v == null)
                    continue;
                taken.set(m.start(), m.end());
                found.add(new TimeMention(m.start(), m.end(), v, rule.anchored()));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        anaphoricYears(text, taken, found);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        found.forEach(doc::add);
    }

    /**
     * "in 2017 … in May of that year", "the following year": a year counted from the last year
     * named before it in the text, with the month it may give.
     */
    private void anaphoricYears(String text, BitSet taken, List<TimeMention> found) {
        if (anaphoricYear == null)
            return;
        Matcher m = anaphoricYear.matcher(text);
        List<TimeMention> added = new ArrayList<>();
        while (m.find()) {
            if (taken.get(m.start(), m.end()).cardinality() > 0)
                continue;
            int at = m.start();
            TimeMention before = found.stream().filter(t -> t.end() <= at).reduce((a, b) -> b).orElse(null);
            if (before == null)
                continue;
            int year = before.value().first().getYear() + lexicon.anaphoricYears().get(key(m.group("anayear")));
            TimeValue v = has(m, "month") ? TimeValue.month(YearMonth.of(year, month(m))) : TimeValue.year(year);
            added.add(new TimeMention(m.start(), m.end(), v, true));
        }
        found.addAll(added);
    }

    private TimeValue relative(Matcher m, LocalDate anchor) {
        if (anchor == null)
            return null;
        if (has(m, "weekday")) {
            DayOfWeek d = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
            return TimeValue.day(anchor.with(TemporalAdjusters.previousOrSame(d)));
        }
        if (has(m, "relday"))
            return TimeValue.day(anchor.plusDays(lexicon.dayOffsets().get(key(m.group("relday")))));
        if (has(m, "relyear"))
            return TimeValue.year(anchor.getYear() + lexicon.yearOffsets().get(key(m.group("relyear"))));
        if (has(m, "bmonth")) {
            YearMonth ym = YearMonth.of(anchor.getYear(), monthNamed(m.group("bmonth")));
            return TimeValue.month(ym.isAfter(YearMonth.from(anchor)) ? ym.minusYears(1) : ym);
        }
        if (has(m, "season")) {
            TemporalLexicon.Season s = lexicon.seasons().get(key(m.group("season")));
            LocalDate first = LocalDate.of(anchor.getYear(), s.firstMonth(), 1);
            if (first.isAfter(anchor))
                first = first.minusYears(1);
            return new TimeValue(first, Precision.SEASON, s.name());
        }
        // A day and month without a year: the most recent such day on or before the article date.
        LocalDate d = LocalDate.of(anchor.getYear(), month(m), Integer.parseInt(m.group("day")));
        return TimeValue.day(d.isAfter(anchor) ? d.minusYears(1) : d);
    }

    private static String key(String phrase) {
        return phrase.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static boolean has(Matcher m, String group) {
        try {
            return m.group(group) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static TimeValue day(Matcher m, int month) {
        return TimeValue.day(LocalDate.of(year(m), month, Integer.parseInt(m.group("day"))));
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group("year"));
    }

    private static int month(Matcher m) {
        return monthNamed(m.group("month"));
    }

    private static int monthNamed(String written) {
        String n = written.replace(".", "");
        for (int i = 0; i < 12; i++)
            if (MONTHS[i].startsWith(n))
                return i + 1;
        throw new NumberFormatException(n);
    }
}
