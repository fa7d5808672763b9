package dk.netdesk.testing;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presses a shortcut chord (such as Ctrl+Z) on the focused node of a scene, through the scene's own event
 * dispatch: the same filters, handlers and menu accelerators a real key press reaches.
 *
 * <p>For chords a test must not lose. Under Monocle the platform robot's Ctrl+Z was dropped in the full
 * run after some earlier test classes (it passed alone); firing the events into the scene does not depend
 * on which headless window Monocle thinks has the keyboard.
 */
public final class Shortcut {

    private Shortcut() {
    }

    /**
     * Fires KEY_PRESSED then KEY_RELEASED for {@code code} with Ctrl (the shortcut key on Linux and
     * Windows) and, when {@code shift}, Shift held, at {@code scene}'s focus owner (or the scene's root when
     * nothing has focus), on the JavaFX thread, and waits for the events that follow.
     */
    public static void press(FxRobot robot, Scene scene, KeyCode code, boolean shift) {
        robot.interact(() -> {
            Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
            Event.fireEvent(target, event(KeyEvent.KEY_PRESSED, code, shift));
            Event.fireEvent(target, event(KeyEvent.KEY_RELEASED, code, shift));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static KeyEvent event(javafx.event.EventType<KeyEvent> type, KeyCode code, boolean shift) {
        return new KeyEvent(type, KeyEvent.CHAR_UNDEFINED, code.getName(), code, shift, true, false, false);
    }
}
