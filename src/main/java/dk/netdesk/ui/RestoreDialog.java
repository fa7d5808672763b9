package dk.netdesk.ui;

import dk.netdesk.db.BackupSummary;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.css.PseudoClass;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Restore…": the backups, newest first, with date (to the second), size and what each holds; a backup
 * that cannot be restored is shown in the danger colour with the reason in its note, and Restore is off
 * while it is chosen. Restore asks first, then replaces the data (the current data is backed up before,
 * or a damaged data file kept aside). Each opening starts with an empty status. Bound to a {@link RestoreViewModel}.
 * Ids: {@code #restore-table}, {@code #restore-restore}, {@code #restore-status}, {@code #restore-progress},
 * {@code #restore-close}; the confirmation's button is {@code #restore-confirm}.
 */
public final class RestoreDialog {

    private static final PseudoClass UNUSABLE = PseudoClass.getPseudoClass("unusable");

    private final RestoreViewModel model;
    private final Messages messages;

    public RestoreDialog(RestoreViewModel model) {
        this.model = model;
        this.messages = model.messages();
    }

    /** Opens the dialog over {@code owner} and reads the list; returns at once. */
    public void show(Window owner) {
        build(owner).show();
    }

    /** The dialog, not yet shown (screenshots set its size first); reads the list. */
    public Dialog<ButtonType> build(Window owner) {
        Dialog<ButtonType> dialog = ToolDialog.create(owner, "restore-dialog", messages.get("restore.title"),
                messages.get("restore.header"));

        Label intro = new Label(model.introText());
        intro.setId("restore-intro");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);

        TableView<BackupSummary> table = new TableView<>(model.rows());
        table.setId("restore-table");
        table.setPlaceholder(new Label(messages.get("restore.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("restore.column.date", 195, b -> model.dateText(b.file())));
        table.getColumns().add(number(column("restore.column.size", 75, b -> model.sizeText(b.file()))));
        table.getColumns().add(number(column("restore.column.contacts", 90, b -> model.countText(b, b.contacts()))));
        table.getColumns().add(number(column("restore.column.events", 70, b -> model.countText(b, b.events()))));
        table.getColumns().add(number(column("restore.column.items", 140, b -> model.countText(b, b.libraryItems()))));
        table.getColumns().add(column("restore.column.note", 340, model::noteText));
        table.setPrefSize(900, 340);
        ColumnFit.contents(table);
        // A backup that cannot be restored is shown in the danger colour; its note says why.
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(BackupSummary item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(UNUSABLE, !empty && item != null && !item.readable());
                // The whole note (a mark for erased people can make it longer than its column).
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(model.noteText(item)));
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        // The table follows the model's choice, and the user's choice goes to the model.
        ViewListeners.onChange(table, model.selectedProperty(), (obs, old, now) -> table.getSelectionModel().select(now));
        table.getItems().addListener((javafx.collections.ListChangeListener<BackupSummary>) change ->
                table.getSelectionModel().select(model.selectedProperty().get()));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });

        Button restore = new Button(messages.get("restore.restore"));
        restore.setId("restore-restore");
        restore.setDefaultButton(true);
        restore.setMinWidth(Region.USE_PREF_SIZE);
        restore.disableProperty().bind(model.canRestore().not());
        restore.setOnAction(e -> confirmAndRestore(dialog));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !restore.isDisabled()) {
                e.consume();
                confirmAndRestore(dialog);
            }
        });

        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("restore-progress");
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label status = new Label();
        status.setId("restore-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.statusProperty());
        showFailure(status, model.failedProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox actions = new HBox(10, restore, progress, status);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(10, intro, table, actions);
        content.setPrefWidth(1000);
        // A dialog window otherwise opens at about 600 px, too narrow for six columns; on a smaller screen it
        // may be narrower (the columns shrink), so it is the width it opens at, not its least
        dialog.getDialogPane().setPrefWidth(1040);
        dialog.getDialogPane().setContent(content);
        Button closeButton = ToolDialog.closeButton(dialog, messages.get("restore.close"), "restore-close");
        closeButton.disableProperty().bind(model.busyProperty());
        dialog.setOnShown(e -> table.requestFocus());
        model.open();
        return dialog;
    }

    /** Shows {@code status} in the danger colour while {@code failed} is true, else muted. */
    static void showFailure(Label status, javafx.beans.value.ObservableBooleanValue failed) {
        Runnable apply = () -> {
            status.getStyleClass().removeAll("nd-field-error", "text-muted");
            status.getStyleClass().add(failed.get() ? "nd-field-error" : "text-muted");
        };
        apply.run();
        ViewListeners.onChange(status, failed, (obs, old, now) -> apply.run());
    }

    private void confirmAndRestore(Dialog<?> dialog) {
        BackupSummary chosen = model.selectedProperty().get();
        if (chosen == null) {
            return;
        }
        // A backup that holds erased people brings them back: then Enter means Cancel.
        if (ConfirmDialog.ask(dialog.getDialogPane().getScene().getWindow(), messages,
                messages.get("restore.confirm.title"), model.confirmHeader(chosen), model.confirmText(chosen),
                messages.get("restore.confirm.button"), "restore-confirm", chosen.erasedPeople() > 0)) {
            model.restore(chosen);
        }
    }

    private TableColumn<BackupSummary, String> column(String key, double width, Function<BackupSummary, String> text) {
        TableColumn<BackupSummary, String> column = new TableColumn<>(messages.get(key));
        column.setPrefWidth(width);
        column.setMinWidth(width * 0.8);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }

    private static TableColumn<BackupSummary, String> number(TableColumn<BackupSummary, String> column) {
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }
}
