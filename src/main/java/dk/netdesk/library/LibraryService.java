package dk.netdesk.library;

import dk.netdesk.db.AttachmentReferences;
import dk.netdesk.db.AttachmentStore;
import dk.netdesk.db.Settings;
import dk.netdesk.db.StoredFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Library work that spans the repository and the attachments folder or the settings:
 * attaching files, tidying files nothing refers to, and the first-run starter library.
 */
public final class LibraryService {

    /** Set once the starter library was imported, so deleted starter items stay deleted. */
    public static final String STARTER_LOADED = "library.starterLoaded";

    private static final Logger LOG = LoggerFactory.getLogger(LibraryService.class);

    private final LibraryRepository repository;
    private final AttachmentStore store;
    private final AttachmentReferences references;
    private final Settings settings;
    private final StarterLibrary starter;

    /**
     * @param store      the attachments folder, shared with the contacts
     * @param references which stored files any attachment row (library or contact) still refers to
     */
    public LibraryService(LibraryRepository repository, AttachmentStore store, AttachmentReferences references,
                          Settings settings, StarterLibrary starter) {
        this.repository = repository;
        this.store = store;
        this.references = references;
        this.settings = settings;
        this.starter = starter;
    }

    /**
     * Imports the starter library, in one transaction, the first time only. Returns how
     * many items were imported (0 when it was done before).
     */
    public int loadStarterIfFirstRun() {
        if (Boolean.parseBoolean(settings.get(STARTER_LOADED, "false"))) {
            return 0;
        }
        List<LibraryItemDraft> items = starter.items();
        int count = repository.createAll(items);
        settings.put(STARTER_LOADED, "true");
        LOG.info("Imported {} starter library items", count);
        return count;
    }

    /**
     * Copies a PDF or image in and attaches it; the PDF's text becomes searchable. A PDF whose text
     * cannot be read (damaged, crafted) is attached all the same, marked {@link Attachment#textUnreadable()}.
     * When the row cannot be written (the item was deleted meanwhile), its transaction is rolled back and
     * the file this call copied in is removed again, unless another row or an undo of this run uses it.
     *
     * @throws IllegalArgumentException when the file is not a PDF or an image; nothing is written
     * @throws IOException              when the file cannot be read or copied; nothing is left behind
     */
    public Attachment attach(long itemId, Path file) throws IOException {
        StoredFile stored = store.store(file);
        try {
            return repository.addAttachment(itemId, stored);
        } catch (RuntimeException | Error failure) {
            store.discard(stored, references::isUsed, failure);
            throw failure;
        }
    }

    /** Where an attachment's file is, to open it. */
    public Path fileOf(Attachment attachment) {
        return store.pathOf(attachment.sha256(), attachment.mediaType());
    }

    /** Keeps a stored file on disk until the next start: a removed row that undo may bring back refers to it. */
    public void keepForUndo(String sha256) {
        store.keepForUndo(sha256);
    }

    /**
     * Deletes stored files that no attachment row refers to any more, a library item's or a contact's
     * ({@link AttachmentStore#deleteUnused}). Run at start: files of removed attachments are kept while
     * the app runs so that undo can bring them back. Returns how many files were deleted.
     */
    public int deleteUnusedFiles() throws IOException {
        return store.deleteUnused(references::isUsed);
    }
}
