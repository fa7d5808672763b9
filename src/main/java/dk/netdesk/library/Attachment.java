package dk.netdesk.library;

import java.time.Instant;

/**
 * A PDF or image stored under its SHA-256 name in the attachments folder.
 *
 * @param hasText whether text was read from it for the search: false for images, and for PDFs without a
 *                text layer (a scan) or whose text could not be read
 */
public record Attachment(long id, long itemId, String fileName, String sha256, String mediaType, long size,
                         Instant addedAt, boolean hasText) {

    public boolean isPdf() {
        return "application/pdf".equals(mediaType);
    }
}
