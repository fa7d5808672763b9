package dk.netdesk.library;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** Runs only the last of several quick requests, after a pause (search as you type). */
@FunctionalInterface
public interface Debouncer {

    void submit(Runnable action);

    /** Runs at once: for view-model tests. */
    static Debouncer immediate() {
        return Runnable::run;
    }

    /** Waits for a pause on the JavaFX thread; submit on the JavaFX thread. */
    static Debouncer fx(java.time.Duration pause) {
        return new Debouncer() {
            private PauseTransition timer;
            private Runnable pending;

            @Override
            public void submit(Runnable action) {
                if (timer == null) {
                    timer = new PauseTransition(Duration.millis(pause.toMillis()));
                    timer.setOnFinished(e -> {
                        Runnable run = pending;
                        pending = null;
                        if (run != null) {
                            run.run();
                        }
                    });
                }
                pending = action;
                timer.playFromStart();
            }
        };
    }
}
