package dk.netdesk.pipeline;

import dk.netdesk.ui.Messages;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Today area: overdue and due follow-ups, most urgent first; one click opens the contact beside the list. */
public final class TodayView {

    private final TodayViewModel model;
    private final Messages messages;
    /** The details panel, built the first time a follow-up is opened; null until then. */
    private ContactDetailsView detailsView;

    public TodayView(TodayViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /**
     * Do-not-contact people who still have an event in the calendar today: listed apart from those
     * to contact, each with the shared badge and reason; hidden when there are none.
     */
    private Node blockedSection() {
        Label heading = new Label(messages.get("pipeline.today.blockedTitle"));
        heading.getStyleClass().add("title-4");
        heading.setId("today-blocked-title");
        // wraps in a narrow list rather than being cut short
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        Label help = new Label(messages.get("pipeline.today.blockedHelp"));
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);
        help.getStyleClass().add("text-muted");
        ListView<TodayViewModel.BlockedToday> blocked = new ListView<>(model.blocked());
        blocked.setId("today-blocked");
        heading.setLabelFor(blocked);
        blocked.getStyleClass().add("today-list");
        blocked.setCellFactory(lv -> new BlockedTodayCell(messages));
        blocked.setPrefHeight(140);
        blocked.setOnKeyPressed(e -> {
            TodayViewModel.BlockedToday chosen = blocked.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && chosen != null && model.open(chosen)) {
                focusNameWhenShown(chosen.contactId());
            }
        });
        blocked.setOnMouseClicked(e -> model.open(blocked.getSelectionModel().getSelectedItem()));
        VBox box = new VBox(6, heading, help, blocked);
        box.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.blocked()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /**
     * Enter on an entry, as on a board card (issue 18): once the panel shows the contact (read on the database thread,
     * the panel built on first use), it shows it from its top with the focus in Name.
     */
    private void focusNameWhenShown(long contactId) {
        model.details().whenShown(contactId, () -> javafx.application.Platform.runLater(() -> {
            if (detailsView != null && model.details().shows(contactId)) {
                detailsView.startEditing();
            }
        }));
    }

    public Node build() {
        Label title = new Label(messages.format("pipeline.today.title", messages.date(model.today())));
        title.getStyleClass().add("title-3");
        // wraps in a narrow window rather than being cut short
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label count = new Label();
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.format("pipeline.today.count", model.due().size()), model.due()));
        ListView<FollowUp> list = new ListView<>(model.due());
        list.setId("today-list");
        title.setLabelFor(list);
        list.getStyleClass().add("today-list");
        list.setCellFactory(lv -> new FollowUpCell(model, messages));
        // "Reading…" until the first load is in, then "nothing due"; "could not be read" after a failed read.
        list.setPlaceholder(dk.netdesk.ui.LoadFailedText.placeholder(messages,
                javafx.beans.binding.Bindings.when(model.loadedProperty())
                        .then(messages.get("pipeline.today.empty")).otherwise(messages.get("pipeline.today.loading")),
                "load.failed.followUps", model.loadFailedProperty()));
        // The entry opens once the click is over, so a question about unsaved edits comes after the mouse is
        // released; when the user stays, the entry of the contact being edited is selected again.
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> javafx.application.Platform.runLater(() -> {
            // a Today dropped after a language switch still hears model.due() until it is collected: it opens nothing
            if (now != null && now == list.getSelectionModel().getSelectedItem() && dk.netdesk.ui.ViewListeners.inUse(list)
                    && !model.open(now)) {
                Long shown = model.details().contactIdProperty().get();
                list.getSelectionModel().select(list.getItems().stream()
                        .filter(f -> shown != null && f.contactId() == shown).findFirst().orElse(null));
            }
        }));
        // The list is read again after each change (a save): the entry of the contact shown stays selected, so
        // Escape gives the focus back to it, not to the first entry.
        dk.netdesk.ui.ViewListeners.onListChange(list, model.due(), change -> {
            Long shown = model.details().openProperty().get() ? model.details().contactIdProperty().get() : null;
            list.getItems().stream().filter(f -> shown != null && f.contactId() == shown).findFirst()
                    .filter(f -> f != list.getSelectionModel().getSelectedItem())
                    .ifPresent(f -> list.getSelectionModel().select(f));
        });
        // A click on the entry that is already selected opens it again (after the panel was closed).
        list.setOnMouseClicked(e -> {
            if (!model.details().openProperty().get()) {
                model.open(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            FollowUp chosen = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && chosen != null && model.open(chosen)) {
                focusNameWhenShown(chosen.contactId());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox left = new VBox(8, title, count, list, blockedSection());
        left.setPadding(new Insets(12));

        Label hint = new Label(messages.get("pipeline.today.pick"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        hint.visibleProperty().bind(model.details().openProperty().not());
        javafx.scene.layout.StackPane right = new javafx.scene.layout.StackPane(hint);
        // the hint keeps the screen's padding from the divider and the edges, however it wraps (issue 18)
        javafx.scene.layout.StackPane.setMargin(hint, new Insets(12));
        // The details panel is built the first time a follow-up is opened: the screen shows sooner.
        Runnable addDetails = () -> {
            if (model.details().openProperty().get() && right.getChildren().size() == 1) {
                detailsView = new ContactDetailsView(model.details(), messages);
                Node details = detailsView.build();
                details.visibleProperty().bind(model.details().openProperty());
                right.getChildren().add(details);
            }
        };
        dk.netdesk.ui.ViewListeners.onChange(right, model.details().openProperty(), (obs, was, open) -> addDetails.run());
        addDetails.run();
        SplitPane split = new SplitPane(left, right);
        javafx.scene.input.KeyCombination saveKey = new javafx.scene.input.KeyCodeCombination(
                javafx.scene.input.KeyCode.S, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);
        split.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (saveKey.match(e) && model.details().openProperty().get()) {
                model.details().save();
                e.consume();
            } else if (dk.netdesk.ui.Shortcuts.NEW.match(e)) {
                // a new contact beside the list, as on the board and in Contacts; Name takes the focus
                model.details().newContact();
                e.consume();
            }
        });
        split.setId("today");
        split.getStylesheets().add(PipelineView.STYLESHEET);
        split.setDividerPositions(0.4);
        return split;
    }
}
