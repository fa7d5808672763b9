package dk.netdesk.pipeline;

import dk.netdesk.ui.DialogFit;
import dk.netdesk.ui.ConfirmDialog;
import dk.netdesk.ui.DisplayText;
import dk.netdesk.ui.FirstError;
import dk.netdesk.ui.FormGrid;
import dk.netdesk.ui.ScrollIntoView;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.SpinnerText;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.Node;
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
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** Add, rename, reorder and delete the board's stages, and set each one's kind and stale threshold. */
final class StagesDialog {

    private final StagesViewModel model;
    private final Messages messages;

    StagesDialog(StagesViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    void show(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        DialogFit.onScreen(dialog);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("pipeline.stages.title"));
        dialog.getDialogPane().getStylesheets().add(PipelineView.STYLESHEET);
        dialog.getDialogPane().setId("pipeline-stages-dialog");

        // While the board replaces its columns, the list's own selection follows the index, not the stage:
        // that is ignored, and keepSelection selects the model's stage again (this listener runs before the list's).
        boolean[] replacing = {false};
        ListChangeListener<StageColumn> replacingStarts = change -> replacing[0] = true;
        model.columns().addListener(replacingStarts);
        ListView<StageColumn> list = stageList();
        Fields fields = new Fields(new TextField(), new ComboBox<>(), SpinnerText.spinner("stages-stale", 1, 3650, 14, messages));
        fields.name().setId("stages-name");
        fields.kind().setId("stages-kind");
        fields.kind().getItems().setAll(StageKind.values());
        fields.kind().setConverter(DisplayText.of(k -> messages.get(k.key())));
        dk.netdesk.ui.ComboText.follow(fields.kind()); // empty again when no stage is selected
        // The form is the model's: it fills it from the selected stage (or clears it) and saves it to that stage only.
        // The model sees the fields as they are typed, so a message about the name or threshold goes once it is fixed.
        fields.name().textProperty().bindBidirectional(model.nameProperty());
        fields.kind().valueProperty().bindBidirectional(model.kindProperty());
        ChangeListener<Integer> staleTyped = (obs, old, now) -> model.staleDaysProperty().set(now);
        fields.stale().valueProperty().addListener(staleTyped);
        ChangeListener<Long> formFilled = (obs, old, now) -> {
            Integer days = model.staleDaysProperty().get();
            SpinnerText.show(fields.stale(), days == null ? 14 : days);
        };
        model.formStageIdProperty().addListener(formFilled);
        ChangeListener<Integer> staleFilled = (obs, old, now) -> {
            if (now != null && !now.equals(fields.stale().getValue())) {
                SpinnerText.show(fields.stale(), now);
            }
        };
        model.staleDaysProperty().addListener(staleFilled);
        model.select(null);
        SpinnerText.show(fields.stale(), 14);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!replacing[0]) {
                model.select(now == null ? null : now.stage().id());
            }
        });
        model.openProperty().set(true);
        FormGrid form = new FormGrid(messages, 8, 6, 160);
        form.add("pipeline.stages.name", fields.name());
        form.add("pipeline.stages.kind", fields.kind());
        form.add("pipeline.stages.staleDays", SpinnerText.withMessage(fields.stale(), messages))
                .label().setLabelFor(fields.stale());

        Label help = new Label(messages.get("pipeline.stages.help"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        help.setMaxWidth(360);
        VBox side = new VBox(10, form.node());
        side.getChildren().addAll(buttons(dialog, list, fields));
        side.getChildren().add(help);
        side.setMinWidth(Region.USE_PREF_SIZE);
        HBox content = new HBox(12, list, side);
        HBox.setHgrow(list, Priority.ALWAYS);
        content.setPadding(new Insets(6));
        content.setMinWidth(Region.USE_PREF_SIZE);
        keepSelection(dialog, list, replacing, replacingStarts);
        dialog.addEventHandler(javafx.scene.control.DialogEvent.DIALOG_HIDDEN, e -> {
            fields.name().textProperty().unbindBidirectional(model.nameProperty());
            fields.kind().valueProperty().unbindBidirectional(model.kindProperty());
            fields.stale().valueProperty().removeListener(staleTyped);
            model.formStageIdProperty().removeListener(formFilled);
            model.staleDaysProperty().removeListener(staleFilled);
        });
        dialog.getDialogPane().setContent(content);
        ButtonType close = new ButtonType(messages.get("pipeline.stages.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(close);
        listKeys(list, (javafx.scene.control.Button) dialog.getDialogPane().lookupButton(close));
        dialog.show();
    }

    /**
     * The list shows the model's selected stage: the same stage after a move (the board's columns are
     * replaced then) and the new stage after Add, so that the fields never show another stage's name.
     */
    private void keepSelection(Dialog<Void> dialog, ListView<StageColumn> list, boolean[] replacing,
                               ListChangeListener<StageColumn> replacingStarts) {
        Runnable select = () -> {
            Long id = model.selectedIdProperty().get();
            if (id == null) {
                // no stage (none chosen yet, or it was deleted): the list shows none, as the cleared form
                list.getSelectionModel().clearSelection();
                return;
            }
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).stage().id() == id) {
                    if (list.getSelectionModel().getSelectedIndex() != i) {
                        list.getSelectionModel().select(i);
                        list.scrollTo(i);
                    }
                    return;
                }
            }
            // a stage just added and not yet on the board: onColumns selects it when it comes
        };
        ListChangeListener<StageColumn> onColumns = change -> {
            replacing[0] = false;
            select.run();
        };
        InvalidationListener onSelected = obs -> select.run();
        model.columns().addListener(onColumns);
        model.selectedIdProperty().addListener(onSelected);
        dialog.setOnHidden(e -> {
            model.openProperty().set(false);
            model.columns().removeListener(replacingStarts);
            model.columns().removeListener(onColumns);
            model.selectedIdProperty().removeListener(onSelected);
        });
    }

    /**
     * Keys in the stage list (issue 18): Escape closes the dialog as it does from the fields (the list would keep it),
     * and the first Down, with no stage selected yet, selects the first stage rather than the second.
     */
    private static void listKeys(ListView<StageColumn> list, javafx.scene.control.Button close) {
        list.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                e.consume();
                close.fire();
            } else if (e.getCode() == javafx.scene.input.KeyCode.DOWN && !e.isShortcutDown() && !e.isShiftDown()
                    && list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
                e.consume();
                list.getSelectionModel().select(0);
                list.getFocusModel().focus(0);
                list.scrollTo(0);
            }
        });
    }

    /** The edited stage's fields. */
    private record Fields(TextField name, ComboBox<StageKind> kind, Spinner<Integer> stale) {
    }

    /** The stages, each with its kind and how many cards it holds. */
    private ListView<StageColumn> stageList() {
        ListView<StageColumn> list = new ListView<>(model.columns());
        list.setId("stages-list");
        list.setAccessibleText(messages.get("pipeline.stages.title"));
        list.setPrefSize(340, LIST_HEIGHT);
        list.setMinWidth(260);
        tallEnough(list);
        list.setCellFactory(lv -> new ListCell<>() {
            {
                // a long name or kind wraps inside the list instead of being cut with "…"
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(StageColumn column, boolean empty) {
                super.updateItem(column, empty);
                textProperty().unbind();
                if (empty || column == null) {
                    setText(null);
                } else {
                    textProperty().bind(Bindings.createStringBinding(() -> messages.format("pipeline.stages.item",
                            column.stage().name(messages), messages.get(column.stage().kind().key()), column.cards().size()),
                            column.stageProperty(), column.cards()));
                }
            }
        });
        return list;
    }

    /** The list's least preferred height, in pixels: room for about six stages of one line. */
    static final double LIST_HEIGHT = 320;

    /**
     * Keeps the list's preferred height at what its stages need, each at the list's width (a long name wraps onto
     * a second line), and never below {@link #LIST_HEIGHT}: the dialog then grows to show every stage without a
     * scroll bar when the screen has room (DialogFit), and only a low screen makes the list scroll. Measured
     * after each layout from the cells shown; while some stages are out of sight, from the cells' mean height.
     */
    private static void tallEnough(ListView<?> list) {
        Runnable fit = () -> {
            double total = 0;
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (Node node : list.lookupAll(".list-cell")) {
                if (node instanceof ListCell<?> cell && cell.isVisible() && !cell.isEmpty() && cell.getIndex() >= 0
                        && cell.getHeight() > 0 && seen.add(cell.getIndex())) {
                    total += cell.getHeight();
                }
            }
            int items = list.getItems().size();
            if (seen.isEmpty() || items == 0) {
                return;
            }
            double rows = seen.size() >= items ? total : total / seen.size() * items;
            javafx.geometry.Insets insets = list.getInsets();
            double wanted = Math.max(LIST_HEIGHT, Math.ceil(rows + insets.getTop() + insets.getBottom() + 2));
            if (Math.abs(wanted - list.getPrefHeight()) > 1) {
                list.setPrefHeight(wanted);
            }
        };
        list.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(fit);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(fit);
            }
        });
    }

    /** Add and Save, then Up, Down and Delete (these need a selected stage). */
    private List<Node> buttons(Dialog<Void> dialog, ListView<StageColumn> list, Fields f) {
        Button add = button("pipeline.stages.add", "stages-add", new FontIcon(Material2OutlinedAL.ADD));
        add.setOnAction(e -> {
            if (!model.addStage(f.name().getText(), f.kind().getValue(), f.stale().getValue())) {
                focusRefused(f);
            }
        });
        Button save = button("pipeline.stages.save", "stages-save", new FontIcon(Material2OutlinedMZ.SAVE));
        save.setOnAction(e -> {
            if (!model.saveSelected() && list.getSelectionModel().getSelectedItem() != null) {
                focusRefused(f);
            }
        });
        Button left = button("pipeline.stages.left", "stages-left", new FontIcon(Material2OutlinedAL.ARROW_UPWARD));
        left.setOnAction(e -> selected(list).ifPresent(c -> model.moveStage(c.stage().id(), -1)));
        Button right = button("pipeline.stages.right", "stages-right", new FontIcon(Material2OutlinedAL.ARROW_DOWNWARD));
        right.setOnAction(e -> selected(list).ifPresent(c -> model.moveStage(c.stage().id(), 1)));
        Button delete = button("pipeline.stages.delete", "stages-delete", new FontIcon(Material2OutlinedAL.DELETE));
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> selected(list).ifPresent(c -> confirmDelete(dialog, c)));
        // a typed staleness that cannot be read (its message is under it) is never replaced by the old number
        SpinnerText.guard(add, f.stale());
        SpinnerText.guard(save, f.stale());
        for (Button b : new Button[] {save, left, right, delete}) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        return List.of(new HBox(6, add, save), new HBox(6, left, right, delete));
    }

    /**
     * After a refused Add or Save, the focus goes to the field the status line's message is about: the name, the
     * stale threshold (its own message under it, {@link FirstError}), or the kind (an open stage may not hold
     * do-not-contact people).
     */
    private static void focusRefused(Fields f) {
        if (FirstError.focus(f.stale().getParent())) {
            return;
        }
        String problem = StagesViewModel.problem(f.name().getText(), f.stale().getValue());
        Node field = problem == null ? f.kind() : problem.equals("pipeline.stage.staleDaysRange") ? f.stale() : f.name();
        field.requestFocus();
        ScrollIntoView.reveal(field);
    }

    private void confirmDelete(Dialog<?> owner, StageColumn column) {
        if (!column.cards().isEmpty()) {
            model.deleteStage(column.stage().id());
            Alert refused = new Alert(Alert.AlertType.INFORMATION);
            DialogFit.onScreen(refused);
            refused.initOwner(owner.getDialogPane().getScene().getWindow());
            refused.setTitle(messages.get("pipeline.stages.title"));
            refused.setHeaderText(null);
            refused.setContentText(messages.format("pipeline.status.stageNotEmpty", column.stage().name(messages),
                    column.cards().size()));
            refused.showAndWait();
            return;
        }
        if (ConfirmDialog.ask(owner.getDialogPane().getScene().getWindow(), messages, messages.get("pipeline.stages.title"),
                messages.format("pipeline.stages.deleteHeader", column.stage().name(messages)), null,
                messages.get("pipeline.stages.delete"), null)) {
            model.deleteStage(column.stage().id());
        }
    }

    private static java.util.Optional<StageColumn> selected(ListView<StageColumn> list) {
        return java.util.Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    private Button button(String key, String id, FontIcon icon) {
        Button button = new Button(messages.get(key), icon);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
