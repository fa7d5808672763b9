package dk.netdesk.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replacing a damaged {@code netdesk.db} with a backup while no {@link Database} is open, as at start
 * when {@link Database#open} refused the file ({@link DatabaseDamagedException}). The damaged file and
 * its {@code -wal} and {@code -shm} are moved aside as {@code netdesk.db.damaged-<UTC time>} (with the
 * same suffixes), never deleted and never written to; the backup is copied into place 0600. Nothing
 * here takes the data folder's lock: the caller holds it.
 */
public final class DamagedFileRestore {

    private static final Logger LOG = LoggerFactory.getLogger(DamagedFileRestore.class);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", java.util.Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String[] SUFFIXES = {"", "-wal", "-shm"};

    private DamagedFileRestore() {
    }

    /**
     * Where a damaged database in {@code dataDir} is kept: {@code netdesk.db.damaged-<now in UTC, to the
     * second>}, for example {@code netdesk.db.damaged-20261130T221500Z}; a second later for each such
     * name that is taken already (by the file or its {@code -wal}), so no kept file is ever replaced.
     */
    public static Path keptFile(Path dataDir, Instant now) {
        Instant at = now;
        while (true) {
            Path kept = dataDir.resolve(Database.FILE_NAME + ".damaged-" + TIME.format(at));
            if (!Files.exists(kept) && !Files.exists(Path.of(kept + "-wal"))) {
                return kept;
            }
            at = at.plusSeconds(1);
        }
    }

    /**
     * The newest good backup (see {@link BackupFolder}) for the database in {@code dataDir}, looked for
     * in {@code backups/} beside it and in the folder the user chose ({@link BackupFolderPointer}); of
     * the two, the one modified last. Reads each candidate read-only with {@code quick_check}, so it
     * may take some hundred milliseconds; call off the JavaFX thread. A folder that cannot be read is
     * skipped (logged).
     *
     * @return the backup, or empty when neither folder holds a good one
     */
    public static Optional<Path> newestGoodBackup(Path dataDir) {
        Set<Path> folders = new LinkedHashSet<>();
        folders.add(Backups.defaultFolder(dataDir).toAbsolutePath().normalize());
        BackupFolderPointer.read(dataDir).ifPresent(folder -> folders.add(folder.normalize()));
        Path newest = null;
        for (Path folder : folders) {
            try {
                Optional<Path> good = new BackupFolder(folder).newestGood();
                if (good.isPresent() && (newest == null || modified(good.get()).compareTo(modified(newest)) > 0)) {
                    newest = good.get();
                }
            } catch (IOException e) {
                LOG.warn("Cannot look for backups in {}", folder, e);
            }
        }
        return Optional.ofNullable(newest);
    }

    /**
     * When {@code backup} was taken, as the restore list shows it: the time in its name
     * ({@link BackupFile#parse}), or, for a file not named as Netdesk names backups, its modification time.
     */
    public static Instant backupTime(Path backup) throws IOException {
        Optional<BackupFile> named = BackupFile.parse(backup, 0);
        return named.isPresent() ? named.get().takenAt() : Files.getLastModifiedTime(backup).toInstant();
    }

    /**
     * Puts {@code backup} in place of the damaged {@code netdesk.db} in {@code dataDir}. Order: the
     * backup is checked ({@code quick_check}) and copied to a new 0600 file in the data folder (synced
     * to disk); only then is the damaged file, with its {@code -wal} and {@code -shm}, moved to
     * {@link #keptFile} (same suffixes), and the copy moved to {@code netdesk.db}. The result is a
     * plain file: {@link Database#open} migrates an older backup as usual. Call with the data folder
     * locked and no database open on it.
     *
     * @param now the time in the kept file's name
     * @return where the damaged file was kept, or null when there was no {@code netdesk.db} to keep
     * @throws IOException the backup is damaged or unreadable, or a file could not be copied or moved;
     *                     then every file is back where it was (the damaged one still as {@code netdesk.db})
     *                     and the copy is removed
     */
    public static Path restore(Path dataDir, Path backup, Instant now) throws IOException {
        String problem = Backups.quickCheck(backup);
        if (problem != null) {
            throw new IOException("The backup " + backup + " cannot be used: " + problem);
        }
        Path file = dataDir.resolve(Database.FILE_NAME);
        Path copy = dataDir.resolve(Database.FILE_NAME + ".restoring");
        Files.deleteIfExists(copy);
        Files.createFile(copy, FileModes.privateFileAttribute(copy));
        try {
            try (InputStream in = Files.newInputStream(backup);
                 FileChannel out = FileChannel.open(copy, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                in.transferTo(Channels.newOutputStream(out));
                out.force(true);
            }
            FileModes.privateFile(copy);
        } catch (IOException e) {
            Files.deleteIfExists(copy);
            throw new IOException("Cannot copy the backup " + backup + " into " + dataDir + ": " + e.getMessage(), e);
        }
        Path kept = Files.exists(file) ? keptFile(dataDir, now) : null;
        List<Path[]> moved = new ArrayList<>();
        try {
            if (kept != null) {
                for (String suffix : SUFFIXES) {
                    Path from = dataDir.resolve(Database.FILE_NAME + suffix);
                    if (Files.exists(from)) {
                        Path to = Path.of(kept + suffix);
                        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
                        moved.add(new Path[] {from, to});
                        FileModes.privateFile(to);
                    }
                }
            }
            Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            for (int i = moved.size() - 1; i >= 0; i--) {
                Path[] pair = moved.get(i);
                try {
                    Files.move(pair[1], pair[0], StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException back) {
                    LOG.error("Could not move {} back to {}", pair[1], pair[0], back);
                }
            }
            Files.deleteIfExists(copy);
            throw new IOException("Cannot put the backup " + backup + " in place of " + file + ": " + e.getMessage(), e);
        }
        LOG.info("Restored {} from {} at start; the damaged file is kept as {}", file, backup, kept);
        return kept;
    }

    private static FileTime modified(Path file) throws IOException {
        return Files.getLastModifiedTime(file);
    }
}
