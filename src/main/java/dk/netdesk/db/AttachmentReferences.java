package dk.netdesk.db;

import static dk.netdesk.db.generated.Tables.CONTACT_ATTACHMENT;
import static dk.netdesk.db.generated.Tables.LIBRARY_ATTACHMENT;

/**
 * Which stored files (by SHA-256) are still referred to by an attachment row, of a library item
 * ({@code library_attachment}) or of a contact ({@code contact_attachment}). The one place that knows
 * every table pointing into the shared attachments folder ({@link AttachmentStore}), so that a file
 * is never deleted while either feature uses it. Reads only; call on the database thread.
 */
public final class AttachmentReferences {

    private final Database database;

    public AttachmentReferences(Database database) {
        this.database = database;
    }

    /** Whether any attachment row, library item's or contact's, refers to the stored file with this hash. */
    public boolean isUsed(String sha256) {
        return database.dsl().fetchExists(LIBRARY_ATTACHMENT, LIBRARY_ATTACHMENT.SHA256.eq(sha256))
                || database.dsl().fetchExists(CONTACT_ATTACHMENT, CONTACT_ATTACHMENT.SHA256.eq(sha256));
    }

    /**
     * Whether a row other than the given contact's own refers to the hash: a library item's
     * attachment, or another contact's. Used to tell an erase which files stay.
     */
    public boolean isUsedOutside(long contactId, String sha256) {
        return database.dsl().fetchExists(LIBRARY_ATTACHMENT, LIBRARY_ATTACHMENT.SHA256.eq(sha256))
                || database.dsl().fetchExists(CONTACT_ATTACHMENT,
                CONTACT_ATTACHMENT.SHA256.eq(sha256).and(CONTACT_ATTACHMENT.CONTACT_ID.ne(contactId)));
    }
}
