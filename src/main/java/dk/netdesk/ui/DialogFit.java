package dk.netdesk.ui;

import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Keeps a dialog's buttons visible while its content changes after it is shown (an error message, a summary, a
 * list that appears): after each layout, when the dialog's content needs more height than the window gives it, the
 * window grows to fit (never past the screen's usable height, and moved up when its bottom would leave the
 * screen). Long lists belong in a ListView or ScrollPane with a bounded height so the content never needs more than
 * the screen. Also gives dialog contents the app's padding.
 */
public final class DialogFit {

    /** The padding around every dialog's content, in pixels: the same on all sides. */
    public static final Insets PADDING = new Insets(12);

    private DialogFit() {
    }

    /** Sets {@link #PADDING} on {@code content}; returns it. */
    public static <T extends Region> T pad(T content) {
        content.setPadding(PADDING);
        return content;
    }

    /**
     * Makes {@code dialog}'s window follow its content's height from now on. Call before or after showing it.
     * Does nothing to the content itself.
     */
    public static void follow(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        Runnable check = () -> fit(pane);
        pane.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(check);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(check);
            }
        });
        if (pane.getScene() != null) {
            pane.getScene().addPostLayoutPulseListener(check);
        }
    }

    /** Grows {@code pane}'s window when the pane needs more height than the scene has; true when it changed the window. */
    static boolean fit(DialogPane pane) {
        Scene scene = pane.getScene();
        Window window = scene == null ? null : scene.getWindow();
        if (window == null || !window.isShowing()) {
            return false;
        }
        // The pane is laid out at least at its minimum height, which can pass the scene's bottom edge.
        double needed = Math.max(pane.prefHeight(scene.getWidth()), pane.getHeight());
        if (needed <= scene.getHeight() + 0.5) {
            return false;
        }
        window.sizeToScene();
        Rectangle2D screen = Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(),
                window.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        if (window.getHeight() > screen.getHeight()) {
            window.setHeight(screen.getHeight());
        }
        if (window.getY() + window.getHeight() > screen.getMaxY()) {
            window.setY(Math.max(screen.getMinY(), screen.getMaxY() - window.getHeight()));
        }
        return true;
    }
}
