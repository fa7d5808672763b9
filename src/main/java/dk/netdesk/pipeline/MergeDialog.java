package dk.netdesk.pipeline;

import dk.netdesk.pipeline.ContactMerge.Side;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.ToolDialog;
import dk.netdesk.ui.ViewListeners;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Find duplicates…": the likely pairs on the left (names and why they were matched), the chosen pair on the right
 * with each differing field as a row of radio buttons (the kept contact's value, the other's, for notes also both),
 * what is joined, the do-not-contact note, and Merge (the default button, Alt+M), Not a duplicate (Alt+N), Skip
 * (Alt+K; in Danish Alt+F, Alt+I, Alt+S) and Close (Escape). Bound to a {@link MergeViewModel}. Ids: {@code #merge-dialog}, {@code #merge-pairs},
 * {@code #merge-kept-name}, {@code #merge-other-name}, {@code #merge-swap}, {@code #merge-fields},
 * {@code #merge-field-<field>-kept} / {@code -other} / {@code -both} (field in lower case), {@code #merge-same},
 * {@code #merge-joined}, {@code #merge-dnc}, {@code #merge-status}, {@code #merge-run}, {@code #merge-dismiss},
 * {@code #merge-skip}, {@code #merge-close}.
 */
public final class MergeDialog {

    private final MergeViewModel model;
    private final Messages messages;

    public MergeDialog(MergeViewModel model) {
        this.model = model;
        this.messages = model.messages();
    }

    /** Opens the dialog over {@code owner} and reads the pairs; returns at once. */
    public void show(Window owner) {
        build(owner).show();
    }

    /** The dialog, not yet shown (screenshots set its size first); reads the pairs. */
    public Dialog<ButtonType> build(Window owner) {
        Dialog<ButtonType> dialog = ToolDialog.create(owner, "merge-dialog", messages.get("merge.title"),
                messages.get("merge.header"));

        ListView<DuplicateFinder.Pair> list = pairList();
        Label listLabel = new Label(messages.get("merge.pairs"));
        listLabel.setLabelFor(list);
        listLabel.getStyleClass().add("text-bold");
        VBox left = new VBox(6, listLabel, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPrefWidth(320);
        left.setMinWidth(240);

        HBox content = new HBox(16, left, pairPane());
        HBox.setHgrow(content.getChildren().get(1), Priority.ALWAYS);
        content.setPrefSize(900, 520);
        dialog.getDialogPane().setContent(content);

        ToolDialog.closeButton(dialog, messages.get("merge.close"), "merge-close");
        dialog.setOnShown(e -> list.requestFocus());
        dialog.setOnHidden(e -> model.close());
        model.open();
        return dialog;
    }

    private ListView<DuplicateFinder.Pair> pairList() {
        ListView<DuplicateFinder.Pair> list = new ListView<>(model.pairs());
        list.setId("merge-pairs");
        list.setPlaceholder(new Label(messages.get("merge.none")));
        list.setCellFactory(v -> new ListCell<>() {
            {
                setPrefWidth(0); // as wide as the list: long names and reasons wrap instead of scrolling sideways
            }

            @Override
            protected void updateItem(DuplicateFinder.Pair pair, boolean empty) {
                super.updateItem(pair, empty);
                if (empty || pair == null) {
                    setGraphic(null);
                    setText(null);
                    setAccessibleText(null);
                    setTooltip(null);
                    setId(null);
                    return;
                }
                // One line each (the two names, then each reason); a line longer than the list is wide wraps.
                Label first = wrapped(pair.first().name());
                first.getStyleClass().add("text-bold");
                Label second = wrapped("\u2194 " + pair.second().name());
                second.getStyleClass().add("text-bold");
                VBox box = new VBox(1, first, second);
                for (String reason : model.reasonLines(pair)) {
                    Label why = wrapped(reason);
                    why.getStyleClass().add("text-muted");
                    box.getChildren().add(why);
                }
                setAccessibleText(pair.first().name() + ", " + pair.second().name() + ", " + model.reasons(pair));
                setTooltip(new Tooltip(String.join("\n", model.reasonLines(pair))));
                setGraphic(box);
                setId("merge-pair-" + pair.key());
            }
        });
        ViewListeners.onChange(list, model.selectedProperty(), (obs, old, now) -> {
            if (list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        return list;
    }

    /** A label whose text wraps in the room it is given and is never shortened. */
    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private Node pairPane() {
        Label intro = new Label(messages.get("merge.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);

        GridPane grid = new GridPane();
        grid.setId("merge-fields");
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(90);
        ColumnConstraints values = new ColumnConstraints();
        values.setPercentWidth(40);
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values, values);
        Runnable fill = () -> fillGrid(grid);
        ViewListeners.onListChange(grid, model.fields(), c -> fill.run());
        ViewListeners.onChange(grid, model.keptNameProperty(), (obs, old, now) -> fill.run());
        ViewListeners.onChange(grid, model.otherNameProperty(), (obs, old, now) -> fill.run());
        fill.run();

        Label same = new Label(messages.get("merge.same"));
        same.setId("merge-same");
        same.getStyleClass().add("text-muted");
        same.visibleProperty().bind(Bindings.isEmpty(model.fields()).and(model.selectedProperty().isNotNull()));
        same.managedProperty().bind(same.visibleProperty());

        Label joined = new Label();
        joined.setId("merge-joined");
        joined.setWrapText(true);
        joined.setMinHeight(Region.USE_PREF_SIZE);
        joined.textProperty().bind(model.joinedProperty());

        Label dnc = new Label();
        dnc.setId("merge-dnc");
        dnc.setWrapText(true);
        dnc.setMinHeight(Region.USE_PREF_SIZE);
        dnc.getStyleClass().add("nd-field-error");
        dnc.textProperty().bind(model.doNotContactNoteProperty());
        dnc.visibleProperty().bind(model.doNotContactNoteProperty().isNotEmpty());
        dnc.managedProperty().bind(dnc.visibleProperty());

        ScrollPane scroll = dk.netdesk.ui.ScrollIntoView.follow(new ScrollPane(new VBox(10, grid, same, joined, dnc)));
        scroll.setFitToWidth(true);
        scroll.setId("merge-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label status = new Label();
        status.setId("merge-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(model.statusProperty());

        VBox pane = new VBox(10, intro, scroll, actions(), status);
        pane.disableProperty().bind(model.loadedProperty().not());
        return pane;
    }

    /** Row 0 of the grid: "Keep" and "Merge into it" over the two names. */
    private void names(GridPane grid) {
        grid.add(name(messages.get("merge.kept"), "merge-kept-name", model.keptNameProperty().get(),
                model.keptDetailsProperty().get()), 1, 0);
        grid.add(name(messages.get("merge.other"), "merge-other-name", model.otherNameProperty().get(),
                model.otherDetailsProperty().get()), 2, 0);
    }

    private static Node name(String caption, String id, String text, String details) {
        Label over = new Label(caption);
        over.getStyleClass().add("text-muted");
        Label name = new Label(text);
        name.setId(id);
        name.setWrapText(true);
        name.getStyleClass().add("title-4");
        Label identify = new Label(details);
        identify.setId(id.replace("-name", "-details"));
        identify.setWrapText(true);
        identify.getStyleClass().add("text-muted");
        return new VBox(2, over, name, identify);
    }

    private void fillGrid(GridPane grid) {
        grid.getChildren().clear();
        if (model.selectedProperty().get() == null) {
            return;
        }
        names(grid);
        int row = 1;
        for (MergeViewModel.FieldRow field : model.fields()) {
            String id = "merge-field-" + field.field().name().toLowerCase(Locale.ROOT);
            Label label = new Label(field.label());
            label.getStyleClass().add("text-bold");
            label.setMinWidth(Region.USE_PREF_SIZE);
            ToggleGroup group = new ToggleGroup();
            RadioButton kept = option(group, field, Side.KEPT, field.keptText(), id + "-kept", model.keptNameProperty().get());
            RadioButton other = option(group, field, Side.OTHER, field.otherText(), id + "-other",
                    model.otherNameProperty().get());
            label.setLabelFor(kept);
            grid.add(label, 0, row);
            grid.add(kept, 1, row);
            grid.add(other, 2, row);
            if (field.bothAllowed()) {
                RadioButton both = option(group, field, Side.BOTH, messages.get("merge.both"), id + "-both",
                        model.keptNameProperty().get() + " + " + model.otherNameProperty().get());
                grid.add(both, 1, ++row, 2, 1);
            }
            row++;
        }
    }

    private RadioButton option(ToggleGroup group, MergeViewModel.FieldRow field, Side side, String text, String id,
                               String whose) {
        RadioButton button = new RadioButton(text);
        button.setMnemonicParsing(false);
        button.setId(id);
        button.setWrapText(true);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setToggleGroup(group);
        button.setUserData(side);
        button.setAccessibleText(field.label() + ": " + messages.format("merge.choose.kept", text, whose));
        button.setSelected(field.choice().get() == side);
        ViewListeners.onChange(button, field.choice(), (obs, was, now) -> button.setSelected(now == side));
        button.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                field.choice().set(side);
            }
        });
        return button;
    }

    private Node actions() {
        Button merge = new Button(messages.get("merge.run"));
        merge.setId("merge-run");
        merge.setDefaultButton(true);
        merge.getStyleClass().add("accent");
        merge.setMinWidth(Region.USE_PREF_SIZE);
        merge.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        merge.setOnAction(e -> model.merge());
        Button dismiss = new Button(messages.get("merge.dismiss"));
        dismiss.setId("merge-dismiss");
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        dismiss.setOnAction(e -> model.notDuplicate());
        Button skip = new Button(messages.get("merge.skip"));
        skip.setId("merge-skip");
        skip.setMinWidth(Region.USE_PREF_SIZE);
        skip.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        skip.setOnAction(e -> model.skip());
        Button swap = new Button(messages.get("merge.swap"));
        swap.setId("merge-swap");
        swap.setTooltip(new Tooltip(messages.get("merge.swap.tip")));
        swap.setMinWidth(Region.USE_PREF_SIZE);
        swap.setOnAction(e -> model.swap());
        swap.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox row = new HBox(8, merge, dismiss, skip, space, swap);
        row.setPadding(new Insets(4, 0, 0, 0));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
