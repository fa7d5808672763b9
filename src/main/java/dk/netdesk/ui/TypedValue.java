package dk.netdesk.ui;

import java.util.function.BooleanSupplier;
import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * When a field whose typed text becomes its value only on a commit (a date picker, a spinner) takes that text in:
 * on Enter, and before a shortcut such as Ctrl+S or Ctrl+P acts, so the shortcut works on what was typed.
 */
final class TypedValue {

    private TypedValue() {
    }

    /**
     * Runs {@code commit} when Enter is pressed in {@code field}, and when a shortcut key is pressed anywhere in its
     * scene while {@code field} has the focus; both only while {@code editable} says so.
     */
    static void commitOnKeys(Control field, BooleanSupplier editable, Runnable commit) {
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && editable.getAsBoolean()) {
                commit.run();
            }
        });
        // the window's own key handlers come after the scene's, so take the text in there first
        EventHandler<KeyEvent> beforeShortcuts = e -> {
            if (e.isShortcutDown() && field.isFocused() && editable.getAsBoolean()) {
                commit.run();
            }
        };
        field.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, beforeShortcuts);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, beforeShortcuts);
            }
        });
    }
}
