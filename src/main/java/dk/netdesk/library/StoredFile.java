package dk.netdesk.library;

/** A file copied into the attachments folder, with the text found in it (PDFs only). */
public record StoredFile(String fileName, String sha256, String mediaType, long size, String text) {
}
