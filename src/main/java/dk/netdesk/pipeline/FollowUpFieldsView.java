package dk.netdesk.pipeline;

import dk.netdesk.ui.ComboText;
import dk.netdesk.ui.DateText;
import dk.netdesk.ui.DisplayText;
import dk.netdesk.ui.FieldMessage;
import dk.netdesk.ui.FormGrid;
import dk.netdesk.ui.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The "Next follow-up" controls over a {@link FollowUpFields}, the same in the new-contact form and a stored
 * contact's panel: under the heading "Next follow-up", the rows Date (a date picker), Time (typed, or picked from
 * the half-hours) and Kind, each label the label of its control for screen readers ({@link Label#setLabelFor}),
 * each control's messages under it.
 */
final class FollowUpFieldsView {

    private final DatePicker date;
    private final ComboBox<String> time;
    private final ComboBox<FollowUpKind> kind;
    private final Node dateCell;
    private final Node timeCell;

    /**
     * @param fields   what the controls show and edit
     * @param messages the UI language's texts
     * @param id       the ids' start: the controls are {@code <id>} (date), {@code <id>-time} and {@code <id>-kind},
     *                 their messages {@code <id>-error} (a date that cannot be read), {@code <id>-needed} (a time with
     *                 no date) and {@code <id>-time-error}
     */
    FollowUpFieldsView(FollowUpFields fields, Messages messages, String id) {
        date = DateText.picker(id, messages);
        date.valueProperty().bindBidirectional(fields.dateProperty());
        fields.unreadableDateProperty().bind(DateText.unreadableProperty(date));
        date.setMaxWidth(Double.MAX_VALUE);
        Label needed = FieldMessage.label(id + "-needed", fields.dateErrorProperty(), date);
        dateCell = cell(date, DateText.message(date, messages), needed);

        time = new ComboBox<>();
        time.setId(id + "-time");
        time.setEditable(true);
        time.getItems().setAll(FollowUpFields.HALF_HOURS);
        time.setVisibleRowCount(8);
        time.getEditor().textProperty().bindBidirectional(fields.timeProperty());
        time.setPromptText(messages.get("pipeline.details.schedule.time"));
        dk.netdesk.ui.HintFit.whole(time);
        time.setPrefWidth(120);
        time.setMinWidth(Region.USE_PREF_SIZE);
        timeCell = cell(time, FieldMessage.label(id + "-time-error", fields.timeErrorProperty(), time));

        kind = new ComboBox<>();
        kind.setId(id + "-kind");
        kind.getItems().add(null);
        kind.getItems().addAll(FollowUpKind.values());
        kind.setConverter(DisplayText.of(k -> messages.get(k.key()), messages.get("pipeline.details.notSet")));
        ComboText.follow(kind);
        kind.valueProperty().bindBidirectional(fields.kindProperty());
        kind.setMinWidth(Region.USE_PREF_SIZE);
    }

    /** {@code control} with the messages about it under it. */
    private static Node cell(javafx.scene.control.Control control, Label... under) {
        VBox cell = new VBox(2, control);
        for (Label message : under) {
            FieldMessage.about(message, control);
            cell.getChildren().add(message);
        }
        cell.setMinHeight(Region.USE_PREF_SIZE);
        return cell;
    }

    /**
     * Adds the heading "Next follow-up" (when {@code headingKey} is given) and the rows Date, Time and Kind to
     * {@code grid}, shown only while {@code shown} is true (null: always). Returns the heading, or null.
     */
    Label addTo(FormGrid grid, String headingKey, ObservableBooleanValue shown) {
        List<FormGrid.Row> rows = new ArrayList<>();
        Label heading = headingKey == null ? null : grid.addHeading(headingKey);
        FormGrid.Row dateRow = grid.add("pipeline.followUp.date", dateCell);
        dateRow.label().setLabelFor(date);
        rows.add(dateRow);
        FormGrid.Row timeRow = grid.add("pipeline.followUp.time", timeCell);
        timeRow.label().setLabelFor(time);
        rows.add(timeRow);
        rows.add(grid.add("pipeline.followUp.kind", kind));
        if (shown != null) {
            rows.forEach(row -> row.visibleWhen(shown));
            if (heading != null) {
                heading.visibleProperty().bind(shown);
                heading.managedProperty().bind(shown);
            }
        }
        return heading;
    }

    DatePicker date() { return date; }

    ComboBox<String> time() { return time; }

    ComboBox<FollowUpKind> kind() { return kind; }
}
