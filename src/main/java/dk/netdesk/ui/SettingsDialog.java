package dk.netdesk.ui;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/**
 * Language, theme and the name printed on the weekly schedule, which take effect when the dialog is
 * confirmed and are remembered; and the backups: folder, "Back up now" and "Restore…", which act at once.
 */
public final class SettingsDialog {

    private SettingsDialog() {
    }

    /** Opens the dialog without the work hours row and waits until it closes; language, theme and name apply on OK. */
    public static void show(Window owner, ShellViewModel model) {
        show(owner, model, null);
    }

    /**
     * Opens the dialog and waits until it closes; language, theme and name apply on OK. With {@code workHours}
     * (null leaves the row out) it has a "Work hours…" button ({@code #settings-work-hours}) that runs it with the
     * Settings window as owner: the calendar's one work hours dialog, which saves on its own Save, whatever button
     * then closes Settings.
     */
    public static void show(Window owner, ShellViewModel model, java.util.function.Consumer<Window> workHours) {
        Messages messages = model.messages();
        Dialog<ButtonType> dialog = new Dialog<>();
        DialogFit.onScreen(dialog);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("settings.title"));
        dialog.setHeaderText(null);

        ComboBox<Locale> language = new ComboBox<>();
        language.setId("settings-language");
        language.getItems().setAll(Messages.LANGUAGES);
        language.setValue(messages.getLocale());
        language.setConverter(DisplayText.of(locale -> messages.get("language." + locale.getLanguage())));

        ComboBox<Theme> theme = new ComboBox<>();
        theme.setId("settings-theme");
        theme.getItems().setAll(Theme.values());
        theme.setValue(model.themeProperty().get());
        theme.setConverter(DisplayText.of(value -> messages.get("theme." + value.name().toLowerCase(Locale.ROOT))));

        TextField ownerName = new TextField(model.ownerNameProperty().get());
        ownerName.setId("settings-owner-name");
        ownerName.setPromptText(messages.get("settings.ownerName.prompt"));
        HintFit.whole(ownerName);

        FormGrid grid = new FormGrid(messages, 12, 10, 160);
        grid.add("settings.language", language);
        grid.add("settings.theme", theme);
        grid.add("settings.ownerName", ownerName);
        // What keeps the name from being stored, under the field while it holds; OK does nothing until it is fixed.
        Label ownerNameError = new Label();
        ownerNameError.setId("settings-owner-name-error");
        ownerNameError.getStyleClass().add("danger");
        ownerNameError.setWrapText(true);
        ownerNameError.setMaxWidth(420);
        ownerNameError.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String problem = model.ownerNameProblem(ownerName.getText());
            return problem == null ? "" : messages.format(problem, TextLimits.NAME);
        }, ownerName.textProperty()));
        ownerNameError.visibleProperty().bind(ownerNameError.textProperty().isNotEmpty());
        ownerNameError.managedProperty().bind(ownerNameError.visibleProperty());
        grid.addNote(ownerNameError);
        if (workHours != null) {
            addWorkHoursRow(grid, messages, workHours, dialog);
        }
        if (model.backups() != null) {
            addBackupRows(grid, model.backups(), dialog);
        }
        dialog.getDialogPane().setContent(DialogFit.pad(grid.node()));
        ButtonType ok = ConfirmDialog.ok(messages);
        dialog.getDialogPane().getButtonTypes().setAll(ok, ConfirmDialog.cancel(messages));
        dialog.getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (model.ownerNameProblem(ownerName.getText()) != null) {
                e.consume();
                if (!FirstError.focus(grid.node())) {
                    ownerName.requestFocus();
                }
            }
        });
        DiscardChanges.guard(dialog, messages, () -> !ownerName.getText().strip().equals(model.ownerNameProperty().get())
                || theme.getValue() != model.themeProperty().get() || !language.getValue().equals(messages.getLocale()));

        dialog.showAndWait().filter(ok::equals).ifPresent(confirmed -> {
            if (!ownerName.getText().strip().equals(model.ownerNameProperty().get())) {
                model.setOwnerName(ownerName.getText());
            }
            if (theme.getValue() != model.themeProperty().get()) {
                model.setTheme(theme.getValue());
            }
            if (!language.getValue().equals(messages.getLocale())) {
                model.setLanguage(language.getValue());
            }
        });
    }

    /** "Work hours": the button that opens the calendar's work hours dialog over Settings, and what it holds. */
    private static void addWorkHoursRow(FormGrid grid, Messages messages, java.util.function.Consumer<Window> workHours,
                                        Dialog<?> dialog) {
        Button open = new Button(messages.get("settings.workHours.open"));
        open.setId("settings-work-hours");
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setOnAction(e -> workHours.accept(dialog.getDialogPane().getScene().getWindow()));
        grid.add("settings.workHours", open);
        Label note = new Label(messages.get("settings.workHours.note"));
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        note.setMaxWidth(420);
        grid.addNote(note);
    }

    /**
     * The backup rows: the folder (the whole path, selectable), then "Choose backup folder…", "Back up
     * now" and "Restore…", and a status line. These act at once, whatever button closes the dialog.
     */
    private static void addBackupRows(FormGrid grid, BackupViewModel backups, Dialog<?> dialog) {
        Messages messages = backups.messages();
        backups.load();
        // The whole path, selectable and never cut off with "…": a read-only field that takes the row's
        // free width (the user can scroll and copy it), with the path in its tooltip as well.
        TextField folder = new TextField();
        folder.setId("settings-backup-folder");
        folder.setEditable(false);
        folder.setFocusTraversable(false);
        folder.textProperty().bind(backups.folderProperty());
        folder.setMinWidth(300);
        // As wide as the path: the dialog grows with it, up to 700 px for the path (a longer one scrolls).
        Runnable fit = () -> {
            javafx.scene.text.Text measure = new javafx.scene.text.Text(folder.getText());
            measure.setFont(folder.getFont());
            double width = Math.min(700, Math.max(300, measure.getLayoutBounds().getWidth() + 30));
            folder.setPrefWidth(width);
            // The window takes its first size from the minimum width (before styles are applied): room for
            // the label column and the whole path.
            dialog.getDialogPane().setMinWidth(Math.max(800, width + 300));
        };
        fit.run();
        ViewListeners.onChange(folder, folder.textProperty(), (obs, old, now) -> fit.run());
        Tooltip path = new Tooltip();
        path.textProperty().bind(backups.folderProperty());
        folder.setTooltip(path);
        Button choose = new Button(messages.get("settings.backupFolder.choose"));
        choose.setId("settings-backup-choose");
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(messages.get("settings.backupFolder.chooserTitle"));
            java.io.File current = new java.io.File(backups.folderProperty().get());
            if (current.isDirectory()) {
                chooser.setInitialDirectory(current);
            }
            java.io.File chosen = chooser.showDialog(dialog.getDialogPane().getScene().getWindow());
            if (chosen != null) {
                backups.chooseFolder(chosen.toPath());
            }
        });
        choose.setMinWidth(Region.USE_PREF_SIZE);

        Button now = new Button(messages.get("settings.backupNow"));
        now.setId("settings-backup-now");
        now.disableProperty().bind(backups.busyProperty());
        now.setOnAction(e -> backups.backUpNow());
        Button restore = new Button(messages.get("settings.restore"));
        restore.setId("settings-restore");
        restore.disableProperty().bind(backups.busyProperty());
        restore.setOnAction(e -> new RestoreDialog(backups.restoreModel()).show(dialog.getDialogPane().getScene().getWindow()));
        now.setMinWidth(Region.USE_PREF_SIZE);
        restore.setMinWidth(Region.USE_PREF_SIZE);
        // "Choose backup folder…" sits with the other backup actions, so the path has the row to itself.
        // In a narrow dialog (a long label in another language) the buttons go on to a second line, never past the edge.
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(10, 8, choose, now, restore);
        actions.setPrefWrapLength(1000); // one line when there is room

        Label status = new Label();
        status.setId("settings-backup-status");
        status.setWrapText(true);
        status.setMaxWidth(420);
        status.textProperty().bind(backups.statusProperty());
        RestoreDialog.showFailure(status, backups.failedProperty());
        // Takes no room while empty (no blank gap under the Backups row); when a text comes, the window
        // grows as much as the text needs (a dialog's window does not grow by itself).
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.setAlignment(Pos.TOP_LEFT);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());
        ViewListeners.onChange(status, status.textProperty(), (obs, before, after) -> javafx.application.Platform.runLater(() -> {
            javafx.scene.control.DialogPane pane = dialog.getDialogPane();
            if (pane.getScene() == null || pane.getScene().getWindow() == null) {
                return;
            }
            double need = pane.prefHeight(pane.getWidth());
            if (need > pane.getHeight()) {
                javafx.stage.Window window = pane.getScene().getWindow();
                window.setHeight(window.getHeight() + need - pane.getHeight());
            }
        }));

        dialog.getDialogPane().getStylesheets().add(Theme.APP_STYLESHEET);
        grid.add("settings.backupFolder", folder);
        grid.add("settings.backups", actions);
        grid.addNote(status);
        if (backups.erasures() != null) {
            ErasureSettingsView.addTo(grid, backups.erasures());
        }
    }
}
