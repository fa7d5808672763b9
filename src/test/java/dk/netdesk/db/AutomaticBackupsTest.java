package dk.netdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.testing.MutableClock;
import dk.netdesk.testing.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Automatic backups: after a change, at most every 30 minutes, and at exit when something changed. */
class AutomaticBackupsTest {

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

    @Test
    void aChangeIsBackedUpAtMostEveryThirtyMinutes() throws Exception {
        app = TestApp.open(dir, Locale.ENGLISH, clock);
        AutomaticBackups automatic = app.context().automaticBackups();
        Backups backups = app.context().backups();

        assertThat(automatic.tick()).as("nothing changed yet").isEmpty();

        addContact("Anna Jensen");
        assertThat(automatic.tick()).as("no backup yet: the first change is backed up at once").isPresent();
        assertThat(automatic.tick()).as("nothing changed since").isEmpty();

        clock.advance(Duration.ofMinutes(10));
        addContact("Bo Nielsen");
        assertThat(automatic.tick()).isEmpty();
        clock.advance(Duration.ofMinutes(19).plusSeconds(59));
        assertThat(automatic.tick()).as("29:59 after the last backup").isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(automatic.tick()).as("30 minutes after the last backup").isPresent();
        assertThat(backups.files()).hasSize(2);

        // Settings alone (the reminder timer's bookmark, the window size) are not a change to back up.
        clock.advance(Duration.ofHours(2));
        app.context().calendarService().setLastReminderCheck(clock.instant());
        assertThat(automatic.tick()).isEmpty();

        // A manual backup counts as the last backup too.
        addContact("Carl Holm");
        backups.backUp(BackupFile.Reason.MANUAL);
        clock.advance(Duration.ofMinutes(20));
        assertThat(automatic.tick()).isEmpty();
        clock.advance(Duration.ofMinutes(10));
        assertThat(automatic.tick()).isPresent();
        assertThat(backups.files()).extracting(BackupFile::reason).containsExactly(BackupFile.Reason.AUTOMATIC,
                BackupFile.Reason.MANUAL, BackupFile.Reason.AUTOMATIC, BackupFile.Reason.AUTOMATIC);
    }

    @Test
    void aFailedBackupIsTriedAgainThirtyMinutesLaterNotAtEveryTick() throws Exception {
        app = TestApp.open(dir, Locale.ENGLISH, clock);
        AutomaticBackups automatic = app.context().automaticBackups();
        // The backup folder's place is taken by a file: nothing can be written there.
        Files.writeString(dir.resolve("backups"), "in the way");
        addContact("Anna Jensen");

        org.assertj.core.api.Assertions.assertThatThrownBy(automatic::tick).isInstanceOf(BackupException.class);
        clock.advance(Duration.ofMinutes(1));
        assertThat(automatic.tick()).isEmpty();

        Files.delete(dir.resolve("backups"));
        clock.advance(Duration.ofMinutes(29));
        assertThat(automatic.tick()).as("the change is still waiting to be backed up").isPresent();
    }

    @Test
    void theExitBackupIsTakenWhenSomethingChangedOrThereIsNoBackupYet() throws Exception {
        app = TestApp.open(dir, Locale.ENGLISH, clock);
        AutomaticBackups automatic = app.context().automaticBackups();

        assertThat(automatic.atExit()).as("no backup exists yet").isPresent();
        clock.advance(Duration.ofMinutes(1));
        assertThat(automatic.atExit()).as("nothing changed").isEmpty();

        // The change is seen on the publishing thread, so a save that finishes just before exit counts.
        addContact("Anna Jensen");
        assertThat(automatic.hasChanges()).isTrue();
        assertThat(automatic.atExit()).hasValueSatisfying(file -> assertThat(file.reason()).isEqualTo(BackupFile.Reason.EXIT));
        app.context().backUpAtExit();
        assertThat(app.context().backups().files()).hasSize(2);
    }

    private void addContact(String name) {
        app.context().contactService().create(ContactDetails.named(name), null);
    }
}
