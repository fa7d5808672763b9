package dk.netdesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restoring at start, with no database open: the damaged file and its -wal are moved aside intact,
 * the backup is put in place 0600 and opens with its rows; a bad backup changes nothing; the newest
 * good backup is found in backups/ and in the chosen folder named beside the database.
 */
class DamagedFileRestoreTest {

    static final Instant NOW = Instant.parse("2026-11-30T22:15:00Z");

    @TempDir
    Path dir;

    /** A database of {@code contacts} contacts backed up to {@code backup}, then its first page overwritten. */
    private byte[] damagedDatabaseWithBackup(Path backup, int contacts) throws Exception {
        Files.createDirectories(backup.getParent());
        try (Database db = Database.open(dir)) {
            for (int i = 0; i < contacts; i++) {
                db.dsl().execute("INSERT INTO contact (name, created_at, updated_at) VALUES ('Person " + i
                        + "', '2026-11-30', '2026-11-30')");
            }
            db.dsl().execute("VACUUM INTO '" + backup + "'");
            db.dsl().execute("INSERT INTO contact (name, created_at, updated_at) VALUES ('After the backup', "
                    + "'2026-11-30', '2026-11-30')");
        }
        byte[] noise = new byte[100];
        new Random(7).nextBytes(noise);
        try (var raf = new java.io.RandomAccessFile(dir.resolve(Database.FILE_NAME).toFile(), "rw")) {
            raf.write(noise);
        }
        return Files.readAllBytes(dir.resolve(Database.FILE_NAME));
    }

    private static int contacts(Database db) {
        return ((Number) db.dsl().fetchValue("SELECT count(*) FROM contact")).intValue();
    }

    @Test
    void theDamagedFileIsMovedAsideIntactAndTheBackupOpensInItsPlace() throws Exception {
        Path backup = dir.resolve("backups").resolve("netdesk-2026-11-30T20-00-00Z.db");
        byte[] damaged = damagedDatabaseWithBackup(backup, 40);
        byte[] wal = "a write-ahead log the damaged file may need".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(dir.resolve(Database.FILE_NAME + "-wal"), wal);
        byte[] backupBytes = Files.readAllBytes(backup);
        assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(DatabaseDamagedException.class);

        Path kept = DamagedFileRestore.restore(dir, backup, NOW);

        assertThat(kept).isEqualTo(dir.resolve("netdesk.db.damaged-20261130T221500Z"));
        assertThat(Files.readAllBytes(kept)).isEqualTo(damaged);
        assertThat(Files.readAllBytes(Path.of(kept + "-wal"))).isEqualTo(wal);
        assertThat(dir.resolve(Database.FILE_NAME + "-wal")).doesNotExist();
        assertThat(dir.resolve(Database.FILE_NAME + ".restoring")).doesNotExist();
        assertThat(Files.readAllBytes(dir.resolve(Database.FILE_NAME))).isEqualTo(backupBytes);
        assertThat(Files.readAllBytes(backup)).as("the backup itself is only read").isEqualTo(backupBytes);
        if (FileModes.posix(dir)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(Database.FILE_NAME))))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(kept + "-wal"))))
                    .isEqualTo("rw-------");
        }
        try (Database db = Database.open(dir)) {
            assertThat(contacts(db)).isEqualTo(40);
            assertThat(db.quickCheck()).isEmpty();
        }
        assertThat(Files.readAllBytes(kept)).as("opening the restored file leaves the kept one alone")
                .isEqualTo(damaged);
    }

    @Test
    void aSecondRestoreInTheSameSecondKeepsBothDamagedFiles() throws Exception {
        Path backup = dir.resolve("backups").resolve("netdesk-2026-11-30T20-00-00Z.db");
        byte[] first = damagedDatabaseWithBackup(backup, 3);
        DamagedFileRestore.restore(dir, backup, NOW);
        Files.write(dir.resolve(Database.FILE_NAME), new byte[0]);

        Path kept = DamagedFileRestore.restore(dir, backup, NOW);

        assertThat(kept).isEqualTo(dir.resolve("netdesk.db.damaged-20261130T221501Z"));
        assertThat(Files.size(kept)).isZero();
        assertThat(Files.readAllBytes(dir.resolve("netdesk.db.damaged-20261130T221500Z"))).isEqualTo(first);
    }

    @Test
    void aDamagedBackupIsRefusedAndEveryFileStaysWhereItWas() throws Exception {
        Path backup = dir.resolve("backups").resolve("netdesk-2026-11-30T20-00-00Z.db");
        byte[] damaged = damagedDatabaseWithBackup(backup, 3);
        Files.write(backup, "not a database at all".repeat(300).getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThatThrownBy(() -> DamagedFileRestore.restore(dir, backup, NOW)).isInstanceOf(java.io.IOException.class)
                .hasMessageContaining(backup.toString());

        assertThat(Files.readAllBytes(dir.resolve(Database.FILE_NAME))).isEqualTo(damaged);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.contains("damaged-") || name.endsWith(".restoring"));
        }
    }

    @Test
    void theNewestGoodBackupIsLookedForInBackupsAndInTheChosenFolder() throws Exception {
        assertThat(DamagedFileRestore.newestGoodBackup(dir)).isEmpty();
        Path older = dir.resolve("backups").resolve("netdesk-2026-11-29T20-00-00Z.db");
        damagedDatabaseWithBackup(older, 2);
        Files.setLastModifiedTime(older, FileTime.from(Instant.parse("2026-11-29T20:00:00Z")));
        assertThat(DamagedFileRestore.newestGoodBackup(dir)).contains(older);

        Path chosen = dir.resolve("Dropbox").resolve("Netdesk");
        Files.createDirectories(chosen);
        Path newer = Files.copy(older, chosen.resolve("netdesk-2026-11-30T20-00-00Z.db"));
        Files.setLastModifiedTime(newer, FileTime.from(Instant.parse("2026-11-30T20:00:00Z")));
        assertThat(DamagedFileRestore.newestGoodBackup(dir)).as("the chosen folder is not known yet").contains(older);

        BackupFolderPointer.write(dir, chosen);
        assertThat(DamagedFileRestore.newestGoodBackup(dir)).contains(newer);

        Path newestButDamaged = Files.writeString(chosen.resolve("netdesk-2026-11-30T21-00-00Z.db"), "broken");
        Files.setLastModifiedTime(newestButDamaged, FileTime.from(Instant.parse("2026-11-30T21:00:00Z")));
        assertThat(DamagedFileRestore.newestGoodBackup(dir)).contains(newer);

        Files.setLastModifiedTime(older, FileTime.from(Instant.parse("2026-11-30T23:00:00Z")));
        assertThat(DamagedFileRestore.newestGoodBackup(dir)).contains(older);
    }

    @Test
    void thePointerFileNamesTheFolderAndIsPrivate() throws Exception {
        assertThat(BackupFolderPointer.read(dir)).isEmpty();
        Path chosen = dir.resolve("sync").resolve("..").resolve("Netdesk backups");

        BackupFolderPointer.write(dir, chosen);

        Path file = dir.resolve(BackupFolderPointer.FILE_NAME);
        assertThat(Files.readString(file)).isEqualTo(dir.resolve("Netdesk backups") + "\n");
        assertThat(BackupFolderPointer.read(dir)).contains(dir.resolve("Netdesk backups"));
        if (FileModes.posix(dir)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        Files.writeString(file, "relative/folder\n");
        assertThat(BackupFolderPointer.read(dir)).as("only an absolute path counts").isEmpty();
        Files.writeString(file, "  \n");
        assertThat(BackupFolderPointer.read(dir)).isEmpty();
    }
}
