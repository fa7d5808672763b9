package dk.netdesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up integrity: what {@link Database#open} refuses, and what it leaves as it was. */
class DatabaseIntegrityTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve(Database.FILE_NAME);
    }

    @Test
    void emptyFileIsRefusedAndLeftByteForByte() throws Exception {
        Files.createFile(file());

        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOfSatisfying(DatabaseDamagedException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseDamagedException.Reason.EMPTY));

        assertThat(Files.size(file())).isZero();
        assertThat(dir.resolve(Database.FILE_NAME + "-wal")).doesNotExist();
        assertThat(dir.resolve(Database.FILE_NAME + "-shm")).doesNotExist();
        InstanceLock.acquire(dir).close();
    }

    @Test
    void fileThatIsNotSqliteIsRefusedUnchanged() throws Exception {
        byte[] bytes = new byte[5000];
        new Random(7).nextBytes(bytes);
        Files.write(file(), bytes);

        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOfSatisfying(DatabaseDamagedException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseDamagedException.Reason.NOT_SQLITE));
        assertThat(Files.readAllBytes(file())).isEqualTo(bytes);
    }

    @Test
    void damagedSchemaPageIsRefusedUnchanged() throws Exception {
        Database.open(dir).close();
        // Page 1 after its 100-byte header holds sqlite_master: scribble over it.
        overwrite(file(), 100, 3996, 11);
        byte[] before = Files.readAllBytes(file());

        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOfSatisfying(DatabaseDamagedException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseDamagedException.Reason.DAMAGED));
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
    }

    @Test
    void anotherProgramsSqliteDatabaseIsRefusedUnchanged() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)");
            s.execute("INSERT INTO photos (path) VALUES ('/tmp/a.jpg')");
        }
        byte[] before = Files.readAllBytes(file());

        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOf(NotNetdeskDatabaseException.class)
                .hasMessageContaining("not a Netdesk database");
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
    }

    @Test
    void flywayDatabaseOfAnotherProgramIsRefused() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE flyway_schema_history (installed_rank INT, version TEXT, description TEXT, "
                    + "type TEXT, script TEXT, checksum INT, installed_by TEXT, installed_on TEXT, "
                    + "execution_time INT, success INT)");
            s.execute("INSERT INTO flyway_schema_history VALUES (1, '1', 'init', 'SQL', 'V1__orders.sql', 0, 'x', "
                    + "CURRENT_TIMESTAMP, 0, 1)");
            s.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY)");
        }

        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOf(NotNetdeskDatabaseException.class)
                .hasMessageContaining("V1__orders.sql");
    }

    @Test
    void dottedFutureVersionsAreReadAsVersionsAndRefusedAsNewer() throws Exception {
        Database.open(dir).close();
        long newest = MigrationFiles.scripts(Database.class.getClassLoader()).lastKey();
        for (String version : new String[] {newest + ".1", (newest + 1) + ".0.1"}) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement s = c.createStatement()) {
                s.execute("DELETE FROM flyway_schema_history WHERE installed_rank = 999");
                s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                        + "checksum, installed_by, installed_on, execution_time, success) VALUES (999, '" + version
                        + "', 'later', 'SQL', 'V" + version.replace('.', '_') + "__later.sql', 0, 'x', "
                        + "CURRENT_TIMESTAMP, 0, 1)");
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            byte[] before = Files.readAllBytes(file());

            assertThatThrownBy(() -> Database.open(dir))
                    .isInstanceOfSatisfying(DatabaseTooNewException.class,
                            e -> assertThat(e.fileVersion()).isEqualTo(version))
                    .hasMessageContaining("newer Netdesk");
            assertThat(Files.readAllBytes(file())).isEqualTo(before);
        }
    }

    @Test
    void schemaVersionsCompareNumberByNumber() {
        assertThat(SchemaVersion.parse("4.1")).isGreaterThan(SchemaVersion.of(4));
        assertThat(SchemaVersion.parse("4.10")).isGreaterThan(SchemaVersion.parse("4.9"));
        assertThat(SchemaVersion.parse("5.0.1")).isGreaterThan(SchemaVersion.parse("5"));
        assertThat(SchemaVersion.parse("4.0").compareTo(SchemaVersion.of(4))).isZero();
        assertThat(SchemaVersion.parse("4.0").whole()).isEqualTo(4);
        assertThat(SchemaVersion.parse("4.1").whole()).isEqualTo(-1);
        assertThatThrownBy(() -> SchemaVersion.parse("4.x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyCommitIsSyncedToDisk() throws Exception {
        try (Database db = Database.open(dir)) {
            assertThat(((Number) db.dsl().fetchValue("PRAGMA synchronous")).intValue()).isEqualTo(2); // FULL
            assertThat(db.dsl().fetchValue("PRAGMA journal_mode")).isEqualTo("wal");
        }
    }

    @Test
    void writeProtectedFileOrFolderIsRefused() throws Exception {
        Database.open(dir).close();
        assertThatThrownBy(() -> Database.requireWritable(dir, file(), path -> !path.equals(file())))
                .isInstanceOfSatisfying(DatabaseReadOnlyException.class, e -> assertThat(e.path()).isEqualTo(file()));
        assertThatThrownBy(() -> Database.requireWritable(dir, file(), path -> !path.equals(dir)))
                .isInstanceOfSatisfying(DatabaseReadOnlyException.class, e -> assertThat(e.path()).isEqualTo(dir));
        Database.requireWritable(dir, file(), path -> true);
    }

    @Test
    void damagedContactPageIsFoundByQuickCheckWritesStopAndABackupRestores() throws Exception {
        Path backup = dir.resolve("good.db");
        long rootPage;
        try (Database db = Database.open(dir)) {
            for (int i = 0; i < 400; i++) {
                db.dsl().execute("INSERT INTO contact (name, notes, created_at, updated_at) VALUES ('Person " + i + "', '"
                        + "x".repeat(200) + "', '2026-11-30', '2026-11-30')");
            }
            db.dsl().execute("VACUUM INTO '" + backup + "'");
            assertThat(db.quickCheck()).isEmpty();
            rootPage = ((Number) db.dsl().fetchValue("SELECT rootpage FROM sqlite_master WHERE name = 'contact'")).longValue();
        }
        overwrite(file(), (rootPage - 1) * 4096, 4096, 3);
        byte[] damaged = Files.readAllBytes(file());

        try (Database db = Database.open(dir)) {
            assertThat(db.quickCheck()).isNotEmpty();
            db.stopWriting();
            assertThat(db.writesStopped()).isTrue();
            assertThatThrownBy(() -> new Settings(db, new Changes()).put("x", "1"))
                    .hasMessageContaining("readonly");
            assertThat(Files.readAllBytes(file())).isEqualTo(damaged);
            assertThat(dir.resolve(Database.FILE_NAME + "-wal")).satisfiesAnyOf(
                    wal -> assertThat(wal).doesNotExist(), wal -> assertThat(Files.size(wal)).isZero());

            Path kept = db.restoreDamaged(backup, Instant.parse("2026-11-30T22:15:00Z"));

            assertThat(kept.getFileName().toString()).isEqualTo("netdesk.db.damaged-20261130T221500Z");
            assertThat(Files.readAllBytes(kept)).isEqualTo(damaged);
            assertThat(db.writesStopped()).isFalse();
            assertThat(db.quickCheck()).isEmpty();
            assertThat(((Number) db.dsl().fetchValue("SELECT count(*) FROM contact")).intValue()).isEqualTo(400);
            new Settings(db, new Changes()).put("x", "1");
        }
        try (Database db = Database.open(dir)) {
            assertThat(db.quickCheck()).isEmpty();
            assertThat(new Settings(db, new Changes()).get("x")).contains("1");
        }
    }

    static void overwrite(Path file, long offset, int length, long seed) throws Exception {
        byte[] noise = new byte[length];
        new Random(seed).nextBytes(noise);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(offset);
            raf.write(noise);
        }
        assertThat(Arrays.equals(noise, new byte[length])).isFalse();
    }
}
