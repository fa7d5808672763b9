package dk.netdesk.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The attachments folder ({@code <data folder>/attachments}), shared by the library's items and the
 * contacts: PDFs and images are copied in under their SHA-256 name ({@code <sha256>.<ext>}, so the
 * same file is stored once whoever attaches it), and the text of PDFs is extracted with PDFBox for
 * the library's search index.
 *
 * <p>A PDF is outside content: PDFBox may fail on a damaged or crafted one in any way (an
 * {@link IOException}, a {@link NullPointerException} or another {@link RuntimeException}, a
 * {@link StackOverflowError}, running out of its memory budget). Every such failure is bad input, not a
 * bug: the file is stored all the same and its text is marked as not readable
 * ({@link StoredFile#textUnreadable()}). See decision 0038.
 *
 * <p>A stored file is deleted only when no attachment row (of a library item or a contact, see
 * {@link AttachmentReferences}) refers to its hash and no undo of this run may bring such a row back
 * ({@link #keepForUndo}): at start ({@link #deleteUnused}) and after an erase ({@link #deleteIfUnused}).
 * Safe to call from any thread.
 */
public final class AttachmentStore {

    /** The most text taken from one PDF; enough for any sheet or course handout. */
    static final int MAX_TEXT = 1_000_000;
    /** The most pages whose text is read from one PDF; the rest is not searchable. */
    static final int MAX_PAGES = 2_000;
    /**
     * The most memory (bytes) PDFBox may use for one PDF's stream buffers while its text is read; more is bad input.
     * Well under the app's heap ceiling (512 MB, decision 0036), so a crafted PDF cannot starve the rest of the app.
     */
    static final long MAX_PDF_MEMORY = 64L * 1024 * 1024;

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
    /** Hashes of files whose rows were removed undoably in this run: kept on disk until the next start. */
    private final Set<String> keptForUndo = ConcurrentHashMap.newKeySet();

    /** @param dataDir the data folder; the files go in its {@code attachments} subfolder (made when needed) */
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
     * its text. A PDF whose text cannot be read (damaged, crafted, too large for the memory budget) is
     * stored all the same, with {@link StoredFile#textUnreadable()} set; this never fails because of
     * what is inside the file. When anything does fail, a file this call copied in is removed again.
     *
     * @param source the file to copy in (a PDF or an image, by its name's extension)
     * @return the stored file: its original name, SHA-256, media type, size in bytes and text ("" for images)
     * @throws IllegalArgumentException for a file that is not a PDF or an image; nothing is written
     * @throws IOException              when the file cannot be read or copied; nothing is left behind
     */
    public StoredFile store(Path source) throws IOException {
        String name = source.getFileName().toString();
        String mediaType = mediaType(name)
                .orElseThrow(() -> new IllegalArgumentException("Not a PDF or image: " + name));
        FileModes.privateFolder(folder);
        Path temp = Files.createTempFile(folder, "incoming", ".part");
        String hash;
        boolean copiedIn = false;
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
                copiedIn = true;
                FileModes.privateFile(target);
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            Files.deleteIfExists(temp);
        }
        Path stored = pathOf(hash, mediaType);
        boolean done = false;
        try {
            PdfText text = "application/pdf".equals(mediaType) ? pdfText(stored) : PdfText.NONE;
            StoredFile file = new StoredFile(name, hash, mediaType, Files.size(stored), text.text(), text.unreadable());
            done = true;
            return file;
        } finally {
            if (!done && copiedIn && !keptForUndo.contains(hash)) {
                Files.deleteIfExists(stored);
            }
        }
    }

    /** The attachments folder. */
    public Path folder() {
        return folder;
    }

    /**
     * Where a stored file lives: {@code <folder>/<sha256>.<ext>}, the extension following the media
     * type ({@code bin} for one Netdesk does not take). The file may be missing (removed by hand).
     */
    public Path pathOf(String sha256, String mediaType) {
        String extension = MEDIA_TYPES.entrySet().stream()
                .filter(e -> e.getValue().equals(mediaType)).map(Map.Entry::getKey).sorted().findFirst().orElse("bin");
        return folder.resolve(sha256 + "." + extension);
    }

    /** Deletes a stored file that no attachment refers to any more. */
    public void deleteFile(String sha256, String mediaType) throws IOException {
        Files.deleteIfExists(pathOf(sha256, mediaType));
    }

    /**
     * Keeps the file with this hash on disk until the app starts again, whatever refers to it: call
     * when an attachment row is removed in a way the user can undo (a removed attachment, a deleted
     * contact or library item), so that an erase in the same run cannot take a file the undo needs.
     */
    public void keepForUndo(String sha256) {
        keptForUndo.add(sha256);
    }

    /**
     * Deletes the stored file when nothing refers to it any more and no undo of this run may need it.
     *
     * @param inUse whether an attachment row refers to a hash ({@link AttachmentReferences#isUsed})
     * @return true when the file was deleted (false: still used, kept for undo, or already gone)
     * @throws IOException when the file cannot be deleted
     */
    public boolean deleteIfUnused(String sha256, String mediaType, Predicate<String> inUse) throws IOException {
        if (keptForUndo.contains(sha256) || inUse.test(sha256)) {
            return false;
        }
        return Files.deleteIfExists(pathOf(sha256, mediaType));
    }

    /**
     * After an attach whose row could not be written (its transaction rolled back): deletes the file
     * {@link #store} copied in, unless a row refers to it or an undo of this run may need it. A failure to
     * delete is added to {@code failure} as suppressed (the file then goes at the next start).
     *
     * @param inUse   whether an attachment row refers to a hash ({@link AttachmentReferences#isUsed})
     * @param failure what made the attach fail, rethrown by the caller
     */
    public void discard(StoredFile file, Predicate<String> inUse, Throwable failure) {
        try {
            deleteIfUnused(file.sha256(), file.mediaType(), inUse);
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Deletes every stored file no attachment row refers to (and no undo of this run may need), and
     * leftovers of copies that were cut off ({@code *.part}). Run at start: files of removed
     * attachments stay while the app runs so that undo can bring them back.
     *
     * @param inUse whether an attachment row refers to a hash ({@link AttachmentReferences#isUsed})
     * @return how many files were deleted
     */
    public int deleteUnused(Predicate<String> inUse) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        Set<Path> unused = new HashSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                int dot = name.indexOf('.');
                String hash = dot < 0 ? name : name.substring(0, dot);
                if (name.endsWith(".part")
                        || (hash.length() == 64 && !keptForUndo.contains(hash) && !inUse.test(hash))) {
                    unused.add(file);
                }
            }
        }
        for (Path file : unused) {
            Files.deleteIfExists(file);
        }
        return unused.size();
    }

    /**
     * The text read from a PDF.
     *
     * @param text       its text (stripped, at most {@link #MAX_TEXT} characters); "" when it has none or cannot be read
     * @param unreadable true when PDFBox could not read it (damaged or crafted file): not the same as a scan without text
     */
    record PdfText(String text, boolean unreadable) {
        static final PdfText NONE = new PdfText("", false);
        static final PdfText UNREADABLE = new PdfText("", true);
    }

    /**
     * The text of a PDF. Never throws for what is in the file: every failure of the parser (an
     * {@link IOException}, any {@link RuntimeException}, a {@link StackOverflowError}, an
     * {@link OutOfMemoryError} from a size the file declares or the {@link #MAX_PDF_MEMORY} budget) gives
     * {@link PdfText#UNREADABLE}. Reads at most {@link #MAX_PAGES} pages.
     */
    static PdfText pdfText(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile(),
                MemoryUsageSetting.setupMainMemoryOnly(MAX_PDF_MEMORY).streamCache)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(MAX_PAGES);
            String text = stripper.getText(document).strip();
            return new PdfText(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text, false);
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // Bad input, not a bug (decision 0038): the file is attached, its text marked as not readable.
            LOG.warn("No text could be read from {}: {}", pdf.getFileName(), e.toString());
            return PdfText.UNREADABLE;
        }
    }
}
