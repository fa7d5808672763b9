package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.db.Settings;
import dk.netdesk.library.LibraryFilter;
import dk.netdesk.library.LibraryHit;
import dk.netdesk.library.LibraryItemDraft;
import dk.netdesk.library.LibraryKind;
import dk.netdesk.library.LibraryService;
import dk.netdesk.library.StarterLibrary;
import dk.netdesk.pipeline.DefaultStage;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Messages;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Empty" for the welcome: what a fresh database holds by itself (default stages, starter library,
 * settings) does not count; a contact, a calendar event or a library item of the user's own does.
 */
class EmptyDataTest {

    @TempDir
    Path dir;

    @Test
    void freshDatabaseWithStagesAndStarterLibraryIsEmptyUntilTheUserAddsSomething() throws Exception {
        try (Database database = Database.open(dir)) {
            Changes changes = new Changes();
            Settings settings = new Settings(database, changes);
            Messages messages = new Messages(Locale.ENGLISH, Bundles.ALL);
            Core core = new Core(database, changes, settings, messages, TestApp.CLOCK);
            EmptyData empty = new EmptyData(core.contactRepository, core.calendarRepository, core.libraryRepository,
                    new StarterLibrary()::items);
            assertThat(empty.getAsBoolean()).as("nothing at all").isTrue();

            // what the first loads write by themselves
            core.pipelineRepository.seedIfEmpty(DefaultStage.KEYS.stream()
                    .map(d -> new DefaultStage(messages.get(d.name()), d.kind(), d.staleDays())).toList());
            int starter = new LibraryService(core.libraryRepository, core.attachmentStore, core.attachmentReferences,
                    settings, new StarterLibrary()).loadStarterIfFirstRun();
            settings.put("ui.theme", "DARK");
            assertThat(starter).isGreaterThan(40);
            assertThat(empty.getAsBoolean()).as("stages, starter library and settings").isTrue();

            // a starter item edited (same title) or deleted is still "not the user's own"
            LibraryHit first = core.libraryRepository.search("", LibraryFilter.NONE, 1).get(0);
            var item = core.libraryRepository.find(first.id()).orElseThrow();
            core.libraryRepository.update(first.id(), new LibraryItemDraft(item.title(), item.kind(),
                    item.body() + "\nMy own line.", List.of(), null, item.language(), "", "", null, List.of()));
            core.libraryRepository.delete(core.libraryRepository.search("", LibraryFilter.NONE, 2).get(1).id());
            assertThat(empty.getAsBoolean()).isTrue();

            // a library item of the user's own
            var own = core.libraryRepository.create(new LibraryItemDraft("Mit eget manuskript", LibraryKind.OBJECTION_SCRIPT,
                    "Tekst", List.of(), null, "da", "", "", null, List.of()));
            assertThat(empty.getAsBoolean()).isFalse();
            core.libraryRepository.delete(own.id());
            assertThat(empty.getAsBoolean()).isTrue();

            // a contact
            var contact = core.contactService.create(ContactDetails.named("Mette Holm"), null);
            assertThat(empty.getAsBoolean()).isFalse();

            // an event, even once its contact is gone
            core.calendarService.scheduleFollowUp(contact.id(), LocalDateTime.of(2026, 12, 1, 10, 0), Duration.ofHours(1));
            core.contactService.delete(contact.id(), null);
            assertThat(core.contactRepository.count()).isZero();
            assertThat(empty.getAsBoolean()).isFalse();
        }
    }
}
