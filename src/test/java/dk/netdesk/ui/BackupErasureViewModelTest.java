package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.BackupErasures;
import dk.netdesk.db.BackupFile;
import dk.netdesk.db.Settings;
import dk.netdesk.db.Changes;
import dk.netdesk.pipeline.ContactService;
import dk.netdesk.pipeline.ErasureLogRepository;
import dk.netdesk.testing.MutableClock;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The erase part of Settings without a window: the handling of backups taken before an erase (stored,
 * read back, applied at once) and the erasure log (newest first, moment in the app's language and zone,
 * reference, nothing about the person); the outcome in plain words.
 */
class BackupErasureViewModelTest {

    @TempDir
    Path dir;
    TestApp app;
    MutableClock clock = new MutableClock(Instant.parse("2026-11-28T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));

    @AfterEach
    void close() {
        app.close();
    }

    private BackupErasureViewModel open(Locale locale) {
        app = TestApp.open(dir, locale, clock);
        return app.context().backupErasureModel();
    }

    private long person(String name) {
        ContactService contacts = People.service(app.database(), clock);
        Contact contact = contacts.create(ContactDetails.named(name), null);
        return contact.id();
    }

    @Test
    void theHandlingIsReWriteUntilChosenAndIsStored() {
        BackupErasureViewModel model = open(Locale.ENGLISH);
        model.load();
        assertThat(model.handlingProperty().get()).isEqualTo(BackupErasures.Handling.REWRITE);
        assertThat(model.handlingText(BackupErasures.Handling.REWRITE)).isEqualTo("Re-write them without the person");

        model.setHandling(BackupErasures.Handling.DELETE);

        assertThat(new Settings(app.database(), new Changes()).get(BackupErasures.SETTING)).contains("DELETE");
        BackupErasureViewModel fresh = new BackupErasureViewModel(app.context().backupErasures(), List::of,
                Background.direct(), app.context().messages(), new StatusLine(), clock);
        fresh.load();
        assertThat(fresh.handlingProperty().get()).isEqualTo(BackupErasures.Handling.DELETE);
        assertThat(model.statusProperty().get()).as("nothing was pending").isEmpty();
    }

    @Test
    void theDeleteChoiceDeletesTheBackupsAnEraseLeftAndSaysSo() throws Exception {
        BackupErasureViewModel model = open(Locale.ENGLISH);
        long bo = person("Bo Ravnsholt");
        BackupFile before = app.context().backups().backUp(BackupFile.Reason.MANUAL);
        model.setHandling(BackupErasures.Handling.DELETE);
        clock.advance(Duration.ofMinutes(5));

        app.context().personErase().erase(bo, Map.of());

        assertThat(before.path()).doesNotExist();
        assertThat(model.statusProperty().get()).isEqualTo("1 backup that held an erased person was deleted.");
        assertThat(model.failedProperty().get()).isFalse();
        assertThat(app.context().status().textProperty().get()).isEqualTo(model.statusProperty().get());
    }

    @Test
    void theLogListsEachErasureNewestFirstWithItsMomentAndReferenceOnly() {
        BackupErasureViewModel model = open(new Locale("da"));
        long first = person("Bo Ravnsholt");
        long second = person("Kirsten Ulvedal");
        app.context().personErase().erase(first, Map.of());
        clock.advance(Duration.ofHours(26).plusMinutes(5));
        app.context().personErase().erase(second, Map.of());

        model.load();

        List<ErasureLogRepository.Entry> log = new ErasureLogRepository(app.database()).entries();
        assertThat(model.rows()).containsExactly(
                new BackupErasureViewModel.Row("29. nov. 2026 kl. 12:05", log.get(1).reference()),
                new BackupErasureViewModel.Row("28. nov. 2026 kl. 10:00", log.get(0).reference()));
        assertThat(model.rows()).allSatisfy(row -> assertThat(row.toString()).doesNotContain("Bo", "Kirsten"));
    }

    @Test
    void aBackupThatCouldNotBeChangedIsNamedInPlainWords() {
        BackupErasureViewModel model = open(Locale.ENGLISH);
        BackupFile damaged = new BackupFile(dir.resolve("netdesk-2026-11-28T08-00-00Z.db"),
                Instant.parse("2026-11-28T08:00:00Z"), BackupFile.Reason.AUTOMATIC, 1000);

        String text = model.outcomeText(new BackupErasures.Outcome(1, 0, List.of(damaged), List.of(damaged), 1));

        assertThat(text).isEqualTo("1 backup was re-written without the erased person. 1 backup still holds an erased "
                + "person (netdesk-2026-11-28T08-00-00Z.db), because Netdesk could not change it: the file is damaged, or "
                + "the backup folder cannot be written to. It is marked in Restore… Delete it from the backup folder "
                + "yourself, or make the folder writable and start Netdesk again.");
        assertThat(model.outcomeText(new BackupErasures.Outcome(0, 0, List.of(damaged), List.of(), 1)))
                .as("told once").isEmpty();
        assertThat(model.outcomeText(BackupErasures.Outcome.NONE)).isEmpty();
    }
}
