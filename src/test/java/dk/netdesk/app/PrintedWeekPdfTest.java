package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.print.PageElement;
import dk.netdesk.print.PrintViewModel;
import dk.netdesk.print.PrintedPage;
import dk.netdesk.testing.TestApp;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The printed week from the real calendar, saved as PDF and read back with PDFBox, one day column at a time:
 * multi-day and overnight events print on each day they cover, with that day's times (issue 14, item 14).
 */
class PrintedWeekPdfTest {

    @TempDir
    Path dir;
    TestApp app;

    @BeforeEach
    void setUp() {
        app = TestApp.open(dir.resolve("data"), Locale.ENGLISH);
        BusyWeek.fill(app.context());
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void multiDayAndOvernightEventsPrintOnEachDayTheyCoverWithThatDaysTimes() throws IOException {
        List<String> days = printedDays();

        // "Convention", all day Fri 19 – Sun 21 March 2027
        assertThat(days.get(4)).contains("Convention");
        assertThat(days.get(5)).contains("Convention");
        assertThat(days.get(6)).contains("Convention");
        assertThat(days.subList(0, 4)).noneMatch(d -> d.contains("Convention"));
        // "Night event", Tue 22:00 → Wed 02:00
        assertThat(days.get(1)).contains("Night event").contains("22:00–24:00").doesNotContain("00:00–02:00");
        assertThat(days.get(2)).contains("Night event").contains("00:00–02:00").doesNotContain("22:00–24:00");
        // "Late call", Sun 14 March 22:00 → Mon 01:00: only its Monday hour is in this week
        assertThat(days.get(0)).contains("Late call").contains("00:00–01:00").doesNotContain("22:00–24:00");
        assertThat(days.subList(1, 7)).noneMatch(d -> d.contains("Late call"));
    }

    @Test
    void publicHolidaysArePrintedUnderTheirDaysDate() throws IOException {
        // Easter week 2027 (Denmark, the default country): Skærtorsdag 25 March, Langfredag 26, Påskedag 28
        List<String> days = printedDays(BusyWeek.MONDAY.plusWeeks(1));

        assertThat(days.get(3)).contains("Maundy Thursday");
        assertThat(days.get(4)).contains("Good Friday");
        assertThat(days.get(6)).contains("Easter Sunday");
        assertThat(days.subList(0, 3)).noneMatch(d -> d.contains("Maundy") || d.contains("Good Friday"));
    }

    @Test
    void theDanishPageShowsNoBreakAndProtectedFlagsAndWorkOutsideTheWorkWindowsLikeTheScreen() throws IOException {
        reopen(new Locale("da"));
        PrintedPage page = week();
        String all = String.join(" ", page.texts());

        assertThat(page.flatten()).anyMatch(e -> e.role().equals("event-nobreak"))
                .anyMatch(e -> e.role().equals("event-protected"));
        // the legend explains both flags, and the summary has the screen's figures and words (the summary
        // wraps over two lines here, so its protected-time count is looked for from the line break on)
        assertThat(all).contains("Ingen pause", "Arbejde i beskyttet fritid", "Arbejdstid", "Beskyttet fritid",
                "Privat tid:", "Arbejde uden for arbejdstid: 7 t", "beskyttet fritid: 2");
        // the same figures as the screen's week summary; the all-day "Convention" reaches the wholly protected
        // Sunday and counts beside the timed work in protected time (decision 0028)
        var summary = app.context().calendarService().weekPlan(BusyWeek.MONDAY).summary();
        assertThat(summary.workOutsideWindowsHours()).isEqualTo(7.0);
        assertThat(summary.protectedExceptions()).isEqualTo(2);
        assertThat(app.context().calendarService().weekPlan(BusyWeek.MONDAY).items())
                .filteredOn(dk.netdesk.calendar.WeekPlan.Item::inProtectedTime).extracting(i -> i.title() + " " + i.date())
                .containsExactlyInAnyOrder("Webinar: produktnyheder 2027-03-16", "Convention 2027-03-21");
        assertThat(pdfText()).contains("Ingen pause", "Arbejde uden for arbejdstid: 7 t");
    }

    @Test
    void theBusyDanishWeekPrintsAtLeastEightAndAHalfPointOnA4AndBreaksTitlesOnlyBetweenWords() {
        reopen(new Locale("da"));
        PrintedPage page = week();

        assertThat(page.textSize()).isGreaterThanOrEqualTo(8.5);
        java.util.Set<String> words = new java.util.HashSet<>(List.of(("Late call Teamopkald med upline Ring til Anna "
                + "Jensen Bo Nielsen Idas fodboldtræning Præsentation hos Karen Østergaard Webinar: produktnyheder "
                + "Produktaften Opfølgning på ordrer Night event Frokostopslag Facebook Tandlæge Jonas Line 1:1 ny "
                + "partner Mette Svømning børnene Opkald: Per og Sanne Fredagspizza film Stand påskemarkedet Brunch "
                + "familien Convention Aksels fødselsdag").split(" ")));
        List<String> titleWords = page.flatten().stream().filter(e -> e.role().equals("event-title"))
                .flatMap(e -> List.of(((PageElement.Label) e).text().split(" ")).stream())
                .map(w -> w.endsWith("…") ? w.substring(0, w.length() - 1) : w)
                .filter(w -> !w.isEmpty() && !w.endsWith("-")).toList();
        assertThat(titleWords).isNotEmpty().allMatch(words::contains, "a whole word of a title");
    }

    @Test
    void weekTwelveOf2027FromTheCalendarMarksTheHourTheClockSkipsInCopenhagen() throws IOException {
        PrintViewModel print = app.context().print();
        print.open(java.time.LocalDate.of(2027, 3, 24));
        PrintedPage page = print.previewProperty().get();
        assertThat(page.flatten()).filteredOn(e -> e instanceof PageElement.Group g && g.role().equals("skipped-mark"))
                .hasSize(1);
        assertThat(pdfText()).contains("Sun 28 Mar, 02:00–03:00: this hour does not exist, clocks go forward");
        // the week before has no such hour
        assertThat(week().flatten()).noneMatch(e -> e.role().startsWith("skipped"));
    }

    @Test
    void weekFortyThreeOf2027FromTheCalendarSaysTheHourThatHappensTwiceInCopenhagen() throws IOException {
        PrintViewModel print = app.context().print();
        print.open(java.time.LocalDate.of(2027, 10, 27));
        PrintedPage page = print.previewProperty().get();
        assertThat(page.flatten()).filteredOn(e -> e instanceof PageElement.Group g && g.role().equals("repeated-mark"))
                .hasSize(1);
        assertThat(page.flatten()).noneMatch(e -> e.role().startsWith("skipped"));
        assertThat(pdfText()).contains("Sun 31 Oct, 02:00–03:00: this hour happens twice, clocks go back");
        // the week after has no such hour
        print.open(java.time.LocalDate.of(2027, 11, 3));
        assertThat(print.previewProperty().get().flatten()).noneMatch(e -> e.role().startsWith("repeated"));
    }

    @Test
    void fittedHoursLeaveOutTheEmptyNightAndChosenHoursRunFromTo() {
        PrintedPage fitted = week();
        List<String> hours = hourLabels(fitted);
        // events 00:00-02:00 (Night event, Late call) and from 09:00: 02-09 is a thin band, not seven hours
        assertThat(hours).contains("00:00", "01:00", "09:00", "21:00").doesNotContain("03:00", "05:00", "08:00");
        assertThat(fitted.texts()).contains("02–09");

        PrintViewModel print = app.context().print();
        print.fitHoursProperty().set(false);
        print.fromHourProperty().set(7);
        print.toHourProperty().set(23);
        assertThat(hourLabels(print.previewProperty().get())).first().isEqualTo("07:00");
        assertThat(hourLabels(print.previewProperty().get())).last().isEqualTo("22:00");
    }

    @Test
    void aNoteThatDoesNotFitIsNumberedOnItsEventAndPrintedWholeOnTheNotesPage() throws IOException {
        PrintedPage page = week();
        assertThat(page.flatten()).anyMatch(e -> e.role().equals("event-footnote"));
        assertThat(app.context().print().pageCountProperty().get()).isEqualTo(2);

        Path file = dir.resolve("notes.pdf");
        app.context().print().savePdf(file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String back = stripper.getText(pdf).replaceAll("\\s+", " ");
            assertThat(back).contains("Week 11: notes", "Præsentation hos Karen Østergaard", BusyWeek.LONG_NOTE);
        }
    }

    @Test
    void aThreeDayAllDayEventWithANoteHasOneFootnoteOnEachDayAndOneEntryUnderItsDates() throws IOException {
        String note = "Stand 14 i hal B, husk roll-up og prøver til 200 gæster, parkering bag messecentret, "
                + "nøglekort hentes i receptionen inden kl. 8";
        assertThat(app.context().calendar().create(new dk.netdesk.calendar.EventDraft("Messe",
                java.time.LocalDate.of(2027, 3, 17).atStartOfDay(), java.time.LocalDate.of(2027, 3, 20).atStartOfDay(),
                true, "", note, null, dk.netdesk.calendar.Kind.TRAINING, null, null))).isTrue();
        PrintedPage page = week();
        List<String> marks = page.flatten().stream()
                .filter(e -> e instanceof PageElement.Group g && g.role().equals("event")
                        && g.children().stream().anyMatch(c -> c instanceof PageElement.Label l && l.text().contains("Messe")))
                .flatMap(e -> ((PageElement.Group) e).children().stream())
                .filter(c -> c.role().equals("event-footnote")).map(c -> ((PageElement.Label) c).text()).toList();
        assertThat(marks).as("one number, on each of its three days").hasSize(3).containsOnly(marks.get(0));

        Path file = dir.resolve("messe.pdf");
        app.context().print().savePdf(file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(2);
            String back = stripper.getText(pdf).replaceAll("\\s+", " ");
            assertThat(back).contains("Wednesday 17 March – Friday 19 March Messe " + note);
            assertThat(back.split("Stand 14 i hal B", -1)).as(back).hasSize(2);
        }
    }

    @Test
    void previewAndPrintOptionsAreRememberedBetweenRuns() {
        PrintViewModel print = app.context().print();
        print.open(BusyWeek.MONDAY);
        print.orientationProperty().set(dk.netdesk.print.PrintOrientation.LANDSCAPE);
        print.paperProperty().set(dk.netdesk.print.PaperSize.A5);
        print.showSummaryProperty().set(false);
        print.fitHoursProperty().set(false);
        print.fromHourProperty().set(6);
        print.toHourProperty().set(22);

        reopen(Locale.ENGLISH);
        PrintViewModel again = app.context().print();
        again.open(BusyWeek.MONDAY);

        assertThat(again.options()).isEqualTo(new dk.netdesk.print.PrintOptions(dk.netdesk.print.PaperSize.A5,
                dk.netdesk.print.PrintOrientation.LANDSCAPE, true, true, false, 6, 22));
        assertThat(again.previewProperty().get().paperWidth()).isGreaterThan(again.previewProperty().get().paperHeight());
    }

    private void reopen(Locale locale) {
        app.close();
        app = TestApp.open(dir.resolve("data"), locale);
    }

    private PrintedPage week() {
        PrintViewModel print = app.context().print();
        print.open(BusyWeek.MONDAY);
        return print.previewProperty().get();
    }

    private String pdfText() throws IOException {
        Path file = dir.resolve("text.pdf");
        app.context().print().savePdf(file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private static List<String> hourLabels(PrintedPage page) {
        return page.flatten().stream().filter(e -> e.role().equals("hour-label"))
                .map(e -> ((PageElement.Label) e).text()).toList();
    }

    /** The text of each day column of the saved PDF, Monday first, whitespace folded to single spaces. */
    private List<String> printedDays() throws IOException {
        return printedDays(BusyWeek.MONDAY);
    }

    private List<String> printedDays(java.time.LocalDate monday) throws IOException {
        PrintViewModel print = app.context().print();
        print.open(monday);
        PrintedPage page = print.previewProperty().get();
        Path file = dir.resolve("week-11.pdf");
        print.savePdf(file);
        List<Double> lines = page.flatten().stream().filter(e -> e.role().equals("day-line"))
                .map(e -> ((PageElement.Rule) e).x1()).distinct().sorted().toList();
        assertThat(lines).hasSize(8);
        List<String> days = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            for (int day = 0; day < 7; day++) {
                double left = page.marginLeft() + lines.get(day);
                stripper.addRegion("day" + day, new Rectangle2D.Double(left, 0, lines.get(day + 1) - lines.get(day),
                        page.paperHeight() - page.marginTop() - 60));
            }
            stripper.extractRegions(pdf.getPage(0));
            for (int day = 0; day < 7; day++) {
                days.add(stripper.getTextForRegion("day" + day).replaceAll("\\s+", " "));
            }
        }
        return days;
    }
}
