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

    /**
     * A new user's finding (issue 18): a call planned by hand for 5 Dec at 19:30 was replaced by the date of a meeting
     * on 8 Dec linked to the contact afterwards, its time and kind lost. The sooner follow-up stays; a linked event
     * before it still becomes the next follow-up.
     */
    @Test
    void aSoonerFollowUpSetByHandStaysWhenALaterEventIsLinked() {
        ContactDetailsViewModel details = context.pipelineDetails();
        details.open(anna.id());
        details.activity().followUp().dateProperty().set(LocalDate.of(2026, 12, 5));
        details.activity().followUp().timeProperty().set("19:30");
        details.activity().followUp().kindProperty().set(dk.netdesk.pipeline.FollowUpKind.CALL);
        assertThat(details.activity().setNextFollowUp()).isTrue();

        context.calendar().load();
        context.calendar().create(new EventDraft("Meeting with Anna", LocalDateTime.of(2026, 12, 8, 10, 0),
                LocalDateTime.of(2026, 12, 8, 11, 0), false, "", "", anna.id(), Kind.FOLLOW_UP, null, null));
        dk.netdesk.pipeline.NextFollowUp kept = pipeline.status(anna.id()).followUp();
        assertThat(kept.date()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(kept.time()).isEqualTo(java.time.LocalTime.of(19, 30));
        assertThat(kept.kind()).isEqualTo(dk.netdesk.pipeline.FollowUpKind.CALL);

        context.calendar().create(new EventDraft("Coffee with Anna", LocalDateTime.of(2026, 12, 2, 10, 0),
                LocalDateTime.of(2026, 12, 2, 11, 0), false, "", "", anna.id(), Kind.FOLLOW_UP, null, null));
        assertThat(pipeline.status(anna.id()).nextFollowUp()).as("an event before it comes first")
                .isEqualTo(LocalDate.of(2026, 12, 2));
    }

    /** A new user's finding (issue 18): Clear, then Ctrl+Z, undid an older card move and left the follow-up cleared. */
    @Test
    void clearingTheNextFollowUpIsUndoneByCtrlZWithItsTimeAndKind() {
        ContactDetailsViewModel details = context.pipelineDetails();
        details.open(anna.id());
        details.activity().followUp().dateProperty().set(LocalDate.of(2026, 12, 5));
        details.activity().followUp().timeProperty().set("19:30");
        details.activity().followUp().kindProperty().set(dk.netdesk.pipeline.FollowUpKind.CALL);
        details.activity().setNextFollowUp();
        assertThat(details.activity().setNextFollowUp(null)).isTrue();
        assertThat(pipeline.status(anna.id()).followUp()).isNull();
        assertThat(context.undo().undoDescriptionProperty().get()).contains("Anna Jensen").contains("follow-up");

        context.undo().undo();
        dk.netdesk.pipeline.NextFollowUp back = pipeline.status(anna.id()).followUp();
        assertThat(back).isNotNull();
        assertThat(back.date()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(back.time()).isEqualTo(java.time.LocalTime.of(19, 30));
        assertThat(back.kind()).isEqualTo(dk.netdesk.pipeline.FollowUpKind.CALL);
        context.undo().redo();
        assertThat(pipeline.status(anna.id()).followUp()).isNull();
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
