package dk.netdesk.contacts;

import dk.netdesk.db.Changes;
import dk.netdesk.ui.Background;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.OpenWithSystem;
import dk.netdesk.ui.StatusLine;
import dk.netdesk.ui.SystemOpener;
import dk.netdesk.ui.UndoManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "Attachments" section of a contact editor: the open contact's attached files (name and size),
 * "Attach file…" (a PDF or an image; any other file is refused with a message and changes nothing),
 * "Open" with the system viewer, and "Remove", undoable with Ctrl+Z (the file stays on disk until the
 * next start, so undo finds it). It follows the editor's contact ({@link #follow}) and reloads when
 * contacts change elsewhere. Database work runs through {@link Background}.
 */
public final class ContactAttachmentsViewModel {

    private final ContactAttachments service;
    private final Background background;
    private final UndoManager undo;
    private final StatusLine status;
    private final Messages messages;
    private final OpenWithSystem opening;
    private final ObservableList<ContactAttachment> attachments = FXCollections.observableArrayList();
    private ReadOnlyObjectProperty<Long> contactId;

    /**
     * @param opener opens a {@code file:} URI with the system viewer and reports when no program could (the
     *               app's {@link SystemOpener#desktop}, as for the library's attachments); the file is opened
     *               as a document, never run. A failure is said in {@code status}.
     */
    public ContactAttachmentsViewModel(ContactAttachments service, Changes changes, Background background,
                                       UndoManager undo, StatusLine status, Messages messages, SystemOpener opener) {
        this.service = service;
        this.background = background;
        this.undo = undo;
        this.status = status;
        this.messages = messages;
        this.opening = new OpenWithSystem(opener, status, messages);
        changes.subscribe(Changes.Topic.CONTACTS, change -> {
            if (!change.from(this)) {
                reload();
            }
        });
    }

    /** Shows the attachments of the editor's contact, following it as it changes (null: none shown). */
    public void follow(ReadOnlyObjectProperty<Long> editorContact) {
        this.contactId = editorContact;
        editorContact.addListener((obs, old, now) -> reload());
        reload();
    }

    /** Reads the shown contact's attachments again (clears the list when no contact is shown). */
    public void reload() {
        Long id = shownId();
        if (id == null) {
            attachments.clear();
            return;
        }
        background.run(() -> service.of(id), list -> {
            if (id.equals(shownId())) {
                attachments.setAll(list);
            }
        }, e -> { });
    }

    /**
     * Attaches a file to the shown contact. A file that is not a PDF or an image, or no longer exists,
     * gets a message saying so and what to do, and changes nothing. Undoable.
     */
    public void attach(Path file) {
        Long id = shownId();
        if (id == null || file == null) {
            return;
        }
        String name = ContactAttachmentRepository.cleanName(file.getFileName().toString());
        if (!ContactAttachments.accepts(file)) {
            status.show(() -> messages.format("contact.attachments.wrongFile", name));
            return;
        }
        if (!Files.isRegularFile(file)) {
            status.show(() -> messages.format("contact.attachments.missingFile", name));
            return;
        }
        background.run(() -> service.attach(id, file, this), added -> {
            reload();
            UndoManager.Command command = attached(added);
            undo.done(command);
            status.showWhile(() -> messages.format("contact.attachments.attached", added.fileName()), undo.isNext(command));
        }, error -> {
            if (error instanceof IllegalStateException) {
                status.show(() -> messages.get("contact.status.gone"));
            } else {
                status.show(() -> messages.format("contact.attachments.failed", name));
                background.report(error);
            }
        });
    }

    /** Removes an attachment from the contact; Ctrl+Z brings it back. */
    public void remove(ContactAttachment attachment) {
        background.run(() -> service.remove(attachment.id(), this), removed -> {
            reload();
            removed.ifPresent(gone -> {
                UndoManager.Command command = removedCommand(gone);
                undo.done(command);
                status.showWhile(() -> messages.format("contact.attachments.removed", gone.fileName()),
                        undo.isNext(command));
            });
        }, background::report);
    }

    /**
     * Opens the attachment's stored file with the system viewer. A file missing from the attachments
     * folder (removed by hand) gets a message instead, and so does a file no program could open
     * ({@link OpenWithSystem#file}).
     */
    public void open(ContactAttachment attachment) {
        Path file = service.fileOf(attachment);
        if (!Files.isRegularFile(file)) {
            status.show(() -> messages.format("contact.attachments.fileMissing", attachment.fileName()));
            return;
        }
        opening.file(file, attachment.fileName(), attachment.isPdf());
    }

    /** The size as people read it, e.g. "17 bytes", "812 kB" or "1.4 MB" ({@link Messages#fileSize}). */
    public String sizeText(ContactAttachment attachment) {
        return messages.fileSize(attachment.size());
    }

    /** The shown contact's attachments, oldest first. */
    public ObservableList<ContactAttachment> attachments() {
        return attachments;
    }

    public Messages messages() {
        return messages;
    }

    private Long shownId() {
        return contactId == null ? null : contactId.get();
    }

    // ---- undo ----------------------------------------------------------------------------------
    // Undo and redo publish with no origin, so every editor showing the contact follows them.

    private UndoManager.Command attached(ContactAttachment added) {
        return UndoManager.Command.of(() -> messages.format("contact.attachments.undo.attach", added.fileName()),
                () -> background.run(() -> service.remove(added.id(), null), gone -> { }, background::report),
                () -> background.run(() -> service.restore(List.of(added), null), n -> { }, background::report));
    }

    private UndoManager.Command removedCommand(ContactAttachment gone) {
        return UndoManager.Command.of(() -> messages.format("contact.attachments.undo.remove", gone.fileName()),
                () -> background.run(() -> service.restore(List.of(gone), null), n -> { }, background::report),
                () -> background.run(() -> service.remove(gone.id(), null), removed -> { }, background::report));
    }
}
