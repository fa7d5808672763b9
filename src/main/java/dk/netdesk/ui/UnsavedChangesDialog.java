package dk.netdesk.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks what to do with unsaved edits before they are left: Save, Discard or Cancel, in the app's language. */
public final class UnsavedChangesDialog {

    private UnsavedChangesDialog() {
    }

    /**
     * @param what names what has unsaved edits, e.g. the contact's name
     * @return the user's choice; closing the dialog counts as {@link LeaveChoice#CANCEL}
     */
    public static LeaveChoice ask(Window owner, Messages messages, String what) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        DialogFit.onScreen(alert);
        alert.initOwner(owner);
        alert.setTitle(messages.get("unsaved.title"));
        alert.setHeaderText(messages.format("unsaved.header", what));
        alert.setContentText(messages.get("unsaved.text"));
        ButtonType save = new ButtonType(messages.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = ConfirmDialog.cancel(messages);
        alert.getButtonTypes().setAll(save, discard, cancel);
        alert.getDialogPane().lookupButton(save).setId("unsaved-save");
        alert.getDialogPane().lookupButton(discard).setId("unsaved-discard");
        alert.getDialogPane().lookupButton(cancel).setId("unsaved-cancel");
        ButtonType chosen = alert.showAndWait().orElse(cancel);
        if (chosen == save) {
            return LeaveChoice.SAVE;
        }
        return chosen == discard ? LeaveChoice.DISCARD : LeaveChoice.CANCEL;
    }
}
