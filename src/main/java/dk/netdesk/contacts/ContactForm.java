package dk.netdesk.contacts;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The editable fields of one contact with their validation. Each error property holds a
 * message key (or null), so the view shows it in the current language beside the field.
 */
public final class ContactForm {

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<String> nameError = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> phoneError = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> emailError = new ReadOnlyObjectWrapper<>();
    /** The stored contact being edited, or null for a new one. */
    private final ObjectProperty<Contact> editing = new SimpleObjectProperty<>();
    private final BooleanBinding dirty;
    private boolean showErrors;

    public ContactForm() {
        name.addListener((obs, o, n) -> validate());
        phone.addListener((obs, o, n) -> validate());
        email.addListener((obs, o, n) -> validate());
        dirty = Bindings.createBooleanBinding(() -> !draft().equals(original()), name, phone, email, notes, editing);
    }

    /** Fills the form from a stored contact, or empties it for a new one. */
    public void edit(Contact contact) {
        showErrors = false;
        editing.set(contact);
        ContactDraft draft = contact == null ? new ContactDraft("", "", "", "") : contact.draft();
        name.set(draft.name());
        phone.set(draft.phone());
        email.set(draft.email());
        notes.set(draft.notes());
        validate();
    }

    /** Shows every error, also on fields not touched yet; true if the form can be saved. */
    public boolean validateAll() {
        showErrors = true;
        validate();
        return ContactValidation.isValid(draft());
    }

    private void validate() {
        ContactDraft draft = draft();
        boolean touchedName = showErrors || !draft.name().isEmpty() || (editing.get() != null);
        nameError.set(touchedName ? ContactValidation.name(draft.name()).orElse(null) : null);
        phoneError.set(ContactValidation.phone(draft.phone()).orElse(null));
        emailError.set(ContactValidation.email(draft.email()).orElse(null));
    }

    public ContactDraft draft() {
        return new ContactDraft(name.get(), phone.get(), email.get(), notes.get()).trimmed();
    }

    private ContactDraft original() {
        return editing.get() == null ? new ContactDraft("", "", "", "") : editing.get().draft();
    }

    public Optional<Contact> editing() {
        return Optional.ofNullable(editing.get());
    }

    public ReadOnlyObjectProperty<Contact> editingProperty() {
        return editing;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ReadOnlyObjectProperty<String> nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> phoneErrorProperty() {
        return phoneError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> emailErrorProperty() {
        return emailError.getReadOnlyProperty();
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }
}
