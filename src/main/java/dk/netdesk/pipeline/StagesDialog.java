package dk.netdesk.pipeline;

import dk.netdesk.ui.ConfirmDialog;
import dk.netdesk.ui.DisplayText;
import dk.netdesk.ui.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** Add, rename, reorder and delete the board's stages, and set each one's kind and stale threshold. */
final class StagesDialog {

    private final PipelineViewModel model;
    private final Messages messages;

    StagesDialog(PipelineViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    void show(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("pipeline.stages.title"));
        dialog.getDialogPane().getStylesheets().add(PipelineView.STYLESHEET);
        dialog.getDialogPane().setId("pipeline-stages-dialog");

        ListView<StageColumn> list = new ListView<>(model.columns());
        list.setId("stages-list");
        list.setPrefSize(260, 300);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(StageColumn column, boolean empty) {
                super.updateItem(column, empty);
                textProperty().unbind();
                if (empty || column == null) {
                    setText(null);
                } else {
                    textProperty().bind(Bindings.createStringBinding(() -> messages.format("pipeline.stages.item",
                            column.stage().name(), messages.get(column.stage().kind().key()), column.cards().size()),
                            column.stageProperty(), column.cards()));
                }
            }
        });

        TextField name = new TextField();
        name.setId("stages-name");
        ComboBox<StageKind> kind = new ComboBox<>();
        kind.setId("stages-kind");
        kind.getItems().setAll(StageKind.values());
        kind.setValue(StageKind.OPEN);
        kind.setConverter(DisplayText.of(k -> messages.get(k.key())));
        Spinner<Integer> stale = new Spinner<>(1, 3650, 14);
        stale.setId("stages-stale");
        stale.setEditable(true);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                name.setText(now.stage().name());
                kind.setValue(now.stage().kind());
                stale.getValueFactory().setValue(now.stage().staleDays());
            }
        });

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, label("pipeline.stages.name", name), name);
        form.addRow(1, label("pipeline.stages.kind", kind), kind);
        form.addRow(2, label("pipeline.stages.staleDays", stale), stale);

        Button add = button("pipeline.stages.add", "stages-add", new FontIcon(Material2OutlinedAL.ADD));
        add.setOnAction(e -> model.addStage(name.getText(), kind.getValue(), stale.getValue()));
        Button save = button("pipeline.stages.save", "stages-save", new FontIcon(Material2OutlinedMZ.SAVE));
        save.setOnAction(e -> selected(list).ifPresent(c ->
                model.updateStage(c.stage().id(), name.getText(), kind.getValue(), stale.getValue())));
        Button left = button("pipeline.stages.left", "stages-left", new FontIcon(Material2OutlinedAL.ARROW_UPWARD));
        left.setOnAction(e -> selected(list).ifPresent(c -> model.moveStage(c.stage().id(), -1)));
        Button right = button("pipeline.stages.right", "stages-right", new FontIcon(Material2OutlinedAL.ARROW_DOWNWARD));
        right.setOnAction(e -> selected(list).ifPresent(c -> model.moveStage(c.stage().id(), 1)));
        Button delete = button("pipeline.stages.delete", "stages-delete", new FontIcon(Material2OutlinedAL.DELETE));
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> selected(list).ifPresent(c -> confirmDelete(dialog, c)));
        for (Button b : new Button[] {save, left, right, delete}) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        Label help = new Label(messages.get("pipeline.stages.help"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        help.setMaxWidth(360);

        VBox side = new VBox(10, form, new HBox(6, add, save), new HBox(6, left, right, delete), help);
        HBox content = new HBox(12, list, side);
        content.setPadding(new Insets(6));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("pipeline.stages.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.show();
    }

    private void confirmDelete(Dialog<?> owner, StageColumn column) {
        if (!column.cards().isEmpty()) {
            model.deleteStage(column.stage().id());
            Alert refused = new Alert(Alert.AlertType.INFORMATION);
            refused.initOwner(owner.getDialogPane().getScene().getWindow());
            refused.setTitle(messages.get("pipeline.stages.title"));
            refused.setHeaderText(messages.format("pipeline.status.stageNotEmpty", column.stage().name(), column.cards().size()));
            refused.showAndWait();
            return;
        }
        if (ConfirmDialog.ask(owner.getDialogPane().getScene().getWindow(), messages, messages.get("pipeline.stages.title"),
                messages.format("pipeline.stages.deleteHeader", column.stage().name()), null,
                messages.get("pipeline.stages.delete"), null)) {
            model.deleteStage(column.stage().id());
        }
    }

    private static java.util.Optional<StageColumn> selected(ListView<StageColumn> list) {
        return java.util.Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    private Label label(String key, javafx.scene.Node field) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        return label;
    }

    private Button button(String key, String id, FontIcon icon) {
        Button button = new Button(messages.get(key), icon);
        button.setId(id);
        return button;
    }
}
