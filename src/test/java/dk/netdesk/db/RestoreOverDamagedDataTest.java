package dk.netdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.testing.MutableClock;
import dk.netdesk.testing.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restoring from Settings when the current data file is damaged: the damaged file is not backed up
 * through SQLite (which refuses, or reads damage) but kept aside unchanged, and the backup is restored.
 */
class RestoreOverDamagedDataTest {

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock();
    TestApp app;

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    /** A data folder with 400 contacts, a good backup of them, and then one page of the contact table overwritten. */
    private Path damagedDataWithAGoodBackup() throws Exception {
        app = TestApp.open(dir, Locale.ENGLISH, clock);
        for (int i = 0; i < 400; i++) {
            app.context().contactService().create(ContactDetails.named("Person " + i + " " + "x".repeat(150)), null);
        }
        Path good = app.context().backups().backUp(BackupFile.Reason.MANUAL).path();
        long rootPage = ((Number) app.database().dsl()
                .fetchValue("SELECT rootpage FROM sqlite_master WHERE name = 'contact'")).longValue();
        app.close();
        app = null;
        // Checkpointed at close: the contact table's pages are in netdesk.db itself.
        DatabaseIntegrityTest.overwrite(dir.resolve(Database.FILE_NAME), (rootPage + 1) * 4096, 4096, 5);
        clock.advance(Duration.ofMinutes(10));
        app = TestApp.open(dir, Locale.ENGLISH, clock);
        assertThat(app.database().quickCheck()).as("the damage is in the file").isNotEmpty();
        return good;
    }

    @Test
    void withWritesStoppedTheDamagedFileIsKeptAsideAndTheBackupRestored() throws Exception {
        Path good = damagedDataWithAGoodBackup();
        app.database().stopWriting();
        byte[] damaged = Files.readAllBytes(dir.resolve(Database.FILE_NAME));

        Restored restored = app.context().backups().restore(good);

        assertThat(restored.before()).isEmpty();
        Path kept = restored.keptDamaged().orElseThrow();
        assertThat(kept.getParent()).isEqualTo(dir);
        assertThat(kept.getFileName().toString()).isEqualTo("netdesk.db.damaged-20261128T091000Z");
        assertThat(Files.readAllBytes(kept)).isEqualTo(damaged);
        assertThat(app.database().writesStopped()).isFalse();
        assertThat(app.database().quickCheck()).isEmpty();
        assertThat(app.context().contactService().findAll()).hasSize(400);
        assertThat(app.context().backups().files()).extracting(BackupFile::reason)
                .doesNotContain(BackupFile.Reason.BEFORE_RESTORE);
        // Saving works again.
        app.context().contactService().create(ContactDetails.named("Anna Jensen"), null);
        assertThat(app.context().contactService().findAll()).hasSize(401);
    }

    @Test
    void damageFoundWhileBackingUpFirstStopsWritesAndKeepsTheFileAside() throws Exception {
        Path good = damagedDataWithAGoodBackup();
        assertThat(app.database().writesStopped()).as("the start-up check has not run yet").isFalse();
        List<BackupFile> backupsBefore = app.context().backups().files();

        Restored restored = app.context().backups().restore(good);

        assertThat(restored.before()).isEmpty();
        assertThat(restored.keptDamaged()).hasValueSatisfying(kept -> assertThat(kept).exists());
        assertThat(app.context().backups().files()).isEqualTo(backupsBefore);
        assertThat(app.database().writesStopped()).isFalse();
        assertThat(app.context().contactService().findAll()).hasSize(400);
    }
}
