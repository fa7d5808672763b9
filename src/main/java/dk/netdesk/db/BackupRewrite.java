package dk.netdesk.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-writes one backup file with some work done on it: the backup is copied ({@code VACUUM INTO}) into a
 * private working folder in the data folder, brought up to this version's structure, opened as a
 * {@link Database} ({@code secure_delete} on), changed by the work, and written back with
 * {@code VACUUM INTO} (no free pages, so no bytes of deleted rows) through {@link BackupWriter}: under the
 * partial name, checked, then renamed over the backup in one step, so a crash leaves either the old
 * backup or the new one under its name. The backup keeps its name and its last-modified time (which
 * {@link BackupFolder} orders by). The working folder is deleted afterwards, whatever happened.
 */
final class BackupRewrite {

    /** The work done on the opened copy. */
    @FunctionalInterface
    interface Work {
        void apply(Database copy) throws Exception;
    }

    private static final String MIGRATIONS = "classpath:db/migration";
    private static final Logger LOG = LoggerFactory.getLogger(BackupRewrite.class);

    private BackupRewrite() {
    }

    /**
     * @param workFolder where the working folder is made (the data folder: local and private)
     * @throws BackupException {@code DAMAGED} when the backup fails {@code quick_check} or is not Netdesk's,
     *                         {@code FOLDER_NOT_WRITABLE} or {@code FAILED} when it cannot be written back;
     *                         the backup is then unchanged
     */
    static void rewrite(BackupFile backup, Path workFolder, Work work) throws BackupException {
        Path file = backup.path();
        String problem = Backups.quickCheck(file);
        if (problem != null) {
            throw new BackupException(BackupException.Problem.DAMAGED, file + " failed quick_check: " + problem);
        }
        BackupReads.olderThanThisVersion(file);
        Path folder = workFolder.resolve("erase-work-" + UUID.randomUUID());
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            FileModes.privateFolder(folder);
            Path copy = folder.resolve(Database.FILE_NAME);
            try (Connection c = BackupReads.readOnly(file)) {
                BackupReads.vacuumInto(c, copy);
            }
            Flyway.configure().dataSource("jdbc:sqlite:" + copy.toAbsolutePath(), null, null)
                    .locations(MIGRATIONS).group(true).load().migrate();
            try (Database database = Database.open(folder)) {
                work.apply(database);
                BackupWriter.write(file, out -> database.dsl().connection(c -> BackupReads.vacuumInto(c, out)));
            }
            Files.setLastModifiedTime(file, modified);
        } catch (BackupException e) {
            throw e;
        } catch (Exception e) {
            throw new BackupException(BackupException.Problem.FAILED, "Re-writing " + file + " failed: " + e.getMessage(), e);
        } finally {
            deleteFolder(folder);
        }
    }

    private static void deleteFolder(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.warn("Could not delete the working folder {}", folder, e);
        }
    }
}
