package dk.netdesk.ui;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Multi-line fields never trap the keyboard (decision 0042): in a text area made here, Tab and Shift+Tab move the
 * focus to the next and previous control, as in every other field, and Ctrl+Tab types a tab character where one
 * is ever wanted. Every {@code TextArea} of the app is made by {@link #textArea()} ({@code TabMovesFocusTest}
 * fails on a {@code new TextArea} anywhere else).
 */
public final class TabMovesFocus {

    private static final String FORWARDING = "dk.netdesk.tabmovesfocus.forwarding";

    private TabMovesFocus() {
    }

    /** A new, empty text area with Tab moving the focus (see the class comment). Call on the JavaFX thread. */
    public static TextArea textArea() {
        TextArea area = new TextArea();
        install(area);
        return area;
    }

    /** A new text area holding {@code text} (null is empty), with Tab moving the focus. */
    public static TextArea textArea(String text) {
        TextArea area = textArea();
        area.setText(text == null ? "" : text);
        return area;
    }

    /**
     * Makes Tab / Shift+Tab in {@code area} move the focus and Ctrl+Tab type a tab character. The text area's
     * own keys do the moving (JavaFX moves the focus out of a text area on Ctrl+Tab): a plain Tab is handed on to
     * them as that key.
     */
    static void install(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.TAB || e.isAltDown() || e.isMetaDown()
                    || Boolean.TRUE.equals(area.getProperties().get(FORWARDING))) {
                return;
            }
            e.consume();
            if (e.isControlDown()) {
                if (area.isEditable()) {
                    area.replaceSelection("\t");
                }
                return;
            }
            area.getProperties().put(FORWARDING, Boolean.TRUE);
            try {
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false, false));
            } finally {
                area.getProperties().remove(FORWARDING);
            }
        });
    }
}
