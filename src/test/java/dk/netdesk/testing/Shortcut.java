package dk.netdesk.testing;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presses a shortcut chord (such as Ctrl+Z) on the focused node of the active window, through the scene's own
 * event dispatch: the same filters, handlers and menu accelerators a real key press reaches.
 *
 * <p>For chords a test must not lose. Under Monocle the platform robot's Ctrl+Z was dropped now and then in the
 * full run (ContactsViewTest, ContactAttachmentsViewTest, CalendarViewTest; each passes alone), while Tab and
 * Space pressed just before it arrived. Firing the events into the scene does not depend on the headless
 * platform's keyboard state or on which window it thinks has the keyboard.
 */
public final class Shortcut {

    private Shortcut() {
    }

    /**
     * Fires KEY_PRESSED then KEY_RELEASED for Ctrl (the shortcut key on Linux and Windows) plus {@code code}, with
     * Shift held too when {@code shift}, at the focus owner of the focused stage (or, when no stage has the focus,
     * the stage shown last; the scene's root when nothing in it has focus), on the JavaFX thread, and waits for
     * the events that follow.
     */
    public static void ctrl(FxRobot robot, KeyCode code, boolean shift) {
        robot.interact(() -> {
            Scene scene = activeScene();
            Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
            Event.fireEvent(target, event(KeyEvent.KEY_PRESSED, code, shift));
            Event.fireEvent(target, event(KeyEvent.KEY_RELEASED, code, shift));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Ctrl+Z: the app's undo, or a text field's own while the user is typing in it. */
    public static void undo(FxRobot robot) {
        ctrl(robot, KeyCode.Z, false);
    }

    private static Scene activeScene() {
        Stage last = null;
        for (Window window : Window.getWindows()) {
            if (window instanceof Stage stage && stage.isShowing() && stage.getScene() != null) {
                if (stage.isFocused()) {
                    return stage.getScene();
                }
                last = stage;
            }
        }
        if (last == null) {
            throw new IllegalStateException("no window is showing");
        }
        return last.getScene();
    }

    private static KeyEvent event(javafx.event.EventType<KeyEvent> type, KeyCode code, boolean shift) {
        return new KeyEvent(type, KeyEvent.CHAR_UNDEFINED, code.getName(), code, shift, true, false, false);
    }
}
