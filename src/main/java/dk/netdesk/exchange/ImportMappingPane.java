package dk.netdesk.exchange;

import dk.netdesk.ui.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The wizard's "Map columns" step: a row per CSV column (its header, a sample cell, a choice box of
 * {@link ContactField}s, {@code #import-map-<column>}), the date-order question when the file's dates read both
 * ways ({@link ImportDateOrderBox}), and the first rows as they would be imported.
 */
final class ImportMappingPane {

    private final ImportWizardViewModel model;
    private final Messages messages;
    private final Supplier<TableView<PreviewRow>> previewTable;
    private final GridPane grid = new GridPane();
    private final List<ChoiceBox<ContactField>> boxes = new ArrayList<>();
    private List<String> builtFor = List.of();
    private boolean updating;

    ImportMappingPane(ImportWizardViewModel model, Supplier<TableView<PreviewRow>> previewTable) {
        this.model = model;
        this.messages = model.messages();
        this.previewTable = previewTable;
    }

    /** The first column's choice box once built (the step's first control), or the grid. */
    Node firstField() {
        return boxes.isEmpty() ? grid : boxes.get(0);
    }

    Node build() {
        grid.setId("import-mapping");
        grid.setHgap(14);
        grid.setVgap(6);
        grid.setPadding(new Insets(4, 8, 4, 4));
        ColumnConstraints header = new ColumnConstraints();
        header.setPrefWidth(190);
        ColumnConstraints sample = new ColumnConstraints();
        sample.setHgrow(Priority.ALWAYS);
        sample.setMinWidth(120);
        ColumnConstraints field = new ColumnConstraints();
        field.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(header, sample, field);
        refresh();
        model.mappingRows().addListener((javafx.collections.ListChangeListener<MappingRow>) c -> refresh());
        ScrollPane scroll = dk.netdesk.ui.ScrollIntoView.follow(new ScrollPane(grid));
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(210);
        VBox.setVgrow(scroll, Priority.SOMETIMES);

        Label intro = new Label(messages.get("exchange.wizard.map.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        TableView<PreviewRow> table = previewTable.get();
        table.setId("import-mapped-preview");
        table.setPrefHeight(150);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label tableLabel = new Label(messages.get("exchange.wizard.map.result"));
        tableLabel.getStyleClass().add("text-bold");
        tableLabel.setLabelFor(table);
        VBox page = new VBox(10, intro, scroll, ImportDateOrderBox.build(model, false), tableLabel, table);
        page.setFillWidth(true);
        return page;
    }

    /** Builds the rows anew for another header row; otherwise only sets the choice boxes' values. */
    private void refresh() {
        List<String> headers = model.mappingRows().stream().map(MappingRow::header).toList();
        updating = true;
        try {
            if (!headers.equals(builtFor)) {
                rebuild();
                builtFor = headers;
            } else {
                for (MappingRow row : model.mappingRows()) {
                    boxes.get(row.column()).setValue(row.field());
                }
            }
        } finally {
            updating = false;
        }
    }

    private void rebuild() {
        grid.getChildren().clear();
        boxes.clear();
        Label headerTitle = title("exchange.wizard.map.column");
        Label sampleTitle = title("exchange.wizard.map.sample");
        Label fieldTitle = title("exchange.wizard.map.field");
        grid.addRow(0, headerTitle, sampleTitle, fieldTitle);
        for (MappingRow row : model.mappingRows()) {
            Label header = new Label(row.header().isBlank() ? messages.format("exchange.wizard.map.unnamed", row.column() + 1)
                    : row.header());
            Label sample = new Label(row.sample());
            sample.getStyleClass().add("text-muted");
            sample.setMinWidth(0);
            // a long header or sample wraps in its column rather than being cut short
            sample.setWrapText(true);
            sample.setMinHeight(Region.USE_PREF_SIZE);
            header.setWrapText(true);
            header.setMinHeight(Region.USE_PREF_SIZE);
            ChoiceBox<ContactField> box = new ChoiceBox<>();
            box.getItems().setAll(ContactField.values());
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(ContactField f) {
                    return f == null ? "" : messages.get(f.key());
                }

                @Override
                public ContactField fromString(String s) {
                    throw new UnsupportedOperationException();
                }
            });
            box.setValue(row.field());
            box.setId("import-map-" + row.column());
            box.setAccessibleText(messages.format("exchange.wizard.map.accessible", header.getText(), row.sample()));
            header.setLabelFor(box);
            int column = row.column();
            box.valueProperty().addListener((obs, old, now) -> {
                if (!updating && now != null) {
                    model.map(column, now);
                }
            });
            boxes.add(box);
            grid.addRow(row.column() + 1, header, sample, box);
        }
    }

    private Label title(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("text-bold");
        return label;
    }
}
