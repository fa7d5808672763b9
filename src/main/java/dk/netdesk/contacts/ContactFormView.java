package dk.netdesk.contacts;

import dk.netdesk.ui.DateText;
import dk.netdesk.ui.ComboText;
import dk.netdesk.ui.DisplayText;
import dk.netdesk.ui.FormGrid;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.ViewListeners;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;

/**
 * The fields of the one contact form ({@link ContactForm}) as a two-column grid: label, field, and
 * the field's error message under it. Every screen that edits a contact shows this grid.
 */
public final class ContactFormView {

    private final ContactForm form;
    private final Messages messages;
    private TextField name;
    private FormGrid grid;

    public ContactFormView(ContactForm form, Messages messages) {
        this.form = form;
        this.messages = messages;
    }

    /** Builds the grid (id {@code contact-form}). */
    public GridPane build() {
        grid = new FormGrid(messages, 8, 4, 180);
        grid.node().setId("contact-form");
        name = text("details-name", form.nameProperty());
        grid.add("pipeline.details.name", name, form.nameErrorProperty());
        TextArea phones = area("details-phones", form.phonesProperty(), 2);
        phones.setPromptText(messages.get("pipeline.details.phones.prompt"));
        dk.netdesk.ui.HintFit.whole(phones);
        grid.add("pipeline.details.phones", phones, form.phonesErrorProperty());
        TextArea emails = area("details-emails", form.emailsProperty(), 2);
        emails.setPromptText(messages.get("pipeline.details.emails.prompt"));
        dk.netdesk.ui.HintFit.whole(emails);
        grid.add("pipeline.details.emails", emails, form.emailsErrorProperty());
        // each field's error under that field, every one at once
        grid.add("pipeline.details.facebook", text("details-facebook", form.facebookProperty()), form.facebookErrorProperty());
        grid.add("pipeline.details.instagram", text("details-instagram", form.instagramProperty()), form.instagramErrorProperty());
        grid.add("pipeline.details.linkedin", text("details-linkedin", form.linkedinProperty()), form.linkedinErrorProperty());
        grid.add("pipeline.details.tiktok", text("details-tiktok", form.tiktokProperty()), form.tiktokErrorProperty());
        grid.add("pipeline.details.city", text("details-city", form.cityProperty()), form.cityErrorProperty());
        DatePicker birthday = DateText.picker("details-birthday", messages);
        birthday.valueProperty().bindBidirectional(form.birthdayProperty());
        form.unreadableBirthdayProperty().bind(DateText.unreadableProperty(birthday));
        javafx.scene.layout.VBox birthdayCell = DateText.withMessage(birthday, messages);
        birthdayCell.setId("details-birthday-cell");
        grid.add("pipeline.details.birthday", birthdayCell, form.birthdayErrorProperty()).label().setLabelFor(birthday);
        grid.add("pipeline.details.source", sourceChoice());
        grid.add("pipeline.details.referredBy", referrerChoice(grid.node()));
        grid.add("pipeline.details.interest", interestChoice());
        TextField tags = text("details-tags", form.tagsProperty());
        tags.setPromptText(messages.get("pipeline.details.tags.prompt"));
        dk.netdesk.ui.HintFit.whole(tags);
        grid.add("pipeline.details.tags", tags, form.tagsErrorProperty());
        grid.add("pipeline.details.notes", area("details-notes", form.notesProperty(), 3), form.notesErrorProperty());
        return grid.node();
    }

    /**
     * The form grid {@link #build} made, for rows another feature adds below the contact's own fields (the board's
     * stage and next follow-up of a new contact), so that their labels line up with these; null before build.
     */
    public FormGrid grid() {
        return grid;
    }

    /** Moves the keyboard focus to Name (a new contact was started). */
    public void focusName() {
        // at once, also when the panel around it was built this moment (no skins yet): the next key typed goes here
        dk.netdesk.ui.KeyboardFocus.request(name);
    }

    private ComboBox<Source> sourceChoice() {
        ComboBox<Source> source = new ComboBox<>();
        source.setId("details-source");
        source.getItems().add(null);
        source.getItems().addAll(Source.values());
        source.setConverter(DisplayText.of(s -> messages.get(s.key()), messages.get("pipeline.details.notSet")));
        ComboText.follow(source);
        source.valueProperty().bindBidirectional(form.sourceProperty());
        source.setMaxWidth(Double.MAX_VALUE);
        return source;
    }

    /** The referrer choice, with "Not set" first so a referrer can be cleared. */
    private ComboBox<ContactRef> referrerChoice(GridPane owner) {
        ObservableList<ContactRef> items = FXCollections.observableArrayList();
        Runnable fill = () -> {
            items.setAll(form.referrerChoices());
            items.add(0, null);
        };
        fill.run();
        ComboBox<ContactRef> referred = new ComboBox<>(items);
        referred.setId("details-referred-by");
        referred.setConverter(DisplayText.of(ContactRef::name, messages.get("pipeline.details.notSet")));
        // "Not set" whenever no one is chosen, also after the list is filled again around a null value
        ComboText.follow(referred);
        ViewListeners.onListChange(owner, form.referrerChoices(), c -> {
            ContactRef chosen = form.referredByProperty().get();
            fill.run();
            referred.setValue(chosen);
        });
        referred.valueProperty().bindBidirectional(form.referredByProperty());
        referred.setMaxWidth(Double.MAX_VALUE);
        referred.disableProperty().bind(form.sourceProperty().isNotEqualTo(Source.REFERRAL));
        return referred;
    }

    private ComboBox<Interest> interestChoice() {
        ComboBox<Interest> interest = new ComboBox<>();
        interest.setId("details-interest");
        interest.getItems().add(null);
        interest.getItems().addAll(Interest.values());
        interest.setConverter(DisplayText.of(i -> messages.get(i.key()), messages.get("pipeline.details.notSet")));
        ComboText.follow(interest);
        interest.valueProperty().bindBidirectional(form.interestProperty());
        interest.setMaxWidth(Double.MAX_VALUE);
        return interest;
    }

    private static TextField text(String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    /** A multi-line field where Tab and Shift+Tab move the focus instead of typing a tab. */
    private static TextArea area(String id, StringProperty property, int rows) {
        TextArea area = dk.netdesk.ui.TabMovesFocus.textArea();
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(property);
        return area;
    }
}
