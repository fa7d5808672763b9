package dk.netdesk.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Says once that the data folder is inside a folder that {@code tool} syncs, and points to "Choose backup folder". */
public final class CloudFolderDialog {

    private CloudFolderDialog() {
    }

    /** The warning for {@code tool} ("Dropbox", …), not yet shown; call on the JavaFX thread. */
    public static Alert build(Window owner, Messages messages, String tool) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        DialogFit.onScreen(alert);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(messages.get("cloud.title"));
        alert.setHeaderText(messages.format("cloud.header", tool));
        Label text = new Label(messages.format("cloud.text", tool));
        text.setId("cloud-warning-text");
        text.setWrapText(true);
        text.setPrefWidth(460);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("cloud-warning");
        return alert;
    }
}
