package dk.netdesk.exchange;

import dk.netdesk.ui.ConfirmDialog;
import dk.netdesk.ui.DialogFit;
import dk.netdesk.ui.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * "Export contacts…": the button for the Contacts screen's toolbar and the small dialog it opens
 * (format, include do-not-contact people). "Export…" (the default button, Enter) asks first when
 * do-not-contact people would be included, naming how many, then offers a save dialog; the dialog
 * then shows the progress and, at the end, the summary. "Close" (Esc) closes it.
 */
public final class ContactsExportDialog {

    private final ContactsExportViewModel model;
    private final Messages messages;

    public ContactsExportDialog(ContactsExportViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /** The toolbar button {@code #contacts-export} ("Export contacts…"), which opens the dialog. */
    public Button button() {
        Button button = new Button(messages.get("exchange.export.action"), new FontIcon(Material2OutlinedMZ.SAVE_ALT));
        button.setId("contacts-export");
        button.setMinWidth(Button.USE_PREF_SIZE);
        button.setOnAction(e -> show(button.getScene().getWindow()));
        return button;
    }

    /** Opens the dialog over {@code owner} (not waiting for it to close). */
    public void show(Window owner) {
        model.open();
        Dialog<Void> dialog = new Dialog<>();
        DialogFit.onScreen(dialog);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("exchange.export.title"));
        dialog.getDialogPane().setId("contacts-export-dialog");

        ToggleGroup formats = new ToggleGroup();
        RadioButton csv = radio(formats, ExportFormat.CSV, "exchange.export.format.csv", "contacts-export-csv");
        RadioButton vcard = radio(formats, ExportFormat.VCARD, "exchange.export.format.vcard", "contacts-export-vcard");
        formats.selectToggle(model.formatProperty().get() == ExportFormat.VCARD ? vcard : csv);
        formats.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.formatProperty().set((ExportFormat) now.getUserData());
            }
        });
        Label formatLabel = new Label(messages.get("exchange.export.format"));
        formatLabel.setLabelFor(csv);

        CheckBox blocked = new CheckBox();
        blocked.setId("contacts-export-include-blocked");
        blocked.selectedProperty().bindBidirectional(model.includeBlockedProperty());
        blocked.textProperty().bind(Bindings.createStringBinding(() -> model.countsProperty().get() == null
                ? messages.get("exchange.export.includeBlocked")
                : messages.format("exchange.export.includeBlocked.count", model.countsProperty().get().blocked()),
                model.countsProperty()));
        Label blockedHelp = new Label(messages.get("exchange.export.includeBlocked.help"));
        blockedHelp.setWrapText(true);
        blockedHelp.setMinHeight(Region.USE_PREF_SIZE); // wrapped in full, never cut to "…"
        blockedHelp.getStyleClass().add("text-muted");

        ProgressBar progress = new ProgressBar();
        progress.setId("contacts-export-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label summary = new Label();
        summary.setId("contacts-export-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        summary.setMinHeight(Region.USE_PREF_SIZE);

        VBox content = new VBox(8, formatLabel, csv, vcard, blocked, blockedHelp, progress, summary);
        DialogFit.pad(content);
        content.setPrefWidth(440);
        for (Node n : new Node[] {csv, vcard}) {
            VBox.setMargin(n, new Insets(0, 0, 0, 12));
        }
        dialog.getDialogPane().setContent(content);

        ButtonType exportType = new ButtonType(messages.get("exchange.export.run"), ButtonBar.ButtonData.OK_DONE);
        ButtonType closeType = new ButtonType(messages.get("exchange.export.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(exportType, closeType);
        Button run = (Button) dialog.getDialogPane().lookupButton(exportType);
        run.setId("contacts-export-run");
        run.setDefaultButton(true);
        run.disableProperty().bind(model.runningProperty());
        dialog.getDialogPane().lookupButton(closeType).setId("contacts-export-close");
        // "Export…" keeps the dialog open: it shows the progress and the summary there.
        run.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            start(dialog.getDialogPane().getScene().getWindow());
        });
        // The summary and progress arrive after the dialog is shown: the window grows to show them.
        dialog.show();
    }

    private RadioButton radio(ToggleGroup group, ExportFormat format, String key, String id) {
        RadioButton radio = new RadioButton(messages.get(key));
        radio.setId(id);
        radio.setToggleGroup(group);
        radio.setUserData(format);
        return radio;
    }

    /** Asks about do-not-contact people when they would be included, then for the file, then exports. */
    private void start(Window owner) {
        if (model.needsConfirmation() && !ConfirmDialog.ask(owner, messages, messages.get("exchange.export.title"),
                model.confirmationText(), messages.get("exchange.export.confirm.text"),
                messages.get("exchange.export.confirm.include"), "contacts-export-confirm")) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("exchange.export.choose"));
        ExportFormat format = model.formatProperty().get();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                messages.get("exchange.export.filter." + format.extension()), "*." + format.extension()));
        chooser.setInitialFileName(model.suggestedFileName());
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            model.export(withExtension(file.toPath(), format));
        }
    }

    /** The chosen file, with the format's ending added when the user left it off. */
    static Path withExtension(Path file, ExportFormat format) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + format.extension())
                ? file : file.resolveSibling(name + "." + format.extension());
    }
}
