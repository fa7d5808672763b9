package dk.netdesk.library;

import java.time.Instant;

/** A PDF or image stored under its SHA-256 name in the attachments folder. */
public record Attachment(long id, long itemId, String fileName, String sha256, String mediaType, long size,
                         Instant addedAt) {

    public boolean isPdf() {
        return "application/pdf".equals(mediaType);
    }
}
