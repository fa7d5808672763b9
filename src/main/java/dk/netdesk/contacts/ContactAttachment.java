package dk.netdesk.contacts;

import java.time.Instant;

/**
 * A file attached to a contact: a PDF or an image stored under its SHA-256 name in the shared
 * attachments folder ({@link dk.netdesk.db.AttachmentStore}), possibly the same file as a library
 * item's or another contact's attachment.
 *
 * @param id        the row's id
 * @param contactId the contact it belongs to
 * @param fileName  the name shown (NFC-normalised, no folder)
 * @param sha256    the stored file's SHA-256 (64 lower-case hex digits)
 * @param mediaType {@code application/pdf} or an {@code image/*} type
 * @param size      the file's size in bytes
 * @param addedAt   when it was attached
 */
public record ContactAttachment(long id, long contactId, String fileName, String sha256, String mediaType, long size,
                                Instant addedAt) {

    /** Whether the file is a PDF (otherwise it is an image). */
    public boolean isPdf() {
        return "application/pdf".equals(mediaType);
    }
}
