package dk.netdesk.ui;

import dk.netdesk.db.BackupErasures;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The erase rows of Settings, under the backups: "Backups made before an erase" (re-write without the
 * person, or delete them; acts at once), a status line, and the erasure log (when and reference, newest
 * first). Bound to a {@link BackupErasureViewModel}. Ids: {@code #settings-after-erase},
 * {@code #settings-erasure-status}, {@code #settings-erasure-progress}, {@code #settings-erasure-log}.
 */
final class ErasureSettingsView {

    private ErasureSettingsView() {
    }

    /** Adds the rows to {@code grid} and reads the setting and the log. */
    static void addTo(FormGrid grid, BackupErasureViewModel model) {
        Messages messages = model.messages();
        model.load();
        ComboBox<BackupErasures.Handling> handling = new ComboBox<>();
        handling.setId("settings-after-erase");
        handling.setAccessibleText(messages.get("settings.afterErase"));
        handling.getItems().setAll(BackupErasures.Handling.values());
        handling.setConverter(DisplayText.of(model::handlingText));
        handling.setValue(model.handlingProperty().get());
        ViewListeners.onChange(handling, model.handlingProperty(), (obs, old, now) -> handling.setValue(now));
        handling.valueProperty().addListener((obs, old, now) -> model.setHandling(now));
        handling.disableProperty().bind(model.busyProperty());
        handling.setMinWidth(Region.USE_PREF_SIZE);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("settings-erasure-progress");
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.busyProperty());
        HBox row = new HBox(10, handling, progress);
        row.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("settings-erasure-status");
        status.setWrapText(true);
        status.setMaxWidth(560);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.statusProperty());
        RestoreDialog.showFailure(status, model.failedProperty());

        TableView<BackupErasureViewModel.Row> log = new TableView<>(model.rows());
        log.setId("settings-erasure-log");
        log.setAccessibleText(messages.get("settings.erasureLog"));
        log.setPlaceholder(new Label(messages.get("erasure.log.empty")));
        log.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        log.getColumns().add(column(messages.get("erasure.log.when"), 190, BackupErasureViewModel.Row::when));
        log.getColumns().add(column(messages.get("erasure.log.reference"), 330, BackupErasureViewModel.Row::reference));
        log.setPrefHeight(140);
        ColumnFit.contents(log);
        log.setMinHeight(110);
        HBox.setHgrow(log, Priority.ALWAYS);

        grid.add("settings.afterErase", row);
        grid.addNote(status);
        grid.add("settings.erasureLog", log);
        Label note = new Label(messages.get("erasure.log.note"));
        note.setWrapText(true);
        note.setMaxWidth(560);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().add("text-muted");
        grid.addNote(note);
    }

    private static TableColumn<BackupErasureViewModel.Row, String> column(String title, double width,
            java.util.function.Function<BackupErasureViewModel.Row, String> text) {
        TableColumn<BackupErasureViewModel.Row, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }
}
