package dk.netdesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup is written under a partial name and gets its own name only once it is checked. */
class BackupWriterTest {

    @TempDir
    Path dir;

    private List<String> names() throws java.io.IOException {
        try (var entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theBackupsNameAppearsOnlyWhenTheWrittenFileIsChecked() throws Exception {
        Path target = dir.resolve("netdesk-2026-12-01T09-00-00Z.db");
        List<String> whileWriting = new ArrayList<>();

        long size = BackupWriter.write(target, out -> {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE contact (id INTEGER PRIMARY KEY, name TEXT)");
                s.execute("INSERT INTO contact (name) VALUES ('Anna Jensen')");
            }
            whileWriting.addAll(names());
        });

        // Killed at that moment, the folder would hold no file with the backup's name.
        assertThat(whileWriting).containsExactly("netdesk-2026-12-01T09-00-00Z.db.partial");
        assertThat(BackupFile.parse(dir.resolve(whileWriting.get(0)), 0)).isEmpty();
        assertThat(names()).containsExactly("netdesk-2026-12-01T09-00-00Z.db");
        assertThat(size).isEqualTo(Files.size(target)).isPositive();
        assertThat(Backups.quickCheck(target)).isNull();
    }

    @Test
    void aCopyThatFailsItsCheckOrItsWritingLeavesNothingBehind() throws Exception {
        Path target = dir.resolve("netdesk-2026-12-01T09-00-00Z.db");

        assertThatThrownBy(() -> BackupWriter.write(target, out -> Files.writeString(out, "SQLite format 3\0 but not really")))
                .isInstanceOf(BackupException.class)
                .extracting(e -> ((BackupException) e).problem()).isEqualTo(BackupException.Problem.DAMAGED);
        assertThatThrownBy(() -> BackupWriter.write(target, out -> {
            Files.writeString(out, "half");
            throw new java.io.IOException("No space left on device");
        })).isInstanceOf(BackupException.class)
                .extracting(e -> ((BackupException) e).problem()).isEqualTo(BackupException.Problem.FAILED);

        assertThat(names()).isEmpty();
    }

    @Test
    void aPartialFileOfTheSameNameLeftByADeadRunIsWrittenOver() throws Exception {
        Path target = dir.resolve("netdesk-2026-12-01T09-00-00Z.db");
        Files.writeString(dir.resolve("netdesk-2026-12-01T09-00-00Z.db.partial"), "cut short");

        BackupWriter.write(target, out -> {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE contact (id INTEGER PRIMARY KEY)");
            }
        });

        assertThat(names()).containsExactly("netdesk-2026-12-01T09-00-00Z.db");
        assertThat(Backups.quickCheck(target)).isNull();
    }
}
