package dk.netdesk.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The version, and the data folder with a button that opens it. */
public final class AboutDialog {

    private AboutDialog() {
    }

    /**
     * Shows the dialog and waits until it is closed.
     *
     * @param openFolder opens the data folder in the file manager and says in the status line when it could
     *                   not ({@link OpenWithSystem#folder})
     */
    public static void show(Window owner, Messages messages, String version, Path dataDir, Consumer<Path> openFolder) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        DialogFit.onScreen(alert);
        alert.initOwner(owner);
        alert.setTitle(messages.get("about.title"));
        alert.setHeaderText(messages.format("about.header", version));

        TextField path = new TextField(dataDir.toString());
        path.setId("about-data-dir");
        path.setEditable(false);
        path.setPrefColumnCount(36);
        HBox.setHgrow(path, Priority.ALWAYS);
        Button open = new Button(messages.get("about.openFolder"));
        open.setId("about-open-folder");
        open.setOnAction(e -> openFolder.accept(dataDir));
        open.setMinWidth(Button.USE_PREF_SIZE);
        // the description wraps at the dialog's width rather than being cut short
        Label description = new Label(messages.get("about.description"));
        description.setWrapText(true);
        description.setMinHeight(Label.USE_PREF_SIZE);
        Label pathLabel = new Label(messages.get("about.dataFolder"));
        pathLabel.setLabelFor(path); // a screen reader names the field by it
        VBox box = new VBox(8, description, pathLabel, new HBox(8, path, open));
        alert.getDialogPane().setContent(box);
        // JavaFX's own ButtonType.CLOSE is worded in the language the app started in, not the UI language
        alert.getButtonTypes().setAll(new ButtonType(messages.get("dialog.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.showAndWait();
    }
}
