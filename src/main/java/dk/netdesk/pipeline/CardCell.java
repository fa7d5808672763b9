package dk.netdesk.pipeline;

import dk.netdesk.ui.Messages;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * One card on the board: name, next follow-up (overdue, today, planned or "no next step"),
 * days in stage, a stale marker, tags, and the do-not-contact reason. It is a drag source
 * (carrying the contact id) and a drop target (dropping places the dragged card before it).
 */
final class CardCell extends ListCell<Card> {

    private static final PseudoClass DROP = PseudoClass.getPseudoClass("drop-target");
    private static final PseudoClass DNC = PseudoClass.getPseudoClass("dnc");

    private final PipelineViewModel model;
    private final Messages messages;
    private final long stageId;
    private final java.time.format.DateTimeFormatter shortDate;

    private final Label name = new Label();
    private final Label followUp = new Label();
    private final Label days = new Label();
    private final Label stale = new Label();
    private final Label tags = new Label();
    private final Label reason = new Label();
    private final Label dnc;
    private final VBox box;
    private final FontIcon followUpIcon = new FontIcon(Material2OutlinedAL.EVENT);

    CardCell(PipelineViewModel model, Messages messages, long stageId) {
        this.shortDate = messages.dateFormat("format.dayMonth");
        this.model = model;
        this.messages = messages;
        this.stageId = stageId;
        getStyleClass().add("pipeline-card-cell");
        name.getStyleClass().add("pipeline-card-name");
        followUp.getStyleClass().add("pipeline-follow-up");
        days.getStyleClass().add("pipeline-days");
        stale.getStyleClass().add("pipeline-stale");
        stale.setText(messages.get("pipeline.card.stale"));
        stale.setGraphic(new FontIcon(Material2OutlinedMZ.SCHEDULE));
        tags.getStyleClass().add("pipeline-tags");
        reason.getStyleClass().add("pipeline-dnc-reason");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        stale.setMinWidth(Region.USE_PREF_SIZE);
        HBox age = new HBox(6, days, spacer, stale);
        age.setAlignment(Pos.CENTER_LEFT);
        dnc = dk.netdesk.ui.DoNotContactBadge.create(messages, null, false);
        dnc.getStyleClass().add("pipeline-dnc");
        // a long name, date or tag list wraps on the narrow card rather than being cut short
        for (Label text : new Label[] {name, followUp, tags, reason}) {
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
        }
        box = new VBox(3, name, followUp, dnc, age, tags, reason);
        box.getStyleClass().add("pipeline-card");
        box.setFillWidth(true);
        setPrefWidth(0);

        setOnDragDetected(e -> {
            if (isEmpty() || getItem() == null) {
                return;
            }
            Dragboard board = startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.put(PipelineDragFormats.CONTACT_ID, getItem().contactId());
            board.setContent(content);
            board.setDragView(box.snapshot(null, null));
            e.consume();
        });
        setOnDragOver(e -> {
            if (e.getDragboard().hasContent(PipelineDragFormats.CONTACT_ID)) {
                e.acceptTransferModes(TransferMode.MOVE);
                pseudoClassStateChanged(DROP, !isEmpty());
                e.consume();
            }
        });
        setOnDragExited(e -> pseudoClassStateChanged(DROP, false));
        setOnDragDropped(e -> {
            Object id = e.getDragboard().getContent(PipelineDragFormats.CONTACT_ID);
            if (id instanceof Long contactId) {
                int index = isEmpty() ? Integer.MAX_VALUE : getIndex();
                e.setDropCompleted(model.drop(contactId, this.stageId, index));
            } else {
                e.setDropCompleted(false);
            }
            pseudoClassStateChanged(DROP, false);
            e.consume();
        });
    }

    @Override
    protected void updateItem(Card card, boolean empty) {
        super.updateItem(card, empty);
        if (empty || card == null) {
            setId(null);
            setGraphic(null);
            setText(null);
            setTooltip(null);
            pseudoClassStateChanged(DNC, false);
            return;
        }
        setId("pipeline-card-" + card.contactId());
        name.setText(card.name());
        FollowUpState state = model.followUpState(card);
        followUp.getStyleClass().removeAll("overdue", "today", "planned", "none");
        followUp.getStyleClass().add(state.name().toLowerCase(java.util.Locale.ROOT));
        followUp.setText(switch (state) {
            case OVERDUE -> messages.format("pipeline.card.overdue", shortDate.format(card.nextFollowUp()));
            case TODAY -> messages.get("pipeline.card.today");
            case PLANNED -> messages.format("pipeline.card.followUp", shortDate.format(card.nextFollowUp()));
            case NONE -> messages.get("pipeline.card.noNextStep");
        });
        followUp.setVisible(!card.doNotContact());
        followUp.setManaged(!card.doNotContact());
        dk.netdesk.ui.DoNotContactBadge.update(dnc, messages, card.doNotContact() ? card.doNotContactReason() : null, false);
        followUp.setGraphic(state == FollowUpState.NONE ? null : followUpIcon);
        long inStage = model.daysInStage(card);
        days.setText(messages.format("pipeline.card.days", inStage));
        boolean isStale = model.isStale(card) && !card.doNotContact();
        stale.setVisible(isStale);
        stale.setManaged(isStale);
        boolean hasTags = !card.tags().isEmpty() && !card.doNotContact();
        tags.setText(hasTags ? "#" + String.join("  #", card.tags()) : "");
        tags.setVisible(hasTags);
        tags.setManaged(hasTags);
        reason.setText(card.doNotContact() ? card.doNotContactReason() : "");
        setTooltip(card.doNotContact() ? new Tooltip(dk.netdesk.ui.DoNotContactBadge.text(messages, card.doNotContactReason())) : null);
        reason.setVisible(card.doNotContact());
        reason.setManaged(card.doNotContact());
        pseudoClassStateChanged(DNC, card.doNotContact());
        setText(null);
        setGraphic(box);
    }
}
