package dk.netdesk.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs database work off the JavaFX thread and hands the result back on it.
 * The app uses {@link FxBackground}; tests use {@link #direct()}, which runs everything
 * on the calling thread so view-model tests are deterministic and need no toolkit.
 */
public interface Background {

    /** Work that returns nothing. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Runs {@code action} on the JavaFX thread: at once when called there, otherwise as soon as the
     * toolkit gets to it. {@link dk.netdesk.db.Changes} delivers through this, so no listener ever
     * touches a property on the database thread. {@link #direct()} runs it at once.
     */
    default void onUiThread(Runnable action) {
        action.run();
    }

    /**
     * Runs {@code work} on the database thread and returns its result once it has finished, for a
     * caller that must know the outcome before it goes on: "Save" in the unsaved-changes question
     * lets the window close, or another contact open, only when the save went through. Called on the
     * JavaFX thread, the window keeps drawing and answering meanwhile (a nested event loop), so a slow
     * database never freezes it, and changes the work publishes are delivered before this returns.
     * This default runs {@code work} on the calling thread, as {@link #direct()} does.
     *
     * @return what {@code work} returned
     * @throws Exception what {@code work} threw (nothing is reported: the caller says it)
     */
    default <T> T runAndWait(Callable<T> work) throws Exception {
        return work.call();
    }

    /** Failures go to the app's error handler. */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess);

    default void run(Work work, Runnable onSuccess) {
        run(() -> {
            work.run();
            return Boolean.TRUE;
        }, ignored -> onSuccess.run());
    }

    default void run(Work work, Runnable onSuccess, Consumer<Throwable> onFailure) {
        run(() -> {
            work.run();
            return Boolean.TRUE;
        }, ignored -> onSuccess.run(), onFailure);
    }

    /**
     * Hands a failure that the caller's own handler cannot explain to the user (a full disk, a
     * locked file, a bug) to the app's error handler, the one {@link #run(Callable, Consumer)} uses:
     * in the app the error dialog, which says storage failures in plain words, once. Call on the
     * JavaFX thread. {@link #direct()} and this default rethrow it.
     */
    default void report(Throwable error) {
        if (error instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw new IllegalStateException(error);
    }

    /** Runs work and callbacks on the calling thread; unhandled failures are rethrown. */
    static Background direct() {
        return new Background() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }

            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess) {
                run(work, onSuccess, e -> {
                    if (e instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IllegalStateException(e);
                });
            }
        };
    }
}
