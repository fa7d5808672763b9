package dk.netdesk.ui;

import dk.netdesk.db.StorageFailure;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where failures go: the log, and a dialog with "Copy details" on the JavaFX thread. The app never
 * dies silently. A storage failure the user can act on (see {@link StorageFailure}) is shown in plain
 * words once, and not again while it lasts ({@link FailureNotices}); work the user did not ask for
 * reports through {@link #logQuietly} and shows nothing.
 */
public final class ErrorReporter {

    /** Shows a failure to the user; the app's shows {@link ErrorDialog}, tests record what would be shown. */
    @FunctionalInterface
    public interface Display {
        /** Called on the JavaFX thread; returns when the user has closed what it showed. */
        void show(Window owner, Throwable error);
    }

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    private final Display display;
    private final FailureNotices notices;
    private final AtomicBoolean showing = new AtomicBoolean();
    private volatile boolean uiRunning;
    private volatile Window owner;
    private volatile java.util.function.BooleanSupplier quiet = () -> false;

    /** @param clock times how long a shown kind of failure stays quiet */
    public ErrorReporter(Messages messages, Clock clock) {
        this((owner, error) -> ErrorDialog.show(owner, messages, error), clock);
    }

    /** With the given display (tests). */
    public ErrorReporter(Display display, Clock clock) {
        this.display = display;
        this.notices = new FailureNotices(clock);
    }

    /** Called once the main window exists. */
    public void uiStarted(Window window) {
        this.owner = window;
        this.uiRunning = true;
    }

    /** Called when the app closes down: failures from then on are logged only. */
    public void uiStopped() {
        this.uiRunning = false;
    }

    /**
     * While {@code quiet} returns true, failures are logged only: the user has already been told what is
     * wrong (a damaged data file, where every read and write may fail) and a dialog per failure adds nothing.
     */
    public void setQuietWhile(java.util.function.BooleanSupplier quiet) {
        this.quiet = quiet;
    }

    /**
     * Logs {@code error} and shows it, unless a failure of the same storage kind was shown and has not
     * been over since. Any thread.
     */
    public void report(Throwable error) {
        StorageFailure kind = StorageFailure.of(error);
        if (kind == StorageFailure.OTHER) {
            LOG.error("Unexpected error", error);
        } else {
            LOG.warn("Storage failure ({})", kind, error);
        }
        if (!uiRunning || quiet.getAsBoolean()) {
            return;
        }
        if (!notices.shouldShow(kind)) {
            LOG.info("Not shown again: {} was shown a moment ago and has not been over since", kind);
            return;
        }
        Runnable show = () -> {
            if (showing.compareAndSet(false, true)) {
                try {
                    display.show(owner, error);
                } finally {
                    showing.set(false);
                }
            }
        };
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }

    /** A write went through: storage failures shown before are over, and the next one is shown again. */
    public void writeSucceeded() {
        notices.writeSucceeded();
    }

    /**
     * A failure of work the user did not ask for (the reminder check, saving the window size): the log
     * only, never a dialog. {@code what} names the work in the log.
     */
    public static void logQuietly(String what, Throwable error) {
        LOG.warn("Background work failed quietly: {} ({})", what, StorageFailure.of(error), error);
    }
}
