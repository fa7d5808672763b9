package dk.netdesk.db;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConnection;

/**
 * Backups of the live database, and restoring one.
 *
 * <p>A backup is written with SQLite's {@code VACUUM INTO}, which reads one consistent snapshot of the
 * database through the live connection (never a copy of the file, which can catch a half-written
 * page or miss the write-ahead log). Each backup is written under a partial name, opened read-only and
 * checked with {@code PRAGMA quick_check}, and only then renamed to its own name in one step
 * ({@link BackupWriter}), so a run killed while backing up never leaves a broken file with a backup's
 * name; one that fails the check is deleted and reported. Files are named
 * {@code netdesk-<UTC time>[-<reason>].db} (see {@link BackupFile}) and kept in {@code backups/} beside
 * {@code netdesk.db}, or in the folder the user chose (setting {@value #FOLDER_SETTING}). After every
 * backup, {@link BackupRotation} decides which files stay.
 *
 * <p>Restore copies a backup into the live connection with SQLite's online backup API, in one step:
 * the current database is backed up first (so a restore can be undone by restoring that), the backup
 * folder setting is kept as it is now, and every {@link Changes.Topic} is published afterwards so every
 * screen reloads.
 *
 * <p>Every method that uses the database runs on the database thread (through {@code ui/Background}).
 */
public final class Backups implements BackupCatalog {

    /** The setting that holds the chosen backup folder (an absolute path); absent means {@code backups/}. */
    public static final String FOLDER_SETTING = "backup.folder";
    /** The default backup folder's name, beside {@code netdesk.db}. */
    public static final String FOLDER_NAME = "backups";
    /** The same migrations {@link Database} runs; used to bring a restored older backup up to date. */
    private static final String MIGRATIONS = "classpath:db/migration";
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    private final Database database;
    private final Settings settings;
    private final Changes changes;
    private final Clock clock;

    /** @param clock gives backup times (named in UTC) and, through its zone, the user's days for rotation */
    public Backups(Database database, Settings settings, Changes changes, Clock clock) {
        this.database = database;
        this.settings = settings;
        this.changes = changes;
        this.clock = clock;
    }

    /** {@code backups/} beside {@code netdesk.db} in {@code dataDir}. */
    public static Path defaultFolder(Path dataDir) {
        return dataDir.resolve(FOLDER_NAME);
    }

    /**
     * The folder backups go to: the one the user chose, else {@link #defaultFolder}. Reads the settings;
     * when they cannot be read (a damaged file), the choice noted beside the database
     * ({@link BackupFolderPointer}) is used.
     */
    public Path folder() {
        Optional<String> chosen;
        try {
            chosen = settings.get(FOLDER_SETTING);
        } catch (RuntimeException e) {
            LOG.warn("Cannot read the backup folder setting; using the one noted beside the database", e);
            return BackupFolderPointer.read(database.dataDir()).orElse(defaultFolder(database.dataDir()));
        }
        return chosen.filter(text -> !text.isBlank()).map(Path::of).orElse(defaultFolder(database.dataDir()));
    }

    /** The backup folder setting as stored ("" when none), or null when the settings cannot be read. */
    private String folderSetting() {
        try {
            return settings.get(FOLDER_SETTING, "");
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Whether the current data file was found damaged and nothing is written to it ({@link Database#writesStopped()}). */
    public boolean currentDamaged() {
        return database.writesStopped();
    }

    /**
     * Makes {@code folder} (made absolute) the backup folder from now on, after checking that a file
     * can be written there. Backups already taken stay where they are. The choice is also written to
     * {@link BackupFolderPointer} beside the database, so that it is found when the database cannot be
     * read; when that file cannot be written, the choice still holds (logged).
     *
     * @throws BackupException {@code FOLDER_NOT_WRITABLE} when it cannot be made or written to; nothing is changed
     */
    public void setFolder(Path folder) throws BackupException {
        Path absolute = folder.toAbsolutePath().normalize();
        requireWritable(absolute);
        settings.put(FOLDER_SETTING, absolute.toString());
        pointTo(absolute);
    }

    /** Writes {@code folder} to {@link BackupFolderPointer} when it says something else; a failure is only logged. */
    private void pointTo(Path folder) {
        try {
            BackupFolderPointer.write(database.dataDir(), folder);
        } catch (IOException e) {
            LOG.warn("Could not note the backup folder {} beside the database", folder, e);
        }
    }

    /**
     * Backs up the live database now, checks the copy, and applies the rotation to the folder.
     *
     * @return the new backup
     * @throws BackupException the folder cannot be written ({@code FOLDER_NOT_WRITABLE}), writing failed
     *                         ({@code FAILED}, e.g. disk full) or the copy failed its check ({@code DAMAGED});
     *                         no file is left behind
     */
    public BackupFile backUp(BackupFile.Reason reason) throws BackupException {
        BackupFile file = backUpWithoutRotation(reason);
        prune();
        return file;
    }

    private BackupFile backUpWithoutRotation(BackupFile.Reason reason) throws BackupException {
        Path folder = folder();
        requireWritable(folder);
        Instant at = freeTime(folder, clock.instant());
        Path target = folder.resolve(BackupFile.fileName(at, reason));
        long size = BackupWriter.write(target, out -> database.dsl().connection(c -> BackupReads.vacuumInto(c, out)));
        LOG.info("Backed up {} to {} ({} bytes)", database.file(), target, size);
        if (!folder.equals(defaultFolder(database.dataDir()))) {
            // A folder chosen before the pointer file existed is noted at its first backup.
            pointTo(folder);
        }
        return new BackupFile(target, at, reason, size);
    }

    /** The newest backup in the backup folder that SQLite opens and {@code quick_check} calls sound. */
    @Override
    public Optional<Path> newestGood() throws IOException {
        return new BackupFolder(folder()).newestGood();
    }

    /** The backups in the backup folder, newest first; empty when the folder does not exist yet. */
    public List<BackupFile> files() throws IOException {
        return files(folder());
    }

    /**
     * Every backup in the backup folder, newest first, with what it holds (each file opened
     * read-only and checked with {@code quick_check}, so this takes a few milliseconds per backup: call
     * on the database thread). A damaged file is listed as {@link BackupSummary.Condition#DAMAGED}, one
     * without Netdesk's tables as {@code UNREADABLE}. Each is marked with the erased people it still holds
     * ({@link BackupSummary#erasedPeople()}, from the pending {@link BackupErasures}).
     */
    public List<BackupSummary> list() throws IOException {
        List<BackupErasureRepository.Pending> erased = pendingErasures();
        List<BackupSummary> summaries = new ArrayList<>();
        for (BackupFile file : files()) {
            summaries.add(BackupReads.summary(file, erased));
        }
        return summaries;
    }

    /** The pending backup erasures (decision record 0013); none when they cannot be read (a damaged data file). */
    private List<BackupErasureRepository.Pending> pendingErasures() {
        try {
            return new BackupErasureRepository(database).pending();
        } catch (RuntimeException e) {
            LOG.warn("Cannot read the pending backup erasures; the backups are listed without marks", e);
            return List.of();
        }
    }

    /**
     * Deletes the backups in the folder that {@link BackupRotation} does not keep, and partial files
     * that a run killed while backing up left there over an hour ago (see {@link BackupWriter}).
     */
    public void prune() throws BackupException {
        try {
            BackupWriter.removeLeftovers(folder(), clock.instant());
            List<BackupFile> files = files();
            ZoneId zone = clock.getZone();
            Set<Instant> keep = BackupRotation.keep(files.stream().map(BackupFile::takenAt).toList(), zone);
            for (BackupFile file : files) {
                if (!keep.contains(file.takenAt())) {
                    Files.deleteIfExists(file.path());
                    LOG.info("Rotation removed backup {}", file.path().getFileName());
                }
            }
        } catch (IOException e) {
            throw new BackupException(BackupException.Problem.FAILED, "Rotating the backups failed: " + e.getMessage(), e);
        }
    }

    /**
     * Replaces the live database with the backup {@code backup}. It is checked first: a backup that
     * fails {@code quick_check}, is not a Netdesk database or comes from a newer Netdesk is refused,
     * and nothing changes. An older backup is brought up to this version's structure on a temporary
     * copy. What is replaced is kept: sound data is backed up first ({@link BackupFile.Reason#BEFORE_RESTORE});
     * a damaged data file (writes stopped, or found damaged by that backup's read) is not read through
     * SQLite but kept aside unchanged as {@code netdesk.db.damaged-<time>} ({@link Database#restoreDamaged}).
     * The backup is then loaded into the open connection in one step, and every topic is published.
     *
     * @return the backup of the data as it was before (which undoes this restore), or where the damaged file is kept
     * @throws BackupException {@code DAMAGED}, {@code NOT_NETDESK}, {@code TOO_NEW}, or as {@link #backUp};
     *                         the cause tells the {@link StorageFailure} (disk full, read-only, …)
     */
    public Restored restore(Path backup) throws BackupException {
        String problem = quickCheck(backup);
        if (problem != null) {
            throw new BackupException(BackupException.Problem.DAMAGED, backup + " failed quick_check: " + problem);
        }
        boolean older = BackupReads.olderThanThisVersion(backup);
        Path temporary = null;
        try {
            Path source = backup;
            if (older) {
                temporary = database.dataDir().resolve("restore-" + BackupFile.fileName(clock.instant(),
                        BackupFile.Reason.AUTOMATIC));
                Path copy = temporary;
                BackupWriter.write(copy, out -> {
                    try (Connection c = BackupReads.readOnly(backup)) {
                        BackupReads.vacuumInto(c, out);
                    }
                });
                Flyway.configure().dataSource("jdbc:sqlite:" + copy.toAbsolutePath(), null, null)
                        .locations(MIGRATIONS).group(true).load().migrate();
                source = copy;
            }
            // The backup folder stays the one in use now, so the backup just taken is where the user looks.
            String folderNow = folderSetting();
            Restored restored = database.writesStopped() ? null : backUpAndRestore(source);
            if (restored == null) {
                restored = Restored.damagedKept(database.restoreDamaged(source, clock.instant()));
            }
            if (folderNow != null && !folderNow.equals(folderSetting())) {
                settings.put(FOLDER_SETTING, folderNow);
            }
            LOG.info("Restored {} from {}; before: {}", database.file(), backup, restored);
            prune();
            for (Changes.Topic topic : Changes.Topic.values()) {
                changes.publish(topic);
            }
            return restored;
        } catch (BackupException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new BackupException(BackupException.Problem.FAILED, "Restoring " + backup + " failed: " + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                BackupWriter.deleteWithJournal(temporary);
            }
        }
    }

    /**
     * Backs up the live database and loads {@code source} into it; returns null, having stopped
     * writes, when that backup finds the live file damaged (the caller then keeps it aside).
     */
    private Restored backUpAndRestore(Path source) throws BackupException {
        BackupFile before;
        try {
            // Not rotated yet: the rotation could otherwise remove the very backup being restored.
            before = backUpWithoutRotation(BackupFile.Reason.BEFORE_RESTORE);
        } catch (BackupException e) {
            // SQLite could not read the live file, or its copy failed quick_check: the file is damaged.
            if (e.problem() != BackupException.Problem.DAMAGED && StorageFailure.of(e) != StorageFailure.DAMAGED) {
                throw e;
            }
            LOG.error("The current database {} is damaged; keeping it aside instead of backing it up", database.file(), e);
            database.stopWriting();
            return null;
        }
        database.dsl().connection(c -> {
            int code = c.unwrap(SQLiteConnection.class).getDatabase()
                    .restore("main", source.toAbsolutePath().toString(), null);
            if (code != 0) {
                throw new SQLException("SQLite backup API returned code " + code);
            }
        });
        return Restored.backedUpFirst(before);
    }

    /**
     * The backup taken before a migration changes {@code databaseFile}, called by {@link Database#open}
     * before Flyway runs. It is read through a read-only connection, goes to the chosen backup folder
     * (read from the file's settings) or, when that cannot be written, to {@code backups/} beside it,
     * and is named after the time the database was last written (there is no clock this early).
     * Nothing happens for a missing or empty file.
     *
     * @return the backup, or empty when there was nothing to back up
     * @throws BackupException when no checked backup could be written: the caller must not migrate
     */
    public static Optional<BackupFile> beforeMigration(Path databaseFile) throws BackupException {
        try {
            if (!Files.isRegularFile(databaseFile) || Files.size(databaseFile) == 0) {
                return Optional.empty();
            }
            Path folder = BackupReads.chosenFolder(databaseFile).orElse(defaultFolder(databaseFile.getParent()));
            try {
                requireWritable(folder);
            } catch (BackupException e) {
                LOG.warn("The chosen backup folder {} cannot be written; backing up beside the database", folder);
                folder = defaultFolder(databaseFile.getParent());
                requireWritable(folder);
            }
            Instant at = freeTime(folder, lastWritten(databaseFile));
            Path target = folder.resolve(BackupFile.fileName(at, BackupFile.Reason.BEFORE_UPDATE));
            long size = BackupWriter.write(target, out -> {
                try (Connection c = BackupReads.readOnly(databaseFile)) {
                    BackupReads.vacuumInto(c, out);
                }
            });
            LOG.info("Backed up {} to {} before migrating it", databaseFile, target);
            return Optional.of(new BackupFile(target, at, BackupFile.Reason.BEFORE_UPDATE, size));
        } catch (BackupException e) {
            throw e;
        } catch (IOException e) {
            throw new BackupException(BackupException.Problem.FAILED, "Backing up before migrating failed: " + e, e);
        }
    }

    /**
     * Runs {@code PRAGMA quick_check} on {@code file}, opened read-only.
     *
     * @return null when the file is a sound SQLite database, else what is wrong (the check's first
     *         line, or why it could not be opened)
     */
    public static String quickCheck(Path file) {
        if (!Files.isRegularFile(file)) {
            return "no such file";
        }
        try (Connection c = BackupReads.readOnly(file); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("PRAGMA quick_check")) {
            String first = rows.next() ? rows.getString(1) : "no result";
            return "ok".equals(first) ? null : first;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    // ---- helpers --------------------------------------------------------------------------

    /** Makes {@code folder} if needed (owner-only on POSIX) and proves a file can be written in it. */
    private static void requireWritable(Path folder) throws BackupException {
        try {
            if (!Files.isDirectory(folder)) {
                try {
                    Files.createDirectories(folder,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } catch (UnsupportedOperationException notPosix) {
                    Files.createDirectories(folder);
                }
            }
            Path probe = Files.createTempFile(folder, ".netdesk-write-test", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new BackupException(BackupException.Problem.FOLDER_NOT_WRITABLE,
                    "Cannot write to the backup folder " + folder + ": " + e, e);
        }
    }

    /** {@code wanted} cut to the second, moved on a second at a time while a backup in {@code folder} has that time. */
    private static Instant freeTime(Path folder, Instant wanted) throws BackupException {
        try {
            Set<Instant> taken = new java.util.HashSet<>(files(folder).stream().map(BackupFile::takenAt).toList());
            Instant at = wanted.truncatedTo(ChronoUnit.SECONDS);
            while (taken.contains(at)) {
                at = at.plusSeconds(1);
            }
            return at;
        } catch (IOException e) {
            throw new BackupException(BackupException.Problem.FOLDER_NOT_WRITABLE, "Cannot list " + folder, e);
        }
    }

    private static List<BackupFile> files(Path folder) throws IOException {
        List<BackupFile> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "netdesk-*.db")) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry)) {
                    BackupFile.parse(entry, Files.size(entry)).ifPresent(files::add);
                }
            }
        }
        files.sort(Comparator.comparing(BackupFile::takenAt).reversed());
        return files;
    }

    /** When the database was last written: the later of the file's and its write-ahead log's times. */
    private static Instant lastWritten(Path databaseFile) throws IOException {
        FileTime time = Files.getLastModifiedTime(databaseFile);
        Path wal = databaseFile.resolveSibling(databaseFile.getFileName() + "-wal");
        if (Files.exists(wal) && Files.getLastModifiedTime(wal).compareTo(time) > 0) {
            time = Files.getLastModifiedTime(wal);
        }
        return time.toInstant();
    }
}
