package org.diplograph.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CleanerTest {

    private final Cleaner cleaner = new Cleaner();

    private static final String SCRAPE = String.join("\n",
            "Ministers meet over the border dispute",
            "",
            "Ministers meet over the border dispute",
            "Short Url",
            "Updated 03 March 2021",
            "Follow",
            "",
            "The ministers met in the capital on Monday.They agreed to talk again.",
            "Another site story starts here and is cut off by the scraper\u2026");

    @Test
    void classifiesLinesByGeneralRules() {
        List<LineKind> kinds = cleaner.clean(SCRAPE).lines().stream().map(TextLine::kind).toList();
        assertEquals(List.of(LineKind.TITLE, LineKind.BLANK, LineKind.DUPLICATE, LineKind.CHROME, LineKind.DATE,
                LineKind.CHROME, LineKind.BLANK, LineKind.CONTENT, LineKind.TEASER), kinds);
    }

    @Test
    void cleanedTextKeepsContentOnlyAndSeparatesGluedSentences() {
        CleanText clean = cleaner.clean(SCRAPE);
        assertEquals("Ministers meet over the border dispute\nThe ministers met in the capital on Monday. They agreed to talk again.",
                clean.text());
        assertFalse(clean.text().contains("Short Url"));
        assertFalse(clean.text().contains("\u2026"));
    }

    @Test
    void everyCleanedCharacterMapsBackToTheSameOriginalCharacter() {
        CleanText clean = cleaner.clean(SCRAPE);
        String text = clean.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n')
                continue;
            assertEquals(c, SCRAPE.charAt(clean.toOriginal(i)), "character " + i);
        }
        int start = text.indexOf("They agreed");
        int end = start + "They agreed".length();
        assertEquals("They agreed", SCRAPE.substring(clean.toOriginal(start), clean.toOriginalEnd(end)));
    }

    @Test
    void aSiteNameAfterTheHeadlineIsNoPartOfIt() {
        CleanText clean = cleaner.clean("Hackers exploited Word flaw while Microsoft investigated | Reuters\n\nThe body.");
        assertEquals("Hackers exploited Word flaw while Microsoft investigated\nThe body.", clean.text());
        assertEquals(LineKind.TITLE, clean.lines().get(0).kind());
        assertEquals("Talks resume - in part", cleaner.clean("Talks resume - in part\n\nThe body.").lines().get(0).text(),
                "a lowercase tail is the headline's own");
    }

    @Test
    void abbreviationsAreNotSplit() {
        String s = "The U.S. Treasury imposed sanctions on the group.";
        assertEquals(s, cleaner.clean(s).text());
    }

    @Test
    void datelineAndHeaderDateAreDetected() {
        Analyser analyser = new Analyser();
        var doc = analyser.analyse(new org.diplograph.ingest.Article(java.nio.file.Path.of("x.txt"), "x",
                "date 2021-03-04 Some Paper - The talks resumed.\n", "0", org.diplograph.ingest.Metadata.EMPTY));
        assertEquals(java.time.LocalDate.of(2021, 3, 4), doc.datePublished());
        assertTrue(doc.dateFromText());
        var dl = analyser.analyse(new org.diplograph.ingest.Article(java.nio.file.Path.of("y.txt"), "y",
                "Headline of the story here\n\nKYIV: The talks resumed on 4 March 2021 after a pause.\n", "0",
                org.diplograph.ingest.Metadata.EMPTY));
        assertEquals("KYIV", dl.dateline());
        // A date inside a sentence is an event's date, not the publication date.
        assertEquals(null, dl.datePublished());
    }
}
