package dk.netdesk.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where unexpected failures go: the log, and a dialog with "copy details" on the JavaFX thread.
 * The app never dies silently.
 */
public final class ErrorReporter {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    private final Messages messages;
    private final AtomicBoolean showing = new AtomicBoolean();
    private volatile boolean uiRunning;
    private volatile Window owner;
    private volatile java.util.function.BooleanSupplier quiet = () -> false;

    public ErrorReporter(Messages messages) {
        this.messages = messages;
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

    public void report(Throwable error) {
        LOG.error("Unexpected error", error);
        if (!uiRunning || quiet.getAsBoolean()) {
            return;
        }
        Runnable show = () -> {
            if (showing.compareAndSet(false, true)) {
                try {
                    ErrorDialog.show(owner, messages, error);
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
}
