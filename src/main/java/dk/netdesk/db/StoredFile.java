package dk.netdesk.db;

/**
 * A file copied into the attachments folder ({@link AttachmentStore#store}).
 *
 * @param fileName  the name it had where it came from (no folder)
 * @param sha256    its SHA-256, 64 lower-case hex digits: its name in the folder
 * @param mediaType {@code application/pdf} or an {@code image/*} type
 * @param size      its size in bytes
 * @param text      the text found in it (PDFs only; "" otherwise)
 * @param textUnreadable true for a PDF whose text could not be read (a damaged or crafted file; decision 0038),
 *                  false for images and for PDFs that were read (with or without text)
 */
public record StoredFile(String fileName, String sha256, String mediaType, long size, String text,
                         boolean textUnreadable) {

    /** The name as a one-line value ({@link PlainText#line}: a macOS name in NFD is stored in NFC) and the text in NFC. */
    public StoredFile {
        fileName = PlainText.line(fileName);
        text = PlainText.text(text);
    }
}
