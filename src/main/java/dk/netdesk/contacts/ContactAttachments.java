package dk.netdesk.contacts;

import dk.netdesk.db.AttachmentReferences;
import dk.netdesk.db.AttachmentStore;
import dk.netdesk.db.Changes;
import dk.netdesk.db.StoredFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A contact's attachments, rows and files together: attaching copies the file into the shared
 * attachments folder ({@link AttachmentStore}) and records a row ({@link ContactAttachmentRepository});
 * removing a row keeps the file until the next start, so that undo can bring it back. A file is deleted
 * from disk only when no row, a library item's or a contact's ({@link AttachmentReferences}), refers to
 * it: at start (the library's tidy-up) and after an erase ({@link #deleteFilesNoLongerUsed}). The
 * commands the user gives publish {@code CONTACTS} after their commit, naming the caller as origin.
 * Call on the database thread.
 */
public final class ContactAttachments {

    /**
     * How an erase would treat the contact's attachments.
     *
     * @param onlyTheirs attachments whose file nothing else uses: the file goes with them
     * @param shared     attachments whose file a library item or another contact uses too: the file stays
     */
    public record Usage(int onlyTheirs, int shared) {
    }

    private final ContactAttachmentRepository repository;
    private final AttachmentStore store;
    private final AttachmentReferences references;
    private final Changes changes;

    public ContactAttachments(ContactAttachmentRepository repository, AttachmentStore store,
                              AttachmentReferences references, Changes changes) {
        this.repository = repository;
        this.store = store;
        this.references = references;
        this.changes = changes;
    }

    /** Whether a file can be attached: a PDF or an image, by its name's extension. */
    public static boolean accepts(Path file) {
        return AttachmentStore.accepts(file);
    }

    /** The contact's attachments, oldest first. */
    public List<ContactAttachment> of(long contactId) {
        return repository.of(contactId);
    }

    /**
     * Copies a PDF or an image into the attachments folder (once per content) and attaches it to the
     * contact under its own file name (NFC-normalised).
     *
     * @param origin who asks (published with the change), or null
     * @throws IllegalArgumentException when the file is not a PDF or an image; nothing is written
     * @throws IllegalStateException    when the contact no longer exists; the file this call copied in is removed
     *                                  again (unless another row or an undo of this run uses it)
     * @throws IOException              when the file cannot be read or copied; nothing is left behind
     */
    public ContactAttachment attach(long contactId, Path file, Object origin) throws IOException {
        StoredFile stored = store.store(file);
        ContactAttachment added;
        try {
            added = repository.add(contactId, stored);
        } catch (RuntimeException | Error failure) {
            store.discard(stored, references::isUsed, failure);
            throw failure;
        }
        changes.publish(Changes.Topic.CONTACTS, origin);
        return added;
    }

    /** Removes an attachment (the file stays until the next start, for undo); empty when it was gone. */
    public Optional<ContactAttachment> remove(long attachmentId, Object origin) {
        Optional<ContactAttachment> removed = repository.remove(attachmentId);
        removed.ifPresent(a -> {
            store.keepForUndo(a.sha256());
            changes.publish(Changes.Topic.CONTACTS, origin);
        });
        return removed;
    }

    /** Puts removed attachments back with their ids (undo of remove, redo of attach); returns how many. */
    public int restore(List<ContactAttachment> attachments, Object origin) {
        int restored = repository.restore(attachments);
        changes.publish(Changes.Topic.CONTACTS, origin);
        return restored;
    }

    /** Where an attachment's file is, to open or copy it (it may be missing if removed by hand). */
    public Path fileOf(ContactAttachment attachment) {
        return store.pathOf(attachment.sha256(), attachment.mediaType());
    }

    // ---- for the contact service and the erase (no change published) ---------------------------

    /**
     * The contact's attachments, with their files kept on disk until the next start: call in the
     * transaction that deletes the contact undoably (its rows go by cascade), and keep the list to
     * {@link #putBack} on undo.
     */
    public List<ContactAttachment> keepForUndo(long contactId) {
        List<ContactAttachment> all = repository.of(contactId);
        all.forEach(a -> store.keepForUndo(a.sha256()));
        return all;
    }

    /** Puts a deleted contact's attachment rows back (undo of delete; no change published). */
    public void putBack(List<ContactAttachment> attachments) {
        repository.restore(attachments);
    }

    /** Counts the contact's attachments whose file only they use, and those whose file is shared. */
    public Usage usage(long contactId) {
        int only = 0;
        int shared = 0;
        for (ContactAttachment a : repository.of(contactId)) {
            if (references.isUsedOutside(contactId, a.sha256())) {
                shared++;
            } else {
                only++;
            }
        }
        return new Usage(only, shared);
    }

    /** Removes all the contact's attachment rows (inside the erase's transaction) and returns them. */
    public List<ContactAttachment> removeAll(long contactId) {
        return repository.removeAll(contactId);
    }

    /**
     * After the commit that removed {@code removed}: deletes each of their files that no row refers
     * to any more and no undo of this run needs. Returns how many files were deleted.
     *
     * @throws IOException when a file cannot be deleted (the others are tried first)
     */
    public int deleteFilesNoLongerUsed(List<ContactAttachment> removed) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        removed.forEach(a -> files.put(a.sha256(), a.mediaType()));
        int deleted = 0;
        IOException failure = null;
        for (Map.Entry<String, String> file : files.entrySet()) {
            try {
                if (store.deleteIfUnused(file.getKey(), file.getValue(), references::isUsed)) {
                    deleted++;
                }
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return deleted;
    }
}
