package dk.netdesk.pipeline;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactAttachmentsViewModel;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.ContactEditor;
import dk.netdesk.contacts.ContactForm;
import dk.netdesk.contacts.ContactKeys;
import dk.netdesk.contacts.PhoneNumbers;
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
import java.util.concurrent.Callable;
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
 * <p>Leaving a contact with unsaved changes (opening another, New, Close, quitting) asks first through
 * the asker the view sets ({@link #setAskToLeave}); "Save" waits for the save's result
 * ({@link Background#runAndWait}), and the editor is left only when it went through. An open contact
 * follows changes made elsewhere: its fields are read again when they have no unsaved edits, and
 * otherwise {@link #outOfDateProperty()} says that what is stored has changed, so a stale form never
 * silently overwrites restored data. When the stored contact is gone (deleted on another screen, or
 * removed by a restore) the edits stay, {@link #goneProperty()} says so, and Save stores them as a new
 * contact.
 */
public final class ContactDetailsViewModel implements ContactEditor {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ContactDetailsViewModel.class);

    private final ContactService service;
    private final Background background;
    private final UndoManager undo;
    private final StatusLine status;
    private final Messages messages;
    private final Clock clock;
    private final ContactForm form;
    private final ContactActivityViewModel activity;
    private final PersonExport export;
    private final ContactAttachmentsViewModel attachments;
    private final EraseViewModel erase;
    private final PipelineRepository pipeline;
    /** A new contact's stage and next follow-up, chosen before its first save. */
    private final NewContactPlan plan;
    /** Unsaved edits: the fields, and for a new contact also its stage and follow-up. */
    private final BooleanBinding dirty;

    private final ReadOnlyObjectWrapper<Long> contactId = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper outOfDate = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper gone = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<java.nio.file.Path> lastExport = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Contact>> duplicates = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.ReadOnlyStringWrapper duplicateReason = new javafx.beans.property.ReadOnlyStringWrapper("");
    private final ReadOnlyLongWrapper newContactStarted = new ReadOnlyLongWrapper(0);
    private Supplier<LeaveChoice> askToLeave = () -> LeaveChoice.CANCEL;
    /** True while a leave asks or waits for its save: the window answers meanwhile, and must not start another. */
    private boolean leaving;

    public ContactDetailsViewModel(ContactService service, PipelineRepository pipeline, Changes changes,
                                   Background background, UndoManager undo, StatusLine status, Messages messages,
                                   Clock clock, ContactLinks links, PersonExport export,
                                   ContactAttachmentsViewModel attachments, PersonErase erase) {
        this.service = service;
        this.background = background;
        this.undo = undo;
        this.status = status;
        this.messages = messages;
        this.clock = clock;
        this.form = new ContactForm(clock);
        this.pipeline = pipeline;
        this.plan = new NewContactPlan(messages);
        this.activity = new ContactActivityViewModel(pipeline, links, background, undo, status, messages, clock,
                () -> form.nameProperty().get());
        // a new contact's stage and follow-up, and what is typed in a stored contact's entry forms but not yet added
        // (the next follow-up, a conversation, a consent), are unsaved edits too: leaving asks first, and Save adds them
        this.dirty = form.dirtyProperty().or(contactId.isNull().and(open).and(plan.changedProperty()))
                .or(contactId.isNotNull().and(open).and(activity.typedProperty()));
        this.export = export;
        this.attachments = attachments;
        attachments.follow(contactId.getReadOnlyProperty());
        this.erase = new EraseViewModel(erase, background, status, messages, clock, this::erased);
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
        return newContact(null);
    }

    /**
     * As {@link #newContact()}, with the new contact's stage set to {@code stageId} (the board column the user
     * started from), or the first stage when null or no longer there.
     */
    public boolean newContact(Long stageId) {
        // The empty form opens at once, so the keys typed right after Ctrl+N go to its Name field (decision 0042);
        // the referrer choices and the stages are read again behind it.
        return leave(() -> {
            contactId.set(null);
            form.fill(ContactDetails.empty(), false, new java.util.ArrayList<>(form.referrerChoices()));
            plan.start(stageId);
            activity.clear();
            duplicates.set(null);
            outOfDate.set(false);
            gone.set(false);
            open.set(true);
            newContactStarted.set(newContactStarted.get() + 1);
            background.run(() -> new Choices(service.names(), pipeline.stages()), read -> {
                if (contactId.get() == null && open.get()) {
                    form.updateReferrerChoices(read.names());
                    plan.setStages(read.stages());
                }
            }, e -> { });
        });
    }

    /** What a new contact's choices are read from: the contacts that may be referrers, and the stages. */
    private record Choices(List<ContactRef> names, List<Stage> stages) {
    }

    /** Closes the editor, asking first about unsaved changes; false when the user stays. */
    public boolean close() {
        return leave(this::clear);
    }

    /** Drops the unsaved edits and shows the contact as stored now (closes the editor when it is gone). */
    public void reloadFromStore() {
        Long id = contactId.get();
        if (gone.get()) {
            clear();
        } else if (id == null) {
            form.fill(ContactDetails.empty(), false, form.referrerChoices());
            plan.start(plan.stageId());
        } else {
            load(id);
        }
    }

    private void clear() {
        open.set(false);
        contactId.set(null);
        duplicates.set(null);
        outOfDate.set(false);
        gone.set(false);
        activity.clear();
        form.fill(ContactDetails.empty(), false, List.of());
    }

    /**
     * Runs {@code next} once the open contact may be left: at once, or after asking. "Save" waits for
     * the save: when it fails (said once, as any failed save), is refused (an invalid field) or finds a
     * duplicate, nothing is left and the form keeps its text. Returns whether {@code next} ran.
     */
    private boolean leave(Runnable next) {
        if (leaving) {
            return false;
        }
        if (!dirty.get()) {
            next.run();
            return true;
        }
        leaving = true;
        try {
            boolean left = switch (askToLeave.get()) {
                case DISCARD -> true;
                case SAVE -> saveAndWait();
                case CANCEL -> false;
            };
            if (left) {
                next.run();
            }
            return left;
        } finally {
            leaving = false;
        }
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
                status.show(() -> messages.get("contact.status.gone"));
                return;
            }
            contactId.set(id);
            form.fill(loaded.contact().get().details(), true, loaded.names());
            activity.show(id, loaded.activity(), true);
            duplicates.set(null);
            outOfDate.set(false);
            gone.set(false);
            open.set(true);
        });
    }

    // ---- following changes made elsewhere ----------------------------------------------------

    private void changed(Changes.Change change) {
        if (!open.get() || change.from(this)) {
            return;
        }
        Long id = contactId.get();
        if (change.origin() instanceof PersonForgotten forgotten && id != null && id == forgotten.contactId()) {
            clear(); // erased or anonymised: saving the edits shown would bring the person back
            return;
        }
        if (change.origin() instanceof ContactsMerged merged && id != null && id == merged.removedId()) {
            clear(); // merged into another contact: saving the edits shown would bring the removed one back
            open(merged.keptId());
            return;
        }
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
            if (!form.dirtyProperty().get()) {
                clear();
            } else if (!gone.get()) {
                showGone();
            }
            return;
        }
        gone.set(false);
        activity.show(id, loaded.activity(), false);
        ContactDetails stored = ContactValidation.clean(loaded.contact().get().details());
        if (stored.equals(form.original())) {
            form.updateReferrerChoices(loaded.names());
        } else if (!form.dirtyProperty().get()) {
            form.fill(stored, true, loaded.names());
        } else if (form.merge(stored, loaded.names())) {
            // Fields the user did not touch now show what is stored; one they edited was changed elsewhere too.
            outOfDate.set(true);
            status.showWhile(() -> messages.format("contact.status.changedElsewhere", stored.name()), outOfDate);
        }
    }

    // ---- saving and deleting -------------------------------------------------------------------

    /**
     * Saves the fields; returns false, saving nothing, when a field is invalid. A new contact
     * whose email or normalised phone matches stored ones is not created: {@link
     * #duplicatesProperty()} lists every match, and the user chooses one to open ({@link
     * #openDuplicate(Contact)}) or to create anyway ({@link #saveAnyway()}). Undoable.
     */
    @Override
    public boolean save() {
        return save(false);
    }

    /** Saves a new contact although it matches a stored one (the duplicate question's "Create anyway"). */
    public boolean saveAnyway() {
        return save(true);
    }

    private boolean save(boolean allowDuplicate) {
        boolean entries = entriesTyped();
        if (entries && !form.dirtyProperty().get()) {
            // only the entry forms were typed in: Save adds what is there, as their own Set and Add do
            return addTypedEntries();
        }
        Callable<Saved> work = saving(allowDuplicate);
        if (work == null || entries && !addTypedEntries()) {
            return false;
        }
        background.run(work, result -> {
            if (saved(result)) {
                load(result.saved().id());
            }
        }, this::failed);
        return true;
    }

    /** True when a stored contact is open with something typed in its entry forms and not yet added. */
    private boolean entriesTyped() {
        return open.get() && contactId.get() != null && activity.typedProperty().get();
    }

    /**
     * Adds what is typed in a stored contact's entry forms ({@link ContactActivityViewModel#addTyped}), before the
     * details are saved: their writes are queued on the database thread ahead of the save and of the read after it.
     * False when one is refused: "correct the fields marked in red" for a follow-up, else the form's own message.
     */
    private boolean addTypedEntries() {
        if (activity.addTyped()) {
            return true;
        }
        if (!activity.followUp().validate()) {
            showFixErrors();
        }
        return false;
    }

    /** Saves and waits for the result (see {@link Background#runAndWait}); true only when it was stored. */
    private boolean saveAndWait() {
        boolean entries = entriesTyped();
        Callable<Saved> work = saving(false);
        if (work == null || entries && !addTypedEntries()) {
            return false;
        }
        Saved result;
        try {
            result = background.runAndWait(work);
        } catch (Exception e) {
            failed(e);
            return false;
        }
        return saved(result);
    }

    /**
     * The database work of a save, or null, saving nothing, when a field is invalid or a save is still
     * being waited for. A stored contact that no longer exists is created again from the form.
     */
    private Callable<Saved> saving(boolean allowDuplicate) {
        duplicates.set(null);
        Long id = contactId.get();
        boolean fieldsValid = form.validateAll();
        // a new contact's follow-up is checked too: each field at fault gets its message, and nothing is saved
        boolean planValid = id != null || plan.followUp().validate();
        // so is a stored contact's next follow-up typed with the edit
        boolean followUpValid = !entriesTyped() || activity.followUp().validate();
        if (!fieldsValid || !planValid || !followUpValid) {
            showFixErrors();
            return null;
        }
        ContactDetails details = form.details();
        ContactDetails before = form.original();
        Long stageId = plan.stageId();
        NextFollowUp followUp = plan.followUp().followUp();
        return () -> {
            if (id != null) {
                if (!allowDuplicate) {
                    // Only a phone or email the edit added can newly match another contact (never itself).
                    List<Contact> found = service.findDuplicates(added(details.phones(), before == null ? List.of()
                            : before.phones(), PhoneNumbers::normalise), added(details.emails(), before == null
                            ? List.of() : before.emails(), ContactKeys::email), id);
                    if (!found.isEmpty()) {
                        return new Saved(null, null, null, found, details);
                    }
                }
                if (service.find(id).isPresent()) {
                    return new Saved(id, before, service.update(id, details, this), null, details);
                }
                return new Saved(null, null, service.create(details, this), null, details);
            }
            if (!allowDuplicate) {
                List<Contact> found = service.findDuplicates(details.phones(), details.emails(), null);
                if (!found.isEmpty()) {
                    return new Saved(null, null, null, found, details);
                }
            }
            return new Saved(null, null, service.create(details, stageId, followUp, this), null, details);
        };
    }

    /** "Correct the fields marked in red", until they are corrected (or the form is left). */
    private void showFixErrors() {
        FollowUpFields newOne = plan.followUp();
        FollowUpFields stored = activity.followUp();
        status.showWhile(() -> messages.get("contact.status.fixErrors"), form.errorsShownProperty()
                .or(newOne.dateErrorProperty().isNotEmpty()).or(newOne.timeErrorProperty().isNotEmpty())
                .or(newOne.unreadableDateProperty().isNotNull())
                .or(stored.dateErrorProperty().isNotEmpty()).or(stored.timeErrorProperty().isNotEmpty())
                .or(stored.unreadableDateProperty().isNotNull()));
    }

    /**
     * What a save did: {@code saved} as stored, with the id it updated (null when it created
     * {@code saved}) and the details before; or, when nothing was saved, the stored {@code duplicates}.
     */
    private record Saved(Long updatedId, ContactDetails before, Contact saved, List<Contact> duplicates,
                         ContactDetails details) {
    }

    /** The values of {@code now} whose key (by {@code key}, blank keys left out) is not among {@code before}'s. */
    private static List<String> added(List<String> now, List<String> before,
                                      java.util.function.UnaryOperator<String> key) {
        java.util.Set<String> had = new java.util.HashSet<>();
        before.forEach(v -> had.add(key.apply(v)));
        return now.stream().filter(v -> !had.contains(key.apply(v))).toList();
    }

    /**
     * One line per stored contact in {@code found}, saying which of {@code details}' phones (display form,
     * {@link PhoneNumbers#display}) and emails it has, e.g. "Anna already has this phone number: 20 30 40 50.".
     */
    private String reasons(List<Contact> found, ContactDetails details) {
        java.util.Set<String> phones = new java.util.HashSet<>();
        details.phones().stream().map(PhoneNumbers::normalise).filter(p -> !p.isEmpty()).forEach(phones::add);
        java.util.Set<String> emails = new java.util.HashSet<>();
        details.emails().stream().map(ContactKeys::email).filter(e -> !e.isEmpty()).forEach(emails::add);
        List<String> lines = new java.util.ArrayList<>();
        for (Contact c : found) {
            String phone = c.details().phones().stream().filter(p -> phones.contains(PhoneNumbers.normalise(p)))
                    .map(PhoneNumbers::display).findFirst().orElse(null);
            String email = c.details().emails().stream().filter(e -> emails.contains(ContactKeys.email(e)))
                    .findFirst().orElse(null);
            if (phone != null && email != null) {
                lines.add(messages.format("contact.duplicate.phoneAndEmail", c.name(), phone, email));
            } else if (phone != null) {
                lines.add(messages.format("contact.duplicate.phone", c.name(), phone));
            } else if (email != null) {
                lines.add(messages.format("contact.duplicate.email", c.name(), email));
            }
        }
        return String.join("\n", lines);
    }

    /** Records a save's undo and says it; false, with the duplicate question asked, when nothing was saved. */
    private boolean saved(Saved result) {
        if (result.duplicates() != null) {
            List<Contact> found = List.copyOf(result.duplicates());
            duplicateReason.set(reasons(found, result.details()));
            duplicates.set(found);
            String edit = contactId.get() == null ? "" : "Edit";
            status.showWhile(() -> found.size() == 1 ? messages.format("contact.status.duplicate" + edit, found.get(0).name())
                    : messages.format("contact.status.duplicates" + edit, dk.netdesk.contacts.NameList.of(messages, found)),
                    duplicates.isNotNull());
            return false;
        }
        Contact saved = result.saved();
        if (result.updatedId() != null) {
            undo.done(edited(result.updatedId(), result.before(), saved.details()));
            status.done(() -> messages.format("contact.status.saved", saved.name()));
        } else {
            UndoManager.Command command = created(saved);
            undo.done(command);
            // A stored contact that was gone is created again: say so, not "Added" (and offer Ctrl+Z while it holds).
            if (contactId.get() != null) {
                status.showWhile(() -> messages.format("contact.status.savedAsNew", saved.name()), undo.isNext(command));
            } else {
                status.done(() -> messages.format("contact.status.created", saved.name()));
            }
        }
        return true;
    }

    private void failed(Throwable error) {
        if (error instanceof IllegalStateException) {
            status.show(() -> messages.get("contact.status.gone"));
        } else {
            // The status line says it in short; the dialog says what happened and what to do (once).
            status.show(() -> messages.get("pipeline.status.failed"));
            background.report(error);
        }
    }

    /** The stored contact is gone while the form holds edits: they stay, and Save keeps them as a new contact. */
    private void showGone() {
        outOfDate.set(false);
        gone.set(true);
        status.showWhile(() -> messages.get("contact.status.deletedElsewhere"), gone);
    }

    /**
     * Leaves the new contact and opens {@code chosen}, one of the stored contacts it duplicates ({@link
     * #duplicatesProperty()}); the typed fields are dropped. Does nothing when no duplicate question is open.
     */
    public void openDuplicate(Contact chosen) {
        List<Contact> found = duplicates.get();
        if (found != null && chosen != null && found.stream().anyMatch(c -> c.id() == chosen.id())) {
            duplicates.set(null);
            load(chosen.id());
        }
    }

    public void dismissDuplicate() {
        duplicates.set(null);
    }

    @Override
    public void delete(long id) {
        background.run(() -> service.delete(id, this), deleted -> deleted.ifPresent(gone -> {
            if (contactId.get() != null && contactId.get() == id) {
                clear();
            }
            UndoManager.Command command = deleted(gone);
            undo.done(command);
            status.showWhile(() -> messages.format("contact.status.deleted", gone.name()), undo.isNext(command));
        }), this::failed);
    }

    // ---- exporting the person's data -------------------------------------------------------

    /**
     * "Export this person's data": writes everything stored about the open contact (as stored, not the
     * form's unsaved edits) to a new folder {@code <name>-<date>} in {@code folder} ({@link PersonExport}),
     * off the JavaFX thread. The status line says where it was written, or that it failed, in which
     * case nothing was left in {@code folder}. Does nothing for a new or gone contact, or while an
     * export runs.
     *
     * @param folder the folder the user chose
     */
    public void exportPerson(java.nio.file.Path folder) {
        Long id = contactId.get();
        if (id == null || gone.get() || exporting.get()) {
            return;
        }
        runExport(() -> export.export(id, folder), folder);
    }

    /**
     * "Export this person's data" as one zip file ({@link PersonExport#exportZip}), off the JavaFX
     * thread, with the same status texts as {@link #exportPerson}; {@link #lastExportProperty()} is
     * then the zip file. A file of that name is replaced (the save dialog has asked). Does nothing for
     * a new or gone contact, or while an export runs.
     *
     * @param zipFile the zip file the user chose (ending in {@code .zip})
     */
    public void exportPersonZip(java.nio.file.Path zipFile) {
        Long id = contactId.get();
        if (id == null || gone.get() || exporting.get()) {
            return;
        }
        runExport(() -> export.exportZip(id, zipFile), zipFile);
    }

    private void runExport(java.util.concurrent.Callable<java.nio.file.Path> work, java.nio.file.Path folder) {
        String name = form.original() == null ? "" : form.original().name();
        exporting.set(true);
        status.show(() -> messages.format("pipeline.details.export.running", name));
        background.run(work, written -> {
            exporting.set(false);
            lastExport.set(written);
            status.done(() -> messages.format("pipeline.details.export.done", name, written.toString()));
        }, error -> {
            exporting.set(false);
            if (error instanceof IllegalStateException) {
                status.show(() -> messages.get("contact.status.gone"));
            } else {
                // The person's data stays out of the log: only the kind of failure and the folder.
                LOG.warn("Person export to {} failed: {}", folder, error.getClass().getSimpleName());
                status.show(() -> messages.format("pipeline.details.export.failed", name, folder.toString()));
            }
        });
    }

    // ---- erasing the person ----------------------------------------------------------------

    /**
     * The open contact was erased: the editor closes, dropping any unsaved edits (they are the erased
     * person's data, and Save must not store them again). Does nothing when another contact is open.
     */
    private void erased(long id) {
        if (contactId.get() != null && contactId.get() == id) {
            clear();
        }
    }

    /** "Erase this person…" for the open contact: {@link EraseViewModel#open} it with {@link #contactIdProperty()}. */
    public EraseViewModel erase() { return erase; }

    // ---- undo ------------------------------------------------------------------------------
    // Undo and redo publish with no origin, so this editor follows them like any other change.

    private UndoManager.Command created(Contact contact) {
        ContactService.DeletedContact[] deleted = new ContactService.DeletedContact[1];
        return UndoManager.Command.of(() -> messages.format("contact.undo.create", contact.name()),
                () -> background.run(() -> service.delete(contact.id(), null), gone -> gone.ifPresent(d -> deleted[0] = d),
                        this::failed),
                () -> {
                    // Nothing to bring back when the undo found the contact already gone (deleted or erased elsewhere).
                    if (deleted[0] != null) {
                        background.run(() -> service.restore(deleted[0], null), restored -> { }, this::failed);
                    }
                });
    }

    private UndoManager.Command edited(long id, ContactDetails before, ContactDetails after) {
        return UndoManager.Command.of(() -> messages.format("contact.undo.edit", after.name()),
                () -> background.run(() -> service.update(id, before, null), saved -> { }, this::failed),
                () -> background.run(() -> service.update(id, after, null), saved -> { }, this::failed));
    }

    private UndoManager.Command deleted(ContactService.DeletedContact deleted) {
        return UndoManager.Command.of(() -> messages.format("contact.undo.delete", deleted.name()),
                () -> background.run(() -> service.restore(deleted, null),
                        restored -> status.done(() -> messages.format("contact.status.restored", restored.name())), this::failed),
                () -> background.run(() -> service.delete(deleted.id(), null), gone -> { }, this::failed));
    }

    // ---- properties ------------------------------------------------------------------------

    public ContactForm form() { return form; }
    public ContactActivityViewModel activity() { return activity; }
    /** The open contact's attached files (its own section below the fields; one per editor). */
    public ContactAttachmentsViewModel attachments() { return attachments; }
    @Override
    public ReadOnlyObjectProperty<Long> contactIdProperty() { return contactId.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty openProperty() { return open.getReadOnlyProperty(); }
    /** True while the form has unsaved edits and the stored contact has changed (or gone) since it was read. */
    public ReadOnlyBooleanProperty outOfDateProperty() { return outOfDate.getReadOnlyProperty(); }
    /**
     * True while the form holds edits of a stored contact that no longer exists (deleted on another
     * screen, or removed by a restore): Save stores them as a new contact, Close or Reload drops them.
     */
    public ReadOnlyBooleanProperty goneProperty() { return gone.getReadOnlyProperty(); }
    /** True while there are unsaved edits: the fields, and for a new contact its stage or follow-up too. */
    public BooleanBinding dirtyProperty() { return dirty; }
    /** A new contact's stage and next follow-up (shown while a new contact is typed). */
    public NewContactPlan newContactPlan() { return plan; }
    /** True while a person's data export runs. */
    public ReadOnlyBooleanProperty exportingProperty() { return exporting.getReadOnlyProperty(); }
    /** The folder the last export in this editor wrote, or null. */
    public ReadOnlyObjectProperty<java.nio.file.Path> lastExportProperty() { return lastExport.getReadOnlyProperty(); }
    /** The display name of the open contact as stored ("" for a new one), for the folder chooser's title. */
    /** The file name the zip export suggests: {@code <name>-<yyyy-mm-dd>.zip} (today by the injected clock). */
    public String suggestedZipName() {
        return PersonExport.folderName(storedName(), java.time.LocalDate.now(clock)) + ".zip";
    }
    public String storedName() { return form.original() == null ? "" : form.original().name(); }
    /**
     * The stored contacts sharing an email or phone number with the new contact the last save refused, by
     * name; null while no duplicate question is open (also after {@link #openDuplicate}, {@link #saveAnyway},
     * {@link #dismissDuplicate}).
     */
    public ReadOnlyObjectProperty<List<Contact>> duplicatesProperty() { return duplicates.getReadOnlyProperty(); }
    /**
     * Why the last save asked about {@link #duplicatesProperty()}: one line per matching contact saying which
     * phone number (display form) and/or email address it has; set before the duplicates are.
     */
    public javafx.beans.property.ReadOnlyStringProperty duplicateReasonProperty() { return duplicateReason.getReadOnlyProperty(); }
    /** Counts the new contacts started: the view moves the focus to Name when it changes. */
    public ReadOnlyLongProperty newContactStartedProperty() { return newContactStarted.getReadOnlyProperty(); }
    public Messages messages() { return messages; }
    /** The time zone dates and times are shown in (the injected clock's). */
    public ZoneId zone() { return clock.getZone(); }
}
