package dk.netdesk.pipeline;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.ContactEditor;
import dk.netdesk.contacts.ContactForm;
import dk.netdesk.contacts.ContactRef;
import dk.netdesk.contacts.ContactValidation;
import dk.netdesk.db.Changes;
import dk.netdesk.ui.Background;
import dk.netdesk.ui.LeaveChoice;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.StatusLine;
import dk.netdesk.ui.UndoManager;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The one contact editor, used by the Contacts screen, the board's details panel and Today: the
 * contact's fields ({@link ContactForm}), the duplicate check for new contacts, Save (Ctrl+S) and
 * Delete, each undoable, and below the fields the contact's activity ({@link ContactActivityViewModel}).
 *
 * <p>Leaving a contact with unsaved changes (opening another, New, Close) asks first through the
 * asker the view sets ({@link #setAskToLeave}). An open contact follows changes made elsewhere: its
 * fields are read again when they have no unsaved edits, and otherwise {@link #outOfDateProperty()}
 * says that what is stored has changed, so a stale form never silently overwrites restored data.
 */
public final class ContactDetailsViewModel implements ContactEditor {

    private final ContactService service;
    private final Background background;
    private final UndoManager undo;
    private final StatusLine status;
    private final Messages messages;
    private final Clock clock;
    private final ContactForm form;
    private final ContactActivityViewModel activity;

    private final ReadOnlyObjectWrapper<Long> contactId = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper outOfDate = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Contact> duplicate = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper newContactStarted = new ReadOnlyLongWrapper(0);
    private Supplier<LeaveChoice> askToLeave = () -> LeaveChoice.CANCEL;

    public ContactDetailsViewModel(ContactService service, PipelineRepository pipeline, Changes changes,
                                   Background background, UndoManager undo, StatusLine status, Messages messages,
                                   Clock clock, ContactLinks links) {
        this.service = service;
        this.background = background;
        this.undo = undo;
        this.status = status;
        this.messages = messages;
        this.clock = clock;
        this.form = new ContactForm(clock);
        this.activity = new ContactActivityViewModel(pipeline, links, background, undo, status, messages, clock,
                () -> form.nameProperty().get());
        changes.subscribe(Changes.Topic.CONTACTS, this::changed);
        changes.subscribe(Changes.Topic.PIPELINE, this::changed);
    }

    /** How the view asks Save / Discard / Cancel; until a view sets one, unsaved edits are kept (Cancel). */
    public void setAskToLeave(Supplier<LeaveChoice> ask) {
        this.askToLeave = ask;
    }

    // ---- opening and leaving --------------------------------------------------------------

    @Override
    public boolean open(long id) {
        if (open.get() && contactId.get() != null && contactId.get() == id) {
            return true;
        }
        return leave(() -> load(id));
    }

    @Override
    public boolean newContact() {
        return leave(() -> background.run(service::names, names -> {
            contactId.set(null);
            form.fill(ContactDetails.empty(), false, names);
            activity.clear();
            duplicate.set(null);
            outOfDate.set(false);
            open.set(true);
            newContactStarted.set(newContactStarted.get() + 1);
        }));
    }

    /** Closes the editor, asking first about unsaved changes; false when the user stays. */
    public boolean close() {
        return leave(this::clear);
    }

    /** Drops the unsaved edits and shows the contact as stored now. */
    public void reloadFromStore() {
        Long id = contactId.get();
        if (id == null) {
            form.fill(ContactDetails.empty(), false, form.referrerChoices());
        } else {
            load(id);
        }
    }

    private void clear() {
        open.set(false);
        contactId.set(null);
        duplicate.set(null);
        outOfDate.set(false);
        activity.clear();
        form.fill(ContactDetails.empty(), false, List.of());
    }

    /** Runs {@code next} once the open contact may be left: at once, or after asking (and saving). */
    private boolean leave(Runnable next) {
        if (!form.dirtyProperty().get()) {
            next.run();
            return true;
        }
        return switch (askToLeave.get()) {
            case DISCARD -> {
                next.run();
                yield true;
            }
            case SAVE -> save(false, next);
            case CANCEL -> false;
        };
    }

    /** Everything the editor shows of one contact; {@code contact} is empty when it no longer exists. */
    private record Loaded(Optional<Contact> contact, ContactActivityViewModel.Snapshot activity, List<ContactRef> names) {
    }

    private Loaded read(long id) {
        Optional<Contact> contact = service.find(id);
        List<ContactRef> names = service.names().stream().filter(c -> c.id() != id).toList();
        return new Loaded(contact, contact.isEmpty() ? null : activity.read(id), names);
    }

    private void load(long id) {
        background.run(() -> read(id), loaded -> {
            if (loaded.contact().isEmpty()) {
                status.show(messages.get("contact.status.gone"));
                return;
            }
            contactId.set(id);
            form.fill(loaded.contact().get().details(), true, loaded.names());
            activity.show(id, loaded.activity(), true);
            duplicate.set(null);
            outOfDate.set(false);
            open.set(true);
        });
    }

    // ---- following changes made elsewhere ----------------------------------------------------

    private void changed(Changes.Change change) {
        if (!open.get() || change.from(this)) {
            return;
        }
        Long id = contactId.get();
        if (id == null) {
            background.run(service::names, form::updateReferrerChoices, e -> { });
            return;
        }
        background.run(() -> read(id), loaded -> follow(id, loaded), e -> { });
    }

    private void follow(long id, Loaded loaded) {
        if (contactId.get() == null || contactId.get() != id) {
            return;
        }
        if (loaded.contact().isEmpty()) {
            if (form.dirtyProperty().get()) {
                outOfDate.set(true);
                status.show(messages.get("contact.status.deletedElsewhere"));
            } else {
                clear();
            }
            return;
        }
        activity.show(id, loaded.activity(), false);
        ContactDetails stored = ContactValidation.clean(loaded.contact().get().details());
        if (stored.equals(form.original())) {
            form.updateReferrerChoices(loaded.names());
        } else if (!form.dirtyProperty().get()) {
            form.fill(stored, true, loaded.names());
        } else if (form.merge(stored, loaded.names())) {
            // Fields the user did not touch now show what is stored; one they edited was changed elsewhere too.
            outOfDate.set(true);
            status.show(messages.format("contact.status.changedElsewhere", stored.name()));
        }
    }

    // ---- saving and deleting -------------------------------------------------------------------

    /**
     * Saves the fields; returns false, saving nothing, when a field is invalid. A new contact
     * whose email or normalised phone matches a stored one is not created: {@link
     * #duplicateProperty()} names the match, and the user chooses to open it ({@link
     * #openDuplicate()}) or to create anyway ({@link #saveAnyway()}). Undoable.
     */
    @Override
    public boolean save() {
        return save(false, null);
    }

    public boolean saveAnyway() {
        return save(true, null);
    }

    private boolean save(boolean allowDuplicate, Runnable then) {
        duplicate.set(null);
        if (!form.validateAll()) {
            status.show(messages.get("contact.status.fixErrors"));
            return false;
        }
        ContactDetails details = form.details();
        ContactDetails before = form.original();
        Long id = contactId.get();
        background.run(() -> {
            if (id == null && !allowDuplicate) {
                List<Contact> found = service.findDuplicates(details.phones(), details.emails(), null);
                if (!found.isEmpty()) {
                    return new Saved(null, found.get(0));
                }
            }
            return new Saved(id == null ? service.create(details, this) : service.update(id, details, this), null);
        }, result -> {
            if (result.duplicate() != null) {
                duplicate.set(result.duplicate());
                status.show(messages.format("contact.status.duplicate", result.duplicate().name()));
                return;
            }
            Contact saved = result.saved();
            undo.done(id == null ? created(saved) : edited(id, before, saved.details()));
            status.show(messages.format(id == null ? "contact.status.created" : "contact.status.saved", saved.name()));
            if (then != null) {
                then.run();
            } else {
                load(saved.id());
            }
        }, this::failed);
        return true;
    }

    private record Saved(Contact saved, Contact duplicate) {
    }

    private void failed(Throwable error) {
        if (error instanceof IllegalStateException) {
            status.show(messages.get("contact.status.gone"));
        } else {
            // The status line says it in short; the dialog says what happened and what to do (once).
            status.show(messages.get("pipeline.status.failed"));
            background.report(error);
        }
    }

    /** Leaves the new contact and opens the stored one it duplicates (the typed fields are dropped). */
    public void openDuplicate() {
        Contact found = duplicate.get();
        if (found != null) {
            duplicate.set(null);
            load(found.id());
        }
    }

    public void dismissDuplicate() {
        duplicate.set(null);
    }

    @Override
    public void delete(long id) {
        background.run(() -> service.delete(id, this), deleted -> deleted.ifPresent(gone -> {
            if (contactId.get() != null && contactId.get() == id) {
                clear();
            }
            status.show(messages.format("contact.status.deleted", gone.name()));
            undo.done(deleted(gone));
        }), this::failed);
    }

    // ---- undo ------------------------------------------------------------------------------
    // Undo and redo publish with no origin, so this editor follows them like any other change.

    private UndoManager.Command created(Contact contact) {
        ContactService.DeletedContact[] deleted = new ContactService.DeletedContact[1];
        return UndoManager.Command.of(() -> messages.format("contact.undo.create", contact.name()),
                () -> background.run(() -> service.delete(contact.id(), null), gone -> gone.ifPresent(d -> deleted[0] = d),
                        this::failed),
                () -> background.run(() -> service.restore(deleted[0], null), restored -> { }, this::failed));
    }

    private UndoManager.Command edited(long id, ContactDetails before, ContactDetails after) {
        return UndoManager.Command.of(() -> messages.format("contact.undo.edit", after.name()),
                () -> background.run(() -> service.update(id, before, null), saved -> { }, this::failed),
                () -> background.run(() -> service.update(id, after, null), saved -> { }, this::failed));
    }

    private UndoManager.Command deleted(ContactService.DeletedContact deleted) {
        return UndoManager.Command.of(() -> messages.format("contact.undo.delete", deleted.name()),
                () -> background.run(() -> service.restore(deleted, null),
                        restored -> status.show(messages.format("contact.status.restored", restored.name())), this::failed),
                () -> background.run(() -> service.delete(deleted.id(), null), gone -> { }, this::failed));
    }

    // ---- properties ------------------------------------------------------------------------

    public ContactForm form() { return form; }
    public ContactActivityViewModel activity() { return activity; }
    @Override
    public ReadOnlyObjectProperty<Long> contactIdProperty() { return contactId.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty openProperty() { return open.getReadOnlyProperty(); }
    /** True while the form has unsaved edits and the stored contact has changed (or gone) since it was read. */
    public ReadOnlyBooleanProperty outOfDateProperty() { return outOfDate.getReadOnlyProperty(); }
    public BooleanBinding dirtyProperty() { return form.dirtyProperty(); }
    public ReadOnlyObjectProperty<Contact> duplicateProperty() { return duplicate.getReadOnlyProperty(); }
    /** Counts the new contacts started: the view moves the focus to Name when it changes. */
    public ReadOnlyLongProperty newContactStartedProperty() { return newContactStarted.getReadOnlyProperty(); }
    public Messages messages() { return messages; }
    /** The time zone dates and times are shown in (the injected clock's). */
    public ZoneId zone() { return clock.getZone(); }
}
