package dk.netdesk.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one backup file so that a finished backup's name never holds anything but a checked database.
 *
 * <p>The backup is written under a partial name ({@code <name>.partial}, which {@link BackupFile#parse}
 * and {@link BackupFolder} do not take for a backup), checked with {@code PRAGMA quick_check}, forced to
 * the disk, and only then renamed to its own name in one atomic step. A process killed while writing
 * (or a power cut) leaves at most a partial file, never a broken file with a backup's name.
 * {@link #removeLeftovers} deletes partial files that such a run left behind.
 */
final class BackupWriter {

    /** Ends the name of a backup still being written. */
    static final String PARTIAL = ".partial";
    /** A partial file older than this is left from a run that died: a backup takes seconds. */
    static final Duration LEFTOVER_AGE = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(BackupWriter.class);

    /** Writes the backup into the empty file it is given (through SQLite, e.g. {@code VACUUM INTO}). */
    @FunctionalInterface
    interface Content {
        void write(Path target) throws SQLException, IOException;
    }

    private BackupWriter() {
    }

    /**
     * Writes a backup to {@code target} through its partial name (created empty first, owner-only on
     * POSIX), checks it, forces it to the disk and renames it to {@code target}.
     *
     * @return the size of the finished backup in bytes
     * @throws BackupException {@code FOLDER_NOT_WRITABLE} when the partial file cannot be created,
     *                         {@code FAILED} when writing, syncing or renaming fails, {@code DAMAGED} when the
     *                         copy fails its check; in each case neither the partial file nor {@code target} is left
     */
    static long write(Path target, Content content) throws BackupException {
        Path partial = target.resolveSibling(target.getFileName() + PARTIAL);
        // One of the same name can only be left from a run that died while writing this very name.
        deleteWithJournal(partial);
        try {
            createPrivateFile(partial);
        } catch (IOException e) {
            throw new BackupException(BackupException.Problem.FOLDER_NOT_WRITABLE, "Cannot create " + partial + ": " + e, e);
        }
        try {
            content.write(partial);
        } catch (SQLException | IOException | RuntimeException e) {
            deleteWithJournal(partial);
            throw new BackupException(BackupException.Problem.FAILED, "Writing " + target + " failed: " + e.getMessage(), e);
        }
        String problem = Backups.quickCheck(partial);
        if (problem != null) {
            deleteWithJournal(partial);
            LOG.error("The backup {} failed quick_check ({}) and was deleted", target, problem);
            throw new BackupException(BackupException.Problem.DAMAGED, target + " failed quick_check: " + problem);
        }
        try {
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            syncFolder(target.getParent());
            return Files.size(target);
        } catch (IOException e) {
            deleteWithJournal(partial);
            throw new BackupException(BackupException.Problem.FAILED, "Finishing " + target + " failed: " + e, e);
        }
    }

    /**
     * Deletes the partial files in {@code folder} (and their {@code -journal}) last changed more than
     * {@link #LEFTOVER_AGE} before {@code now}: backups that a killed run never finished. Newer ones may still be in progress
     * (another Netdesk on a shared folder) and stay. Nothing else in the folder is touched.
     */
    static void removeLeftovers(Path folder, Instant now) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "netdesk-*.db" + PARTIAL + "*")) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry)
                        && Files.getLastModifiedTime(entry).toInstant().isBefore(now.minus(LEFTOVER_AGE))) {
                    deleteWithJournal(entry);
                    LOG.info("Removed {}, a backup left unfinished", entry.getFileName());
                }
            }
        }
    }

    /** Deletes {@code file} and any {@code -wal}, {@code -shm} or {@code -journal} beside it; failures are logged. */
    static void deleteWithJournal(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException e) {
                LOG.warn("Could not delete {}{}", file, suffix, e);
            }
        }
    }

    private static void createPrivateFile(Path target) throws IOException {
        try {
            Files.createFile(target, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(target);
        }
    }

    /** Makes the rename itself durable; a file system that cannot sync a folder (Windows) is left as it is. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("Cannot sync the folder {}: {}", folder, e.toString());
        }
    }
}
