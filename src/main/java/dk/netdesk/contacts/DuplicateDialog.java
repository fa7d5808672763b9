package dk.netdesk.contacts;

import dk.netdesk.ui.DialogFit;
import dk.netdesk.ui.ConfirmDialog;
import dk.netdesk.ui.Messages;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** Asks what to do when a new contact has the email or phone of a stored one. */
public final class DuplicateDialog {

    /** What the user chose. */
    public enum Choice { OPEN_EXISTING, CREATE_ANYWAY, CANCEL }

    private DuplicateDialog() {
    }

    /** Asks whether to open {@code existing} or create the new contact anyway; the buttons' ids are {@code duplicate-open} and {@code duplicate-create}. */
    public static Choice ask(Node owner, Messages messages, Contact existing) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        DialogFit.onScreen(alert);
        if (owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
        }
        alert.setTitle(messages.get("contact.duplicate.title"));
        alert.setHeaderText(messages.format("contact.duplicate.header", existing.name()));
        alert.setContentText(messages.get("contact.duplicate.text"));
        ButtonType openIt = new ButtonType(messages.format("contact.duplicate.open", existing.name()),
                ButtonBar.ButtonData.YES);
        ButtonType createAnyway = new ButtonType(messages.get("contact.duplicate.create"), ButtonBar.ButtonData.NO);
        alert.getButtonTypes().setAll(openIt, createAnyway, ConfirmDialog.cancel(messages));
        alert.getDialogPane().lookupButton(openIt).setId("duplicate-open");
        alert.getDialogPane().lookupButton(createAnyway).setId("duplicate-create");
        ButtonType chosen = alert.showAndWait().orElse(null);
        return chosen == openIt ? Choice.OPEN_EXISTING : chosen == createAnyway ? Choice.CREATE_ANYWAY : Choice.CANCEL;
    }
}
