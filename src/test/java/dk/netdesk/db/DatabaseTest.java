package dk.netdesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void freshFolderGetsMigratedDatabaseWithWalAndForeignKeys() throws Exception {
        try (Database db = Database.open(dir)) {
            assertThat(db.file()).exists();
            assertThat(db.dsl().fetchValue("PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(((Number) db.dsl().fetchValue("PRAGMA foreign_keys")).intValue()).isEqualTo(1);
            assertThat(((Number) db.dsl().fetchValue("PRAGMA busy_timeout")).intValue()).isPositive();
            assertThat(((Number) db.dsl().fetchValue("SELECT count(*) FROM flyway_schema_history WHERE success = 1")).intValue())
                    .isPositive();
        }
    }

    @Test
    void reopeningKeepsDataAndAppliesNothingTwice() throws Exception {
        try (Database db = Database.open(dir)) {
            new Settings(db, new Changes()).put("x", "1");
        }
        try (Database db = Database.open(dir)) {
            assertThat(new Settings(db, new Changes()).get("x")).contains("1");
        }
    }

    @Test
    void secondOpenOfTheSameFolderIsRefused() throws Exception {
        try (Database first = Database.open(dir)) {
            assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(InstanceLock.AlreadyRunningException.class);
        }
        Database.open(dir).close();
    }

    @Test
    void databaseFromNewerNetdeskIsRefusedAndLeftUntouched() throws Exception {
        Database.open(dir).close();
        Path file = dir.resolve(Database.FILE_NAME);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, installed_on, execution_time, success) VALUES "
                    + "(999, '999', 'from the future', 'SQL', 'V999__from_the_future.sql', 0, 'x', "
                    + "CURRENT_TIMESTAMP, 0, 1)");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        String before = sha256(file);

        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOf(DatabaseTooNewException.class)
                .hasMessageContaining("999")
                .hasMessageContaining("newer Netdesk");

        assertThat(sha256(file)).isEqualTo(before);
        // the lock was released: after the refusal nothing holds the folder
        InstanceLock.acquire(dir).close();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
