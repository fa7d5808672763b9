package dk.netdesk.pipeline;

import dk.netdesk.ui.DoNotContactBadge;
import dk.netdesk.ui.Messages;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
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
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * One card on the board: name, next follow-up (overdue, today, planned or "no next step"),
 * days in stage, a stale marker, tags, and the do-not-contact reason. It is a drag source
 * (carrying the contact id) and a drop target (dropping places the dragged card before it).
 *
 * <p>The card is kept light, because the board shows dozens at once (issue 16, decision 0035): the name, the days
 * and the tags are plain {@link Text} nodes that wrap at the card's width; the follow-up is the one label (it has an
 * icon and a coloured background); the stale marker, the do-not-contact badge and its reason are made the first
 * time this cell shows a card that needs them. No card carries a style sheet of its own: the board's root holds
 * the badge's sheet.
 */
final class CardCell extends ListCell<Card> {

    private static final PseudoClass DROP = PseudoClass.getPseudoClass("drop-target");
    private static final PseudoClass DNC = PseudoClass.getPseudoClass("dnc");

    private final PipelineViewModel model;
    private final Messages messages;
    private final long stageId;
    private final java.time.format.DateTimeFormatter shortDate;

    private final Text name = text("pipeline-card-name");
    private final Label followUp = new Label();
    private final Text days = text("pipeline-days");
    private final Text tags = text("pipeline-tags");
    private final HBox age;
    private final CardBox box;
    private final FontIcon followUpIcon = new FontIcon(Material2OutlinedAL.EVENT);
    /** Made when first needed: most cards are neither stale nor blocked. */
    private Label stale;
    private Label dnc;
    private Label reason;

    CardCell(PipelineViewModel model, Messages messages, long stageId) {
        this.shortDate = messages.dateFormat("format.dayMonth");
        this.model = model;
        this.messages = messages;
        this.stageId = stageId;
        getStyleClass().add("pipeline-card-cell");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        followUp.getStyleClass().add("pipeline-follow-up");
        followUp.setWrapText(true);
        followUp.setMinHeight(Region.USE_PREF_SIZE);
        age = new HBox(6, days);
        age.setAlignment(Pos.CENTER_LEFT);
        // a long name, date or tag list wraps on the narrow card rather than being cut short
        box = new CardBox(name, followUp, age, tags);
        box.getStyleClass().add("pipeline-card");
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

    private static Text text(String style) {
        Text text = new Text();
        text.getStyleClass().add(style);
        return text;
    }

    @Override
    protected void updateItem(Card card, boolean empty) {
        super.updateItem(card, empty);
        if (empty || card == null) {
            setId(null);
            setGraphic(null);
            setText(null);
            setTooltip(null);
            setAccessibleText(null);
            pseudoClassStateChanged(DNC, false);
            return;
        }
        setId("pipeline-card-" + card.contactId());
        name.setText(card.name());
        boolean blocked = card.doNotContact();
        FollowUpState state = model.followUpState(card);
        String stateClass = state.name().toLowerCase(java.util.Locale.ROOT);
        if (!followUp.getStyleClass().contains(stateClass)) {
            followUp.getStyleClass().removeAll("overdue", "today", "planned", "none");
            followUp.getStyleClass().add(stateClass);
        }
        followUp.setText(switch (state) {
            case OVERDUE -> messages.format("pipeline.card.overdue", shortDate.format(card.nextFollowUp()));
            case TODAY -> messages.get("pipeline.card.today");
            case PLANNED -> messages.format("pipeline.card.followUp", shortDate.format(card.nextFollowUp()));
            case NONE -> messages.get("pipeline.card.noNextStep");
        });
        show(followUp, !blocked);
        followUp.setGraphic(state == FollowUpState.NONE ? null : followUpIcon);
        if (blocked && dnc == null) {
            dnc = DoNotContactBadge.create(messages, null, false, false);
            dnc.getStyleClass().add("pipeline-dnc");
            box.getChildren().add(2, dnc);
        }
        if (dnc != null) {
            DoNotContactBadge.update(dnc, messages, blocked ? card.doNotContactReason() : null, false);
        }
        days.setText(messages.format("pipeline.card.days", model.daysInStage(card)));
        boolean isStale = model.isStale(card) && !blocked;
        if (isStale && stale == null) {
            stale = new Label(messages.get("pipeline.card.stale"), new FontIcon(Material2OutlinedMZ.SCHEDULE));
            stale.getStyleClass().add("pipeline-stale");
            stale.setMinWidth(Region.USE_PREF_SIZE);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            age.getChildren().addAll(spacer, stale);
        }
        if (stale != null) {
            show(stale, isStale);
        }
        boolean hasTags = !card.tags().isEmpty() && !blocked;
        tags.setText(hasTags ? "#" + String.join("  #", card.tags()) : "");
        show(tags, hasTags);
        if (blocked && reason == null) {
            reason = new Label();
            reason.getStyleClass().add("pipeline-dnc-reason");
            reason.setWrapText(true);
            reason.setMinHeight(Region.USE_PREF_SIZE);
            box.getChildren().add(reason);
        }
        if (reason != null) {
            reason.setText(blocked ? card.doNotContactReason() : "");
            show(reason, blocked);
        }
        setTooltip(blocked ? new Tooltip(DoNotContactBadge.text(messages, card.doNotContactReason())) : null);
        setAccessibleText(CardSpeech.card(messages, card.name(), stageName(),
                blocked ? DoNotContactBadge.text(messages, card.doNotContactReason()) : followUp.getText(), days.getText()));
        pseudoClassStateChanged(DNC, blocked);
        setText(null);
        setGraphic(box);
    }

    /** The name of this cell's column's stage, in the UI language; empty when the column is gone. */
    private String stageName() {
        for (StageColumn column : model.columns()) {
            if (column.stage().id() == stageId) {
                return column.stage().name(messages);
            }
        }
        return "";
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /**
     * The card's column of parts, top to bottom. Its {@link Text} parts wrap at the card's inner width (a text node
     * does not take its width from a layout pane): the width is set before each measure and layout, and only when it
     * changes.
     */
    private static final class CardBox extends VBox {

        /** Key in the list's properties: the width (a Double, pixels) its cards were last laid out at. */
        private static final String CARD_WIDTH = "dk.netdesk.cardWidth";

        CardBox(Node... parts) {
            super(3, parts);
            setFillWidth(true);
        }

        /** Wraps the texts at {@code width} (the card's outer width, pixels) minus the insets; nothing for width ≤ 0. */
        private void wrapAt(double width) {
            if (width <= 0) {
                return;
            }
            Insets in = getInsets();
            double inner = Math.max(1, width - in.getLeft() - in.getRight());
            for (Node part : getChildren()) {
                if (part instanceof Text text && text.getWrappingWidth() != inner) {
                    text.setWrappingWidth(inner);
                }
            }
        }

        /**
         * The card takes its column's width: its texts wrap at that width, so their unwrapped width (a 200-character
         * name) never widens the card past its column.
         */
        @Override
        protected double computePrefWidth(double height) {
            return snappedLeftInset() + snappedRightInset();
        }

        @Override
        protected double computeMinWidth(double height) {
            return snappedLeftInset() + snappedRightInset();
        }

        @Override
        protected double computePrefHeight(double width) {
            // asked without a width (before the first layout), the card wraps at its column's last card width
            wrapAt(width > 0 ? width : (list() != null && list().getProperties().get(CARD_WIDTH) instanceof Double w ? w : -1));
            return super.computePrefHeight(width);
        }

        /** The list the card is in, or null. */
        private javafx.scene.control.ListView<?> list() {
            for (javafx.scene.Parent up = getParent(); up != null; up = up.getParent()) {
                if (up instanceof javafx.scene.control.ListView<?> list) {
                    return list;
                }
            }
            return null;
        }

        @Override
        protected void layoutChildren() {
            wrapAt(getWidth());
            javafx.scene.control.ListView<?> list = list();
            if (list != null && getWidth() > 0 && !Double.valueOf(getWidth()).equals(list.getProperties().get(CARD_WIDTH))) {
                // the cards' heights were asked before their texts wrapped at this width (a long name is several
                // lines): the list asks again once, per width, so every card is as tall as its texts
                list.getProperties().put(CARD_WIDTH, getWidth());
                javafx.application.Platform.runLater(list::refresh);
            }
            super.layoutChildren();
        }
    }
}
