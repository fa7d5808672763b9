package dk.netdesk.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
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

    /**
     * {@inheritDoc} On the JavaFX thread it waits in a nested event loop, which ends once the work's
     * result has been handed back (after the changes it published); where a nested loop may not start
     * (during an animation or layout pulse) and off the JavaFX thread, the caller blocks until the
     * work is done.
     *
     * @throws IllegalStateException when the app is closing down and takes no more work
     */
    @Override
    public <T> T runAndWait(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                try {
                    result.complete(work.call());
                } catch (Throwable e) {
                    LOG.debug("Background work failed", e);
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException closing) {
            throw new IllegalStateException("The database thread is closing down", closing);
        }
        if (Platform.isFxApplicationThread() && Platform.canStartNestedEventLoop()) {
            Object key = new Object();
            // Handed back like run()'s results, so the changes the work published are delivered first.
            result.whenComplete((value, error) -> Platform.runLater(() -> Platform.exitNestedEventLoop(key, null)));
            Platform.enterNestedEventLoop(key);
        }
        try {
            return result.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            throw (Error) cause;
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
