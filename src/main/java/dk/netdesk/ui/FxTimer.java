package dk.netdesk.ui;

import java.time.Duration;
import javafx.animation.PauseTransition;

/**
 * The app's {@link StatusLine.Timer}: a {@link PauseTransition} on the JavaFX thread. Call {@link #after} on
 * the JavaFX thread; the task runs there.
 */
public final class FxTimer implements StatusLine.Timer {

    /**
     * Runs {@code task} once after {@code delay} on the JavaFX thread.
     *
     * @return stops the pause; does nothing once the task has run
     */
    @Override
    public Runnable after(Duration delay, Runnable task) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> task.run());
        pause.playFromStart();
        return pause::stop;
    }
}
