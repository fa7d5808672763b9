package dk.netdesk.ui;

import java.util.function.BooleanSupplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Asks "Discard changes?" (Discard / Keep editing) before a form dialog with changes is closed
 * without saving: by its Cancel button, Escape or the window's close button. A dialog whose form is
 * as it opened closes without a question. The contact editor, which can also save on leaving, asks
 * through {@link UnsavedChangesDialog} instead.
 */
public final class DiscardChanges {

    private DiscardChanges() {
    }

    /**
     * Makes {@code dialog} ask before it is closed without saving while {@code changed} says true: by
     * its button of the cancel kind ({@link ButtonBar.ButtonData#CANCEL_CLOSE}, also pressed by Escape)
     * or by the window's close button. Save, Delete and a close by code never ask. Keep editing leaves
     * the dialog open with its fields as they are. Call it after the dialog's buttons are added.
     *
     * @param changed asked at each such close: true when the form differs from what it opened with
     */
    public static void guard(Dialog<?> dialog, Messages messages, BooleanSupplier changed) {
        javafx.event.EventHandler<javafx.event.Event> keepIfAsked = e -> {
            if (changed.getAsBoolean() && !ask(dialog.getDialogPane().getScene().getWindow(), messages)) {
                e.consume();
            }
        };
        dialog.getDialogPane().getButtonTypes().stream()
                .filter(type -> type.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE)
                .map(type -> dialog.getDialogPane().lookupButton(type))
                .forEach(button -> button.addEventFilter(javafx.event.ActionEvent.ACTION, keepIfAsked::handle));
        dialog.getDialogPane().getScene().getWindow().addEventFilter(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST,
                keepIfAsked::handle);
    }

    /**
     * Asks whether to throw away unsaved changes; Keep editing is the default button (Enter) and
     * Escape or closing the question keeps editing too.
     *
     * @return true when the user chose Discard
     */
    public static boolean ask(Window owner, Messages messages) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        DialogFit.onScreen(alert);
        alert.initOwner(owner);
        alert.setTitle(messages.get("discard.title"));
        alert.setHeaderText(messages.get("discard.header"));
        alert.setContentText(messages.get("discard.text"));
        ButtonType discard = new ButtonType(messages.get("discard.discard"), ButtonBar.ButtonData.OTHER);
        ButtonType keep = new ButtonType(messages.get("discard.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(discard, keep);
        Button discardButton = (Button) alert.getDialogPane().lookupButton(discard);
        Button keepButton = (Button) alert.getDialogPane().lookupButton(keep);
        discardButton.setId("discard-changes");
        discardButton.setDefaultButton(false);
        keepButton.setId("discard-keep");
        keepButton.setDefaultButton(true);
        return alert.showAndWait().filter(discard::equals).isPresent();
    }
}
