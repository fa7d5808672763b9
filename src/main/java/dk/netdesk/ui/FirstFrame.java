package dk.netdesk.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs work once a scene's first frame is drawn, so that the work does not delay it. */
public final class FirstFrame {

    private FirstFrame() {
    }

    /**
     * Runs {@code action} once on the JavaFX thread, in a task of its own right after the pulse that
     * lays out and draws {@code scene} for the first time. Call on the JavaFX thread, before that pulse
     * (for example right after {@code stage.show()}).
     */
    public static void after(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            // Runs inside the pulse, after its layout and before its drawing: the action comes after it.
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
