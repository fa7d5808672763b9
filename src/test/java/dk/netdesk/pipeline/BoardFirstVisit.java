package dk.netdesk.pipeline;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.robot.Robot;
import javafx.stage.Window;

/**
 * One honest first visit to the board, in a process of its own ({@link PipelineBenchmarkTest#firstBoardVisit} starts
 * it several times). {@code main(DATA_DIR)} starts the real app ({@code dk.netdesk.app.Netdesk}) on the folder, waits
 * until its window is shown and the app is idle (the start-up loads, the data file check and the first backup are
 * done: the process uses under 10 % of a core, and its JavaFX thread answers within 20 ms, for four half-seconds in a
 * row, at least 3 s after the window), then
 * presses Ctrl+2 through the JavaFX robot, as the user does, and times:
 * <ul>
 *   <li>the clock starts on the JavaFX thread right before the robot's key press;</li>
 *   <li>every pulse after it (its CSS and layout passes, between a pre- and a post-layout pulse listener) and every
 *   frame drawn (the scene's performance tracker, called by the render thread once a frame is painted);</li>
 *   <li>the screen is still at the first frame drawn after the last pulse whose CSS and layout took over 0.5 ms, once
 *   1.5 s pass without another (the search field's blinking caret keeps pulses and frames coming, but its pulses do
 *   no CSS or layout work).</li>
 * </ul>
 * Prints one line {@code FIRST_VISIT still=<ms> key=<ms> firstPulse=<ms> workingPulses=<n> cssAndLayout=<ms>
 * frames=<n> fxCpu=<ms> renderCpu=<ms> size=<w>x<h>} (times in ms from the clock's start; key is when the scene saw
 * the key, firstPulse when the first pulse after it began, cssAndLayout the sum of the pulses' CSS and layout passes;
 * fxCpu the JavaFX thread's CPU time from the key press to the end of the last working pulse and renderCpu the render
 * thread's until the still frame, which tell the work apart from waiting on a loaded machine) to stdout, then ends the process at once
 * ({@code System.exit}: shutdown hooks run, the window is not closed). Any failure prints {@code FIRST_VISIT failed ...} and exits with 1.
 */
public final class BoardFirstVisit {

    /** A pulse whose CSS and layout passes take longer than this did work; a caret's blink takes far less. */
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long WORK_NANOS = TimeUnit.MICROSECONDS.toNanos(500);
    /** How long after the last working pulse the pulses are still watched. */
    private static final long SETTLE_NANOS = TimeUnit.MILLISECONDS.toNanos(1500);

    private BoardFirstVisit() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        Thread probe = new Thread(() -> {
            try {
                String result = measure();
                System.out.println(result);
                System.out.flush();
                System.exit(0);
            } catch (Throwable e) {
                System.out.println("FIRST_VISIT failed " + e);
                e.printStackTrace(System.out);
                System.out.flush();
                Runtime.getRuntime().halt(1);
            }
        }, "bench-probe");
        probe.setDaemon(true);
        probe.start();
        dk.netdesk.app.Netdesk.main(new String[] {"--data-dir", dir.toString()});
    }

    private static String measure() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        Scene scene = null;
        while (scene == null) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no window within 300 s");
            }
            Thread.sleep(50);
            if (isFxRunning()) {
                scene = onFx(() -> Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                        .filter(s -> s != null && s.getRoot() != null && s.lookup("#nav-pipeline") != null)
                        .findFirst().orElse(null));
            }
        }
        Thread.sleep(3000);
        waitIdle(deadline);

        Scene shown = scene;
        ConcurrentLinkedQueue<long[]> pulses = new ConcurrentLinkedQueue<>();
        long[] pulseStart = new long[1];
        java.util.concurrent.ConcurrentSkipListMap<Long, Long> frameCpu = new java.util.concurrent.ConcurrentSkipListMap<>();
        long[] renderThread = {Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .mapToLong(Thread::getId).findFirst().orElse(-1)};
        long[] cpuAtStart = new long[2];
        long[] start = new long[1];
        long[] key = new long[1];
        onFx(() -> {
            shown.addPreLayoutPulseListener(() -> pulseStart[0] = System.nanoTime());
            shown.addPostLayoutPulseListener(() -> pulses.add(new long[] {pulseStart[0], System.nanoTime(),
                    THREADS.getCurrentThreadCpuTime()}));
            rendered(shown, () -> {
                frameCpu.put(System.nanoTime(), THREADS.getCurrentThreadCpuTime());
                renderThread[0] = Thread.currentThread().getId();
            });
            shown.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.DIGIT2 && key[0] == 0) {
                    key[0] = System.nanoTime();
                }
            });
            return null;
        });
        // Let the listeners' own first pulse (if any) pass before the clock starts.
        Thread.sleep(1000);
        pulses.clear();
        frameCpu.clear();
        onFx(() -> {
            Robot robot = new Robot();
            cpuAtStart[1] = renderThread[0] < 0 ? 0 : THREADS.getThreadCpuTime(renderThread[0]);
            cpuAtStart[0] = THREADS.getCurrentThreadCpuTime();
            start[0] = System.nanoTime();
            robot.keyPress(KeyCode.CONTROL);
            robot.keyPress(KeyCode.DIGIT2);
            robot.keyRelease(KeyCode.DIGIT2);
            robot.keyRelease(KeyCode.CONTROL);
            return null;
        });
        // Wait until SETTLE_NANOS pass after the last pulse that did work (CSS or layout).
        while (true) {
            Thread.sleep(20);
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the screen was never still");
            }
            long[] work = lastWork(pulses) != null ? lastWork(pulses) : pulses.peek();
            Long frame = frameCpu.isEmpty() ? null : frameCpu.lastKey();
            if (work != null && frame != null && frame >= work[1] && System.nanoTime() - work[1] > SETTLE_NANOS) {
                break;
            }
        }
        boolean onBoard = onFx(() -> shown.lookup("#pipeline-board") != null
                && shown.lookup("#pipeline-board").getScene() != null);
        if (!onBoard) {
            throw new IllegalStateException("Ctrl+2 did not show the board");
        }
        long t0 = start[0];
        List<long[]> pulseTimes = new ArrayList<>(pulses);
        List<Long> frameTimes = new ArrayList<>(frameCpu.keySet());
        long[] lastWork = lastWork(pulses) != null ? lastWork(pulses) : pulseTimes.get(0);
        long still = frameTimes.stream().filter(f -> f >= lastWork[1]).findFirst().orElseThrow();
        int working = (int) pulseTimes.stream().filter(p -> p[1] - p[0] > WORK_NANOS).count();
        long cssAndLayout = pulseTimes.stream().mapToLong(p -> p[1] - p[0]).sum();
        double fxCpu = ms(lastWork[2] - cpuAtStart[0]);
        double renderCpu = cpuAtStart[1] == 0 ? -1 : ms(frameCpu.get(still) - cpuAtStart[1]);
        int framesUntilStill = (int) frameTimes.stream().filter(f -> f >= t0 && f <= still).count();
        if (Boolean.getBoolean("netdesk.bench.trace")) {
            System.out.println("clock start (epoch ms) " + (System.currentTimeMillis() - ms(System.nanoTime() - t0)));
            System.out.println("pulses (start-end ms) " + pulseTimes.stream().filter(p -> p[0] < still)
                    .map(p -> String.format(Locale.ROOT, "%.1f-%.1f", ms(p[0] - t0), ms(p[1] - t0))).toList());
            System.out.println("frames " + frameTimes.stream().map(t -> String.format(Locale.ROOT, "%.1f", ms(t - t0))).toList());
        }
        return String.format(Locale.ROOT, "FIRST_VISIT still=%.1f key=%.1f firstPulse=%.1f workingPulses=%d "
                + "cssAndLayout=%.1f frames=%d fxCpu=%.1f renderCpu=%.1f size=%.0fx%.0f", ms(still - t0), ms(key[0] - t0),
                ms(pulseTimes.get(0)[0] - t0), working, ms(cssAndLayout), framesUntilStill, fxCpu, renderCpu,
                shown.getWidth(), shown.getHeight());
    }

    /** Calls {@code task} when the render thread has painted a frame of {@code scene} (JavaFX's scene tracker). */
    private static void rendered(Scene scene, Runnable task) throws ReflectiveOperationException {
        Class<?> tracker = Class.forName("com.sun.javafx.perf.PerformanceTracker");
        Object sceneTracker = tracker.getMethod("getSceneTracker", Scene.class).invoke(null, scene);
        tracker.getMethod("setOnRenderedFrameTask", Runnable.class).invoke(sceneTracker, task);
    }

    /**
     * Waits until the process uses under 10 % of one core in four half-seconds in a row, and in each the JavaFX thread
     * runs a task within 20 ms: on a heavily loaded machine a starved process uses little CPU while its work still
     * waits, so the CPU alone is not enough.
     */
    private static void waitIdle(long deadline) throws Exception {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int quiet = 0;
        long cpu = os.getProcessCpuTime();
        while (quiet < 4) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the app never went idle");
            }
            Thread.sleep(500);
            long asked = System.nanoTime();
            onFx(() -> null);
            boolean prompt = System.nanoTime() - asked < TimeUnit.MILLISECONDS.toNanos(20);
            long now = os.getProcessCpuTime();
            quiet = prompt && now - cpu < TimeUnit.MILLISECONDS.toNanos(50) ? quiet + 1 : 0;
            cpu = now;
        }
    }

    private static boolean isFxRunning() {
        try {
            CompletableFuture<Boolean> ran = new CompletableFuture<>();
            Platform.runLater(() -> ran.complete(true));
            return ran.get(2, TimeUnit.SECONDS);
        } catch (IllegalStateException e) {
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    /** The last pulse whose CSS and layout passes took longer than {@link #WORK_NANOS}. */
    private static long[] lastWork(ConcurrentLinkedQueue<long[]> pulses) {
        long[] last = null;
        for (long[] p : pulses) {
            if (p[1] - p[0] > WORK_NANOS) {
                last = p;
            }
        }
        return last;
    }

    private static Long lastOf(ConcurrentLinkedQueue<Long> times) {
        Long last = null;
        for (Long t : times) {
            last = t;
        }
        return last;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
