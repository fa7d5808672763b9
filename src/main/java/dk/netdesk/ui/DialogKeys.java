package dk.netdesk.ui;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keys every dialog treats alike ({@link DialogFit#onScreen} installs them): Enter that picks an item in an open
 * list (a ComboBox, ChoiceBox or DatePicker popup, or any other {@link ComboBoxBase}) only picks it and closes the
 * list; it does not also press the dialog's default button. With the list closed, Enter presses the default
 * button as before. Space opens a list ({@link SpaceOpensList}).
 */
public final class DialogKeys {

    private static final String INSTALLED = "dk.netdesk.dialogkeys.installed";

    private DialogKeys() {
    }

    /** Installs the keys on {@code pane}'s scene, now and whenever the pane moves to another scene; once per pane. */
    public static void install(DialogPane pane) {
        if (pane.getProperties().put(INSTALLED, Boolean.TRUE) != null) {
            return;
        }
        EventHandler<KeyEvent> enter = DialogKeys::enterInOpenList;
        pane.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, enter);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, enter);
                SpaceOpensList.install(now);
            }
        });
        Scene scene = pane.getScene();
        if (scene != null) {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, enter);
            SpaceOpensList.install(scene);
        }
    }

    /**
     * On Enter while the focused control's list is open: lets the control pick the item as usual, then stops the
     * key at the control, so it never reaches the scene's accelerators (the default button), and closes the list
     * if the control left it open. Runs before the control sees the key, so the list is still open here. (When the
     * open list holds the keyboard itself, it takes Enter before the dialog sees it; this is for when it does not.)
     */
    private static void enterInOpenList(KeyEvent e) {
        if (e.getCode() != KeyCode.ENTER || !(e.getTarget() instanceof Node target)) {
            return;
        }
        Node list = openListOf(target);
        if (list == null) {
            return;
        }
        // handlers on the target still all run after a consume there: the control picks the item first or after,
        // and the key goes no further up (no default button)
        EventHandler<KeyEvent> stop = new EventHandler<>() {
            @Override
            public void handle(KeyEvent k) {
                target.removeEventHandler(KeyEvent.KEY_PRESSED, this);
                k.consume();
            }
        };
        target.addEventHandler(KeyEvent.KEY_PRESSED, stop);
        javafx.application.Platform.runLater(() -> {
            // the key may be consumed before it reaches the target: the stop is for this one key only
            target.removeEventHandler(KeyEvent.KEY_PRESSED, stop);
            // Enter picks: the value follows the list's selection already, so only the list has to close
            if (list instanceof ComboBoxBase<?> box && box.isShowing()) {
                box.hide();
            } else if (list instanceof ChoiceBox<?> choice && choice.isShowing()) {
                choice.hide();
            }
        });
    }

    /** The ComboBox, DatePicker or ChoiceBox with a showing list that {@code node} is or is in, else null. */
    private static Node openListOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof ComboBoxBase<?> box && box.isShowing() || n instanceof ChoiceBox<?> choice && choice.isShowing()) {
                return n;
            }
        }
        return null;
    }

    /**
     * True when {@code node} (a focus owner or a key's target; not null) is, or is inside, a ComboBox, DatePicker or
     * ChoiceBox whose list is showing: Enter there picks from the list.
     */
    public static boolean openList(Node node) {
        return openListOf(node) != null;
    }
}
