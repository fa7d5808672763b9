package dk.netdesk.pipeline;

import dk.netdesk.ui.DialogFit;
import dk.netdesk.contacts.ContactRef;
import dk.netdesk.pipeline.PersonErase.EventChoice;
import dk.netdesk.ui.ConfirmDialog;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.Theme;
import dk.netdesk.ui.ViewListeners;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * "Erase this person…": what an erase removes, with counts ({@link EraseViewModel#counts()}), the
 * linked events (those Netdesk made "will be deleted"; for each one the user typed, Delete or Keep
 * without the person), the mentions of the name elsewhere (listed, not changed), the notice that an
 * erase cannot be undone, and the "I understand" tick that turns Erase on. Cancel is the default and
 * the Escape button. After the erase the dialog says the erasure's date and reference, with Copy.
 * Ids: {@code #erase-dialog}, {@code #erase-count-<key>}, {@code #erase-event-<id>-delete} /
 * {@code -keep}, {@code #erase-understood}, {@code #erase-erase}, {@code #erase-cancel},
 * {@code #erase-message}, {@code #erase-reference}.
 */
public final class EraseDialog {

    private final EraseViewModel model;
    private final Messages messages;

    public EraseDialog(EraseViewModel model) {
        this.model = model;
        this.messages = model.messages();
    }

    /** Opens the dialog over {@code owner} for the contact and reads what would go; returns at once. */
    public void show(Window owner, long contactId) {
        build(owner, contactId).show();
    }

    /** The dialog, not yet shown (screenshots set its size first); starts reading the preview. */
    public Dialog<ButtonType> build(Window owner, long contactId) {
        Dialog<ButtonType> dialog = new Dialog<>();
        DialogFit.onScreen(dialog);
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.getDialogPane().setId("erase-dialog");
        dialog.getDialogPane().getStylesheets().addAll(Theme.APP_STYLESHEET, PipelineView.STYLESHEET);
        dialog.titleProperty().bind(Bindings.createStringBinding(() -> model.previewProperty().get() == null
                ? messages.get("pipeline.erase.title.reading")
                : messages.format("pipeline.erase.title", model.previewProperty().get().name()), model.previewProperty()));
        dialog.headerTextProperty().bind(Bindings.createStringBinding(() -> model.erasedProperty().get() != null
                ? messages.get("pipeline.erase.header.done") : model.previewProperty().get() == null
                ? messages.get("pipeline.erase.header.reading")
                : messages.format("pipeline.erase.header", model.previewProperty().get().name()),
                model.previewProperty(), model.erasedProperty()));

        VBox preview = new VBox(14, notice(), section("pipeline.erase.section.counts", counts()),
                section("pipeline.erase.section.events", events()), mentions());
        preview.setPadding(new Insets(0, 12, 0, 0));
        ScrollPane scroll = dk.netdesk.ui.ScrollIntoView.follow(new ScrollPane(preview));
        scroll.setId("erase-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportHeight(430);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        CheckBox understood = new CheckBox();
        understood.setId("erase-understood");
        understood.textProperty().bind(Bindings.createStringBinding(() -> model.previewProperty().get() == null ? ""
                : messages.format("pipeline.erase.understood", model.previewProperty().get().name()), model.previewProperty()));
        understood.setWrapText(true);
        understood.setMinHeight(Region.USE_PREF_SIZE);
        understood.selectedProperty().bindBidirectional(model.understoodProperty());
        understood.disableProperty().bind(model.previewProperty().isNull().or(model.busyProperty()));

        VBox content = new VBox(12, scroll, understood, messageLine());
        content.setPrefWidth(660);
        VBox done = done();
        content.visibleProperty().bind(model.erasedProperty().isNull());
        content.managedProperty().bind(content.visibleProperty());
        // One of the two is shown; the preview's scroll pane takes the height the dialog is given.
        dialog.getDialogPane().setContent(new StackPane(content, done));
        dialog.getDialogPane().setMinWidth(700);

        ButtonType eraseType = new ButtonType(messages.get("pipeline.erase.erase"), ButtonBar.ButtonData.OTHER);
        ButtonType cancelType = ConfirmDialog.cancel(messages);
        dialog.getDialogPane().getButtonTypes().setAll(eraseType, cancelType);
        Button erase = (Button) dialog.getDialogPane().lookupButton(eraseType);
        erase.setId("erase-erase");
        erase.getStyleClass().add("danger");
        erase.setGraphic(new FontIcon(Material2OutlinedAL.DELETE_FOREVER));
        erase.setDefaultButton(false);
        erase.disableProperty().bind(model.canEraseProperty().not());
        erase.visibleProperty().bind(model.erasedProperty().isNull());
        erase.managedProperty().bind(erase.visibleProperty());
        // Erase runs and the dialog stays, to say the reference (or what went wrong).
        erase.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.erase();
        });
        Button cancel = (Button) dialog.getDialogPane().lookupButton(cancelType);
        cancel.setId("erase-cancel");
        cancel.setDefaultButton(true);
        cancel.setCancelButton(true);
        cancel.textProperty().bind(Bindings.createStringBinding(() -> messages.get(model.erasedProperty().get() == null
                ? "dialog.cancel" : "pipeline.erase.close"), model.erasedProperty()));
        cancel.disableProperty().bind(model.busyProperty().and(model.previewProperty().isNotNull()));
        dialog.setOnHidden(e -> model.cancel());
        dialog.setOnShown(e -> cancel.requestFocus());
        model.open(contactId);
        return dialog;
    }

    /** "This cannot be undone", in the danger colour. */
    private Node notice() {
        Label notice = new Label(messages.get("pipeline.erase.notice"), new FontIcon(Material2OutlinedAL.ERROR_OUTLINE));
        notice.setId("erase-notice");
        notice.getStyleClass().add("erase-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        return notice;
    }

    private Node section(String key, Node body) {
        Label title = new Label(messages.get(key));
        title.getStyleClass().add("title-4");
        return new VBox(6, title, body);
    }

    /** One row per {@link EraseViewModel.Count}: what, and how many. */
    private Node counts() {
        GridPane grid = new GridPane();
        grid.setId("erase-counts");
        grid.setHgap(16);
        grid.setVgap(3);
        ColumnConstraints what = new ColumnConstraints();
        what.setHgrow(Priority.ALWAYS);
        ColumnConstraints number = new ColumnConstraints();
        number.setHalignment(HPos.RIGHT);
        number.setMinWidth(40);
        grid.getColumnConstraints().setAll(what, number);
        Runnable fill = () -> {
            grid.getChildren().clear();
            int row = 0;
            for (EraseViewModel.Count count : model.counts()) {
                Label label = wrapping(messages.get("pipeline.erase.count." + count.key()));
                Label value = new Label(messages.number(count.count(), 0));
                value.setId("erase-count-" + count.key());
                value.getStyleClass().add(count.count() == 0 ? "text-muted" : "text-bold");
                if (count.count() == 0) {
                    label.getStyleClass().add("text-muted");
                }
                grid.addRow(row++, label, value);
            }
        };
        fill.run();
        ViewListeners.onListChange(grid, model.counts(), change -> fill.run());
        return grid;
    }

    /** The linked events: "will be deleted" for those Netdesk made, Delete / Keep without the person for typed ones. */
    private Node events() {
        GridPane grid = new GridPane();
        grid.setId("erase-events");
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints title = new ColumnConstraints();
        title.setHgrow(Priority.ALWAYS);
        title.setMinWidth(160);
        grid.getColumnConstraints().setAll(title, new ColumnConstraints());
        Label none = muted(messages.get("pipeline.erase.events.none"));
        Label keepNote = muted(messages.get("pipeline.erase.events.keepNote"));
        Label choose = wrapping(messages.get("pipeline.erase.events.choose"));
        choose.setId("erase-choose");
        choose.getStyleClass().add("nd-field-error");
        choose.visibleProperty().bind(model.choicesMissingProperty());
        choose.managedProperty().bind(choose.visibleProperty());
        Runnable fill = () -> {
            grid.getChildren().clear();
            int row = 0;
            for (EraseViewModel.EventRow event : model.events()) {
                grid.addRow(row++, wrapping(event.title()), event.madeByNetdesk() ? madeByNetdesk() : choice(event));
            }
            none.setVisible(model.previewProperty().get() != null && model.events().isEmpty());
            none.setManaged(none.isVisible());
            boolean typed = model.events().stream().anyMatch(e -> !e.madeByNetdesk());
            keepNote.setVisible(typed);
            keepNote.setManaged(typed);
        };
        fill.run();
        ViewListeners.onListChange(grid, model.events(), change -> {
            // A choice made fires an update; the rows stay as they are then.
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved()) {
                    fill.run();
                    return;
                }
            }
        });
        ViewListeners.onChange(grid, model.previewProperty(), (obs, old, now) -> fill.run());
        return new VBox(6, none, grid, keepNote, choose);
    }

    private Node madeByNetdesk() {
        Label label = new Label(messages.get("pipeline.erase.events.madeByNetdesk"));
        label.getStyleClass().add("text-muted");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** Delete / Keep without the person, as two radio buttons (Tab to one, Space picks it), none picked at first. */
    private Node choice(EraseViewModel.EventRow event) {
        ToggleGroup group = new ToggleGroup();
        RadioButton delete = new RadioButton(messages.get("pipeline.erase.events.delete"));
        delete.setId("erase-event-" + event.id() + "-delete");
        delete.setUserData(EventChoice.DELETE);
        RadioButton keep = new RadioButton(messages.get("pipeline.erase.events.keep"));
        keep.setId("erase-event-" + event.id() + "-keep");
        keep.setUserData(EventChoice.KEEP_WITHOUT_PERSON);
        for (RadioButton button : new RadioButton[] {delete, keep}) {
            button.setToggleGroup(group);
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setAccessibleHelp(event.title());
            button.disableProperty().bind(model.busyProperty());
        }
        Runnable show = () -> group.selectToggle(event.choiceProperty().get() == EventChoice.DELETE ? delete
                : event.choiceProperty().get() == EventChoice.KEEP_WITHOUT_PERSON ? keep : null);
        show.run();
        group.selectedToggleProperty().addListener((obs, old, now) ->
                event.choiceProperty().set(now == null ? null : (EventChoice) now.getUserData()));
        // The row lives as long as this opening, so a plain listener keeps nothing alive for longer.
        event.choiceProperty().addListener((obs, old, now) -> show.run());
        HBox box = new HBox(12, delete, keep);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Other contacts' notes and other events' titles that hold the full name: listed, not changed. */
    private Node mentions() {
        VBox list = new VBox(3);
        list.setId("erase-mentions");
        Runnable fill = () -> {
            list.getChildren().clear();
            if (model.notesMentions().isEmpty() && model.eventMentions().isEmpty()) {
                list.getChildren().add(muted(messages.get("pipeline.erase.mentions.none")));
                return;
            }
            list.getChildren().add(muted(messages.get("pipeline.erase.mentions.intro")));
            for (ContactRef contact : model.notesMentions()) {
                list.getChildren().add(wrapping(messages.format("pipeline.erase.mentions.notes", contact.name())));
            }
            for (ContactLinks.Mention event : model.eventMentions()) {
                list.getChildren().add(wrapping(messages.format("pipeline.erase.mentions.event", event.title())));
            }
        };
        fill.run();
        ViewListeners.onAnyListChange(list, fill, model.notesMentions(), model.eventMentions());
        return section("pipeline.erase.section.mentions", list);
    }

    /** Working, the failure in the danger colour, with a spinner while busy. */
    private Node messageLine() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label message = new Label();
        message.setId("erase-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.textProperty().bind(model.messageProperty());
        Runnable style = () -> {
            message.getStyleClass().removeAll("nd-field-error", "text-muted");
            message.getStyleClass().add(model.failedProperty().get() ? "nd-field-error" : "text-muted");
        };
        style.run();
        ViewListeners.onChange(message, model.failedProperty(), (obs, old, now) -> style.run());
        HBox line = new HBox(8, progress, message);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    /** After the erase: the date and the reference, which the user keeps to show it was done. */
    private VBox done() {
        Label text = wrapping("");
        text.setId("erase-done");
        text.textProperty().bind(model.messageProperty());
        TextField reference = new TextField();
        reference.setId("erase-reference");
        reference.setEditable(false);
        reference.setAccessibleText(messages.get("pipeline.erase.reference"));
        reference.textProperty().bind(Bindings.createStringBinding(() -> model.erasedProperty().get() == null ? ""
                : model.erasedProperty().get().reference(), model.erasedProperty()));
        HBox.setHgrow(reference, Priority.ALWAYS);
        Button copy = new Button(messages.get("pipeline.erase.copy"), new FontIcon(Material2OutlinedAL.CONTENT_COPY));
        copy.setId("erase-copy");
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setOnAction(e -> {
            ClipboardContent clip = new ClipboardContent();
            clip.putString(model.messageProperty().get());
            Clipboard.getSystemClipboard().setContent(clip);
        });
        Label referenceLabel = new Label(messages.get("pipeline.erase.reference"));
        referenceLabel.setMinWidth(Region.USE_PREF_SIZE);
        referenceLabel.setLabelFor(reference);
        HBox row = new HBox(8, referenceLabel, reference, copy);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox done = new VBox(12, text, row, wrapping(messages.get("pipeline.erase.keepReference")));
        done.setAlignment(Pos.TOP_LEFT);
        done.setPrefWidth(660);
        done.visibleProperty().bind(model.erasedProperty().isNotNull());
        done.managedProperty().bind(done.visibleProperty());
        return done;
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label muted(String text) {
        Label label = wrapping(text);
        label.getStyleClass().add("text-muted");
        return label;
    }
}
