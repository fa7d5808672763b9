package dk.netdesk.pipeline;

import dk.netdesk.ui.ComboText;
import dk.netdesk.ui.DateText;
import dk.netdesk.ui.DisplayText;
import dk.netdesk.ui.FieldMessage;
import dk.netdesk.ui.Messages;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The "Next follow-up" controls over a {@link FollowUpFields}, the same in the new-contact form and a stored
 * contact's panel: a date picker, a time (typed, or picked from the half-hours) and a kind, each with its own
 * visible caption above it (the caption is the control's label for screen readers, {@link Label#setLabelFor}) and
 * its messages under it. The three wrap onto more lines in a narrow panel.
 */
final class FollowUpFieldsView {

    private final DatePicker date;
    private final ComboBox<String> time;
    private final ComboBox<FollowUpKind> kind;
    private final FlowPane node;

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
        date.setPrefWidth(150);
        date.setMinWidth(Region.USE_PREF_SIZE);
        Label needed = FieldMessage.label(id + "-needed", fields.dateErrorProperty(), date);

        time = new ComboBox<>();
        time.setId(id + "-time");
        time.setEditable(true);
        time.getItems().setAll(FollowUpFields.HALF_HOURS);
        time.setVisibleRowCount(8);
        time.getEditor().textProperty().bindBidirectional(fields.timeProperty());
        time.getEditor().setPrefColumnCount(5);
        time.setPromptText(messages.get("pipeline.details.schedule.time"));
        dk.netdesk.ui.HintFit.whole(time);
        time.setPrefWidth(110);
        time.setMinWidth(Region.USE_PREF_SIZE);
        Label timeError = FieldMessage.label(id + "-time-error", fields.timeErrorProperty(), time);

        kind = new ComboBox<>();
        kind.setId(id + "-kind");
        kind.getItems().add(null);
        kind.getItems().addAll(FollowUpKind.values());
        kind.setConverter(DisplayText.of(k -> messages.get(k.key()), messages.get("pipeline.details.notSet")));
        ComboText.follow(kind);
        kind.valueProperty().bindBidirectional(fields.kindProperty());
        kind.setMinWidth(Region.USE_PREF_SIZE);

        node = new FlowPane(8, 6, cell(messages, "pipeline.followUp.date", date, DateText.message(date, messages), needed),
                cell(messages, "pipeline.followUp.time", time, timeError),
                cell(messages, "pipeline.followUp.kind", kind));
        node.setAlignment(Pos.TOP_LEFT);
        node.setRowValignment(javafx.geometry.VPos.TOP);
    }

    /** A caption over {@code control} (its label), then the messages about it. */
    private static VBox cell(Messages messages, String captionKey, javafx.scene.control.Control control, Label... under) {
        Label caption = new Label(messages.get(captionKey));
        caption.getStyleClass().add("text-muted");
        caption.setLabelFor(control);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        VBox cell = new VBox(2, caption, control);
        for (Label message : under) {
            FieldMessage.about(message, control);
            cell.getChildren().add(message);
        }
        cell.setMinHeight(Region.USE_PREF_SIZE);
        // a message wraps at the cell's width rather than making the row wider
        cell.setMaxWidth(Math.max(control.getPrefWidth(), 150) + 60);
        return cell;
    }

    /** The controls and their captions, in a flow that wraps. */
    Node node() { return node; }

    DatePicker date() { return date; }

    ComboBox<String> time() { return time; }

    ComboBox<FollowUpKind> kind() { return kind; }
}
