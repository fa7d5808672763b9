package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactsViewModel;
import dk.netdesk.db.Changes;
import dk.netdesk.library.LibraryItemDraft;
import dk.netdesk.library.LibraryKind;
import dk.netdesk.library.LibraryRepository;
import dk.netdesk.library.LibrarySource;
import dk.netdesk.library.ScriptOutcome;
import dk.netdesk.pipeline.InteractionType;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.pipeline.Stage;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deleting a contact and pressing Ctrl+Z gives back everything that went with it. */
class ContactDeleteUndoTest {

    @TempDir
    Path dir;

    @Test
    void undoOfDeleteBringsBackTimelineConsentPlaceAndLinks() {
        try (TestApp app = TestApp.open(dir, Locale.ENGLISH)) {
            AppContext context = app.context();
            context.pipeline().load();
            ContactsViewModel contacts = context.contacts();
            contacts.load();
            for (String name : List.of("Anna Jensen", "Bo Nielsen")) {
                contacts.newContact();
                context.contactsEditor().form().nameProperty().set(name);
                context.contactsEditor().save();
            }
            Contact anna = contacts.allContacts().stream().filter(c -> c.name().startsWith("Anna")).findFirst().orElseThrow();

            PipelineRepository pipeline = new PipelineRepository(app.database(), new Changes(), TestApp.CLOCK);
            Stage second = pipeline.stages().get(1);
            pipeline.move(anna.id(), second.id(), 0);
            pipeline.addInteraction(anna.id(), InteractionType.CALL, LocalDate.of(2026, 11, 27), "Talked about samples",
                    "Wants to try", null);
            pipeline.addConsent(anna.id(), LocalDate.of(2026, 11, 20), "email", "News about products", true);
            context.calendarService().scheduleFollowUp(anna.id(), LocalDateTime.of(2026, 12, 1, 18, 0), Duration.ofMinutes(30));
            LibraryRepository library = new LibraryRepository(app.database(), new Changes(), TestApp.CLOCK);
            long script = library.create(new LibraryItemDraft("Calm answer", LibraryKind.OBJECTION_SCRIPT, "Text",
                    List.of(), LibrarySource.OWN, "en", "", "Objections", null, List.of())).id();
            library.recordScriptUse(script, anna.id(), ScriptOutcome.WORKED);

            var before = new Seen(pipeline, app, anna.id());
            contacts.delete(anna);
            assertThat(contacts.allContacts()).extracting(Contact::name).containsExactly("Bo Nielsen");
            assertThat(pipeline.interactions(anna.id())).isEmpty();

            context.undo().undo();

            assertThat(new Seen(pipeline, app, anna.id())).isEqualTo(before);
            assertThat(pipeline.status(anna.id()).stageName()).isEqualTo(second.name());
        }
    }

    /** Everything about one contact that a delete would take with it. */
    private record Seen(List<?> interactions, List<?> consents, List<?> history, Object stage, Object position,
                        Object eventContact, Object scriptUseContact) {
        Seen(PipelineRepository pipeline, TestApp app, long id) {
            this(pipeline.interactions(id), pipeline.consents(id), pipeline.stageHistory(id),
                    app.database().dsl().fetchValue("SELECT stage_id FROM contact WHERE id = ?", id),
                    app.database().dsl().fetchValue("SELECT stage_position FROM contact WHERE id = ?", id),
                    app.database().dsl().fetchValue("SELECT contact_id FROM calendar_event"),
                    app.database().dsl().fetchValue("SELECT contact_id FROM library_script_use"));
        }
    }
}
