package dk.netdesk.print;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.ui.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's printed weeks read back from the PDF: no event time is ever cut ("18…", "1…") or left out; an event
 * whose box cannot show its times is listed with them on the notes page; a multi-day event's note is listed once;
 * the "+N" box keeps its footnote number apart from the count.
 */
class PrintedWeekTimesTest {

    private static final PrintFonts FONTS = new PrintFonts();
    private static final LocalDate MONDAY = SampleWeeks.MONDAY_48;
    /** A time cut after one or two digits, e.g. "18…" or "1…". */
    private static final Pattern CUT_TIME = Pattern.compile("(^|\\D)\\d{1,2}(:\\d?)?…$");

    @TempDir
    Path dir;

    private final Messages english = new Messages(Locale.ENGLISH, Bundles.ALL);
    private final Messages danish = new Messages(new Locale("da"), Bundles.ALL);

    /** The ordinary week, six overlapping events on Wednesday, and short boxes with long titles. */
    static List<PrintEvent> crowded() {
        List<PrintEvent> events = new ArrayList<>(SampleWeeks.ordinary(MONDAY).events());
        LocalDate wednesday = MONDAY.plusDays(2);
        events.add(PrintEvent.timed(wednesday, LocalTime.of(10, 0), LocalTime.of(11, 0), "Anna call", true));
        events.add(PrintEvent.timed(wednesday, LocalTime.of(10, 15), LocalTime.of(11, 15), "Bo follow-up", true));
        events.add(PrintEvent.timed(wednesday, LocalTime.of(10, 30), LocalTime.of(11, 0), "Carla demo", true));
        events.add(PrintEvent.timed(wednesday, LocalTime.of(10, 30), LocalTime.of(12, 0), "Dorte webinar", true)
                .withNotes("Bring the new catalogue"));
        events.add(PrintEvent.timed(wednesday, LocalTime.of(10, 45), LocalTime.of(11, 30), "Erik samples", false));
        events.add(PrintEvent.timed(wednesday, LocalTime.of(10, 0), LocalTime.of(10, 45), "Frida order", true));
        LocalDate thursday = MONDAY.plusDays(3);
        events.add(PrintEvent.timed(thursday, LocalTime.of(18, 0), LocalTime.of(18, 15),
                "Telefonmøde med Produktdemonstration og ordreopgørelse", false).withNotes("Ring fra mobilen"));
        events.add(PrintEvent.timed(thursday, LocalTime.of(18, 15), LocalTime.of(18, 30), "Facebook-live forberedelse", true));
        events.add(PrintEvent.timed(MONDAY.plusDays(4), LocalTime.of(8, 0), LocalTime.of(8, 10),
                "Ordreopgørelse", true));
        return events;
    }

    private static String time(PrintEvent e) {
        return String.format("%02d:%02d–%02d:%02d", e.start().getHour(), e.start().getMinute(), e.end().getHour(),
                e.end().getMinute());
    }

    private Path pdf(List<PrintedPage> pages, String name) throws Exception {
        Path file = dir.resolve(name + ".pdf");
        new PdfWeekWriter(FONTS).write(file, pages, "Week", "");
        Path copy = Path.of("target", "print-check");
        Files.createDirectories(copy);
        Files.copy(file, copy.resolve(name + ".pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    private static String text(Path file, int first, int last) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(first);
            stripper.setEndPage(last);
            return stripper.getText(pdf);
        }
    }

    @Test
    void theSummaryNeverSplitsAFigureBetweenItsNumberAndItsUnit() throws Exception {
        // every figure the footer can have, with hours and minutes, on the smallest paper, in lengths that put the
        // line ends in many places
        int wrapped = 0;
        for (int i = 0; i < 16; i++) {
            PrintSummary summary = new PrintSummary(4 + (35 + 7 * i) / 60.0, 12 + 15 / 60.0, 14 + (15 + 11 * i) / 60.0, 3 + i,
                    2 + (5 + 13 * i) / 60.0, 2 + i, 3 + 45 / 60.0, 9.5 + i, 3);
            PrintWeek week = new PrintWeek(MONDAY, "", SampleWeeks.ordinary(MONDAY).events(), List.of(), List.of(), summary);
            for (Messages messages : List.of(english, danish)) {
            for (PrintOrientation orientation : PrintOrientation.values()) {
                PrintOptions options = new PrintOptions(PaperSize.A5, orientation, true, false, true);
                List<PrintedPage> pages = new WeekLayout(FONTS, messages).pages(week, options);
                List<String> lines = pages.get(0).flatten().stream()
                        .filter(e -> e instanceof PageElement.Label l && l.role().equals("summary"))
                        .map(PageElement.Label.class::cast)
                        .sorted(java.util.Comparator.comparingDouble(PageElement.Label::baseline))
                        .map(PageElement.Label::text).toList();
                wrapped += lines.size() > 1 ? 1 : 0;
                String name = "summary-" + orientation + "-" + messages.getLocale() + "-" + i;
                String front = text(pdf(pages, name), 1, 1);
                String joined = String.join("\n", lines);
                // no line ends in a number whose unit starts the next ("4 h 35 / min"), nor in a unit whose
                // minutes start the next ("4 h / 35 min"), nor in the words before a figure ("... time: / 7")
                assertThat(joined).as(name).doesNotContainPattern("\\d\\n\\p{L}")
                        .doesNotContainPattern("\\d \\p{L}{1,3}\\n\\d").doesNotContainPattern(":\\n\\d");
                assertThat(front.replaceAll("\\s+", " ")).as(name)
                        .contains(messages.hours(summary.workHours()), messages.hours(summary.personalHours()));
            }
            }
        }
        assertThat(wrapped).as("summaries over more than one line").isGreaterThan(10);
    }

    @Test
    void aFootnotedEventsEntryAlwaysCarriesItsWholeNoteEvenWhenTheBoxPrintedSomeOfIt() throws Exception {
        // a crowded Wednesday evening: narrow lanes where a short note fits one word per line but the times do not
        List<PrintEvent> events = new ArrayList<>(crowded());
        LocalDate wednesday = MONDAY.plusDays(2);
        String note = "Husk prøver";
        events.add(PrintEvent.timed(wednesday, LocalTime.of(17, 0), LocalTime.of(19, 0),
                "Produktdemonstration hudpleje", true).withNotes(note));
        for (String other : List.of("Gitte", "Hanne", "Ib", "Jette")) {
            events.add(PrintEvent.timed(wednesday, LocalTime.of(17, 0), LocalTime.of(19, 0), other, false));
        }
        PrintWeek week = new PrintWeek(MONDAY, "", events, List.of(), List.of(), PrintSummary.EMPTY);
        int checked = 0;
        for (Messages messages : List.of(english, danish)) {
            for (PaperSize paper : PaperSize.values()) {
                for (PrintOrientation orientation : PrintOrientation.values()) {
                    PrintOptions options = PrintOptions.DEFAULT.with(paper).with(orientation);
                    WeekLayout layout = new WeekLayout(FONTS, messages);
                    List<PrintedPage> pages = layout.pages(week, options);
                    String name = "whole-note-" + messages.getLocale() + "-" + paper + "-" + orientation;
                    String back = text(pdf(pages, name), 2, pages.size()).replaceAll("\\s+", " ");
                    for (PageElement e : pages.get(0).flatten()) {
                        if (e instanceof PageElement.Group g && g.role().equals("event")
                                && !week.events().get(Integer.parseInt(g.key())).notes().isBlank()
                                && g.children().stream().anyMatch(c -> c.role().equals("event-footnote"))) {
                            PrintEvent event = week.events().get(Integer.parseInt(g.key()));
                            String mark = g.children().stream().filter(c -> c.role().equals("event-footnote"))
                                    .map(c -> ((PageElement.Label) c).text()).findFirst().orElseThrow();
                            // the entry under the event's number: from its title to the next entry's number
                            int at = back.indexOf(event.title());
                            assertThat(at).as(name + " " + back).isNotNegative();
                            assertThat(back.substring(at)).as(name + " entry " + mark + " of " + event.title())
                                    .startsWith(event.title() + " " + event.notes().strip().replaceAll("\\s+", " "));
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).as("footnoted events with notes").isGreaterThan(0);
    }

    @Test
    void aThreeDayHolidayWithANoteIsListedOnceOnTheNotesPage() throws Exception {
        String note = "Sommerhus i Blokhus, nøgle hos naboen";
        List<PrintEvent> events = new ArrayList<>();
        for (int day = 2; day <= 4; day++) {
            events.add(new PrintEvent(MONDAY.plusDays(day), null, null, true, "Ferie", note, false, "", false, false,
                    day > 2, day < 4));
        }
        events.add(PrintEvent.allDay(MONDAY, "Another day off", false).withNotes(note));
        PrintWeek week = new PrintWeek(MONDAY, "", events, List.of(), List.of(), PrintSummary.EMPTY);
        for (Messages messages : List.of(english, danish)) {
            List<PrintedPage> pages = new WeekLayout(FONTS, messages).pages(week, PrintOptions.DEFAULT);
            Path file = pdf(pages, "holiday-" + messages.getLocale());
            String back = text(file, 2, pages.size()).replaceAll("\\s+", " ");
            // the holiday once, and the other day off with the same note its own entry
            assertThat(back.split(note, -1)).as(back).hasSize(3);
            assertThat(back.split("Ferie", -1)).hasSize(2);
            // under the days it covers
            assertThat(back).contains(messages.getLocale().getLanguage().equals("da")
                    ? "onsdag 25. november – fredag 27. november Ferie" : "Wednesday 25 November – Friday 27 November Ferie");
            // one footnote number, on each of its days
            List<String> marks = pages.get(0).flatten().stream()
                    .filter(e -> e instanceof PageElement.Group g && g.role().equals("event")
                            && week.events().get(Integer.parseInt(g.key())).title().equals("Ferie"))
                    .flatMap(e -> ((PageElement.Group) e).children().stream())
                    .filter(c -> c.role().equals("event-footnote")).map(c -> ((PageElement.Label) c).text()).toList();
            assertThat(marks).hasSize(3).containsOnly(marks.get(0));
        }
    }

    @Test
    void everyEventsTimesAreOnPaperWholeAndNoTimeIsCut() throws Exception {
        for (Messages messages : List.of(english, danish)) {
            for (PrintOrientation orientation : PrintOrientation.values()) {
                PrintWeek week = new PrintWeek(MONDAY, "", crowded(), List.of(), List.of(), PrintSummary.EMPTY);
                PrintOptions options = new PrintOptions(PaperSize.A4, orientation, true, true, true);
                List<PrintedPage> pages = new WeekLayout(FONTS, messages).pages(week, options);
                String name = "times-" + orientation + "-" + messages.getLocale();
                Path file = pdf(pages, name);
                String front = text(file, 1, 1);
                String all = text(file, 1, pages.size()).replaceAll("\\s+", " ");
                for (PrintEvent event : week.events()) {
                    if (!event.allDay()) {
                        assertThat(all).as("%s %s: %s", name, event.title(), time(event)).contains(time(event));
                    }
                }
                for (String line : front.split("\\R")) {
                    assertThat(line.strip()).as(name).doesNotMatch(CUT_TIME);
                }
                for (PrintedPage page : pages) {
                    assertThat(page.texts()).as(name).noneMatch(t -> CUT_TIME.matcher(t.strip()).find());
                }
                // titles broken at good places: no doubled hyphen ("Face-book--live"), no piece of one or two letters
                // left by an added hyphen ("Produk-tdemo-nstrati-on")
                assertThat(front).as(name).doesNotContain("--").doesNotContainPattern("(?m)(^|\\s)\\p{L}{1,2}-\\s*$");
                for (PageElement e : pages.get(0).flatten()) {
                    if (e instanceof PageElement.Label l && l.role().equals("event-title") && l.text().endsWith("-")) {
                        String piece = l.text().replaceAll(".*[ -](?=[^ -]+-$)", "");
                        assertThat(piece.length()).as("%s: %s", name, l.text()).isGreaterThanOrEqualTo(4);
                    }
                }
            }
        }
    }
}
