package dk.netdesk.ui;

import java.util.function.BooleanSupplier;
import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * When a field whose typed text becomes its value only on a commit (a date picker, a spinner) takes that text in:
 * on Enter, and before a shortcut such as Ctrl+S or Ctrl+P acts, so the shortcut works on what was typed; and, through
 * {@link #commitFocused}, before a form closes on Escape, so the question about unsaved edits knows of it.
 */
public final class TypedValue {

    private TypedValue() {
    }

    /**
     * Takes in the text typed into the date picker or spinner that has the focus in {@code scene}, if any: for a key
     * handler that acts before the field's own (the contact panel's Escape, a scene filter added before the field's),
     * so that the question about unsaved edits knows of the text. Call on the JavaFX thread.
     */
    public static void commitFocused(javafx.scene.Scene scene) {
        for (javafx.scene.Node at = scene == null ? null : scene.getFocusOwner(); at != null; at = at.getParent()) {
            if (at instanceof javafx.scene.control.DatePicker picker && picker.isEditable()) {
                picker.commitValue();
                return;
            }
            if (at instanceof javafx.scene.control.Spinner<?> spinner && spinner.isEditable()) {
                spinner.commitValue();
                return;
            }
        }
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
