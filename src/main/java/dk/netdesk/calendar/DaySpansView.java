package dk.netdesk.calendar;

import dk.netdesk.ui.Messages;
import dk.netdesk.ui.TimeOfDay;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * One weekday's work windows or protected time in the work hours dialog: a line per span with its start and end
 * picked from lists in half-hour steps (or typed, "19:00": the lists are editable), a remove button per span, and
 * "Add time" after the last. The node ({@code #<id>}) holds {@code #<id>-start-<n>}, {@code -end-<n>},
 * {@code -remove-<n>} (n from 0) and {@code #<id>-add}. After "Add time" the new span's start has the focus; after a
 * remove, the span now in its place (or "Add time").
 */
final class DaySpansView {

    /** Half-hour steps: starts from 00:00 to 23:30, ends from 00:30 to 24:00. */
    static final List<String> STARTS = steps(0, TimeOfDay.END_OF_DAY - 30);
    static final List<String> ENDS = steps(30, TimeOfDay.END_OF_DAY);

    private final Messages messages;
    private final DaySpansForm spans;
    private final String id;
    private final String day;
    private final String kind;
    private final VBox box = new VBox(4);
    private final Button add;
    private final Map<DaySpansForm.Row, Node> starts = new IdentityHashMap<>();

    /**
     * The spans of {@code spans}; {@code day} and {@code kind} ("Monday", "Work windows") name its controls for a
     * screen reader, {@code id} is the node's id and the start of its controls' ids.
     */
    DaySpansView(Messages messages, DaySpansForm spans, String id, String day, String kind) {
        this.messages = messages;
        this.spans = spans;
        this.id = id;
        this.day = day;
        this.kind = kind;
        box.setId(id);
        box.setFillWidth(false);
        add = new Button(messages.get("calendar.balance.addTime"), new FontIcon(Material2OutlinedAL.ADD));
        add.setId(id + "-add");
        add.setAccessibleText(messages.format("calendar.balance.addTime.spoken", day, kind));
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> focus(spans.add()));
        spans.rows().addListener((ListChangeListener<DaySpansForm.Row>) change -> rebuild());
        rebuild();
    }

    /** The node to place in the dialog. */
    Node node() {
        return box;
    }

    private void rebuild() {
        starts.clear();
        List<Node> lines = new ArrayList<>();
        List<DaySpansForm.Row> rows = spans.rows();
        for (int i = 0; i < rows.size(); i++) {
            lines.add(line(rows.get(i), i, i == rows.size() - 1));
        }
        if (rows.isEmpty()) {
            lines.add(add);
        }
        box.getChildren().setAll(lines);
    }

    private Node line(DaySpansForm.Row row, int n, boolean last) {
        ComboBox<String> start = time(id + "-start-" + n, STARTS, row.startProperty(),
                messages.format("calendar.balance.from.spoken", day, kind), messages.get("calendar.balance.from"));
        ComboBox<String> end = time(id + "-end-" + n, ENDS, row.endProperty(),
                messages.format("calendar.balance.to.spoken", day, kind), messages.get("calendar.balance.to"));
        starts.put(row, start);
        Button remove = new Button(null, new FontIcon(Material2OutlinedAL.CLOSE));
        remove.setId(id + "-remove-" + n);
        var spanText = Bindings.createStringBinding(() -> row.text(), row.startProperty(), row.endProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> messages.format("calendar.balance.removeTime", spanText.get()), spanText));
        remove.setTooltip(tip);
        remove.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> messages.format("calendar.balance.removeTime.spoken", day, kind, spanText.get()), spanText));
        remove.getStyleClass().add("calendar-icon-button");
        remove.setOnAction(e -> {
            int at = spans.rows().indexOf(row);
            spans.remove(row);
            List<DaySpansForm.Row> left = spans.rows();
            focus(left.isEmpty() ? null : left.get(Math.min(at, left.size() - 1)));
        });
        Label dash = new Label("\u2013");
        dash.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(4, start, dash, end, remove);
        if (last) {
            line.getChildren().add(add);
            HBox.setMargin(add, new javafx.geometry.Insets(0, 0, 0, 6));
        }
        line.setAlignment(Pos.BASELINE_LEFT);
        return line;
    }

    /** Focuses {@code row}'s start, or "Add time" when there is none. */
    private void focus(DaySpansForm.Row row) {
        Node target = row == null ? add : starts.getOrDefault(row, add);
        target.requestFocus();
    }

    /** An editable list of times: picking one or typing one writes {@code value}. */
    private static ComboBox<String> time(String id, List<String> items, StringProperty value, String spoken, String prompt) {
        ComboBox<String> combo = new ComboBox<>(FXCollections.observableArrayList(items));
        combo.setId(id);
        combo.setEditable(true);
        if (value.get() != null && !value.get().isBlank()) {
            combo.setValue(value.get());
        }
        combo.getEditor().textProperty().bindBidirectional(value);
        combo.getEditor().setPrefColumnCount(4);
        combo.setPrefWidth(90);
        combo.setMinWidth(Region.USE_PREF_SIZE);
        combo.setVisibleRowCount(10);
        combo.setPromptText(prompt);
        combo.setAccessibleText(spoken);
        return combo;
    }

    private static List<String> steps(int from, int to) {
        List<String> times = new ArrayList<>();
        for (int minute = from; minute <= to; minute += 30) {
            times.add(TimeOfDay.format(minute));
        }
        return List.copyOf(times);
    }
}
