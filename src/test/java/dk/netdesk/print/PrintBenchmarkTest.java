package dk.netdesk.print;

import dk.netdesk.app.Bundles;
import dk.netdesk.ui.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mvn -B -Pbenchmark test -Dtest=PrintBenchmarkTest}: how long laying out a busy week takes (it runs on
 * every option change in the preview) and how long a year of weeks takes as PDF. Writes
 * {@code target/benchmarks/print.txt}.
 */
@Tag("benchmark")
class PrintBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void layoutAndPdf() throws IOException {
        PrintFonts fonts = new PrintFonts();
        long fontStart = System.nanoTime();
        fonts.width("Uge 48", 10, true);
        double fontMs = (System.nanoTime() - fontStart) / 1e6;
        WeekLayout layout = new WeekLayout(fonts, new Messages(new Locale("da"), Bundles.ALL));
        PrintWeek busy = SampleWeeks.busy(SampleWeeks.MONDAY_48);
        PrintOptions options = new PrintOptions(PaperSize.A4, PrintOrientation.PORTRAIT, true, true, true);
        for (int i = 0; i < 100; i++) {
            layout.page(busy, options);
        }
        double[] layoutMs = new double[300];
        for (int i = 0; i < layoutMs.length; i++) {
            long start = System.nanoTime();
            layout.page(busy, options);
            layoutMs[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(layoutMs);

        List<PrintedPage> year = new ArrayList<>();
        long start = System.nanoTime();
        for (int week = 0; week < 52; week++) {
            year.add(layout.page(SampleWeeks.busy(SampleWeeks.MONDAY_48.plusWeeks(week)), options));
        }
        Path file = dir.resolve("year.pdf");
        new PdfWeekWriter(fonts).write(file, year, "Uge 48–47", "Maria");
        double yearMs = (System.nanoTime() - start) / 1e6;
        long bytes = Files.size(file);

        String report = String.format(Locale.ROOT, """
                print benchmark (%s), busy week: %d events, A4 portrait, notes and summary on
                font load (first use, both faces): %.1f ms
                layout of one busy week: median %.2f ms, p95 %.2f ms (%d runs after 100 warm-up)
                52 busy weeks laid out and written as one PDF: %.0f ms, %d KB
                """, java.time.LocalDate.now(java.time.ZoneOffset.UTC), busy.events().size(), fontMs,
                layoutMs[layoutMs.length / 2], layoutMs[(int) (layoutMs.length * 0.95)], layoutMs.length, yearMs, bytes / 1024);
        System.out.println(report);
        Path out = Path.of(System.getProperty("netdesk.buildDir", "target"), "benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve("print.txt"), report);
    }
}
