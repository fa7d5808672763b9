package dk.netdesk.pipeline;

import dk.netdesk.ui.DoNotContactBadge;
import dk.netdesk.ui.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/**
 * One do-not-contact person in Today's "planned, but do not contact" list: name, the shared badge,
 * the reason, and when the event still in the calendar was planned for.
 */
final class BlockedTodayCell extends ListCell<TodayViewModel.BlockedToday> {

    private final Messages messages;
    private final Label name = new Label();
    private final Label badge;
    private final Label reason = new Label();
    private final Label planned = new Label();
    private final VBox box;

    BlockedTodayCell(Messages messages) {
        this.messages = messages;
        name.getStyleClass().add("pipeline-card-name");
        planned.getStyleClass().add("text-muted");
        badge = DoNotContactBadge.create(messages, null, false);
        reason.getStyleClass().add("pipeline-dnc-reason");
        reason.setWrapText(true);
        reason.setMinHeight(Label.USE_PREF_SIZE);
        name.setWrapText(true);
        name.setMinHeight(Label.USE_PREF_SIZE);
        planned.setWrapText(true);
        planned.setMinHeight(Label.USE_PREF_SIZE);
        box = new VBox(2, name, badge, reason, planned);
        box.getStyleClass().add("today-entry");
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(TodayViewModel.BlockedToday item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setId(null);
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        setId("today-blocked-" + item.contactId());
        name.setText(item.name());
        DoNotContactBadge.update(badge, messages, item.reason(), false);
        reason.setText(item.reason());
        planned.setText(messages.format("pipeline.today.blockedPlanned", messages.date(item.plannedOn())));
        setAccessibleText(item.name() + ", " + DoNotContactBadge.text(messages, item.reason()));
        setGraphic(box);
    }
}
