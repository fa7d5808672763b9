package dk.netdesk.pipeline;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.DuplicateDialog;
import dk.netdesk.contacts.ContactRef;
import dk.netdesk.contacts.Interest;
import dk.netdesk.contacts.Source;
import dk.netdesk.ui.DisplayText;
import dk.netdesk.ui.Messages;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * A contact's details panel, reused by the board and the Today list. It is a VBox of
 * sections (details, follow-up, do-not-contact, timeline, stage history, consent) so more
 * sections can be added.
 */
public final class ContactDetailsView {

    private final ContactDetailsViewModel model;
    private final Messages messages;
    private final VBox sections = new VBox(14);

    public ContactDetailsView(ContactDetailsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /** The panel's sections, in order; another feature may add its own. */
    public VBox sections() {
        return sections;
    }

    public Node build() {
        sections.setPadding(new Insets(12));
        sections.getChildren().addAll(header(), detailsSection(), followUpSection(), scriptsSection(),
                doNotContactSection(), timelineSection(), historySection(), consentSection());
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setId("contact-details");
        scroll.getStyleClass().add("contact-details");
        scroll.getStylesheets().add(PipelineView.STYLESHEET);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefWidth(420);
        scroll.setMinWidth(360);
        model.duplicateProperty().addListener((obs, old, now) -> {
            if (now != null) {
                askAboutDuplicate(scroll, now);
            }
        });
        return scroll;
    }

    private Node header() {
        Label title = new Label();
        title.setId("details-title");
        title.getStyleClass().add("title-3");
        title.textProperty().bind(Bindings.createStringBinding(() -> model.contactIdProperty().get() == null
                ? messages.get("pipeline.details.new") : model.nameProperty().get(), model.contactIdProperty(), model.nameProperty()));
        title.setWrapText(true);
        Label stage = new Label();
        stage.setId("details-stage");
        stage.getStyleClass().add("text-muted");
        stage.textProperty().bind(Bindings.createStringBinding(() -> {
            ContactStatus s = model.contactStatusProperty().get();
            return s == null || s.stageName().isEmpty() ? "" : messages.format("pipeline.details.stage", s.stageName());
        }, model.contactStatusProperty()));
        Label dnc = new Label();
        dnc.setId("details-dnc-banner");
        dnc.getStyleClass().add("details-dnc-banner");
        dnc.setGraphic(new FontIcon(Material2OutlinedAL.BLOCK));
        dnc.setWrapText(true);
        dnc.textProperty().bind(Bindings.createStringBinding(() -> {
            ContactStatus s = model.contactStatusProperty().get();
            return s != null && s.doNotContact() ? messages.format("pipeline.card.dnc", s.doNotContactReason()) : "";
        }, model.contactStatusProperty()));
        dnc.visibleProperty().bind(dnc.textProperty().isNotEmpty());
        dnc.managedProperty().bind(dnc.visibleProperty());

        Button save = new Button(messages.get("pipeline.details.save"), new FontIcon(Material2OutlinedMZ.SAVE));
        save.setId("details-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> model.save());
        Button close = new Button(messages.get("pipeline.details.close"), new FontIcon(Material2OutlinedAL.CLOSE));
        close.setId("details-close");
        close.setCancelButton(true);
        close.setOnAction(e -> model.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, title, spacer, save, close);
        top.setAlignment(Pos.TOP_LEFT);
        return new VBox(4, top, stage, dnc);
    }

    private Node detailsSection() {
        GridPane grid = grid();
        int row = 0;
        row = field(grid, row, "pipeline.details.name", text("details-name", model.nameProperty()), model.nameErrorProperty());
        TextArea phones = area("details-phones", model.phonesProperty(), 2);
        phones.setPromptText(messages.get("pipeline.details.phones.prompt"));
        row = field(grid, row, "pipeline.details.phones", phones, model.phonesErrorProperty());
        TextArea emails = area("details-emails", model.emailsProperty(), 2);
        emails.setPromptText(messages.get("pipeline.details.emails.prompt"));
        row = field(grid, row, "pipeline.details.emails", emails, model.emailsErrorProperty());
        row = field(grid, row, "pipeline.details.facebook", text("details-facebook", model.facebookProperty()), null);
        row = field(grid, row, "pipeline.details.instagram", text("details-instagram", model.instagramProperty()), null);
        row = field(grid, row, "pipeline.details.linkedin", text("details-linkedin", model.linkedinProperty()), null);
        row = field(grid, row, "pipeline.details.tiktok", text("details-tiktok", model.tiktokProperty()), null);
        row = field(grid, row, "pipeline.details.city", text("details-city", model.cityProperty()), null);
        DatePicker birthday = datePicker("details-birthday");
        birthday.valueProperty().bindBidirectional(model.birthdayProperty());
        row = field(grid, row, "pipeline.details.birthday", birthday, model.otherErrorProperty());

        ComboBox<Source> source = new ComboBox<>();
        source.setId("details-source");
        source.getItems().add(null);
        source.getItems().addAll(Source.values());
        source.setConverter(DisplayText.of(s -> messages.get(s.key()), messages.get("pipeline.details.notSet")));
        source.valueProperty().bindBidirectional(model.sourceProperty());
        source.setMaxWidth(Double.MAX_VALUE);
        row = field(grid, row, "pipeline.details.source", source, null);
        ComboBox<ContactRef> referred = new ComboBox<>(model.contactChoices());
        referred.setId("details-referred-by");
        referred.valueProperty().bindBidirectional(model.referredByProperty());
        referred.setMaxWidth(Double.MAX_VALUE);
        referred.disableProperty().bind(model.sourceProperty().isNotEqualTo(Source.REFERRAL));
        row = field(grid, row, "pipeline.details.referredBy", referred, null);
        ComboBox<Interest> interest = new ComboBox<>();
        interest.setId("details-interest");
        interest.getItems().add(null);
        interest.getItems().addAll(Interest.values());
        interest.setConverter(DisplayText.of(i -> messages.get(i.key()), messages.get("pipeline.details.notSet")));
        interest.valueProperty().bindBidirectional(model.interestProperty());
        interest.setMaxWidth(Double.MAX_VALUE);
        row = field(grid, row, "pipeline.details.interest", interest, null);
        TextField tags = text("details-tags", model.tagsProperty());
        tags.setPromptText(messages.get("pipeline.details.tags.prompt"));
        row = field(grid, row, "pipeline.details.tags", tags, null);
        field(grid, row, "pipeline.details.notes", area("details-notes", model.notesProperty(), 3), null);
        return section("pipeline.details.section.details", grid);
    }

    private Node followUpSection() {
        DatePicker date = datePicker("details-follow-up");
        date.valueProperty().bindBidirectional(model.followUpDateProperty());
        Button set = new Button(messages.get("pipeline.details.followUp.set"));
        set.setId("details-follow-up-set");
        set.setOnAction(e -> model.setNextFollowUp(date.getValue()));
        Button clear = new Button(messages.get("pipeline.details.followUp.clear"));
        clear.setId("details-follow-up-clear");
        clear.setOnAction(e -> model.setNextFollowUp(null));
        HBox row = new HBox(8, date, set, clear);
        row.setAlignment(Pos.CENTER_LEFT);

        DatePicker when = datePicker("details-schedule-date");
        when.valueProperty().bindBidirectional(model.scheduleDateProperty());
        TextField time = text("details-schedule-time", model.scheduleTimeProperty());
        time.setPrefColumnCount(5);
        time.setPromptText(messages.get("pipeline.details.schedule.time"));
        Button schedule = new Button(messages.get("pipeline.details.schedule"), new FontIcon(Material2OutlinedAL.EVENT));
        schedule.setId("details-schedule");
        schedule.setMinWidth(Region.USE_PREF_SIZE);
        schedule.setOnAction(e -> model.scheduleFollowUp());
        HBox plan = new HBox(8, when, time, schedule);
        plan.setAlignment(Pos.CENTER_LEFT);
        Label help = new Label(messages.get("pipeline.details.schedule.help"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        return storedOnly(section("pipeline.details.section.followUp", new VBox(6, row, plan, help)));
    }

    /** The library's scripts for the contact's current stage, each with a Copy button. */
    private Node scriptsSection() {
        VBox list = new VBox(6);
        list.setId("details-scripts");
        Runnable fill = () -> {
            list.getChildren().clear();
            if (model.stageScripts().isEmpty()) {
                Label none = new Label(messages.get("pipeline.details.scripts.none"));
                none.setWrapText(true);
                none.getStyleClass().add("text-muted");
                list.getChildren().add(none);
            }
            for (ContactLinks.Script script : model.stageScripts()) {
                Label title = new Label(script.title());
                title.setWrapText(true);
                title.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(title, Priority.ALWAYS);
                Button copy = new Button(messages.get("pipeline.details.scripts.copy"),
                        new FontIcon(Material2OutlinedAL.CONTENT_COPY));
                copy.setMinWidth(Region.USE_PREF_SIZE);
                copy.setOnAction(e -> {
                    javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
                    content.putString(script.text());
                    javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
                    model.scriptCopied(script);
                });
                HBox row = new HBox(8, title, copy);
                row.setAlignment(Pos.CENTER_LEFT);
                list.getChildren().add(row);
            }
        };
        fill.run();
        model.stageScripts().addListener((javafx.collections.ListChangeListener<ContactLinks.Script>) c -> fill.run());
        return storedOnly(section("pipeline.details.section.scripts", list));
    }

    private Node doNotContactSection() {
        TextField reason = text("details-dnc-reason", model.doNotContactReasonProperty());
        reason.setPromptText(messages.get("pipeline.details.dnc.reason"));
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button mark = new Button();
        mark.setId("details-dnc-toggle");
        mark.textProperty().bind(Bindings.createStringBinding(() -> isDnc()
                ? messages.get("pipeline.details.dnc.lift") : messages.get("pipeline.details.dnc.mark"),
                model.contactStatusProperty()));
        mark.setOnAction(e -> model.setDoNotContact(!isDnc()));
        mark.setMinWidth(Region.USE_PREF_SIZE);
        VBox row = new VBox(6, reason, mark);
        Label help = new Label(messages.get("pipeline.details.dnc.help"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        return storedOnly(section("pipeline.details.section.dnc", new VBox(6, row, help)));
    }

    private boolean isDnc() {
        ContactStatus s = model.contactStatusProperty().get();
        return s != null && s.doNotContact();
    }

    private Node timelineSection() {
        ComboBox<InteractionType> type = new ComboBox<>();
        type.setId("interaction-type");
        type.getItems().setAll(InteractionType.values());
        type.setConverter(DisplayText.of(t -> messages.get(t.key())));
        type.valueProperty().bindBidirectional(model.interactionTypeProperty());
        DatePicker date = datePicker("interaction-date");
        date.valueProperty().bindBidirectional(model.interactionDateProperty());
        date.setPrefWidth(140);
        TextField text = text("interaction-text", model.interactionTextProperty());
        text.setPromptText(messages.get("pipeline.interaction.text"));
        TextField outcome = text("interaction-outcome", model.interactionOutcomeProperty());
        outcome.setPromptText(messages.get("pipeline.interaction.outcome"));
        DatePicker next = datePicker("interaction-follow-up");
        next.setPromptText(messages.get("pipeline.interaction.nextFollowUp"));
        next.valueProperty().bindBidirectional(model.interactionFollowUpProperty());
        Button add = new Button(messages.get("pipeline.interaction.add"), new FontIcon(Material2OutlinedAL.ADD));
        add.setId("interaction-add");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> model.addInteraction());
        ComboBox<ContactLinks.Script> script = new ComboBox<>(model.stageScripts());
        script.setId("interaction-script");
        script.setPromptText(messages.get("pipeline.interaction.script"));
        script.valueProperty().bindBidirectional(model.interactionScriptProperty());
        script.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(script, Priority.ALWAYS);
        ComboBox<ContactLinks.ScriptResult> result = new ComboBox<>();
        result.setId("interaction-script-result");
        result.getItems().setAll(ContactLinks.ScriptResult.values());
        result.setConverter(DisplayText.of(r -> messages.get(r.key())));
        result.valueProperty().bindBidirectional(model.interactionScriptResultProperty());
        result.disableProperty().bind(script.valueProperty().isNull());
        HBox scriptRow = new HBox(6, script, result);
        scriptRow.visibleProperty().bind(Bindings.isNotEmpty(model.stageScripts()));
        scriptRow.managedProperty().bind(scriptRow.visibleProperty());
        VBox form = new VBox(6, new HBox(6, type, date), text, outcome, scriptRow, new HBox(6, next, add));
        VBox list = listOf(model.interactions(), i -> messages.format("pipeline.interaction.entry",
                messages.date(i.date()), messages.get(i.type().key()), i.text(),
                i.outcome().isEmpty() ? "" : " → " + i.outcome()), "pipeline.interaction.none");
        list.setId("interaction-list");
        return storedOnly(section("pipeline.details.section.timeline", new VBox(8, form, list)));
    }

    private Node historySection() {
        VBox list = listOf(model.history(), v -> messages.format("pipeline.history.entry", v.stageName(),
                messages.dateTime(v.enteredAt().atZone(model.zone()))), "pipeline.history.none");
        list.setId("history-list");
        return storedOnly(section("pipeline.details.section.history", list));
    }

    private Node consentSection() {
        DatePicker date = datePicker("consent-date");
        date.valueProperty().bindBidirectional(model.consentDateProperty());
        date.setPrefWidth(140);
        TextField channel = text("consent-channel", model.consentChannelProperty());
        channel.setPromptText(messages.get("pipeline.consent.channel"));
        TextField wording = text("consent-wording", model.consentWordingProperty());
        wording.setPromptText(messages.get("pipeline.consent.wording"));
        CheckBox given = new CheckBox(messages.get("pipeline.consent.given"));
        given.setId("consent-given");
        given.selectedProperty().bindBidirectional(model.consentGivenProperty());
        Button add = new Button(messages.get("pipeline.consent.add"), new FontIcon(Material2OutlinedAL.ADD));
        add.setId("consent-add");
        add.setOnAction(e -> model.addConsent());
        HBox first = new HBox(6, date, channel);
        HBox.setHgrow(channel, Priority.ALWAYS);
        add.setMinWidth(Region.USE_PREF_SIZE);
        given.setTooltip(new javafx.scene.control.Tooltip(messages.get("pipeline.consent.givenHelp")));
        HBox last = new HBox(10, given, add);
        last.setAlignment(Pos.CENTER_LEFT);
        VBox list = listOf(model.consents(), c -> messages.format(c.given() ? "pipeline.consent.entryGiven"
                : "pipeline.consent.entryWithdrawn", messages.date(c.date()), c.channel(), c.wording()), "pipeline.consent.none");
        list.setId("consent-list");
        return storedOnly(section("pipeline.details.section.consent", new VBox(8, new VBox(6, first, wording, last), list)));
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** Sections that need a stored contact are hidden while a new one is being typed. */
    private Node storedOnly(Node node) {
        node.visibleProperty().bind(model.contactIdProperty().isNotNull());
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

    private <T> VBox listOf(ObservableList<T> items, Function<T, String> text, String emptyKey) {
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
                box.getChildren().add(label);
            }
        };
        fill.run();
        items.addListener((ListChangeListener<T>) c -> fill.run());
        return box;
    }

    private GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(180);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    private int field(GridPane grid, int row, String key, javafx.scene.control.Control field, ReadOnlyObjectProperty<String> error) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        if (error == null) {
            return row + 1;
        }
        Label message = new Label();
        message.setId(field.getId() + "-error");
        message.getStyleClass().add("nd-field-error");
        message.setWrapText(true);
        message.textProperty().bind(Bindings.createStringBinding(
                () -> error.get() == null ? "" : messages.get(error.get()), error));
        message.visibleProperty().bind(error.isNotNull());
        message.managedProperty().bind(message.visibleProperty());
        error.addListener((obs, old, now) -> field.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("danger"), now != null));
        grid.add(message, 1, row + 1);
        return row + 2;
    }

    private DatePicker datePicker(String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.SHORT)
                        .withLocale(messages.getLocale()), null));
        return picker;
    }

    private TextField text(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private TextArea area(String id, javafx.beans.property.StringProperty property, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(property);
        return area;
    }

    private void askAboutDuplicate(Node owner, Contact existing) {
        switch (DuplicateDialog.ask(owner, messages, existing, "")) {
            case OPEN_EXISTING -> model.openDuplicate();
            case CREATE_ANYWAY -> model.saveAnyway();
            case CANCEL -> model.dismissDuplicate();
        }
    }

}
