package dk.netdesk.library;

import java.time.Instant;

/**
 * A PDF or image stored under its SHA-256 name in the attachments folder.
 *
 * @param hasText whether text was read from it for the search: false for images, and for PDFs without a
 *                text layer (a scan) or whose text could not be read
 * @param textUnreadable true for a PDF whose text PDFBox could not read (a damaged or crafted file, decision 0038):
 *                the reading pane says "text could not be read from this PDF" rather than "a scan?"
 */
public record Attachment(long id, long itemId, String fileName, String sha256, String mediaType, long size,
                         Instant addedAt, boolean hasText, boolean textUnreadable) {

    public boolean isPdf() {
        return "application/pdf".equals(mediaType);
    }
}
