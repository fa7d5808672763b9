package dk.netdesk.pipeline;

import dk.netdesk.ui.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The gentle start-up reminder: a one-line banner ("3 contacts are due for a retention review.",
 * "Review…", a close button), shown while {@link RetentionViewModel#reminderShownProperty()} is
 * true; never a dialog. Ids: {@code #retention-reminder}, {@code #retention-reminder-review},
 * {@code #retention-reminder-dismiss}.
 */
public final class RetentionReminderView {

    private final RetentionViewModel model;
    private final Messages messages;
    private final Runnable openReview;

    /** @param openReview opens the retention review (the reminder is hidden first) */
    public RetentionReminderView(RetentionViewModel model, Runnable openReview) {
        this.model = model;
        this.messages = model.messages();
        this.openReview = openReview;
    }

    public Node build() {
        Label text = new Label();
        text.setGraphic(new FontIcon(Material2OutlinedAL.ARCHIVE));
        text.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(model::reminderText,
                model.reminderCountProperty()));
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        Button review = new Button(messages.get("retention.reminder.review"));
        review.setId("retention-reminder-review");
        review.setMinWidth(Region.USE_PREF_SIZE);
        review.setOnAction(e -> {
            model.dismissReminder();
            openReview.run();
        });
        Button dismiss = new Button(null, new FontIcon(Material2OutlinedAL.CLOSE));
        dismiss.setId("retention-reminder-dismiss");
        dismiss.getStyleClass().add("flat");
        dismiss.setAccessibleText(messages.get("retention.reminder.dismiss"));
        dismiss.setTooltip(new Tooltip(messages.get("retention.reminder.dismiss")));
        dismiss.setOnAction(e -> model.dismissReminder());
        HBox banner = new HBox(10, text, space, review, dismiss);
        banner.setId("retention-reminder");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setPadding(new Insets(6, 12, 6, 12));
        banner.setStyle("-fx-background-color: -color-accent-subtle; -fx-border-color: -color-accent-muted;"
                + " -fx-border-width: 1 0 0 0;");
        banner.visibleProperty().bind(model.reminderShownProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }
}
