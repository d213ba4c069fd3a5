package org.diplograph.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.diplograph.analyse.Analyser;
import org.diplograph.analyse.Document;
import org.diplograph.ingest.Article;
import org.diplograph.ingest.Metadata;
import org.diplograph.vocab.Bundled;
import org.junit.jupiter.api.Test;

class TemporalTaggerTest {

    private static final TemporalTagger TAGGER = new TemporalTagger(new TemporalLexicon(Bundled.model("lexicon.ttl")));

    /** The times found in a one-line article published on the given day (null: unknown). */
    private static List<String> times(String text, LocalDate published) {
        Document doc = new Analyser().analyse(new Article(Path.of("t.txt"), "t", text + "\n", "0",
                new Metadata(null, null, published, null, null)));
        TAGGER.annotate(doc);
        return doc.all(TimeMention.class).stream()
                .map(t -> doc.text(t.start(), t.end()) + "=" + t.value().key() + "/" + t.value().precision()).toList();
    }

    private static final LocalDate THURSDAY = LocalDate.of(2022, 9, 8);

    @Test
    void relativeDaysAreTheMostRecentOnOrBeforeTheArticleDate() {
        assertEquals(List.of("Wednesday=2022-09-07/DAY"), times("Albania severed ties on Wednesday.", THURSDAY));
        assertEquals(List.of("Thursday=2022-09-08/DAY"), times("It happened on Thursday.", THURSDAY));
        assertEquals(List.of("yesterday=2022-09-07/DAY"), times("The message was posted yesterday.", THURSDAY));
    }

    @Test
    void daysWithoutYearTakeTheYearThatPutsThemBeforeTheArticle() {
        assertEquals(List.of("July 15=2022-07-15/DAY"), times("The attack of July 15 failed.", THURSDAY));
        assertEquals(List.of("September 7=2022-09-07/DAY"), times("They met on September 7 in the capital.", THURSDAY));
        assertEquals(List.of("December 20=2021-12-20/DAY"), times("The leak came on December 20.", THURSDAY));
    }

    @Test
    void monthsYearsAndFullDatesKeepTheirPrecision() {
        assertEquals(List.of("April 1980=1980-04/MONTH"), times("Relations were cut in April 1980.", THURSDAY));
        assertEquals(List.of("December 2018=2018-12/MONTH"), times("The envoy left in December 2018.", THURSDAY));
        assertEquals(List.of("November 2021=2021-11/MONTH"), times("Back in November 2021, he spoke.", THURSDAY));
        assertEquals(List.of("2018=2018/YEAR"), times("The ambassador was expelled in 2018.", THURSDAY));
        assertEquals(List.of("7 September 2022=2022-09-07/DAY"), times("On 7 September 2022 it ended.", THURSDAY));
    }

    @Test
    void aMonthAloneIsTheMostRecentOneAndThatYearIsTheYearNamedLast() {
        assertEquals(List.of("October=2021-10/MONTH"), times("Prague blamed APT28 in October.", THURSDAY));
        assertEquals(List.of("September=2022-09/MONTH"), times("Talks began in early September.", THURSDAY));
        // "May" the modal is no month.
        assertEquals(List.of(), times("Russia may expel diplomats.", THURSDAY));
        assertEquals(List.of("2017=2017/YEAR", "May of that year=2017-05/MONTH", "the following year=2018/YEAR"),
                times("In 2017 WannaCry spread, in May of that year, and the following year it was blamed on Pyongyang.", THURSDAY));
    }

    @Test
    void relativeYearsAndSeasons() {
        assertEquals(List.of("this year=2022/YEAR"), times("Two have resumed relations this year.", THURSDAY));
        assertEquals(List.of("summer=2022-summer/SEASON"), times("The attack came during the summer.", THURSDAY));
        // In winter, "the summer" is last year's.
        assertEquals(List.of("summer=2021-summer/SEASON"), times("The attack came during the summer.", LocalDate.of(2022, 1, 10)));
    }

    @Test
    void withoutAnArticleDateNothingIsGuessed() {
        assertEquals(List.of("April 1980=1980-04/MONTH"), times("On Wednesday, July 15, in April 1980.", null));
        assertTrue(times("It was posted yesterday, during the summer.", null).isEmpty());
    }

    @Test
    void numbersThatAreNoYearsAreNoTimes() {
        assertTrue(times("They were given 24 hours; 1,500 staff and $2022 were involved.", THURSDAY).isEmpty());
        assertTrue(times("The modal may be used: they may leave.", THURSDAY).isEmpty(), "'may' is not May");
    }
}
