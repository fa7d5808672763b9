package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.netdesk.app.Bundles;
import dk.netdesk.db.BackupCatalog;
import dk.netdesk.db.BackupFolder;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.db.Settings;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check after start: one damaged page of the contact table is found by quick_check, writes stop,
 * the user is told in plain words and offered the newest good backup, and restoring it keeps the
 * damaged file and lets saving go on.
 */
class DataFileCheckTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T22:15:00Z"), ZoneId.of("Europe/Copenhagen"));

    @TempDir
    Path dir;

    final Messages english = new Messages(Locale.UK, Bundles.ALL);
    final StatusLine status = new StatusLine();

    /** A database of 400 contacts with a good backup in backups/, then one page of the contact table overwritten. */
    static Path damagedDatabaseWithBackup(Path dir) throws Exception {
        Path backups = Files.createDirectories(dir.resolve("backups"));
        long rootPage;
        try (Database db = Database.open(dir)) {
            for (int i = 0; i < 400; i++) {
                db.dsl().execute("INSERT INTO contact (name, notes, created_at, updated_at) VALUES ('Person " + i
                        + "', '" + "x".repeat(200) + "', '2026-11-30', '2026-11-30')");
            }
            db.dsl().execute("VACUUM INTO '" + backups.resolve("netdesk-20261130-2000.db") + "'");
            rootPage = ((Number) db.dsl().fetchValue("SELECT rootpage FROM sqlite_master WHERE name = 'contact'"))
                    .longValue();
        }
        byte[] noise = new byte[4096];
        new Random(5).nextBytes(noise);
        try (RandomAccessFile raf = new RandomAccessFile(dir.resolve(Database.FILE_NAME).toFile(), "rw")) {
            raf.seek((rootPage - 1) * 4096);
            raf.write(noise);
        }
        return backups;
    }

    @Test
    void damagedContactPageStopsWritingSaysSoAndOffersTheBackup() throws Exception {
        damagedDatabaseWithBackup(dir);
        try (Database db = Database.open(dir)) {
            Changes changes = new Changes();
            List<Changes.Topic> published = new ArrayList<>();
            for (Changes.Topic topic : Changes.Topic.values()) {
                changes.subscribe(topic, change -> published.add(change.topic()));
            }
            DataFileCheck check = new DataFileCheck(db, new BackupFolder(dir.resolve("backups")), changes,
                    Background.direct(), english, status, CLOCK);
            int[] shown = {0};
            check.setOnDamaged(() -> shown[0]++);

            check.start();

            assertThat(check.damagedProperty().get()).isTrue();
            assertThat(shown[0]).isEqualTo(1);
            assertThat(db.writesStopped()).isTrue();
            byte[] damaged = Files.readAllBytes(db.file());
            assertThatThrownBy(() -> new Settings(db, changes).put("theme", "dark")).hasMessageContaining("readonly");
            assertThat(Files.readAllBytes(db.file())).isEqualTo(damaged);
            assertThat(check.messageProperty().get())
                    .contains("A check of " + db.file() + " found damage")
                    .contains("Netdesk has stopped saving");
            assertThat(check.offerProperty().get()).startsWith("Restore the newest good backup, from ")
                    .contains("netdesk.db.damaged-<time>; it is not deleted");
            assertThat(check.backupProperty().get()).isEqualTo(dir.resolve("backups/netdesk-20261130-2000.db"));
            assertThat(status.textProperty().get()).isEqualTo("Not saving: the data file is damaged");

            check.restore();

            assertThat(check.damagedProperty().get()).isFalse();
            assertThat(db.writesStopped()).isFalse();
            assertThat(Files.readAllBytes(dir.resolve("netdesk.db.damaged-20261130T221500Z"))).isEqualTo(damaged);
            assertThat(((Number) db.dsl().fetchValue("SELECT count(*) FROM contact")).intValue()).isEqualTo(400);
            assertThat(published).containsExactlyInAnyOrder(Changes.Topic.values());
            assertThat(status.textProperty().get()).startsWith("Restored the backup from ")
                    .endsWith("The damaged file is kept as netdesk.db.damaged-20261130T221500Z.");
            new Settings(db, changes).put("theme", "dark");
            assertThat(db.quickCheck()).isEmpty();
        }
    }

    @Test
    void aRestoreFromSettingsEndsTheDamagedState() throws Exception {
        damagedDatabaseWithBackup(dir);
        try (Database db = Database.open(dir)) {
            Changes changes = new Changes();
            DataFileCheck check = new DataFileCheck(db, new BackupFolder(dir.resolve("backups")), changes,
                    Background.direct(), english, status, CLOCK);
            check.start();
            assertThat(check.damagedProperty().get()).isTrue();

            db.restoreDamaged(dir.resolve("backups/netdesk-20261130-2000.db"), CLOCK.instant());
            changes.publish(Changes.Topic.SETTINGS);

            assertThat(check.damagedProperty().get()).isFalse();
            assertThat(check.backupProperty().get()).isNull();
        }
    }

    @Test
    void withoutABackupTheMessageSaysWhatToDoAndNothingIsOffered() throws Exception {
        damagedDatabaseWithBackup(dir);
        Messages danish = new Messages(new Locale("da"), Bundles.ALL);
        try (Database db = Database.open(dir)) {
            DataFileCheck check = new DataFileCheck(db, BackupCatalog.NONE, new Changes(), Background.direct(), danish,
                    status, CLOCK);
            check.start();

            assertThat(check.damagedProperty().get()).isTrue();
            assertThat(check.backupProperty().get()).isNull();
            assertThat(check.messageProperty().get()).contains("fandt skader").contains("gemmer Netdesk ikke længere");
            assertThat(check.offerProperty().get()).startsWith("Der er ingen sikkerhedskopi at gendanne.");
            check.restore();
            assertThat(db.writesStopped()).isTrue();
        }
    }

    @Test
    void aDamagedBackupIsNotOfferedAndASoundFileChangesNothing() throws Exception {
        Path backups = Files.createDirectories(dir.resolve("backups"));
        Files.write(backups.resolve("netdesk-broken.db"), new byte[4096]);
        try (Database db = Database.open(dir)) {
            assertThat(new BackupFolder(backups).newestGood()).isEqualTo(Optional.empty());
            DataFileCheck check = new DataFileCheck(db, new BackupFolder(backups), new Changes(), Background.direct(),
                    english, status, CLOCK);
            check.setOnDamaged(() -> { throw new AssertionError("a sound file is not reported"); });
            check.start();
            assertThat(check.damagedProperty().get()).isFalse();
            assertThat(db.writesStopped()).isFalse();
            new Settings(db, new Changes()).put("x", "1");
        }
    }
}
