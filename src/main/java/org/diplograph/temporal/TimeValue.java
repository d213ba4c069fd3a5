package org.diplograph.temporal;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A normalised time: its first day and its precision. A season keeps its name, since no XSD type
 * holds one; it is written with the year it falls in (winter: the year it starts).
 *
 * @param first     the first day of the time
 * @param precision day, month, season or year
 * @param season    the season's name for {@link Precision#SEASON}, else null
 */
public record TimeValue(LocalDate first, Precision precision, String season) {

    public static TimeValue day(LocalDate d) {
        return new TimeValue(d, Precision.DAY, null);
    }

    public static TimeValue month(YearMonth m) {
        return new TimeValue(m.atDay(1), Precision.MONTH, null);
    }

    public static TimeValue year(int y) {
        return new TimeValue(LocalDate.of(y, 1, 1), Precision.YEAR, null);
    }

    /** The lexical form at its precision: {@code 2022-07-15}, {@code 2022-07}, {@code 2022}. */
    public String lexical() {
        return switch (precision) {
            case DAY -> first.toString();
            case MONTH -> YearMonth.from(first).toString();
            case SEASON, YEAR -> Integer.toString(first.getYear());
        };
    }

    /** A slug for IRIs: {@code 2022-07-15}, {@code 2022-summer}. */
    public String key() {
        return precision == Precision.SEASON ? first.getYear() + "-" + season : lexical();
    }

    /** Whether this time and another can be the same: equal where both are known. */
    public boolean compatible(TimeValue o) {
        TimeValue coarse = precision.ordinal() >= o.precision.ordinal() ? this : o;
        TimeValue fine = coarse == this ? o : this;
        return switch (coarse.precision) {
            case DAY -> coarse.first.equals(fine.first);
            case MONTH -> YearMonth.from(coarse.first).equals(YearMonth.from(fine.first));
            case SEASON -> fine.precision == Precision.SEASON ? coarse.equals(fine)
                    : !fine.first.isBefore(coarse.first) && fine.first.isBefore(coarse.first.plusMonths(3));
            case YEAR -> coarse.first.getYear() == fine.first.getYear();
        };
    }
}
