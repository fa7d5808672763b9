package dk.netdesk.ui;

import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Whether the last input in a window was the mouse or the keyboard, for the focus ring (decision 0043, amended by
 * 0048): after a mouse press the window's root has the pseudo-class {@code :nd-pointer}, after any other key than a
 * modifier alone it has not. {@code netdesk.css} then draws the ring of buttons, toggles, check boxes, links, list
 * cells, cards and events in the colour {@code -nd-focus-ring-key}, transparent under {@code :nd-pointer}: a click
 * shows no ring there, a key (Tab, an arrow, Ctrl+4, Down from a search) does. Text fields, lists, tables, combo
 * boxes and the calendar grid keep their ring whenever focused: the keys go there, and a caret or a cursor needs a
 * place. (JavaFX's own {@code :focus-visible} is cleared by {@code Node.requestFocus()}, which the app calls for
 * most keyboard moves: it would hide the ring exactly where the keyboard put the focus.)
 */
public final class PointerFocus {

    /** The pseudo-class of a window's root after a mouse press. */
    public static final PseudoClass POINTER = PseudoClass.getPseudoClass("nd-pointer");
    /** The style class of a root that follows the input ({@code netdesk.css} keys its rule on it). */
    public static final String STYLE_CLASS = "nd-focus-input";

    private PointerFocus() {
    }

    /**
     * Follows the input inside {@code root} (the main window's root, a dialog's pane): a mouse press sets
     * {@link #POINTER}, a key press clears it. It starts cleared. Installing twice is harmless.
     */
    public static void install(Parent root) {
        if (root.getStyleClass().contains(STYLE_CLASS)) {
            return;
        }
        root.getStyleClass().add(STYLE_CLASS);
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> root.pseudoClassStateChanged(POINTER, true));
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.getCode().isModifierKey()) {
                root.pseudoClassStateChanged(POINTER, false);
            }
        });
    }
}
