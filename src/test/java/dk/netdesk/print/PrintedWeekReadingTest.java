package dk.netdesk.print;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.ui.Messages;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reader finds on the printed week, read back from the PDF with PDFBox: texts, and on which day. */
class PrintedWeekReadingTest {

    private static final PrintFonts FONTS = new PrintFonts();
    private static final LocalDate MONDAY = SampleWeeks.MONDAY_48;

    @TempDir
    Path dir;

    private final Messages danish = new Messages(new Locale("da"), Bundles.ALL);
    private final Messages english = new Messages(Locale.ENGLISH, Bundles.ALL);

    private Path pdf(Messages messages, PrintWeek week, PrintOptions options, List<PrintedPage> pagesOut) throws Exception {
        List<PrintedPage> pages = new WeekLayout(FONTS, messages).pages(week, options);
        pagesOut.addAll(pages);
        Path file = dir.resolve("week.pdf");
        new PdfWeekWriter(FONTS).write(file, pages, "Week", "");
        return file;
    }

    private static List<PdfWords.Word> on(List<PdfWords.Word> words, PrintedPage page, int day) {
        return words.stream().filter(w -> PdfWords.day(page, w.x()) == day).toList();
    }

    private static List<String> texts(List<PdfWords.Word> words) {
        return words.stream().map(PdfWords.Word::text).toList();
    }

    @Test
    void eventsOutsideChosenHoursArePrintedWithTheirTimesAndTitlesOnTheirDay() throws Exception {
        List<PrintEvent> events = new ArrayList<>(SampleWeeks.ordinary(MONDAY).events());
        events.add(PrintEvent.timed(MONDAY.plusDays(2), LocalTime.of(6, 30), LocalTime.of(7, 0), "Run", false));
        events.add(PrintEvent.timed(MONDAY.plusDays(2), LocalTime.of(5, 45), LocalTime.of(6, 15), "Stretch", false));
        events.add(PrintEvent.timed(MONDAY.plusDays(3), LocalTime.of(21, 15), LocalTime.of(22, 0), "Ring Bo", true));
        events.add(PrintEvent.timed(MONDAY.plusDays(1), LocalTime.of(7, 30), LocalTime.of(8, 30), "Early post", true));
        PrintWeek week = new PrintWeek(MONDAY, "", events, List.of(), List.of(), PrintSummary.EMPTY);
        List<PrintedPage> pages = new ArrayList<>();
        Path file = pdf(danish, week, PrintOptions.DEFAULT.withHours(8, 20), pages);

        List<PdfWords.Word> words = PdfWords.read(file, 1);
        PrintedPage page = pages.get(0);
        List<String> wednesday = texts(on(words, page, 2));
        assertThat(wednesday).contains("05:45–06:15", "Stretch", "06:30–07:00", "Run");
        List<String> thursday = texts(on(words, page, 3));
        assertThat(thursday).contains("21:15–22:00", "Ring Bo");
        // an event that starts before the hours shown keeps its real times in its clipped box
        assertThat(texts(on(words, page, 1))).anyMatch(t -> t.startsWith("07:30"));
        // the rows say what they are, where the hour labels are
        List<String> gutter = texts(on(words, page, -1));
        assertThat(gutter).contains("Før", "Efter", "08:00", "20:00");
        // the early events are above the first hour, the late one below the last, in reading order
        assertThat(y(words, page, 2, "06:30–07:00")).isLessThan(y(words, page, -1, "09:00"));
        assertThat(y(words, page, 2, "05:45–06:15")).isLessThan(y(words, page, 2, "06:30–07:00"));
        assertThat(y(words, page, 3, "21:15–22:00")).isGreaterThan(y(words, page, -1, "19:00"));
        assertThat(texts(words)).doesNotContain("Run…", "Ring…");
        // in English the row labels are whole too, in portrait and on A5
        for (PrintOptions options : List.of(PrintOptions.DEFAULT.withHours(8, 20),
                PrintOptions.DEFAULT.withHours(8, 20).with(PaperSize.A5))) {
            assertThat(new WeekLayout(FONTS, english).page(week, options).texts()).contains("Before", "After", "08:00", "20:00");
        }
    }

    private static double y(List<PdfWords.Word> words, PrintedPage page, int day, String text) {
        return on(words, page, day).stream().filter(w -> w.text().equals(text)).findFirst().orElseThrow().y();
    }

    @Test
    void aHalfHourFollowUpInPortraitKeepsItsWordsWhole() throws Exception {
        List<PrintEvent> events = new ArrayList<>(SampleWeeks.ordinary(MONDAY).events());
        events.add(PrintEvent.timed(MONDAY.plusDays(1), LocalTime.of(9, 0), LocalTime.of(9, 30), "Follow-up Anna", true));
        // two at the same time share Friday's column in two narrow lanes
        events.add(PrintEvent.timed(MONDAY.plusDays(4), LocalTime.of(9, 0), LocalTime.of(9, 30), "Follow-up Anna", true));
        events.add(PrintEvent.timed(MONDAY.plusDays(4), LocalTime.of(9, 0), LocalTime.of(9, 30), "Follow-up Anna", true));
        PrintWeek week = new PrintWeek(MONDAY, "", events, List.of(), List.of(), PrintSummary.EMPTY);
        List<PrintedPage> pages = new ArrayList<>();
        Path file = pdf(english, week, PrintOptions.DEFAULT, pages);

        List<PdfWords.Word> words = PdfWords.read(file, 1);
        PrintedPage page = pages.get(0);
        assertThat(texts(on(words, page, 1))).anyMatch(t -> t.startsWith("Follow-up")).noneMatch(t -> t.startsWith("Follo…"));
        assertWholeWords(week, page);
        // in landscape, even the two narrow lanes on Friday hold the first word whole
        List<PrintedPage> wide = new ArrayList<>();
        Path landscape = pdf(english, week, PrintOptions.DEFAULT.with(PrintOrientation.LANDSCAPE), wide);
        List<String> friday = texts(on(PdfWords.read(landscape, 1), wide.get(0), 4));
        // (with the footnote number that lists their times on the notes page, the first part of the word at least)
        assertThat(friday.stream().filter(t -> t.startsWith("Follow"))).hasSize(2);
        assertThat(friday).noneMatch(t -> t.startsWith("Follo…"));
        assertWholeWords(week, wide.get(0));
    }

    private static void assertWholeWords(PrintWeek week, PrintedPage page) {
        // every title line that is cut ends after a whole word of its title, at no less than the 6.5 pt floor, in
        // each box wide enough for the first part of its first word at that size (beside the edge bar and padding)
        for (PageElement element : page.flatten()) {
            if (element instanceof PageElement.Group group && group.role().equals("event")) {
                String title = week.events().get(Integer.parseInt(group.key())).title();
                java.util.regex.Matcher head = java.util.regex.Pattern.compile("^[^ -]+-?").matcher(title);
                String first = head.find() ? head.group() : title;
                // a footnote number (a note, or the times listed on the notes page) takes room at the top right
                double footnote = group.children().stream().filter(c -> c.role().equals("event-footnote"))
                        .mapToDouble(c -> FONTS.width(((PageElement.Label) c).text(), ((PageElement.Label) c).size(), true) + 1)
                        .sum();
                if (FONTS.width(first, WeekEvents.TEXT_FLOOR, true) + 4 + 2.6 + footnote > group.frame().w()) {
                    continue;
                }
                for (PageElement part : group.children()) {
                    if (part instanceof PageElement.Label label && label.role().equals("event-title")) {
                        assertThat(label.size()).isGreaterThanOrEqualTo(WeekEvents.TEXT_FLOOR - 1e-9);
                        String shown = label.text().endsWith("…") ? label.text().substring(0, label.text().length() - 1)
                                : label.text();
                        assertThat(wholeWordsOf(shown, title)).as("%s in %s", label.text(), title).isTrue();
                    }
                }
            }
        }
    }

    /** Week 12 of 2027, 22–28 March: summer time begins on Sunday, 02:00–03:00 does not exist in Copenhagen. */
    private static final LocalDate MONDAY_12 = LocalDate.of(2027, 3, 22);
    private static final PrintSpan SKIPPED = new PrintSpan(java.time.DayOfWeek.SUNDAY, LocalTime.of(2, 0), LocalTime.of(3, 0));

    @Test
    void theHourTheClockSkipsIsHatchedOnItsDayAndSaidInTheLegend() throws Exception {
        List<PrintEvent> events = List.of(
                PrintEvent.timed(MONDAY_12.plusDays(5), LocalTime.of(23, 0), LocalTime.of(1, 30), "Late party", false),
                PrintEvent.timed(MONDAY_12.plusDays(2), LocalTime.of(19, 0), LocalTime.of(20, 0), "Team call", true));
        PrintWeek week = new PrintWeek(MONDAY_12, "", events, List.of(), List.of(), PrintSummary.EMPTY).withSkipped(List.of(SKIPPED));
        List<PrintedPage> pages = new ArrayList<>();
        Path file = pdf(danish, week, PrintOptions.DEFAULT.withHours(0, 24), pages);
        PrintedPage page = pages.get(0);

        List<PdfWords.Word> words = PdfWords.read(file, 1);
        assertThat(String.join(" ", texts(words))).contains("Søn. 28. mar., 02:00–03:00: denne time findes ikke, uret stilles en time frem");
        // the hatched band: in Sunday's column, from the 02:00 line to the 03:00 line
        PageElement.Group band = groups(page, "skipped").get(0);
        assertThat(PdfWords.day(page, band.frame().x() + page.marginLeft() + 1)).isEqualTo(6);
        assertThat(band.frame().y()).isCloseTo(hourLine(page, "02:00"), org.assertj.core.data.Offset.offset(0.01));
        assertThat(band.frame().y() + band.frame().h()).isCloseTo(hourLine(page, "03:00"), org.assertj.core.data.Offset.offset(0.01));
        assertThat(band.children()).extracting(PageElement::role).contains("skipped-fill", "skipped-hatch", "skipped-edge");
        assertThat(groups(page, "skipped")).hasSize(1);
        // the legend's swatch is the same hatching; Sunday's date carries it too
        assertThat(page.elements()).anyMatch(e -> e instanceof PageElement.Group g && g.role().equals("legend")
                && g.key().equals("print.legend.skipped") && g.children().stream().anyMatch(c -> c.role().equals("skipped-hatch")));
        assertThat(groups(page, "skipped-mark")).singleElement().satisfies(g ->
                assertThat(PdfWords.day(page, g.frame().x() + page.marginLeft())).isEqualTo(6));

        // with the hours fitted to the evening, the night is not on the grid, but the page still says it
        List<PrintedPage> fitted = new ArrayList<>();
        Path fittedFile = pdf(english, week.withSkipped(List.of(SKIPPED)), PrintOptions.DEFAULT, fitted);
        assertThat(String.join(" ", texts(PdfWords.read(fittedFile, 1))))
                .contains("Sun 28 Mar, 02:00–03:00: this hour does not exist, clocks go forward");
        assertThat(groups(fitted.get(0), "skipped-mark")).hasSize(1);

        // an ordinary week has neither
        PrintedPage ordinary = new WeekLayout(FONTS, english).page(SampleWeeks.ordinary(MONDAY), PrintOptions.DEFAULT);
        assertThat(groups(ordinary, "skipped")).isEmpty();
        assertThat(String.join(" ", ordinary.texts())).doesNotContain("clocks go forward");
    }

    private static List<PageElement.Group> groups(PrintedPage page, String role) {
        return page.flatten().stream().filter(e -> e instanceof PageElement.Group g && g.role().equals(role))
                .map(e -> (PageElement.Group) e).toList();
    }

    /** The y of the hour line whose label is {@code label}, in points from the printable area's top. */
    private static double hourLine(PrintedPage page, String label) {
        PageElement.Label text = page.flatten().stream().filter(e -> e instanceof PageElement.Label l
                && l.role().equals("hour-label") && l.text().equals(label)).map(e -> (PageElement.Label) e).findFirst().orElseThrow();
        return page.flatten().stream().filter(e -> e instanceof PageElement.Rule r && r.role().equals("hour-line"))
                .map(e -> ((PageElement.Rule) e).y1()).filter(y -> y < text.baseline())
                .max(Double::compare).orElseThrow();
    }

    /** True when {@code line} is a run of whole words of {@code title}: it starts and ends at a space, an end, or a hyphen it keeps. */
    private static boolean wholeWordsOf(String line, String title) {
        String text = title.strip().replaceAll(" +", " ");
        for (int at = text.indexOf(line); at >= 0; at = text.indexOf(line, at + 1)) {
            int end = at + line.length();
            boolean starts = at == 0 || text.charAt(at - 1) == ' ' || text.charAt(at - 1) == '-';
            boolean ends = end == text.length() || text.charAt(end) == ' ' || line.endsWith("-");
            if (starts && ends) {
                return true;
            }
        }
        return false;
    }
}
