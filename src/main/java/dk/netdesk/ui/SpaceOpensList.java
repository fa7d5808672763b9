package dk.netdesk.ui;

import java.util.Objects;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DatePicker;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Space opens the focused dropdown's list, as Alt+Down and F4 do (decision 0042): a combo box that cannot be
 * typed in, a choice box, a menu button, and a date picker whose field holds no typing of the user's (empty, all
 * selected, or showing its date as the picker wrote it), so a Space in the middle of a typed date still types.
 * A combo box that can be typed in keeps Space for typing. Installed on the main window's scene ({@code Shell})
 * and on every dialog's ({@link DialogKeys}).
 */
public final class SpaceOpensList {

    private static final String INSTALLED = "dk.netdesk.spaceopenslist.installed";

    private SpaceOpensList() {
    }

    /** Adds the key filter to {@code scene}; once per scene. Call on the JavaFX thread. */
    public static void install(Scene scene) {
        if (scene.getProperties().put(INSTALLED, Boolean.TRUE) != null) {
            return;
        }
        // The list opens when Space is released, as a button acts: opened on the press, the release (and the typed
        // space) would reach the open list and pick from it at once, closing it again.
        Runnable[] pending = new Runnable[1];
        EventHandler<KeyEvent> space = e -> {
            if (e.getCode() != KeyCode.SPACE || e.isShortcutDown() || e.isControlDown() || e.isAltDown()
                    || e.isMetaDown() || e.isShiftDown()) {
                return;
            }
            Runnable open = opener(scene.getFocusOwner());
            if (open != null) {
                e.consume();
                pending[0] = open;
            }
        };
        EventHandler<KeyEvent> rest = e -> {
            if (pending[0] == null) {
                return;
            }
            if (e.getEventType() == KeyEvent.KEY_TYPED && " ".equals(e.getCharacter())) {
                e.consume();
            } else if (e.getEventType() == KeyEvent.KEY_RELEASED && e.getCode() == KeyCode.SPACE) {
                e.consume();
                Runnable open = pending[0];
                pending[0] = null;
                open.run();
            }
        };
        scene.addEventFilter(KeyEvent.KEY_PRESSED, space);
        scene.addEventFilter(KeyEvent.KEY_TYPED, rest);
        scene.addEventFilter(KeyEvent.KEY_RELEASED, rest);
    }

    /**
     * What opens the list of {@code focused} (a focus owner, or a node inside a dropdown) when Space should, else
     * null (the key then goes on as usual).
     */
    static Runnable opener(Node focused) {
        for (Node at = focused; at != null; at = at.getParent()) {
            if (at instanceof ComboBoxBase<?> box) {
                if (box.isShowing() || box.isDisabled()) {
                    return null;
                }
                if (box.isEditable() && !(box instanceof DatePicker picker && untouched(picker))) {
                    return null;
                }
                return box::show;
            }
            if (at instanceof ChoiceBox<?> choice) {
                if (choice.isShowing() || choice.isDisabled()) {
                    return null;
                }
                return choice::show;
            }
            if (at instanceof MenuButton menu) {
                if (menu.isShowing() || menu.isDisabled()) {
                    return null;
                }
                return menu::show;
            }
        }
        return null;
    }

    /** True when the picker's field holds nothing the user is typing: empty, wholly selected, or the date as written. */
    private static boolean untouched(DatePicker picker) {
        String text = picker.getEditor().getText();
        if (text == null || text.isEmpty() || picker.getEditor().getSelectedText().equals(text)) {
            return true;
        }
        return picker.getValue() != null && picker.getConverter() != null
                && Objects.equals(text, picker.getConverter().toString(picker.getValue()));
    }
}
