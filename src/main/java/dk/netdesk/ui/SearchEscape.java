package dk.netdesk.ui;

import javafx.event.Event;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Escape in a search field: with text in the field it clears the field and does nothing else (the key
 * press is consumed); in an empty field it does what Escape does on the screen. A screen's own Escape
 * filter on the scene or on an ancestor of the field sees the key first, so it must leave the key alone
 * when {@link #clears} is true.
 */
public final class SearchEscape {

    private static final String MARK = "netdesk.searchEscape";

    private SearchEscape() {
    }

    /** Makes Escape clear {@code field} while it holds text (see the class comment). */
    public static void install(TextField field) {
        field.getProperties().put(MARK, Boolean.TRUE);
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (clears(e)) {
                field.clear();
                e.consume();
            }
        });
    }

    /**
     * True when {@code event} is an Escape key press aimed at a search field given {@link #install} that
     * holds text: the field clears itself and nothing else should act on the key.
     */
    public static boolean clears(Event event) {
        return event instanceof KeyEvent key && key.getEventType() == KeyEvent.KEY_PRESSED
                && key.getCode() == KeyCode.ESCAPE && key.getTarget() instanceof TextField field
                && field.getProperties().get(MARK) == Boolean.TRUE && !field.getText().isEmpty();
    }
}
