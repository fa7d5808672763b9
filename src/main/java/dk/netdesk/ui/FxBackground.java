package dk.netdesk.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One background thread for all database work; results and failures come back on the
 * JavaFX thread. A single thread keeps SQLite to one writer at a time.
 */
public final class FxBackground implements Background, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxBackground.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "netdesk-db");
        thread.setDaemon(true);
        return thread;
    });
    private final Consumer<Throwable> defaultFailure;

    /** @param defaultFailure where failures go when the caller gives no handler (the error dialog) */
    public FxBackground(Consumer<Throwable> defaultFailure) {
        this.defaultFailure = defaultFailure;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            executor.execute(() -> {
                try {
                    T result = work.call();
                    Platform.runLater(() -> onSuccess.accept(result));
                } catch (Throwable e) {
                    LOG.debug("Background work failed", e);
                    Platform.runLater(() -> onFailure.accept(e));
                }
            });
        } catch (RejectedExecutionException closing) {
            // Closing down: work asked for now (a reload after the last save) has no screen left to serve.
            LOG.debug("Background work dropped at shutdown");
        }
    }

    @Override
    public void onUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void report(Throwable error) {
        defaultFailure.accept(error);
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess) {
        run(work, onSuccess, defaultFailure);
    }

    /** Lets queued work finish (a save in flight), then stops. */
    @Override
    public void close() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warn("Background work did not finish within 10 s at shutdown");
        }
    }
}
