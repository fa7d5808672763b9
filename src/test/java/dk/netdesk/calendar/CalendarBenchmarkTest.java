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
import javafx.scene.Node;
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
 * week's occurrences and totals being ready, up to the week view being laid out, and from an Alt+→ key press
 * up to the new week being drawn. With {@code -Dnetdesk.bench.folder=DIR} (a folder made by {@link BigFolder#main}
 * at scale 1) the calendar is not generated: {@code DIR/netdesk.db} is copied into a temporary folder and measured
 * there (the original is never written). Writes {@code target/benchmarks/calendar.txt}.
 */
@Tag("benchmark")
class CalendarBenchmarkTest {

    static final int SINGLES = BigFolder.Sizes.FULL.events();
    static final int SERIES = BigFolder.Sizes.FULL.series();
    static final int WARMUP = 10;
    static final int RUNS = 50;
    /** The Monday every part of the benchmark starts from. */
    static final LocalDate START = LocalDate.of(2025, 1, 6);
    static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

    @TempDir
    Path dir;

    @Test
    void weekToWeekNavigation() throws Exception {
        Clock clock = Clock.fixed(LocalDateTime.parse("2026-03-02T12:00").atZone(CPH).toInstant(), CPH);
        String ready0 = System.getProperty("netdesk.bench.folder", "");
        Path data = dir.resolve("bench");
        long fill = System.nanoTime();
        if (!ready0.isBlank()) {
            Files.createDirectories(data);
            Files.copy(Path.of(ready0, "netdesk.db"), data.resolve("netdesk.db"));
        }
        try (TestApp app = TestApp.open(data, Locale.ENGLISH, clock)) {
            CalendarRepository repository = new CalendarRepository(app.database(), new dk.netdesk.db.Changes());
            if (ready0.isBlank()) {
                BigFolder.calendar(app.database(), SINGLES, SERIES, List.of());
            }
            double fillSeconds = (System.nanoTime() - fill) / 1e9;
            String source = ready0.isBlank() ? "generated (BigFolder.calendar)" : "copied from " + ready0;
            CalendarViewModel model = app.context().calendar();
            model.load();

            // each part starts at the same Monday, inside the data's years: 60 weeks on stay inside them
            model.goTo(START);
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
            WaitForAsyncUtils.asyncFx(() -> model.goTo(START)).get();
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

            // 3. Alt+Right key press -> new week drawn: the key event goes to the focused node of the shown window
            //    (the calendar's own key filter runs the command); the clock stops at the last frame the renderer
            //    finishes before the screen is still (no frame for QUIET_MS), and at the last pulse with a layout
            Scene scene = FxToolkit.toolkitContext().getRegisteredStage().getScene();
            java.util.concurrent.atomic.AtomicLong lastFrame = new java.util.concurrent.atomic.AtomicLong();
            java.util.concurrent.atomic.AtomicLong lastLayout = new java.util.concurrent.atomic.AtomicLong();
            java.util.concurrent.atomic.AtomicInteger frames = new java.util.concurrent.atomic.AtomicInteger();
            com.sun.javafx.perf.PerformanceTracker tracker = WaitForAsyncUtils.asyncFx(() -> {
                com.sun.javafx.perf.PerformanceTracker t = com.sun.javafx.perf.PerformanceTracker.getSceneTracker(scene);
                t.setOnRenderedFrameTask(() -> {
                    lastFrame.set(System.nanoTime());
                    frames.incrementAndGet();
                });
                scene.addPostLayoutPulseListener(() -> lastLayout.set(System.nanoTime()));
                scene.getRoot().requestFocus();
                return t;
            }).get();
            WaitForAsyncUtils.asyncFx(() -> model.goTo(START)).get();
            long fxThread = WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().getId()).get();
            long[] drawn = new long[RUNS];
            long[] fxCpu = new long[RUNS];
            long[] layoutDone = new long[RUNS];
            int[] framesPer = new int[RUNS];
            for (int i = 0; i < WARMUP + RUNS; i++) {
                int index = i - WARMUP;
                waitQuiet(lastFrame);
                frames.set(0);
                long cpu0 = threads.getThreadCpuTime(fxThread);
                long t0 = WaitForAsyncUtils.asyncFx(() -> {
                    Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
                    long start = System.nanoTime();
                    javafx.event.Event.fireEvent(target, new javafx.scene.input.KeyEvent(
                            javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", javafx.scene.input.KeyCode.RIGHT,
                            false, false, true, false));
                    return start;
                }).get();
                waitQuiet(lastFrame);
                if (index >= 0) {
                    fxCpu[index] = threads.getThreadCpuTime(fxThread) - cpu0;
                    drawn[index] = lastFrame.get() - t0;
                    layoutDone[index] = lastLayout.get() - t0;
                    framesPer[index] = frames.get();
                }
            }
            WaitForAsyncUtils.asyncFx(() -> com.sun.javafx.perf.PerformanceTracker.releaseSceneTracker(scene)).get();
            double meanFrames = Arrays.stream(framesPer).average().orElse(0);

            String report = String.format(Locale.ROOT,
                    "Calendar week-to-week navigation benchmark (%s)%n"
                            + "data: %d single events + %d weekly series over 5 years (%s to %s, %s), "
                            + "%d rows; filled in %.1f s%n"
                            + "occurrences per week shown: %.1f on average%n"
                            + "command -> occurrences + week totals ready: p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d navigations)%n"
                            + "command -> week view laid out (headless): p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d navigations)%n"
                            + "Alt+Right key press -> last pulse with a layout: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n"
                            + "Alt+Right key press -> new week drawn (last frame rendered, Monocle headless, sw pipeline): "
                            + "p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d navigations, %.1f frames each)%n"
                            + "CPU time of the navigating thread (less sensitive to a busy machine): ready p50 %.1f / p95 %.1f ms;"
                            + " laid out p50 %.1f / p95 %.1f ms; JavaFX thread from key press to still p50 %.1f / p95 %.1f ms%n"
                            + "load average at the end: %.2f on %d cores%n",
                    LocalDate.now(ZoneId.of("UTC")), SINGLES, SERIES, BigFolder.FIRST_DAY, BigFolder.LAST_DAY, source,
                    repository.count(), fillSeconds, occurrences / (double) RUNS,
                    ms(percentile(ready, 50)), ms(percentile(ready, 95)), ms(percentile(ready, 100)), RUNS,
                    ms(percentile(laidOut, 50)), ms(percentile(laidOut, 95)), ms(percentile(laidOut, 100)), RUNS,
                    ms(percentile(layoutDone, 50)), ms(percentile(layoutDone, 95)), ms(percentile(layoutDone, 100)),
                    ms(percentile(drawn, 50)), ms(percentile(drawn, 95)), ms(percentile(drawn, 100)), RUNS, meanFrames,
                    ms(percentile(readyCpu, 50)), ms(percentile(readyCpu, 95)),
                    ms(percentile(laidOutCpu, 50)), ms(percentile(laidOutCpu, 95)),
                    ms(percentile(fxCpu, 50)), ms(percentile(fxCpu, 95)),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            System.out.println(report);
            write(report);
        }
    }

    /** The screen is still when no frame has been rendered for this long, in milliseconds. */
    static final long QUIET_MS = 250;

    /** Waits until no frame has been rendered for {@link #QUIET_MS} (at most 5 s). */
    private static void waitQuiet(java.util.concurrent.atomic.AtomicLong lastFrame) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        Thread.sleep(QUIET_MS);
        while (System.nanoTime() < deadline && System.nanoTime() - lastFrame.get() < QUIET_MS * 1_000_000L) {
            Thread.sleep(20);
        }
        WaitForAsyncUtils.waitForFxEvents();
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
