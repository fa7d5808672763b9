package dk.netdesk.library;

import dk.netdesk.db.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
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
    private final Settings settings;
    private final StarterLibrary starter;

    public LibraryService(LibraryRepository repository, AttachmentStore store, Settings settings,
                          StarterLibrary starter) {
        this.repository = repository;
        this.store = store;
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

    /** Copies a PDF or image in and attaches it; the PDF's text becomes searchable. */
    public Attachment attach(long itemId, Path file) throws IOException {
        StoredFile stored = store.store(file);
        return repository.addAttachment(itemId, stored);
    }

    /** Where an attachment's file is, to open it. */
    public Path fileOf(Attachment attachment) {
        return store.pathOf(attachment);
    }

    /**
     * Deletes stored files that no attachment refers to any more. Run at start: files of
     * removed attachments are kept while the app runs so that undo can bring them back.
     */
    public int deleteUnusedFiles() throws IOException {
        Path attachmentsFolder = store.folder();
        if (!Files.isDirectory(attachmentsFolder)) {
            return 0;
        }
        Set<Path> unused = new HashSet<>();
        try (Stream<Path> files = Files.list(attachmentsFolder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                int dot = name.indexOf('.');
                String hash = dot < 0 ? name : name.substring(0, dot);
                if (name.endsWith(".part") || (hash.length() == 64 && !repository.isFileUsed(hash))) {
                    unused.add(file);
                }
            }
        }
        for (Path file : unused) {
            Files.deleteIfExists(file);
        }
        return unused.size();
    }
}
