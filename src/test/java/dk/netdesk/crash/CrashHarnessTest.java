package dk.netdesk.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.BackupFile;
import dk.netdesk.db.Backups;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.db.Settings;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Five SIGKILLs during writes and backups: the file stays whole and keeps every commit the writer
 * reported, and every backup in the folder is whole.
 */
class CrashHarnessTest {

    @TempDir
    Path dir;

    @Test
    void killedWriterLeavesAWholeFileWithEveryReportedCommit() throws Exception {
        CrashHarness.Result result = new CrashHarness(dir, 11).run(5);
        System.out.println(result);

        assertThat(result.problems()).isEmpty();
        assertThat(result.corruptFiles()).isZero();
        assertThat(result.lostRecords()).isZero();
        assertThat(result.brokenBackups()).isZero();
        assertThat(result.committedRecords()).as("the writer got some commits done in each run").isGreaterThan(5);
        assertThat(result.backupsFinished()).as("the seeded backups and some taken while writing").isGreaterThan(5 * 24);
        assertThat(result.backupsChecked()).isPositive();
    }

    @Test
    void backupCheckFindsABrokenNamedFileAMissingRecordAndAReportedBackupGoneButNotAPartialFile() throws Exception {
        try (Database database = Database.open(dir.resolve("data"))) {
            Changes changes = new Changes();
            Clock clock = Clock.system(BackupCheck.ZONE);
            Backups backups = new Backups(database, new Settings(database, changes), changes, clock);
            long id = People.service(database, changes, TestApp.CLOCK).create(ContactDetails.named("Anna"), null).id();
            Path good = backups.backUp(BackupFile.Reason.AUTOMATIC).path().toAbsolutePath();
            Path folder = good.getParent();
            Path broken = folder.resolve("netdesk-2026-01-01T10-00-00Z.db").toAbsolutePath();
            Files.write(broken, new byte[] {1, 2, 3});
            Files.write(folder.resolve("netdesk-2026-01-01T11-00-00Z.db.partial"), new byte[] {1, 2, 3});
            Path gone = folder.resolve("netdesk-2026-01-01T12-00-00Z.db").toAbsolutePath();

            BackupCheck.Outcome outcome = BackupCheck.check(folder, List.of("contact " + id, "contact 999",
                    "backup " + good, "backup " + gone), backups);

            assertThat(outcome.reported()).isEqualTo(2);
            assertThat(outcome.checked()).isEqualTo(2);
            assertThat(outcome.leftovers()).containsExactly("<backup>.partial");
            assertThat(outcome.problems()).hasSize(4)
                    .anySatisfy(p -> assertThat(p).isEqualTo("backup " + good.getFileName()
                            + " (reported): misses contact [999] committed before it"))
                    .anySatisfy(p -> assertThat(p).startsWith("backup " + broken.getFileName() + ": "))
                    .anySatisfy(p -> assertThat(p).contains(gone.getFileName() + ": reported, kept by the rotation, but gone"))
                    .anySatisfy(p -> assertThat(p).startsWith("Backups.list() cannot read " + broken.getFileName()));
        }
    }

    @Test
    void checkFindsAMissingRecordAndALostEditButAcceptsTheEditInFlight() throws Exception {
        try (Database database = Database.open(dir.resolve("data"))) {
            long id = People.service(database, new Changes(), TestApp.CLOCK)
                    .create(ContactDetails.named("Anna").withContact("", "", "edited2"), null).id();

            assertThat(CrashHarness.lost(database.dsl(), List.of("ready", "contact " + id, "edit " + id + " edited2",
                    "try edit " + id + " edited3"))).isEmpty();
            assertThat(CrashHarness.lost(database.dsl(), List.of("contact " + id, "contact 999", "event 5",
                    "edit " + id + " edited1", "try edit " + id + " edited2", "edit " + id + " edited2",
                    "edit " + id + " edited4")))
                    .containsExactlyInAnyOrder("contact 999", "event 5", "edit " + id + " edited4 (stored: edited2)");
        }
    }
}
