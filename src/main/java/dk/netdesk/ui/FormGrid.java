package dk.netdesk.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A two-column form: a label column as wide as its longest label, and a field column that takes the
 * rest of the width. A field can have an error message right under it, translated from a message key
 * and shown only while there is one; the field then gets the {@code :danger} pseudo-class. Rows can be
 * shown and hidden as a whole. A field whose height depends on its width (check boxes that wrap onto more
 * lines, a wrapped text, a field with its message) keeps the height it needs at the column's width: a low
 * window never squeezes its row so that it lies over the rows below. Build it, add rows top to bottom, and put
 * {@link #node()} in the view.
 */
public final class FormGrid {

    private final Messages messages;
    private final GridPane grid = new GridPane();
    private int nextRow;

    /** A form with 10 px between the columns, 6 px between rows and fields at least 160 px wide. */
    public FormGrid(Messages messages) {
        this(messages, 10, 6, 160);
    }

    /** A form with the given gaps and smallest field width, in pixels. */
    public FormGrid(Messages messages, double hgap, double vgap, double fieldMinWidth) {
        this.messages = messages;
        grid.setHgap(hgap);
        grid.setVgap(vgap);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(fieldMinWidth);
        grid.getColumnConstraints().setAll(labels, fields);
    }

    /** The grid to put in the view. */
    public GridPane node() {
        return grid;
    }

    /** Adds a row with the label {@code labelKey} (a message key) for {@code field}. */
    public Row add(String labelKey, Node field) {
        Label label = label(labelKey, field);
        int row = nextRow++;
        grid.add(label, 0, row);
        grid.add(keepWhole(field), 1, row);
        return new Row(label, field);
    }

    /**
     * Adds a row with the label {@code labelKey} for {@code field}, and under the field its error:
     * {@code errorKey} holds a message key, or null when the field is fine. The message label's id is the
     * field's id plus {@code -error}. The listener on {@code errorKey} lives as long as the field.
     */
    public Row add(String labelKey, Node field, ObservableValue<String> errorKey) {
        Label label = label(labelKey, field);
        // the message wraps under its own field (FieldMessage), which is marked :danger while it shows
        Label message = FieldMessage.label(field.getId() + "-error", Bindings.createStringBinding(
                () -> errorKey.getValue() == null ? "" : messages.get(errorKey.getValue()), errorKey));
        VBox cell = FieldMessage.under(field, message);
        int row = nextRow++;
        grid.add(label, 0, row);
        grid.add(keepWhole(cell), 1, row);
        return new Row(label, cell);
    }

    /**
     * Adds a heading over both columns for the rows that follow (a group of fields, e.g. "Next follow-up" over its
     * date, time and kind), in bold. Returns the heading, to show or hide with its rows.
     */
    public Label addHeading(String key) {
        Label heading = new Label(messages.get(key));
        heading.getStyleClass().addAll("text-bold", "form-heading");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        heading.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
        grid.add(heading, 0, nextRow++, 2, 1);
        return heading;
    }

    /** Adds {@code node} in the field column with no label, e.g. a hint under the field above. */
    public Row addNote(Node node) {
        grid.add(keepWhole(node), 1, nextRow++);
        return new Row(null, node);
    }

    /**
     * Gives {@code field} its preferred height at its width as its least height when it is a flow (check boxes that
     * wrap onto more lines) or a wrapped text (a hint under a field): the grid asks a row's least height without the
     * column's width, and such a field then answers with fewer lines than it shows, so its lines lie over the row
     * below. Other fields, and one with a least height of its own in pixels, are left as they are. Returns {@code field}.
     */
    private static Node keepWhole(Node field) {
        if (field instanceof javafx.scene.layout.FlowPane flow && flow.getMinHeight() == Region.USE_COMPUTED_SIZE
                && !flow.minHeightProperty().isBound()) {
            flow.minHeightProperty().bind(Bindings.createDoubleBinding(
                    () -> flow.getWidth() <= 0 ? Region.USE_COMPUTED_SIZE : Math.ceil(flow.prefHeight(flow.getWidth())),
                    flow.widthProperty(), flow.getChildren()));
        } else if (field instanceof javafx.scene.control.Labeled text && text.isWrapText()
                && !text.minHeightProperty().isBound() && (text.getMinHeight() == Region.USE_COMPUTED_SIZE
                        || text.getMinHeight() == Region.USE_PREF_SIZE)) {
            text.minHeightProperty().bind(Bindings.createDoubleBinding(
                    () -> text.getWidth() <= 0 ? Region.USE_PREF_SIZE : Math.ceil(text.prefHeight(text.getWidth())),
                    text.widthProperty(), text.textProperty(), text.fontProperty()));
        }
        return field;
    }

    private Label label(String key, Node field) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** One row of the form: its label (null for a note) and what sits in the field column. */
    public static final class Row {
        private final Label label;
        private final Node content;

        private Row(Label label, Node content) {
            this.label = label;
            this.content = content;
        }

        /** The row's label, or null for a note. */
        public Label label() {
            return label;
        }

        /** Shows the row, and gives it room, only while {@code visible} is true. Returns this row. */
        public Row visibleWhen(ObservableBooleanValue visible) {
            for (Node node : label == null ? new Node[] {content} : new Node[] {label, content}) {
                node.visibleProperty().bind(visible);
                node.managedProperty().bind(visible);
            }
            return this;
        }
    }
}
