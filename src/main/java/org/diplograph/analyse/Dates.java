package org.diplograph.analyse;

import java.text.DateFormatSymbols;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Full calendar dates written out in English news: {@code 2022-09-11}, {@code 07 September 2022},
 * {@code September 7, 2022}, {@code Sept. 7 2022}. Month names come from the JDK's English locale
 * data, not from a list of ours.
 */
public final class Dates {

    private static final String[] MONTHS = new DateFormatSymbols(Locale.ENGLISH).getMonths();
    private static final String MONTH = "(?<month>" + Arrays.stream(MONTHS).filter(m -> !m.isEmpty())
            .map(m -> m + "|" + m.substring(0, 3) + "\\.?" + (m.length() > 4 ? "|" + m.substring(0, 4) + "\\." : ""))
            .collect(Collectors.joining("|")) + ")";
    private static final Pattern ISO = Pattern.compile("\\b(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(?<y>\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>\\d{4})\\b", Pattern.CASE_INSENSITIVE);

    private Dates() {}

    /** The first full date written in the text, if any. */
    public static Optional<LocalDate> firstFullDate(CharSequence text) {
        Found best = null;
        for (Pattern p : new Pattern[] {ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Optional<LocalDate> d = toDate(m, p == ISO);
                if (d.isPresent()) {
                    if (best == null || m.start() < best.start)
                        best = new Found(m.start(), d.get());
                    break;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.date);
    }

    private record Found(int start, LocalDate date) {}

    private static Optional<LocalDate> toDate(Matcher m, boolean iso) {
        try {
            int y = Integer.parseInt(m.group("y"));
            int d = Integer.parseInt(m.group("d"));
            int month = iso ? Integer.parseInt(m.group("m")) : monthNumber(m.group("month"));
            return Optional.of(LocalDate.of(y, month, d));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** 1-12 for an English month name or abbreviation, as matched by {@link #MONTH}. */
    static int monthNumber(String name) {
        String n = name.replace(".", "").toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full = MONTHS[month.ordinal()].toLowerCase(Locale.ROOT);
            if (full.startsWith(n))
                return month.getValue();
        }
        throw new NumberFormatException("not a month: " + name);
    }
}
