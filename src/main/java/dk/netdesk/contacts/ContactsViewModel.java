package dk.netdesk.contacts;

import dk.netdesk.db.Changes;
import dk.netdesk.ui.Background;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.StatusLine;
import dk.netdesk.ui.UndoManager;
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
 * The contacts screen: the list with its search, the selected contact's form, and the
 * commands New, Save and Delete (undoable).
 */
public final class ContactsViewModel {

    private final ContactRepository repository;
    private final Background background;
    private final UndoManager undo;
    private final StatusLine status;
    private final Messages messages;

    private final ObservableList<Contact> contacts = FXCollections.observableArrayList();
    private final FilteredList<Contact> visible = new FilteredList<>(contacts, c -> true);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Contact> selected = new SimpleObjectProperty<>();
    private final ContactForm form = new ContactForm();
    private final javafx.beans.property.ReadOnlyObjectWrapper<Contact> duplicate = new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private Long selectAfterLoad;

    public ContactsViewModel(ContactRepository repository, Changes changes, Background background,
                             UndoManager undo, StatusLine status, Messages messages) {
        this.repository = repository;
        this.background = background;
        this.undo = undo;
        this.status = status;
        this.messages = messages;
        search.addListener((obs, old, now) -> visible.setPredicate(c -> matches(c, now)));
        selected.addListener((obs, old, now) -> {
            if (now != null && (form.editing().isEmpty() || form.editing().get().id() != now.id()
                    || !form.dirtyProperty().get())) {
                form.edit(now);
            }
        });
        changes.subscribe(Changes.Topic.CONTACTS, topic -> load());
    }

    /** Reads all contacts; keeps the selection by id. */
    public void load() {
        background.run(repository::findAll, this::show);
    }

    private void show(List<Contact> loaded) {
        long keep = selectAfterLoad != null ? selectAfterLoad
                : selected.get() != null ? selected.get().id() : -1;
        contacts.setAll(loaded);
        Contact again = byId(keep);
        if (again != null) {
            selectAfterLoad = null;
        }
        selected.set(again);
    }

    /** Starts a new, empty contact. */
    public void newContact() {
        selected.set(null);
        form.edit(null);
    }

    /**
     * Saves the form: creates a new contact or updates the edited one.
     * Returns false, changing nothing, when a field is invalid.
     */
    public boolean save() {
        return save(false);
    }

    /** Creates the new contact even though it shares an email or phone with {@link #duplicateProperty()}. */
    public boolean saveAnyway() {
        return save(true);
    }

    private boolean save(boolean allowDuplicate) {
        duplicate.set(null);
        if (!form.validateAll()) {
            status.show(messages.get("contact.status.fixErrors"));
            return false;
        }
        ContactDraft draft = form.draft();
        Contact before = form.editing().orElse(null);
        if (before == null) {
            background.run(() -> {
                if (!allowDuplicate) {
                    List<Contact> found = repository.findDuplicates(List.of(draft.phone()), List.of(draft.email()), null);
                    if (!found.isEmpty()) {
                        return new Created(found.get(0), true);
                    }
                }
                return new Created(repository.create(draft), false);
            }, result -> {
                if (result.duplicate()) {
                    duplicate.set(result.contact());
                    status.show(messages.format("contact.status.duplicate", result.contact().name()));
                    return;
                }
                Contact created = result.contact();
                selectSaved(created);
                status.show(messages.format("contact.status.created", created.name()));
                undo.done(new CreatedCommand(created));
            });
        } else {
            background.run(() -> repository.update(before.id(), draft), updated -> {
                selectSaved(updated);
                status.show(messages.format("contact.status.saved", updated.name()));
                undo.done(new Edited(before, updated));
            });
        }
        return true;
    }

    private void selectSaved(Contact saved) {
        form.edit(saved);
        Contact listed = byId(saved.id());
        if (listed != null) {
            selected.set(listed);
        } else {
            selectAfterLoad = saved.id();
        }
    }

    /** Deletes a contact; the view asks for confirmation first. Ctrl+Z brings it back. */
    public void delete(Contact contact) {
        background.run(() -> repository.delete(contact.id()), deleted -> deleted.ifPresent(gone -> {
            if (form.editing().map(c -> c.id() == gone.id()).orElse(false)) {
                form.edit(null);
            }
            status.show(messages.format("contact.status.deleted", gone.name()));
            undo.done(new Deleted(gone));
        }));
    }

    private Contact byId(long id) {
        return contacts.stream().filter(c -> c.id() == id).findFirst().orElse(null);
    }

    static boolean matches(Contact contact, String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String q = query.trim().toLowerCase(Locale.ROOT);
        return contact.name().toLowerCase(Locale.ROOT).contains(q)
                || contact.email().toLowerCase(Locale.ROOT).contains(q)
                || contact.phone().replace(" ", "").contains(q.replace(" ", ""))
                || contact.notes().toLowerCase(Locale.ROOT).contains(q);
    }

    public ObservableList<Contact> visibleContacts() {
        return visible;
    }

    public ObservableList<Contact> allContacts() {
        return FXCollections.unmodifiableObservableList(contacts);
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Contact> selectedProperty() {
        return selected;
    }

    public ContactForm form() {
        return form;
    }

    private record Created(Contact contact, boolean duplicate) {
    }

    /** Leaves the new contact unsaved and selects the stored one it duplicates. */
    public void openDuplicate() {
        Contact found = duplicate.get();
        duplicate.set(null);
        if (found != null) {
            Contact listed = byId(found.id());
            if (listed != null) {
                selected.set(listed);
                form.edit(listed);
            }
        }
    }

    public void dismissDuplicate() {
        duplicate.set(null);
    }

    /** A stored contact with the same email or normalised phone as the new one being saved, or null. */
    public javafx.beans.property.ReadOnlyObjectProperty<Contact> duplicateProperty() {
        return duplicate.getReadOnlyProperty();
    }

    private final class CreatedCommand implements UndoManager.Command {
        private final Contact contact;

        CreatedCommand(Contact contact) {
            this.contact = contact;
        }

        @Override
        public String description() {
            return messages.format("contact.undo.create", contact.name());
        }

        @Override
        public void undo() {
            background.run(() -> repository.delete(contact.id()), deleted -> form.edit(null));
        }

        @Override
        public void redo() {
            background.run(() -> repository.restore(contact), () -> selectAfterLoad = contact.id());
        }
    }

    private final class Edited implements UndoManager.Command {
        private final Contact before;
        private final Contact after;

        Edited(Contact before, Contact after) {
            this.before = before;
            this.after = after;
        }

        @Override
        public String description() {
            return messages.format("contact.undo.edit", after.name());
        }

        @Override
        public void undo() {
            background.run(() -> repository.update(before.id(), before.draft()), ContactsViewModel.this::selectSaved);
        }

        @Override
        public void redo() {
            background.run(() -> repository.update(after.id(), after.draft()), ContactsViewModel.this::selectSaved);
        }
    }

    private final class Deleted implements UndoManager.Command {
        private final Contact contact;

        Deleted(Contact contact) {
            this.contact = contact;
        }

        @Override
        public String description() {
            return messages.format("contact.undo.delete", contact.name());
        }

        @Override
        public void undo() {
            background.run(() -> repository.restore(contact), () -> {
                selectAfterLoad = contact.id();
                Contact listed = byId(contact.id());
                if (listed != null) {
                    selected.set(listed);
                }
                status.show(messages.format("contact.status.restored", contact.name()));
            });
        }

        @Override
        public void redo() {
            background.run(() -> repository.delete(contact.id()), deleted -> { });
        }
    }
}
