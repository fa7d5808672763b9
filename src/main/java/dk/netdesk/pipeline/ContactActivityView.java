package dk.netdesk.pipeline;

import dk.netdesk.ui.DateText;
import dk.netdesk.ui.DisplayText;
import dk.netdesk.ui.FieldMessage;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.ViewListeners;
import java.time.ZoneId;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The sections below a stored contact's fields in the editor: follow-up, scripts, do-not-contact,
 * timeline, stage history and consent log, bound to a {@link ContactActivityViewModel}. Hidden
 * while a new contact is typed.
 */
final class ContactActivityView {

    private final ContactActivityViewModel activity;
    private final Messages messages;
    private final ZoneId zone;
    private final ObservableBooleanValue stored;

    /** @param stored true while a stored contact is open (the sections are hidden otherwise) */
    ContactActivityView(ContactActivityViewModel activity, Messages messages, ZoneId zone, ObservableBooleanValue stored) {
        this.activity = activity;
        this.messages = messages;
        this.zone = zone;
        this.stored = stored;
    }

    /** The sections, in order. */
    java.util.List<Node> build() {
        return java.util.List.of(followUpSection(), scriptsSection(), doNotContactSection(), timelineSection(),
                historySection(), consentSection());
    }

    private Node followUpSection() {
        // the same labelled Date, Time and Kind rows as a new contact's (FollowUpFieldsView), then Set and Clear
        dk.netdesk.ui.FormGrid grid = new dk.netdesk.ui.FormGrid(messages, 8, 4, 150);
        grid.node().setId("details-follow-up-form");
        FollowUpFieldsView next = new FollowUpFieldsView(activity.followUp(), messages, "details-follow-up");
        next.addTo(grid, null, null);
        DatePicker date = next.date();
        Button set = new Button(messages.get("pipeline.details.followUp.set"));
        set.setId("details-follow-up-set");
        set.setOnAction(e -> {
            if (!activity.setNextFollowUp()) {
                dk.netdesk.ui.FirstError.focus(grid.node()); // the field at fault, to be corrected
            }
        });
        Button clear = new Button(messages.get("pipeline.details.followUp.clear"));
        clear.setId("details-follow-up-clear");
        clear.setOnAction(e -> activity.setNextFollowUp(null));
        DateText.guard(set, date);
        set.setMinWidth(Region.USE_PREF_SIZE);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(8, 6, set, clear);
        row.setAlignment(Pos.CENTER_LEFT);
        grid.addNote(row);

        DatePicker when = datePicker("details-schedule-date");
        when.valueProperty().bindBidirectional(activity.scheduleDateProperty());
        when.setMaxWidth(Double.MAX_VALUE);
        TextField time = text("details-schedule-time", activity.scheduleTimeProperty());
        time.setPrefColumnCount(5);
        // the whole time ("18:00") stays readable
        time.setMinWidth(Region.USE_PREF_SIZE);
        time.setMaxWidth(Region.USE_PREF_SIZE);
        time.setPromptText(messages.get("pipeline.details.schedule.time"));
        dk.netdesk.ui.HintFit.whole(time);
        Button schedule = new Button(messages.get("pipeline.details.schedule"), new FontIcon(Material2OutlinedAL.EVENT));
        schedule.setId("details-schedule");
        schedule.setMinWidth(Region.USE_PREF_SIZE);
        // a follow-up in protected personal time asks first, as a save in the calendar does (decision 0028)
        schedule.setOnAction(e -> {
            boolean accepted = activity.scheduleFollowUp(() -> dk.netdesk.ui.ConfirmDialog.ask(
                    schedule.getScene() == null ? null : schedule.getScene().getWindow(), messages,
                    messages.get("pipeline.details.schedule.protected.title"),
                    messages.get("pipeline.details.schedule.protected.header"),
                    messages.get("pipeline.details.schedule.protected.text"),
                    messages.get("pipeline.details.schedule.protected.confirm"), "details-schedule-protected-confirm"));
            if (!accepted && activity.scheduleRefusedFieldProperty().get() != null) {
                // refused for its date or time: the focus goes to that field, to be corrected
                focusRefused(activity.scheduleRefusedFieldProperty().get() == ContactActivityViewModel.ScheduleField.DATE ? when : time);
            }
        });
        DateText.guard(schedule, when);
        Label timeError = FieldMessage.label("details-schedule-time-error", Bindings.createStringBinding(
                () -> activity.scheduleTimeErrorProperty().get() == null ? "" : activity.scheduleTimeErrorProperty().get(),
                activity.scheduleTimeErrorProperty()), time);
        // "Plan in calendar" has its own labelled date and time rows, under the follow-up's
        grid.add("pipeline.details.schedule.date", DateText.withMessage(when, messages)).label().setLabelFor(when);
        grid.add("pipeline.followUp.time", FieldMessage.under(time, timeError)).label().setLabelFor(time);
        grid.addNote(schedule);
        Label help = new Label(messages.get("pipeline.details.schedule.help"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        return storedOnly(section("pipeline.details.section.followUp", new VBox(6, grid.node(), help)));
    }

    /** The library's scripts for the contact's current stage, each with a Copy button. */
    private Node scriptsSection() {
        VBox list = new VBox(6);
        list.setId("details-scripts");
        Runnable fill = () -> {
            list.getChildren().clear();
            if (activity.stageScripts().isEmpty()) {
                Label none = new Label(messages.get("pipeline.details.scripts.none"));
                none.setWrapText(true);
                none.getStyleClass().add("text-muted");
                list.getChildren().add(none);
            }
            for (ContactLinks.Script script : activity.stageScripts()) {
                Label title = new Label(script.title());
                title.setWrapText(true);
                title.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(title, Priority.ALWAYS);
                Button copy = new Button(messages.get("pipeline.details.scripts.copy"),
                        new FontIcon(Material2OutlinedAL.CONTENT_COPY));
                copy.setId("script-copy-" + script.id());
                copy.setMinWidth(Region.USE_PREF_SIZE);
                copy.setOnAction(e -> {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(script.text());
                    Clipboard.getSystemClipboard().setContent(content);
                    activity.scriptCopied(script);
                });
                HBox row = new HBox(8, title, copy);
                row.setAlignment(Pos.CENTER_LEFT);
                list.getChildren().add(row);
            }
        };
        fill.run();
        ViewListeners.onListChange(list, activity.stageScripts(), c -> fill.run());
        return storedOnly(section("pipeline.details.section.scripts", list));
    }

    private Node doNotContactSection() {
        TextField reason = text("details-dnc-reason", activity.doNotContactReasonProperty());
        reason.setPromptText(messages.get("pipeline.details.dnc.reason"));
        dk.netdesk.ui.HintFit.whole(reason);
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button mark = new Button();
        mark.setId("details-dnc-toggle");
        mark.textProperty().bind(Bindings.createStringBinding(() -> isDnc()
                ? messages.get("pipeline.details.dnc.lift") : messages.get("pipeline.details.dnc.mark"),
                activity.contactStatusProperty()));
        mark.setOnAction(e -> activity.setDoNotContact(!isDnc()));
        mark.setMinWidth(Region.USE_PREF_SIZE);
        VBox row = new VBox(6, reason, mark);
        Label help = new Label(messages.get("pipeline.details.dnc.help"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        return storedOnly(section("pipeline.details.section.dnc", new VBox(6, row, help)));
    }

    private boolean isDnc() {
        ContactStatus s = activity.contactStatusProperty().get();
        return s != null && s.doNotContact();
    }

    private Node timelineSection() {
        ComboBox<InteractionType> type = new ComboBox<>();
        type.setId("interaction-type");
        type.getItems().setAll(InteractionType.values());
        type.setConverter(DisplayText.of(t -> messages.get(t.key())));
        type.valueProperty().bindBidirectional(activity.interactionTypeProperty());
        DatePicker date = datePicker("interaction-date");
        date.valueProperty().bindBidirectional(activity.interactionDateProperty());
        date.setPrefWidth(140);
        TextField text = text("interaction-text", activity.interactionTextProperty());
        text.setPromptText(messages.get("pipeline.interaction.text"));
        dk.netdesk.ui.HintFit.whole(text);
        TextField outcome = text("interaction-outcome", activity.interactionOutcomeProperty());
        outcome.setPromptText(messages.get("pipeline.interaction.outcome"));
        dk.netdesk.ui.HintFit.whole(outcome);
        DatePicker next = datePicker("interaction-follow-up");
        next.setPromptText(messages.get("pipeline.interaction.nextFollowUp"));
        dk.netdesk.ui.HintFit.whole(next);
        next.valueProperty().bindBidirectional(activity.interactionFollowUpProperty());
        Button add = new Button(messages.get("pipeline.interaction.add"), new FontIcon(Material2OutlinedAL.ADD));
        add.setId("interaction-add");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> {
            if (!activity.addInteraction()) {
                // refused: the status line says what is missing; the focus goes to where it is typed
                focusRefused(activity.interactionDateProperty().get() == null ? date : text);
            }
        });
        DateText.guard(add, date, next);
        ComboBox<ContactLinks.Script> script = new ComboBox<>(activity.stageScripts());
        script.setId("interaction-script");
        script.setPromptText(messages.get("pipeline.interaction.script"));
        // the hint comes back once a logged interaction clears the script
        dk.netdesk.ui.ComboText.follow(script);
        dk.netdesk.ui.HintFit.whole(script);
        script.valueProperty().bindBidirectional(activity.interactionScriptProperty());
        script.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(script, Priority.ALWAYS);
        ComboBox<ContactLinks.ScriptResult> result = new ComboBox<>();
        result.setId("interaction-script-result");
        result.getItems().setAll(ContactLinks.ScriptResult.values());
        result.setConverter(DisplayText.of(r -> messages.get(r.key())));
        dk.netdesk.ui.ComboText.follow(result);
        result.valueProperty().bindBidirectional(activity.interactionScriptResultProperty());
        result.disableProperty().bind(script.valueProperty().isNull());
        HBox scriptRow = new HBox(6, script, result);
        scriptRow.visibleProperty().bind(Bindings.isNotEmpty(activity.stageScripts()));
        scriptRow.managedProperty().bind(scriptRow.visibleProperty());
        VBox form = new VBox(6, new javafx.scene.layout.FlowPane(6, 6, type, date), DateText.message(date, messages), text, outcome, scriptRow,
                new javafx.scene.layout.FlowPane(6, 6, next, add), DateText.message(next, messages));
        VBox list = listOf(activity.interactions(), i -> messages.format("pipeline.interaction.entry",
                messages.date(i.date()), messages.get(i.type().key()), i.text(),
                i.outcome().isEmpty() ? "" : " → " + i.outcome()), "pipeline.interaction.none", activity::deleteInteraction,
                i -> "interaction-delete-" + i.id());
        list.setId("interaction-list");
        return storedOnly(section("pipeline.details.section.timeline", new VBox(8, form, list)));
    }

    private Node historySection() {
        VBox list = listOf(activity.history(), v -> messages.format("pipeline.history.entry", v.stageName(messages),
                messages.dateTime(v.enteredAt().atZone(zone))), "pipeline.history.none", null, null);
        list.setId("history-list");
        return storedOnly(section("pipeline.details.section.history", list));
    }

    private Node consentSection() {
        DatePicker date = datePicker("consent-date");
        date.valueProperty().bindBidirectional(activity.consentDateProperty());
        date.setPrefWidth(140);
        TextField channel = text("consent-channel", activity.consentChannelProperty());
        channel.setPromptText(messages.get("pipeline.consent.channel"));
        dk.netdesk.ui.HintFit.whole(channel);
        TextField wording = text("consent-wording", activity.consentWordingProperty());
        wording.setPromptText(messages.get("pipeline.consent.wording"));
        dk.netdesk.ui.HintFit.whole(wording);
        CheckBox given = new CheckBox(messages.get("pipeline.consent.given"));
        given.setId("consent-given");
        given.selectedProperty().bindBidirectional(activity.consentGivenProperty());
        Button add = new Button(messages.get("pipeline.consent.add"), new FontIcon(Material2OutlinedAL.ADD));
        add.setId("consent-add");
        add.setOnAction(e -> {
            if (!activity.addConsent()) {
                focusRefused(activity.consentDateProperty().get() == null ? date : channel);
            }
        });
        DateText.guard(add, date);
        javafx.scene.layout.FlowPane first = new javafx.scene.layout.FlowPane(6, 6, date, channel);
        HBox.setHgrow(channel, Priority.ALWAYS);
        add.setMinWidth(Region.USE_PREF_SIZE);
        given.setTooltip(new javafx.scene.control.Tooltip(messages.get("pipeline.consent.givenHelp")));
        HBox last = new HBox(10, given, add);
        last.setAlignment(Pos.CENTER_LEFT);
        VBox list = listOf(activity.consents(), c -> messages.format(c.given() ? "pipeline.consent.entryGiven"
                : "pipeline.consent.entryWithdrawn", messages.date(c.date()), c.channel(), c.wording()), "pipeline.consent.none", null, null);
        list.setId("consent-list");
        return storedOnly(section("pipeline.details.section.consent", new VBox(8,
                new VBox(6, first, DateText.message(date, messages), wording, last), list)));
    }

    // ---- helpers -----------------------------------------------------------------------------

    private DatePicker datePicker(String id) {
        return DateText.picker(id, messages);
    }

    /** Sections that need a stored contact are hidden while a new one is being typed. */
    private Node storedOnly(Node node) {
        node.visibleProperty().bind(stored);
        node.managedProperty().bind(node.visibleProperty());
        return node;
    }

    private Node section(String key, Node content) {
        Label title = new Label(messages.get(key));
        title.getStyleClass().addAll("title-4", "details-section-title");
        VBox box = new VBox(6, title, content);
        box.getStyleClass().add("details-section");
        return box;
    }

    /** One label per item (and a Delete button when {@code delete} is given), or a muted line when empty. */
    private <T> VBox listOf(ObservableList<T> items, Function<T, String> text, String emptyKey,
                            java.util.function.Consumer<T> delete, Function<T, String> deleteId) {
        VBox box = new VBox(4);
        Runnable fill = () -> {
            box.getChildren().clear();
            if (items.isEmpty()) {
                Label none = new Label(messages.get(emptyKey));
                none.getStyleClass().add("text-muted");
                box.getChildren().add(none);
            }
            for (T item : items) {
                Label label = new Label(text.apply(item));
                label.setWrapText(true);
                label.getStyleClass().add("details-entry");
                if (delete == null) {
                    box.getChildren().add(label);
                    continue;
                }
                Button remove = new Button(null, new FontIcon(Material2OutlinedAL.DELETE));
                remove.setId(deleteId.apply(item));
                remove.getStyleClass().addAll("flat", "details-entry-delete");
                remove.setAccessibleText(messages.get("pipeline.interaction.delete"));
                remove.setTooltip(new Tooltip(messages.get("pipeline.interaction.delete")));
                remove.setOnAction(e -> delete.accept(item));
                label.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(label, Priority.ALWAYS);
                HBox row = new HBox(4, label, remove);
                row.setAlignment(Pos.TOP_LEFT);
                box.getChildren().add(row);
            }
        };
        fill.run();
        ViewListeners.onListChange(box, items, c -> fill.run());
        return box;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    /** After a refused Log or Add: the focus goes to {@code field} (when the panel is still shown), scrolled into sight. */
    private static void focusRefused(Node field) {
        if (field.getScene() != null && field.isVisible() && !field.isDisabled()) {
            field.requestFocus();
            dk.netdesk.ui.ScrollIntoView.reveal(field);
        }
    }
}
