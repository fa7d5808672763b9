package dk.netdesk.calendar;

import dk.netdesk.testing.BigFolder;
import dk.netdesk.testing.TestApp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code mvn -B -Pbenchmark test -Dtest=CalendarBenchmarkTest}: week-to-week navigation with
 * the big data folder's calendar ({@link BigFolder#calendar}): 12 weekly series over 5 years plus
 * 50,000 single events. Times the command up to the
 * week's occurrences and totals being ready, and up to the week view being laid out.
 */
@Tag("benchmark")
class CalendarBenchmarkTest {

    static final int SINGLES = BigFolder.Sizes.FULL.events();
    static final int SERIES = BigFolder.Sizes.FULL.series();
    static final int WARMUP = 10;
    static final int RUNS = 50;
    static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

    @TempDir
    Path dir;

    @Test
    void weekToWeekNavigation() throws Exception {
        Clock clock = Clock.fixed(LocalDateTime.parse("2026-03-02T12:00").atZone(CPH).toInstant(), CPH);
        try (TestApp app = TestApp.open(dir.resolve("bench"), Locale.ENGLISH, clock)) {
            CalendarRepository repository = new CalendarRepository(app.database(), new dk.netdesk.db.Changes());
            long fill = System.nanoTime();
            BigFolder.calendar(app.database(), SINGLES, SERIES, List.of());
            double fillSeconds = (System.nanoTime() - fill) / 1e9;
            CalendarViewModel model = app.context().calendar();
            model.load();

            // 1. command -> occurrences + totals ready (view-model, database included)
            for (int i = 0; i < WARMUP; i++) {
                model.next();
            }
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long[] ready = new long[RUNS];
            long[] readyCpu = new long[RUNS];
            int occurrences = 0;
            for (int i = 0; i < RUNS; i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                model.next();
                ready[i] = System.nanoTime() - t0;
                readyCpu[i] = threads.getCurrentThreadCpuTime() - c0;
                occurrences += model.occurrences().size();
            }

            // 2. command -> week view laid out (on the JavaFX thread, headless)
            FxToolkit.registerPrimaryStage();
            CalendarView view = new CalendarView(model, app.context().messages());
            WaitForAsyncUtils.asyncFx(() -> {
                dk.netdesk.ui.Theme.LIGHT.apply();
                Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
                Parent root = (Parent) view.build();
                stage.setScene(new Scene(root, 1100, 700));
                stage.show();
            }).get();
            WaitForAsyncUtils.waitForFxEvents();
            long[] laidOut = new long[RUNS];
            long[] laidOutCpu = new long[RUNS];
            for (int i = 0; i < WARMUP + RUNS; i++) {
                int index = i - WARMUP;
                long[] took = WaitForAsyncUtils.asyncFx(() -> {
                    Parent root = FxToolkit.toolkitContext().getRegisteredStage().getScene().getRoot();
                    long c0 = threads.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    model.next();
                    root.applyCss();
                    root.layout();
                    return new long[] {System.nanoTime() - t0, threads.getCurrentThreadCpuTime() - c0};
                }).get();
                if (index >= 0) {
                    laidOut[index] = took[0];
                    laidOutCpu[index] = took[1];
                }
            }

            String report = String.format(Locale.ROOT,
                    "Calendar week-to-week navigation benchmark (%s)%n"
                            + "data: %d single events + %d weekly series over 5 years (%s to %s, BigFolder.calendar), "
                            + "%d rows; filled in %.1f s%n"
                            + "occurrences per week shown: %.1f on average%n"
                            + "command -> occurrences + week totals ready: p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d navigations)%n"
                            + "command -> week view laid out (headless): p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d navigations)%n"
                            + "CPU time of the navigating thread (less sensitive to a busy machine): ready p50 %.1f / p95 %.1f ms;"
                            + " laid out p50 %.1f / p95 %.1f ms%n"
                            + "load average at the end: %.2f on %d cores%n",
                    LocalDate.now(ZoneId.of("UTC")), SINGLES, SERIES, BigFolder.FIRST_DAY, BigFolder.LAST_DAY,
                    repository.count(), fillSeconds, occurrences / (double) RUNS,
                    ms(percentile(ready, 50)), ms(percentile(ready, 95)), ms(percentile(ready, 100)), RUNS,
                    ms(percentile(laidOut, 50)), ms(percentile(laidOut, 95)), ms(percentile(laidOut, 100)), RUNS,
                    ms(percentile(readyCpu, 50)), ms(percentile(readyCpu, 95)),
                    ms(percentile(laidOutCpu, 50)), ms(percentile(laidOutCpu, 95)),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            System.out.println(report);
            write(report);
        }
    }

    private static long percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void write(String report) throws IOException {
        Path folder = Path.of(System.getProperty("netdesk.buildDir", "target"), "benchmarks");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("calendar.txt"), report);
    }
}
