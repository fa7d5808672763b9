package dk.netdesk.contacts;

import dk.netdesk.db.Changes;
import dk.netdesk.ui.Background;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Contacts screen: every contact in a searchable list; the selected one is edited in the one
 * contact editor ({@link ContactEditor}). Selecting another contact while the editor has unsaved
 * changes asks first; when the user stays, the selection goes back to the contact being edited.
 */
public final class ContactsViewModel {

    private final ContactRepository repository;
    private final Background background;
    private final ContactEditor editor;

    private final ObservableList<Contact> contacts = FXCollections.observableArrayList();
    private final ObservableList<Contact> readOnlyContacts = FXCollections.unmodifiableObservableList(contacts);
    private final FilteredList<Contact> visible = new FilteredList<>(contacts, c -> true);
    private final StringProperty search = new SimpleStringProperty("");
    private final javafx.beans.property.ReadOnlyStringWrapper searchError = new javafx.beans.property.ReadOnlyStringWrapper();
    private final ObjectProperty<Contact> selected = new SimpleObjectProperty<>();
    private boolean reverting;
    private final javafx.beans.property.BooleanProperty loadFailed = new javafx.beans.property.SimpleBooleanProperty();

    public ContactsViewModel(ContactRepository repository, Changes changes, Background background, ContactEditor editor) {
        this.repository = repository;
        this.background = background;
        this.editor = editor;
        search.addListener((obs, old, now) -> {
            if (!dk.netdesk.ui.TypedText.isClean(now, false)) {
                // as the library search: the list stays as it was, and the box says what is wrong
                searchError.set(dk.netdesk.ui.TypedText.SEARCH);
                return;
            }
            searchError.set(null);
            String query = dk.netdesk.ui.TypedText.searchable(now);
            visible.setPredicate(c -> matches(c, query));
        });
        selected.addListener((obs, old, now) -> selectionChanged(old, now));
        editor.contactIdProperty().addListener((obs, old, now) -> selectEdited());
        changes.subscribe(Changes.Topic.CONTACTS, change -> load());
    }

    /**
     * Reads all contacts; keeps the selection on the contact the editor shows. A failed read sets
     * {@link #loadFailedProperty()} and goes to the app's error handler.
     */
    public void load() {
        background.run(repository::findAll, loaded -> {
            loadFailed.set(false);
            show(loaded);
        }, error -> {
            loadFailed.set(true);
            background.report(error);
        });
    }

    /**
     * True after the last read of this screen's data failed (a damaged or locked file), until one
     * succeeds: the view then says the data could not be read, never that there is none.
     */
    public javafx.beans.property.ReadOnlyBooleanProperty loadFailedProperty() {
        return loadFailed;
    }


    private void show(List<Contact> loaded) {
        reverting = true;
        try {
            contacts.setAll(loaded);
        } finally {
            reverting = false;
        }
        selectEdited();
    }

    private void selectionChanged(Contact old, Contact now) {
        if (reverting || now == null) {
            return;
        }
        Long edited = editor.contactIdProperty().get();
        if (edited != null && edited == now.id()) {
            return;
        }
        if (!editor.open(now.id())) {
            reverting = true;
            try {
                selected.set(old);
            } finally {
                reverting = false;
            }
        }
    }

    /** Selects the row of the contact the editor shows (or none). */
    private void selectEdited() {
        Long id = editor.contactIdProperty().get();
        Contact row = id == null ? null : contacts.stream().filter(c -> c.id() == id).findFirst().orElse(null);
        reverting = true;
        try {
            selected.set(row);
        } finally {
            reverting = false;
        }
    }

    /** Starts a new contact in the editor (asking first about unsaved changes). */
    public void newContact() {
        editor.newContact();
    }

    /** Deletes a contact; the view asks for confirmation first. Ctrl+Z brings it back. */
    public void delete(Contact contact) {
        editor.delete(contact.id());
    }

    static boolean matches(Contact contact, String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String q = query.trim().toLowerCase(Locale.ROOT);
        ContactDetails d = contact.details();
        return d.name().toLowerCase(Locale.ROOT).contains(q)
                || d.emails().stream().anyMatch(e -> e.toLowerCase(Locale.ROOT).contains(q))
                || d.phones().stream().anyMatch(p -> PhoneNumbers.matches(query, p))
                || d.tags().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(q))
                || d.city().toLowerCase(Locale.ROOT).contains(q)
                || dk.netdesk.db.PlainText.line(d.notes()).toLowerCase(Locale.ROOT).contains(q);
    }

    /**
     * The do-not-contact reason of a listed contact ("" when marked without one), or null when they may
     * be contacted: the list shows the block beside the name.
     */
    public String blockReason(Contact contact) {
        return contact == null || !contact.doNotContact() ? null
                : contact.doNotContactReason() == null ? "" : contact.doNotContactReason();
    }

    /** How many listed contacts are marked do-not-contact (all contacts, not only the visible ones). */
    public long blockedCount() {
        return allContacts().stream().filter(Contact::doNotContact).count();
    }

    public ObservableList<Contact> visibleContacts() {
        return visible;
    }

    public ObservableList<Contact> allContacts() {
        return readOnlyContacts;
    }

    /**
     * A message key while the search text holds a control character or broken text ({@link dk.netdesk.ui.TypedText#SEARCH}):
     * the list then stays as the last text that could be searched left it. Null otherwise.
     */
    public javafx.beans.property.ReadOnlyStringProperty searchErrorProperty() {
        return searchError.getReadOnlyProperty();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Contact> selectedProperty() {
        return selected;
    }

    public ContactEditor editor() {
        return editor;
    }
}
