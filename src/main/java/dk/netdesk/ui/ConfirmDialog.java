package dk.netdesk.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asks before something is destroyed: a header naming it, a line saying what happens, the action's
 * own button and Cancel, both in the app's language (JavaFX's built-in Cancel follows the system
 * language instead).
 */
public final class ConfirmDialog {

    private ConfirmDialog() {
    }

    /**
     * @param text      the line under the header, or null
     * @param confirmId the id of the confirming button, for tests (may be null)
     * @return true when the user confirmed
     */
    public static boolean ask(Window owner, Messages messages, String title, String header, String text,
                              String confirmLabel, String confirmId) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.setContentText(text);
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(confirm, cancel(messages));
        if (confirmId != null) {
            alert.getDialogPane().lookupButton(confirm).setId(confirmId);
        }
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
