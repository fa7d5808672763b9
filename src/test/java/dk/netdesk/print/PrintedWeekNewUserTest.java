package dk.netdesk.print;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.ui.Messages;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's three findings on the printed week, read back from the PDF with PDFBox: events hidden behind a bare
 * "+N", the no-break mark that differed from the screen's hourglass, and the autumn hour that happens twice.
 */
class PrintedWeekNewUserTest {

    private static final PrintFonts FONTS = new PrintFonts();
    private static final LocalDate MONDAY = SampleWeeks.MONDAY_48;
    private static final PrintOptions PORTRAIT = new PrintOptions(PaperSize.A4, PrintOrientation.PORTRAIT, true, true, true);

    @TempDir
    Path dir;

    private final Messages english = new Messages(Locale.ENGLISH, Bundles.ALL);
    private final Messages danish = new Messages(new Locale("da"), Bundles.ALL);

    /** Six events at the same time on Wednesday, 25 November 2026, and the ordinary week around them. */
    private static List<PrintEvent> sixAtOnce() {
        LocalDate wednesday = MONDAY.plusDays(2);
        return List.of(
                PrintEvent.timed(wednesday, LocalTime.of(10, 0), LocalTime.of(11, 0), "Anna call", true),
                PrintEvent.timed(wednesday, LocalTime.of(10, 15), LocalTime.of(11, 15), "Bo follow-up", true),
                PrintEvent.timed(wednesday, LocalTime.of(10, 30), LocalTime.of(11, 0), "Carla demo", true),
                PrintEvent.timed(wednesday, LocalTime.of(10, 30), LocalTime.of(12, 0), "Dorte webinar", true)
                        .withNotes("Bring the new catalogue"),
                PrintEvent.timed(wednesday, LocalTime.of(10, 45), LocalTime.of(11, 30), "Erik samples", false),
                PrintEvent.timed(wednesday, LocalTime.of(10, 0), LocalTime.of(10, 45), "Frida order", true));
    }

    private List<PrintedPage> pages(Messages messages, PrintWeek week, PrintOptions options) {
        return new WeekLayout(FONTS, messages).pages(week, options);
    }

    private Path pdf(List<PrintedPage> pages, String name) throws Exception {
        Path file = dir.resolve(name + ".pdf");
        new PdfWeekWriter(FONTS).write(file, pages, "Week", "");
        return file;
    }

    private static String text(Path file, int first, int last) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(first);
            stripper.setEndPage(last);
            return stripper.getText(pdf).replaceAll("\\s+", " ");
        }
    }

    /** Page {@code index} (0 is the first) as a PNG under target/print-check, for looking at; returns the image. */
    private static BufferedImage render(Path file, int index, float dpi, String name) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(index, dpi);
            Path folder = Path.of("target", "print-check");
            Files.createDirectories(folder);
            ImageIO.write(image, "png", folder.resolve(name + ".png").toFile());
            return image;
        }
    }

    private static String time(PrintEvent e) {
        return String.format("%02d:%02d–%02d:%02d", e.start().getHour(), e.start().getMinute(), e.end().getHour(),
                e.end().getMinute());
    }

    // ---- 1: no bare "+N": every event of the week is on paper with its times ---------------------------------

    @Test
    void sixOverlappingEventsOnAPortraitPageAreAllOnPaperWithTheirTimes() throws Exception {
        List<PrintEvent> events = new ArrayList<>(SampleWeeks.ordinary(MONDAY).events());
        events.addAll(sixAtOnce());
        PrintWeek week = new PrintWeek(MONDAY, "", events, List.of(), List.of(), PrintSummary.EMPTY);
        List<PrintedPage> pages = pages(english, week, PORTRAIT);
        Path file = pdf(pages, "six-at-once");
        render(file, 0, 100, "six-at-once-week");
        render(file, 1, 100, "six-at-once-notes");

        PrintedPage front = pages.get(0);
        List<PageElement.Label> more = front.flatten().stream()
                .filter(e -> e instanceof PageElement.Label l && l.role().equals("more-text"))
                .map(PageElement.Label.class::cast).toList();
        assertThat(more).as("a portrait column cannot hold six lanes").isNotEmpty();
        // the box is numbered like a footnote, never a bare "+N": the number at its top right, as on events, apart
        // from the count ("+4⁴" would read as a power)
        assertThat(more).allSatisfy(l -> assertThat(l.text()).matches("\\+\\d+( \\p{L}+)?"));
        assertThat(front.flatten().stream().filter(e -> e instanceof PageElement.Group g && g.role().equals("more")))
                .isNotEmpty().allSatisfy(g -> assertThat(((PageElement.Group) g).children()).anyMatch(c ->
                        c instanceof PageElement.Label l && l.role().equals("event-footnote")
                                && l.text().matches("[⁰¹²³⁴⁵⁶⁷⁸⁹]+")));

        String all = text(file, 1, pages.size());
        String back = text(file, 2, pages.size());
        for (PrintEvent event : sixAtOnce()) {
            assertThat(all).as(event.title()).contains(event.title());
            // drawn in its lane with at least its start time (the box's height gives the end), or listed whole
            String start = time(event).substring(0, 5);
            boolean drawnWithTimes = front.flatten().stream().anyMatch(e -> e instanceof PageElement.Group g
                    && g.role().equals("event") && events.get(Integer.parseInt(g.key())).equals(event)
                    && g.children().stream().anyMatch(c -> c instanceof PageElement.Label l && l.text().startsWith(start)));
            assertThat(drawnWithTimes || back.contains(time(event) + " " + event.title()))
                    .as("%s %s is on paper with its times", time(event), event.title()).isTrue();
        }
        // the hidden ones are listed under Wednesday, with a note when notes are printed
        assertThat(back).contains("Wednesday 25 November: not on the week for lack of room");
        assertThat(back).contains("10:30–12:00 Dorte webinar Bring the new catalogue");
    }

    @Test
    void aBusyWeekListsEveryEventItCountedInAMoreBoxInBothLanguagesOnEveryPaper() throws Exception {
        for (Messages messages : List.of(english, danish)) {
            for (PaperSize paper : PaperSize.values()) {
                for (PrintOrientation orientation : PrintOrientation.values()) {
                    PrintWeek week = SampleWeeks.busy(MONDAY);
                    List<PrintedPage> pages = pages(messages, week, new PrintOptions(paper, orientation, true, false, true));
                    long hidden = pages.get(0).flatten().stream().filter(e -> e.role().equals("more")).count();
                    List<String> listed = pages.subList(1, pages.size()).stream()
                            .flatMap(p -> p.flatten().stream())
                            .filter(e -> e instanceof PageElement.Label l && l.role().equals("notes-event"))
                            .map(e -> ((PageElement.Label) e).text()).toList();
                    int counted = pages.get(0).flatten().stream()
                            .filter(e -> e instanceof PageElement.Label l && l.role().equals("more-text"))
                            .mapToInt(e -> Integer.parseInt(((PageElement.Label) e).text().replaceAll("^\\+(\\d+).*", "$1")))
                            .sum();
                    assertThat(listed).as("%s %s %s", messages.getLocale(), paper, orientation).hasSize(counted);
                    assertThat(hidden == 0 || pages.size() > 1).isTrue();
                    // and each page keeps inside its printable area
                    for (PrintedPage page : pages) {
                        for (PageElement e : page.flatten()) {
                            if (e instanceof PageElement.Label l) {
                                assertThat(l.baseline()).isLessThanOrEqualTo(page.contentHeight());
                                assertThat(l.x() + FONTS.width(l.text(), l.size(), l.bold()))
                                        .isLessThanOrEqualTo(page.contentWidth() + 0.5);
                            }
                        }
                    }
                }
            }
        }
    }

    // ---- 2: the no-break mark is the screen's hourglass, explained with the screen's words -------------------

    @Test
    void workWithoutABreakCarriesTheScreensHourglassDrawnAsAShapeAndTheLegendExplainsIt() throws Exception {
        PrintEvent flagged = PrintEvent.timed(MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0), "Long call block", true)
                .withFlags(true, false);
        PrintWeek week = new PrintWeek(MONDAY, "", List.of(flagged), List.of(), List.of(), PrintSummary.EMPTY);
        for (Messages messages : List.of(english, danish)) {
            List<PrintedPage> pages = pages(messages, week, PORTRAIT);
            PrintedPage page = pages.get(0);
            // the print face has no hourglass (U+231B, U+23F3), so it is drawn
            assertThat(FONTS.printable("⌛⏳")).isEqualTo("??");
            assertThat(page.texts()).noneMatch(t -> t.contains("!"));
            PageElement.Group event = page.flatten().stream()
                    .filter(e -> e instanceof PageElement.Group g && g.role().equals("event")).map(PageElement.Group.class::cast)
                    .findFirst().orElseThrow();
            assertThat(event.children()).extracting(PageElement::role)
                    .contains("event-nobreak", "event-nobreak-glass", "event-nobreak-sand", "event-nobreak-bar",
                            "event-nobreak-edge");
            PageElement.Group legend = page.elements().stream()
                    .filter(e -> e instanceof PageElement.Group g && g.role().equals("legend")
                            && g.key().equals("print.legend.noBreak")).map(PageElement.Group.class::cast)
                    .findFirst().orElseThrow();
            assertThat(legend.children()).extracting(PageElement::role).contains("event-nobreak-glass", "event-nobreak-sand");
            Path file = pdf(pages, "nobreak-" + messages.getLocale());
            assertThat(text(file, 1, 1)).contains(messages.get("calendar.legend.break")).doesNotContain("!");

            // on paper: the hourglass's dark red inside the badge, on white
            PageElement.Box badge = (PageElement.Box) event.children().stream()
                    .filter(e -> e.role().equals("event-nobreak")).findFirst().orElseThrow();
            float dpi = 600;
            BufferedImage image = render(file, 0, dpi, "nobreak-" + messages.getLocale());
            double scale = dpi / 72.0;
            int red = 0;
            int white = 0;
            for (double x = badge.x(); x < badge.x() + badge.w(); x += 0.1) {
                for (double y = badge.y(); y < badge.y() + badge.h(); y += 0.1) {
                    int rgb = image.getRGB((int) ((x + page.marginLeft()) * scale), (int) ((y + page.marginTop()) * scale));
                    int r = (rgb >> 16) & 0xFF;
                    int g = (rgb >> 8) & 0xFF;
                    int b = rgb & 0xFF;
                    if (r > 130 && g < 60 && b < 70) {
                        red++;
                    } else if (r > 240 && g > 240 && b > 240) {
                        white++;
                    }
                }
            }
            assertThat(red).as("hourglass ink").isGreaterThan(200);
            assertThat(white).as("badge paper").isGreaterThan(200);
        }
    }

    // ---- 3: the autumn hour that happens twice ------------------------------------------------------------------

    /** Week 43 of 2027, 25–31 October: summer time ends on Sunday, 02:00–03:00 happens twice in Copenhagen. */
    private static final LocalDate MONDAY_43 = LocalDate.of(2027, 10, 25);
    private static final PrintSpan REPEATED = new PrintSpan(DayOfWeek.SUNDAY, LocalTime.of(2, 0), LocalTime.of(3, 0));

    @Test
    void theHourThatHappensTwiceIsSaidInTheLegendAndMarkedBesideSundaysDate() throws Exception {
        PrintWeek week = new PrintWeek(MONDAY_43, "", List.of(
                PrintEvent.timed(MONDAY_43.plusDays(2), LocalTime.of(19, 0), LocalTime.of(20, 0), "Team call", true)),
                List.of(), List.of(), PrintSummary.EMPTY).withRepeated(List.of(REPEATED));

        List<PrintedPage> en = pages(english, week, PORTRAIT);
        Path enFile = pdf(en, "fold-en");
        render(enFile, 0, 100, "fold-en");
        assertThat(text(enFile, 1, 1)).contains("Sun 31 Oct, 02:00–03:00: this hour happens twice, clocks go back");
        List<PrintedPage> da = pages(danish, week, PrintOptions.DEFAULT.with(PrintOrientation.LANDSCAPE));
        assertThat(text(pdf(da, "fold-da"), 1, 1))
                .contains("Søn. 31. okt., 02:00–03:00: denne time kommer to gange, uret stilles en time tilbage");

        PrintedPage page = en.get(0);
        assertThat(page.elements()).filteredOn(e -> e instanceof PageElement.Group g && g.role().equals("repeated-mark"))
                .singleElement().satisfies(g -> assertThat(PdfWords.day(page,
                        ((PageElement.Group) g).frame().x() + page.marginLeft())).isEqualTo(6));
        assertThat(page.elements()).anyMatch(e -> e instanceof PageElement.Group g && g.role().equals("legend")
                && g.key().equals("print.legend.repeated"));
        // a week without it says nothing of it
        List<PrintedPage> plain = pages(english, week.withRepeated(List.of()), PORTRAIT);
        assertThat(String.join(" ", plain.get(0).texts())).doesNotContain("twice");
    }
}
