package dk.netdesk.contacts;

import static dk.netdesk.db.generated.Tables.CONTACT_ATTACHMENT;

import dk.netdesk.db.Database;
import dk.netdesk.db.StoredFile;
import dk.netdesk.db.generated.tables.records.ContactAttachmentRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The SQL of a contact's attachments ({@code contact_attachment}), part of the contact aggregate: the
 * rows only, never the files (see {@link ContactAttachments}). Every method is one transaction, and
 * joins the caller's when run inside {@link Database#inTransaction}. Nothing here publishes a change.
 * Deleting the contact deletes its rows ({@code ON DELETE CASCADE}).
 */
public final class ContactAttachmentRepository {

    private final Database database;
    private final Clock clock;

    /** @param clock when an attachment was added */
    public ContactAttachmentRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The contact's attachments, oldest first (empty for no such contact). */
    public List<ContactAttachment> of(long contactId) {
        return dsl().selectFrom(CONTACT_ATTACHMENT).where(CONTACT_ATTACHMENT.CONTACT_ID.eq(contactId))
                .orderBy(CONTACT_ATTACHMENT.ADDED_AT, CONTACT_ATTACHMENT.ID)
                .fetch(ContactAttachmentRepository::toAttachment);
    }

    /** One attachment, or empty when there is none with this id. */
    public Optional<ContactAttachment> find(long id) {
        return dsl().selectFrom(CONTACT_ATTACHMENT).where(CONTACT_ATTACHMENT.ID.eq(id))
                .fetchOptional(ContactAttachmentRepository::toAttachment);
    }

    /**
     * Records a file already copied into the attachments folder as the contact's attachment; its
     * name is NFC-normalised and stripped.
     *
     * @throws IllegalArgumentException when the file name is blank
     * @throws IllegalStateException    when the contact no longer exists; nothing is written
     */
    public ContactAttachment add(long contactId, StoredFile file) {
        String name = cleanName(file.fileName());
        if (name.isEmpty()) {
            throw new IllegalArgumentException("An attachment needs a file name");
        }
        return dsl().transactionResult(() -> {
            if (!dsl().fetchExists(dk.netdesk.db.generated.Tables.CONTACT,
                    dk.netdesk.db.generated.Tables.CONTACT.ID.eq(contactId))) {
                throw new IllegalStateException("Contact " + contactId + " no longer exists");
            }
            ContactAttachmentRecord r = dsl().insertInto(CONTACT_ATTACHMENT)
                    .set(CONTACT_ATTACHMENT.CONTACT_ID, contactId)
                    .set(CONTACT_ATTACHMENT.FILE_NAME, name)
                    .set(CONTACT_ATTACHMENT.SHA256, file.sha256())
                    .set(CONTACT_ATTACHMENT.MEDIA_TYPE, file.mediaType())
                    .set(CONTACT_ATTACHMENT.SIZE, file.size())
                    .set(CONTACT_ATTACHMENT.ADDED_AT, Instant.now(clock).toString())
                    .returning().fetchOne();
            return toAttachment(r);
        });
    }

    /** Removes one attachment row and returns it as it was (to restore on undo); empty when it was gone. */
    public Optional<ContactAttachment> remove(long id) {
        return dsl().transactionResult(() -> {
            Optional<ContactAttachment> found = find(id);
            found.ifPresent(a -> dsl().deleteFrom(CONTACT_ATTACHMENT).where(CONTACT_ATTACHMENT.ID.eq(id)).execute());
            return found;
        });
    }

    /** Removes all the contact's attachment rows and returns them as they were. */
    public List<ContactAttachment> removeAll(long contactId) {
        return dsl().transactionResult(() -> {
            List<ContactAttachment> all = of(contactId);
            dsl().deleteFrom(CONTACT_ATTACHMENT).where(CONTACT_ATTACHMENT.CONTACT_ID.eq(contactId)).execute();
            return all;
        });
    }

    /**
     * Puts removed attachment rows back with their ids and dates (undo). A row whose contact no
     * longer exists, or whose id is taken again, is skipped. Returns how many were put back.
     */
    public int restore(List<ContactAttachment> attachments) {
        return dsl().transactionResult(() -> {
            int restored = 0;
            for (ContactAttachment a : attachments) {
                if (!dsl().fetchExists(dk.netdesk.db.generated.Tables.CONTACT,
                        dk.netdesk.db.generated.Tables.CONTACT.ID.eq(a.contactId()))
                        || dsl().fetchExists(CONTACT_ATTACHMENT, CONTACT_ATTACHMENT.ID.eq(a.id()))) {
                    continue;
                }
                restored += dsl().insertInto(CONTACT_ATTACHMENT)
                        .set(CONTACT_ATTACHMENT.ID, a.id())
                        .set(CONTACT_ATTACHMENT.CONTACT_ID, a.contactId())
                        .set(CONTACT_ATTACHMENT.FILE_NAME, a.fileName())
                        .set(CONTACT_ATTACHMENT.SHA256, a.sha256())
                        .set(CONTACT_ATTACHMENT.MEDIA_TYPE, a.mediaType())
                        .set(CONTACT_ATTACHMENT.SIZE, a.size())
                        .set(CONTACT_ATTACHMENT.ADDED_AT, a.addedAt().toString())
                        .execute();
            }
            return restored;
        });
    }

    /** A file name as stored: a one-line value ({@link dk.netdesk.db.PlainText#line}; "" for null). */
    static String cleanName(String name) {
        return dk.netdesk.db.PlainText.line(name);
    }

    private static ContactAttachment toAttachment(ContactAttachmentRecord r) {
        return new ContactAttachment(r.getId(), r.getContactId(), r.getFileName(), r.getSha256(), r.getMediaType(),
                r.getSize(), Instant.parse(r.getAddedAt()));
    }

    private DSLContext dsl() {
        return database.dsl();
    }
}
