package dk.netdesk.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Tells the user that the data file is damaged and saving has stopped, and offers to restore the
 * newest good backup ({@link DataFileCheck}). Ids: {@code #damaged-dialog}, {@code #damaged-message},
 * {@code #damaged-offer}, {@code #damaged-restore} (only with a backup), {@code #damaged-keep}.
 */
public final class DamagedFileDialog {

    private DamagedFileDialog() {
    }

    /** Shows the dialog (without waiting); "Restore backup" calls {@link DataFileCheck#restore()}. */
    public static Alert show(Window owner, Messages messages, DataFileCheck check) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        DialogFit.onScreen(alert);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(messages.get("integrity.title"));
        alert.setHeaderText(messages.get("integrity.header"));
        alert.getDialogPane().setId("damaged-dialog");
        Label message = new Label(check.messageProperty().get());
        message.setId("damaged-message");
        message.setWrapText(true);
        Label offer = new Label(check.offerProperty().get());
        offer.setId("damaged-offer");
        offer.setWrapText(true);
        VBox content = new VBox(12, message, offer);
        content.setPrefWidth(520);
        alert.getDialogPane().setContent(content);
        ButtonType keep = new ButtonType(messages.get("integrity.keepReading"), ButtonBar.ButtonData.CANCEL_CLOSE);
        if (check.backupProperty().get() != null) {
            ButtonType restore = new ButtonType(messages.get("integrity.restore"), ButtonBar.ButtonData.OK_DONE);
            alert.getButtonTypes().setAll(restore, keep);
            alert.getDialogPane().lookupButton(restore).setId("damaged-restore");
            alert.setOnHidden(e -> {
                if (alert.getResult() == restore) {
                    check.restore();
                }
            });
        } else {
            alert.getButtonTypes().setAll(keep);
        }
        alert.getDialogPane().lookupButton(keep).setId("damaged-keep");
        alert.show();
        return alert;
    }
}
