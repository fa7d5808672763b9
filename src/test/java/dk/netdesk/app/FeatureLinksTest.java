package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.calendar.EditScope;
import dk.netdesk.calendar.EventDraft;
import dk.netdesk.calendar.Kind;
import dk.netdesk.calendar.Occurrence;
import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.testing.People;
import dk.netdesk.db.Changes;
import dk.netdesk.library.LibraryItemDraft;
import dk.netdesk.library.LibraryKind;
import dk.netdesk.library.LibraryRepository;
import dk.netdesk.library.LibrarySource;
import dk.netdesk.library.ScriptRecord;
import dk.netdesk.pipeline.ContactDetailsViewModel;
import dk.netdesk.pipeline.ContactLinks;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.pipeline.Stage;
import dk.netdesk.print.PrintEvent;
import dk.netdesk.print.PrintWeek;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The features working together through the composition root. */
class FeatureLinksTest {

    @TempDir
    Path dir;
    TestApp app;
    AppContext context;
    PipelineRepository pipeline;
    Contact anna;

    @BeforeEach
    void setUp() {
        app = TestApp.open(dir, Locale.ENGLISH);
        context = app.context();
        context.pipeline().load();
        anna = People.service(app.database(), TestApp.CLOCK).create(ContactDetails.named("Anna Jensen").withContact("", "", ""), null);
        pipeline = new PipelineRepository(app.database(), new Changes(), TestApp.CLOCK);
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void plannedFollowUpBecomesTheNextFollowUpAndFollowsTheEventWhenItMoves() {
        ContactDetailsViewModel details = context.pipelineDetails();
        details.open(anna.id());
        details.activity().scheduleDateProperty().set(LocalDate.of(2026, 11, 28));
        details.activity().scheduleTimeProperty().set("18:30");
        assertThat(details.activity().scheduleFollowUp()).isTrue();
        assertThat(pipeline.status(anna.id()).nextFollowUp()).isEqualTo(LocalDate.of(2026, 11, 28));

        context.calendar().load();
        Occurrence followUp = context.calendar().occurrences().stream()
                .filter(o -> o.row().contactId() != null && o.row().contactId() == anna.id()).findFirst().orElseThrow();
        assertThat(followUp.row().kind()).isEqualTo(Kind.FOLLOW_UP);
        assertThat(followUp.start()).isEqualTo(LocalDateTime.of(2026, 11, 28, 18, 30));

        context.calendar().move(followUp, LocalDateTime.of(2026, 11, 29, 17, 0), LocalDateTime.of(2026, 11, 29, 17, 30),
                EditScope.ALL);
        assertThat(pipeline.status(anna.id()).nextFollowUp()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(details.activity().followUpDateProperty().get()).isEqualTo(LocalDate.of(2026, 11, 29));

        Occurrence moved = context.calendar().occurrences().stream()
                .filter(o -> o.row().contactId() != null && o.row().contactId() == anna.id()).findFirst().orElseThrow();
        context.calendar().delete(moved, EditScope.ALL);
        assertThat(pipeline.status(anna.id()).nextFollowUp()).as("the date came from the deleted event").isNull();
    }

    @Test
    void aFollowUpPlannedFromAContactIntoProtectedTimeAsksFirstAndNoPlansNothing() {
        ContactDetailsViewModel details = context.pipelineDetails();
        details.open(anna.id());
        // Sunday is wholly protected by default (decision 0028: every path of work into protected time asks)
        details.activity().scheduleDateProperty().set(LocalDate.of(2026, 11, 29));
        details.activity().scheduleTimeProperty().set("10:00");
        int[] asked = {0};
        assertThat(details.activity().scheduleFollowUp(() -> {
            asked[0]++;
            return false;
        })).isTrue();
        assertThat(asked[0]).isEqualTo(1);
        context.calendar().load();
        assertThat(context.calendar().occurrences()).isEmpty();

        details.activity().scheduleFollowUp(() -> {
            asked[0]++;
            return true;
        });
        assertThat(asked[0]).isEqualTo(2);
        context.calendar().load();
        assertThat(context.calendar().occurrences()).extracting(o -> o.start())
                .containsExactly(LocalDateTime.of(2026, 11, 29, 10, 0));
        assertThat(context.calendar().summaryProperty().get().protectedExceptions()).isEqualTo(1);

        // Saturday evening is free: no question
        details.activity().scheduleDateProperty().set(LocalDate.of(2026, 11, 28));
        details.activity().scheduleTimeProperty().set("18:30");
        details.activity().scheduleFollowUp(() -> {
            asked[0]++;
            return false;
        });
        assertThat(asked[0]).isEqualTo(2);
        context.calendar().load();
        assertThat(context.calendar().occurrences()).hasSize(2);
    }

    @Test
    void deletingALinkedEventLeavesADateSetByHandAlone() {
        ContactDetailsViewModel details = context.pipelineDetails();
        details.open(anna.id());
        details.activity().scheduleDateProperty().set(LocalDate.of(2026, 11, 28));
        details.activity().scheduleTimeProperty().set("18:30");
        details.activity().scheduleFollowUp();
        details.activity().setNextFollowUp(LocalDate.of(2026, 12, 10));

        context.calendar().load();
        Occurrence followUp = context.calendar().occurrences().stream()
                .filter(o -> o.row().contactId() != null && o.row().contactId() == anna.id()).findFirst().orElseThrow();
        context.calendar().delete(followUp, EditScope.ALL);
        assertThat(pipeline.status(anna.id()).nextFollowUp()).isEqualTo(LocalDate.of(2026, 12, 10));
    }

    @Test
    void doNotContactContactCannotBePlannedAndAnUnreadableTimeIsRefused() {
        ContactDetailsViewModel details = context.pipelineDetails();
        details.open(anna.id());
        details.activity().scheduleTimeProperty().set("25:00");
        assertThat(details.activity().scheduleFollowUp()).isFalse();
        assertThat(context.status().textProperty().get()).contains("18:00");
        assertThat(details.activity().scheduleRefusedFieldProperty().get()).as("the time is in error, not the date")
                .isEqualTo(dk.netdesk.pipeline.ContactActivityViewModel.ScheduleField.TIME);

        details.activity().doNotContactReasonProperty().set("Asked not to be contacted");
        details.activity().setDoNotContact(true);
        details.activity().scheduleTimeProperty().set("18:00");
        assertThat(details.activity().scheduleFollowUp()).isFalse();
        assertThat(context.status().textProperty().get()).contains("Asked not to be contacted");
        context.calendar().load();
        assertThat(context.calendar().occurrences()).isEmpty();
        assertThat(pipeline.status(anna.id()).nextFollowUp()).isNull();
    }

    @Test
    void scriptsLinkedToTheContactsStageShowInDetailsAndAUseIsRecordedWithTheInteraction() {
        Stage first = pipeline.stages().get(0);
        LibraryRepository library = new LibraryRepository(app.database(), new Changes(), TestApp.CLOCK);
        long script = library.create(new LibraryItemDraft("When they say it is a pyramid", LibraryKind.OBJECTION_SCRIPT,
                "Stay **calm** and explain how it works.", List.of(), LibrarySource.OWN, "en", "", "Objections", null,
                List.of(first.id()))).id();

        context.library().load();
        assertThat(context.library().stages()).as("the library offers the pipeline's stages")
                .extracting(s -> s.name()).contains(first.name());

        ContactDetailsViewModel details = context.pipelineDetails();
        details.open(anna.id());
        assertThat(details.activity().stageScripts()).extracting(ContactLinks.Script::title).containsExactly("When they say it is a pyramid");
        assertThat(details.activity().stageScripts().get(0).text()).isEqualTo("Stay calm and explain how it works.");

        details.activity().interactionTextProperty().set("Talked about the business");
        details.activity().interactionScriptProperty().set(details.activity().stageScripts().get(0));
        details.activity().interactionScriptResultProperty().set(ContactLinks.ScriptResult.WORKED);
        assertThat(details.activity().addInteraction()).isTrue();
        assertThat(library.scriptRecord(script)).isEqualTo(new ScriptRecord(1, 0, 0));
    }

    @Test
    void printedWeekComesFromTheCalendarWithOrWithoutPersonalTime() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        context.calendar().load();
        context.calendar().create(new EventDraft("Product evening", LocalDateTime.of(2026, 11, 24, 19, 0),
                LocalDateTime.of(2026, 11, 24, 21, 0), false, "", "Bring samples", null, Kind.PRESENTATION, null, null));
        context.calendar().create(new EventDraft("Football with Emil", LocalDateTime.of(2026, 11, 25, 17, 0),
                LocalDateTime.of(2026, 11, 25, 18, 0), false, "", "", null, Kind.FAMILY, null, null));

        PrintWeek all = new FeatureLinks(pipeline, new LibraryRepository(app.database(), new Changes(), TestApp.CLOCK),
                new dk.netdesk.calendar.CalendarRepository(app.database(), new Changes()), context.calendarService(),
                context.messages()).week(monday, true);
        assertThat(all.isoWeek()).isEqualTo(48);
        assertThat(all.events()).extracting(PrintEvent::title).containsExactlyInAnyOrder("Product evening", "Football with Emil");
        assertThat(all.events()).filteredOn(PrintEvent::work).extracting(PrintEvent::kindLabel).containsExactly("Presentation");
        assertThat(all.summary().workHours()).isEqualTo(2.0);
        assertThat(all.summary().personalHours()).isEqualTo(1.0);
        assertThat(all.workWindows()).isNotEmpty();
    }
}
