package dk.netdesk.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;

/**
 * Dialog buttons that come and go. A dialog's button bar keeps room (and the gap between button groups)
 * for a button that is only made invisible, even with its managed property bound to visible: blank
 * remains sit beside the buttons shown. A button that is to go is taken out of the bar instead and put
 * back when it is to be shown again (the bar orders its buttons by their kind); the node (id, bindings,
 * handlers) stays the same.
 */
public final class DialogButtons {

    private DialogButtons() {
    }

    /**
     * Keeps {@code button} (one of {@code pane}'s buttons, from {@code lookupButton}) in the dialog's button bar
     * only while {@code shown} is true, now and whenever it changes; it is also made visible or not.
     *
     * @throws IllegalStateException when the pane has no button bar
     */
    public static void showOnlyWhen(DialogPane pane, Button button, ObservableBooleanValue shown) {
        if (!(pane.lookup(".button-bar") instanceof ButtonBar bar)) {
            throw new IllegalStateException("the dialog pane has no button bar");
        }
        Runnable update = () -> {
            boolean show = shown.get();
            if (!button.visibleProperty().isBound()) {
                button.setVisible(show);
            }
            if (show && !bar.getButtons().contains(button)) {
                bar.getButtons().add(button);
            } else if (!show) {
                bar.getButtons().remove(button);
            }
        };
        shown.addListener((obs, old, now) -> update.run());
        update.run();
    }
}
