package dk.netdesk.library;

import dk.netdesk.db.FileModes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The attachments folder ({@code <data folder>/attachments}): PDFs and images are copied in
 * under their SHA-256 name (so the same file is stored once), and the text of PDFs is
 * extracted with PDFBox for the search index.
 */
public final class AttachmentStore {

    /** The most text taken from one PDF; enough for any sheet or course handout. */
    static final int MAX_TEXT = 1_000_000;

    private static final Logger LOG = LoggerFactory.getLogger(AttachmentStore.class);
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "pdf", "application/pdf",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "gif", "image/gif",
            "webp", "image/webp",
            "bmp", "image/bmp");

    private final Path folder;

    public AttachmentStore(Path dataDir) {
        this.folder = dataDir.resolve("attachments");
    }

    /** The media type for a file name, or empty when Netdesk does not take that kind of file. */
    public static Optional<String> mediaType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Optional.ofNullable(MEDIA_TYPES.get(extension));
    }

    /** Whether a file can be attached (a PDF or an image). */
    public static boolean accepts(Path file) {
        return mediaType(file.getFileName().toString()).isPresent();
    }

    /**
     * Copies the file in (unless a file with the same content is already there) and reads
     * its text. Throws {@link IllegalArgumentException} for a file that is not a PDF or an image.
     */
    public StoredFile store(Path source) throws IOException {
        String name = source.getFileName().toString();
        String mediaType = mediaType(name)
                .orElseThrow(() -> new IllegalArgumentException("Not a PDF or image: " + name));
        FileModes.privateFolder(folder);
        Path temp = Files.createTempFile(folder, "incoming", ".part");
        String hash;
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest)) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            hash = HexFormat.of().formatHex(digest.digest());
            Path target = pathOf(hash, mediaType);
            if (Files.exists(target)) {
                Files.delete(temp);
            } else {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                FileModes.privateFile(target);
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            Files.deleteIfExists(temp);
        }
        Path stored = pathOf(hash, mediaType);
        String text = "application/pdf".equals(mediaType) ? pdfText(stored) : "";
        return new StoredFile(name, hash, mediaType, Files.size(stored), text);
    }

    /** The attachments folder. */
    public Path folder() {
        return folder;
    }

    /** Where an attachment's file lives. */
    public Path pathOf(Attachment attachment) {
        return pathOf(attachment.sha256(), attachment.mediaType());
    }

    private Path pathOf(String sha256, String mediaType) {
        String extension = MEDIA_TYPES.entrySet().stream()
                .filter(e -> e.getValue().equals(mediaType)).map(Map.Entry::getKey).sorted().findFirst().orElse("bin");
        return folder.resolve(sha256 + "." + extension);
    }

    /** Deletes a stored file that no attachment refers to any more. */
    public void deleteFile(String sha256, String mediaType) throws IOException {
        Files.deleteIfExists(pathOf(sha256, mediaType));
    }

    /** The text of a PDF, or "" when it has none or cannot be read (a scan, a damaged file). */
    static String pdfText(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).strip();
            return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        } catch (IOException e) {
            LOG.warn("No text could be read from {}: {}", pdf.getFileName(), e.getMessage());
            return "";
        }
    }
}
