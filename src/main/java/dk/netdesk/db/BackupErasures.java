package dk.netdesk.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups taken before an erase or an anonymise still hold the person as they were (decision records 0013,
 * 0014). An erase or an anonymise records a pending entry ({@link #erased}, {@link #anonymised}, in its
 * transaction); {@link #apply} then re-writes each backup that holds such a person (repeating the erase or
 * the anonymise on a copy), or deletes it, as the setting {@value #SETTING} says, and drops
 * an entry once no backup holds its person. The app calls {@link #apply} after each erase and at start-up
 * (for backups that could not be reached before). Call every method on the database thread.
 */
public final class BackupErasures implements ErasedBackups {

    /** The setting: {@link Handling#name()}; absent means {@link Handling#REWRITE}. */
    public static final String SETTING = "backup.afterErase";
    private static final Logger LOG = LoggerFactory.getLogger(BackupErasures.class);

    /** What happens to a backup that holds an erased person. */
    public enum Handling {
        /** Re-write it without the person (the same erase or anonymise, on a copy), under the same name. */
        REWRITE,
        /** Delete it. */
        DELETE;

        /** The handling named {@code text}; {@link #REWRITE} for anything else. */
        public static Handling parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                return REWRITE;
            }
        }
    }

    /**
     * Runs the same erase or anonymise ({@link BackupErasureRepository.Pending#kind}) on a backup's opened
     * copy, for one pending entry whose person the copy holds.
     */
    @FunctionalInterface
    public interface CopyEraser {
        /** @throws Exception when the erase fails; the backup is then left as it was */
        void erase(Database copy, BackupErasureRepository.Pending entry) throws Exception;
    }

    /**
     * What {@link #apply} did.
     *
     * @param rewritten   backups re-written without the erased people
     * @param deleted     backups deleted
     * @param failed      backups that hold (or may hold) an erased person and could not be re-written or
     *                    deleted (damaged, or a folder that cannot be written); they stay marked
     * @param newlyFailed those of {@code failed} not reported before in this run, to be told to the user once
     * @param pending     erasures still pending afterwards (also when the backup folder could not be reached)
     */
    public record Outcome(int rewritten, int deleted, List<BackupFile> failed, List<BackupFile> newlyFailed, int pending) {

        /** Nothing was pending. */
        public static final Outcome NONE = new Outcome(0, 0, List.of(), List.of(), 0);
    }

    private final Database database;
    private final Backups backups;
    private final BackupErasureRepository repository;
    private final Settings settings;
    private final CopyEraser eraser;
    private final Set<Path> reported = new HashSet<>();
    private long handledUpTo = -1;

    /** @param eraser the erase run on each backup's copy (built by the composition root) */
    public BackupErasures(Database database, Backups backups, BackupErasureRepository repository, Settings settings,
                          CopyEraser eraser) {
        this.database = database;
        this.backups = backups;
        this.repository = repository;
        this.settings = settings;
        this.eraser = eraser;
    }

    /** The chosen handling ({@link Handling#REWRITE} when none was chosen). */
    public Handling handling() {
        return Handling.parse(settings.get(SETTING, Handling.REWRITE.name()));
    }

    /** Stores the handling; it applies from the next {@link #apply}. */
    public void setHandling(Handling handling) {
        settings.put(SETTING, handling.name());
    }

    @Override
    public void erased(long contactId, Instant erasedAt, String reference, Set<Long> keptEvents) {
        repository.add(contactId, erasedAt, reference, keptEvents);
    }

    @Override
    public void anonymised(long contactId, Instant anonymisedAt, String label) {
        repository.addAnonymise(contactId, anonymisedAt, label);
    }

    @Override
    public int holding(long contactId) {
        int count = 0;
        try {
            for (BackupFile file : backups.files()) {
                if (Backups.quickCheck(file.path()) == null && held(file, Set.of(contactId)).contains(contactId)) {
                    count++;
                }
            }
        } catch (IOException | SQLException e) {
            LOG.warn("Cannot count the backups that hold contact {}", contactId, e);
        }
        return count;
    }

    /** The erasures whose backups are not all clean yet, oldest first. */
    public List<BackupErasureRepository.Pending> pending() {
        return repository.pending();
    }

    /** True when an erasure was recorded since the last {@link #apply} of this run (or none ran yet): one to apply now. */
    public boolean hasNew() {
        return repository.pending().stream().anyMatch(p -> p.id() > handledUpTo);
    }

    /**
     * Re-writes or deletes (as {@link #handling()} says) every backup in the backup folder that holds a
     * pending erasure's person, and removes the entries no backup holds any more. A backup that cannot be
     * read while an erasure after its time is pending may hold the person: with {@code DELETE} it is
     * deleted, with {@code REWRITE} it cannot be re-written and is reported. When the chosen backup folder
     * cannot be reached (a drive that is not attached), nothing is done and every entry stays. The WAL is
     * checkpointed (truncated) afterwards, as after the erase.
     */
    public Outcome apply() {
        List<BackupErasureRepository.Pending> pending = repository.pending();
        if (pending.isEmpty()) {
            return Outcome.NONE;
        }
        handledUpTo = Math.max(handledUpTo, pending.get(pending.size() - 1).id());
        Path folder = backups.folder();
        if (!Files.isDirectory(folder)) {
            if (folder.equals(Backups.defaultFolder(database.dataDir()))) {
                // No backup was ever taken: nothing can hold them.
                pending.forEach(p -> repository.remove(p.id()));
                database.checkpointTruncate();
                return Outcome.NONE;
            }
            LOG.warn("The backup folder {} cannot be reached; {} erasure(s) stay pending", folder, pending.size());
            return new Outcome(0, 0, List.of(), List.of(), pending.size());
        }
        List<BackupFile> files;
        try {
            files = backups.files();
        } catch (IOException e) {
            LOG.warn("Cannot list the backups in {}; {} erasure(s) stay pending", folder, pending.size(), e);
            return new Outcome(0, 0, List.of(), List.of(), pending.size());
        }
        Handling handling = handling();
        int rewritten = 0;
        int deleted = 0;
        List<BackupFile> failed = new ArrayList<>();
        Set<Long> stillHeld = new HashSet<>();
        for (BackupFile file : files) {
            List<BackupErasureRepository.Pending> holds = holds(file, pending);
            if (holds.isEmpty()) {
                continue;
            }
            try {
                if (handling == Handling.DELETE) {
                    Files.delete(file.path());
                    deleted++;
                    LOG.info("Deleted the backup {}, which held {} erased person(s)", file.path().getFileName(), holds.size());
                } else {
                    BackupRewrite.rewrite(file, database.dataDir(), copy -> {
                        for (BackupErasureRepository.Pending entry : holds) {
                            eraser.erase(copy, entry);
                        }
                    });
                    rewritten++;
                    LOG.info("Re-wrote the backup {} without {} erased person(s)", file.path().getFileName(), holds.size());
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("The backup {} still holds {} erased person(s): {}", file.path(), holds.size(), e.toString());
                failed.add(file);
                holds.forEach(p -> stillHeld.add(p.id()));
            }
        }
        int left = 0;
        for (BackupErasureRepository.Pending entry : pending) {
            if (stillHeld.contains(entry.id())) {
                left++;
            } else {
                repository.remove(entry.id());
            }
        }
        // As after the erase itself: the WAL is left empty.
        database.checkpointTruncate();
        List<BackupFile> newlyFailed = failed.stream().filter(f -> reported.add(f.path())).toList();
        return new Outcome(rewritten, deleted, List.copyOf(failed), newlyFailed, left);
    }

    /**
     * The pending entries whose person {@code file} holds as they were ({@link BackupReads#holdersIn}), or,
     * when it cannot be read, those erased or anonymised after it was taken.
     */
    private static List<BackupErasureRepository.Pending> holds(BackupFile file, List<BackupErasureRepository.Pending> pending) {
        if (Backups.quickCheck(file.path()) == null) {
            try (Connection c = BackupReads.readOnly(file.path())) {
                return BackupReads.holdersIn(c, pending);
            } catch (SQLException e) {
                LOG.warn("Cannot read the backup {}: {}", file.path(), e.getMessage());
            }
        }
        return BackupReads.erasedAfter(file, pending);
    }

    private static Set<Long> held(BackupFile file, Set<Long> ids) throws SQLException {
        try (Connection c = BackupReads.readOnly(file.path())) {
            return BackupReads.contactsIn(c, ids);
        }
    }
}
