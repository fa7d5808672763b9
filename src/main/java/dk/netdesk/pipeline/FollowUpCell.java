package dk.netdesk.pipeline;

import dk.netdesk.ui.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/**
 * One due follow-up in the Today list: name, stage, how overdue it is, and its time and kind when set ("Due today ·
 * at 19:30 · Call").
 */
final class FollowUpCell extends ListCell<FollowUp> {

    private final TodayViewModel model;
    private final Messages messages;
    private final Label name = new Label();
    private final Label when = new Label();
    private final Label stage = new Label();
    private final VBox box = new VBox(2, name, when, stage);
    private final java.time.format.DateTimeFormatter shortDate;

    FollowUpCell(TodayViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        name.getStyleClass().add("pipeline-card-name");
        box.getStyleClass().add("today-entry");
        stage.getStyleClass().add("text-muted");
        shortDate = messages.dateFormat("format.dayMonth");
        // a long name or date wraps in a narrow list rather than being cut short
        for (Label text : new Label[] {name, when, stage}) {
            text.setWrapText(true);
            text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(FollowUp item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setId(null);
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        setId("today-" + item.contactId());
        name.setText(item.name());
        long late = model.daysOverdue(item);
        when.getStyleClass().removeAll("overdue", "today");
        when.getStyleClass().add(late > 0 ? "overdue" : "today");
        when.setText(whenText(item, late));
        stage.setText(messages.format("pipeline.details.stage", item.stageName(messages)));
        setAccessibleText(CardSpeech.card(messages, item.name(), item.stageName(messages), when.getText(), null));
        setGraphic(box);
    }

    /** "Due today" or "Overdue since 1 Dec (2 days)", then the follow-up's time and kind when it has them. */
    private String whenText(FollowUp item, long late) {
        String text = late > 0 ? messages.format("pipeline.today.overdue", shortDate.format(item.date()), late)
                : messages.get("pipeline.today.due");
        if (item.time() != null) {
            text = messages.format("pipeline.today.plan", text, messages.format("pipeline.today.time",
                    messages.time(item.time())));
        }
        if (item.kind() != null) {
            text = messages.format("pipeline.today.plan", text, messages.get(item.kind().key()));
        }
        return text;
    }
}
