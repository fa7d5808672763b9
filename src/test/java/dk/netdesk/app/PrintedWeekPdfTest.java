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

    /** The text of each day column of the saved PDF, Monday first, whitespace folded to single spaces. */
    private List<String> printedDays() throws IOException {
        PrintViewModel print = app.context().print();
        print.open(BusyWeek.MONDAY);
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
