package dk.netdesk.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Button;
import javafx.stage.Window;

/**
 * Asks before something is destroyed: a header naming it, a line saying what happens, the action's
 * own button and Cancel, both in the app's language (JavaFX's built-in Cancel follows the system
 * language instead). Cancel is the default button and has the focus, so Enter or Space never
 * confirms by accident; the action happens only when its own button is pressed (or Alt with its mnemonic).
 */
public final class ConfirmDialog {

    private ConfirmDialog() {
    }

    /**
     * @param text      the line under the header, or null
     * @param confirmId the id of the confirming button, for tests (may be null)
     * @return true when the user confirmed; false on Cancel, Enter, Escape or closing the question
     */
    public static boolean ask(Window owner, Messages messages, String title, String header, String text,
                              String confirmLabel, String confirmId) {
        return ask(owner, messages, title, header, text, confirmLabel, confirmId, false);
    }

    /**
     * As {@link #ask(Window, Messages, String, String, String, String, String)}; with {@code irreversible}
     * true (an anonymise, a restore that brings erased people back) the action's button is also marked as
     * dangerous (red).
     */
    public static boolean ask(Window owner, Messages messages, String title, String header, String text,
                              String confirmLabel, String confirmId, boolean irreversible) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        DialogFit.onScreen(alert);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.setContentText(text);
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(confirm, cancel(messages));
        Button confirmButton = (Button) alert.getDialogPane().lookupButton(confirm);
        Button cancelButton = (Button) alert.getDialogPane().lookupButton(alert.getButtonTypes().get(1));
        if (confirmId != null) {
            confirmButton.setId(confirmId);
        }
        confirmButton.setDefaultButton(false);
        cancelButton.setDefaultButton(true);
        if (irreversible) {
            confirmButton.getStyleClass().add("danger");
        }
        alert.setOnShown(e -> cancelButton.requestFocus());
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    /** Cancel in the app's language. */
    public static ButtonType cancel(Messages messages) {
        return new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** OK in the app's language. */
    public static ButtonType ok(Messages messages) {
        return new ButtonType(messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    }
}
