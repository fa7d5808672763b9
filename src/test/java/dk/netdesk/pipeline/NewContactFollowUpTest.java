package dk.netdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.Changes;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new contact's stage and next follow-up in the editor's view-model (issue 18, item 11), with no window: the
 * defaults, the checks Save makes (a message for the field at fault, nothing saved), one transaction for the
 * contact with its stage and follow-up, and the follow-up's time and kind belonging to its date.
 */
class NewContactFollowUpTest {

    @TempDir
    Path dir;
    TestApp app;
    ContactDetailsViewModel details;
    ContactService contacts;
    PipelineRepository pipeline;

    @BeforeEach
    void setUp() {
        app = TestApp.open(dir, Locale.ENGLISH);
        app.context().pipeline().load();
        details = app.context().pipelineDetails();
        contacts = People.service(app.database(), new Changes(), TestApp.CLOCK);
        pipeline = new PipelineRepository(app.database(), new Changes(), TestApp.CLOCK);
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    private List<Stage> stages() {
        return pipeline.stages();
    }

    private FollowUpFields followUp() {
        return details.newContactPlan().followUp();
    }

    @Test
    void aNewContactStartsInTheColumnItWasStartedFromElseTheFirst() {
        details.newContact();
        assertThat(details.newContactPlan().stages()).isEqualTo(stages());
        assertThat(details.newContactPlan().stageProperty().get()).isEqualTo(stages().get(0));
        assertThat(details.dirtyProperty().get()).as("the defaults are no edit").isFalse();

        details.close();
        details.newContact(stages().get(3).id());
        assertThat(details.newContactPlan().stageProperty().get()).isEqualTo(stages().get(3));
        assertThat(followUp().dateProperty().get()).isNull();
        assertThat(followUp().kindProperty().get()).isNull();
        details.newContactPlan().stageProperty().set(stages().get(1));
        assertThat(details.dirtyProperty().get()).as("another stage is an unsaved edit").isTrue();
    }

    @Test
    void saveStoresTheContactInItsStageWithItsFollowUp() {
        details.newContact();
        details.form().nameProperty().set("Cleo Berg");
        details.newContactPlan().stageProperty().set(stages().get(2));
        followUp().dateProperty().set(LocalDate.of(2026, 12, 10));
        followUp().timeProperty().set("9.30");
        followUp().kindProperty().set(FollowUpKind.CALL);
        assertThat(details.save()).isTrue();

        long id = details.contactIdProperty().get();
        ContactStatus status = pipeline.status(id);
        assertThat(status.stageId()).isEqualTo(stages().get(2).id());
        assertThat(status.followUp()).isEqualTo(new NextFollowUp(LocalDate.of(2026, 12, 10), LocalTime.of(9, 30), FollowUpKind.CALL));
        assertThat(details.activity().history()).extracting(StageVisit::stageName).containsExactly(stages().get(2).name());
        // the stored contact's own follow-up fields show the same
        assertThat(details.activity().followUp().timeProperty().get()).isEqualTo("09:30");
        assertThat(details.activity().followUp().kindProperty().get()).isEqualTo(FollowUpKind.CALL);
    }

    @Test
    void aDateAloneIsAFollowUpWithNoTimeOrKind() {
        details.newContact();
        details.form().nameProperty().set("Dan");
        followUp().dateProperty().set(LocalDate.of(2026, 12, 1));
        assertThat(details.save()).isTrue();
        ContactStatus status = pipeline.status(details.contactIdProperty().get());
        assertThat(status.followUp()).isEqualTo(NextFollowUp.on(LocalDate.of(2026, 12, 1)));
        assertThat(status.stageId()).isEqualTo(stages().get(0).id());
    }

    @Test
    void aTimeWithNoDateIsSaidUnderTheDateAndSavesNothing() {
        details.newContact();
        details.form().nameProperty().set("Eva");
        followUp().timeProperty().set("10:00");
        assertThat(details.save()).isFalse();
        assertThat(followUp().dateErrorProperty().get()).isEqualTo("Choose a date for this time, or clear the time.");
        assertThat(followUp().timeErrorProperty().get()).isEmpty();
        assertThat(contacts.findAll()).isEmpty();
        assertThat(app.context().status().textProperty().get()).isEqualTo("Not saved: correct the fields marked in red.");

        followUp().dateProperty().set(LocalDate.of(2026, 12, 2));
        assertThat(followUp().dateErrorProperty().get()).as("goes once a date is chosen").isEmpty();
        assertThat(details.save()).isTrue();
        assertThat(contacts.findAll()).extracting(Contact::name).containsExactly("Eva");
    }

    @Test
    void aTimeThatCannotBeReadIsSaidUnderTheTimeAndSavesNothing() {
        details.newContact();
        details.form().nameProperty().set("Finn");
        followUp().dateProperty().set(LocalDate.of(2026, 12, 2));
        followUp().timeProperty().set("25:99");
        assertThat(details.save()).isFalse();
        assertThat(followUp().timeErrorProperty().get()).isEqualTo("Could not read \u201c25:99\u201d as a time. Type it like 18:30.");
        assertThat(followUp().dateErrorProperty().get()).isEmpty();
        assertThat(contacts.findAll()).isEmpty();
        followUp().timeProperty().set("14");
        assertThat(followUp().timeErrorProperty().get()).as("goes once the time is changed").isEmpty();
        assertThat(details.save()).isTrue();
        assertThat(pipeline.status(details.contactIdProperty().get()).nextFollowUpTime()).isEqualTo(LocalTime.of(14, 0));
    }

    @Test
    void aDateThatCannotBeReadSavesNothing() {
        details.newContact();
        details.form().nameProperty().set("Gro");
        // the date field's text that is no date (the picker says so under itself)
        followUp().unreadableDateProperty().set("31/02/2026");
        followUp().timeProperty().set("10:00");
        assertThat(details.save()).isFalse();
        assertThat(followUp().dateErrorProperty().get()).as("the date's own message says it; no second one").isEmpty();
        assertThat(contacts.findAll()).isEmpty();
    }

    @Test
    void aFailedSaveLeavesNoContactBehind() {
        // the follow-up's write fails after the contact row and its stage are written: all of it is rolled back
        app.database().dsl().execute("CREATE TRIGGER refuse_kind BEFORE UPDATE OF next_follow_up_kind ON contact "
                + "WHEN NEW.next_follow_up_kind IS NOT NULL BEGIN SELECT RAISE(ABORT, 'refused'); END");
        int historyBefore = app.database().dsl().fetchCount(dk.netdesk.db.generated.Tables.STAGE_HISTORY);
        assertThatThrownBy(() -> contacts.create(ContactDetails.named("Hans"), stages().get(2).id(),
                new NextFollowUp(LocalDate.of(2026, 12, 3), null, FollowUpKind.MESSAGE), null))
                .isInstanceOf(RuntimeException.class);
        assertThat(contacts.findAll()).isEmpty();
        assertThat(app.database().dsl().fetchCount(dk.netdesk.db.generated.Tables.STAGE_HISTORY)).isEqualTo(historyBefore);

        // the same through the editor: the failure is said, the form keeps the text, nothing is stored
        details.newContact();
        details.form().nameProperty().set("Hans");
        followUp().dateProperty().set(LocalDate.of(2026, 12, 3));
        followUp().kindProperty().set(FollowUpKind.MESSAGE);
        // the test's direct background rethrows what the app reports in a dialog
        assertThatThrownBy(details::save).isInstanceOf(RuntimeException.class);
        assertThat(contacts.findAll()).isEmpty();
        assertThat(details.contactIdProperty().get()).isNull();
        assertThat(details.form().nameProperty().get()).isEqualTo("Hans");
        assertThat(followUp().kindProperty().get()).isEqualTo(FollowUpKind.MESSAGE);
        app.context().pipeline().load();
        assertThat(app.context().pipeline().columns()).allSatisfy(c -> assertThat(c.cards()).isEmpty());
    }

    @Test
    void theTimeAndKindGoWhenTheDateIsChangedAnotherWay() {
        Contact ivan = contacts.create(ContactDetails.named("Ivan"), null, new NextFollowUp(LocalDate.of(2026, 12, 4),
                LocalTime.of(8, 0), FollowUpKind.MEETING), null);
        pipeline.setNextFollowUp(ivan.id(), LocalDate.of(2026, 12, 4));
        assertThat(pipeline.status(ivan.id()).nextFollowUpKind()).as("the same date keeps them").isEqualTo(FollowUpKind.MEETING);
        pipeline.setNextFollowUp(ivan.id(), LocalDate.of(2026, 12, 5));
        assertThat(pipeline.status(ivan.id()).followUp()).isEqualTo(NextFollowUp.on(LocalDate.of(2026, 12, 5)));
    }

    @Test
    void aStoredContactsFollowUpIsSetWithItsTimeAndKindAndCheckedTheSameWay() {
        Contact jo = contacts.create(ContactDetails.named("Jo"), null);
        details.open(jo.id());
        FollowUpFields fields = details.activity().followUp();
        fields.timeProperty().set("11:00");
        assertThat(details.activity().setNextFollowUp()).isFalse();
        assertThat(fields.dateErrorProperty().get()).isNotEmpty();
        fields.dateProperty().set(LocalDate.of(2026, 12, 6));
        fields.kindProperty().set(FollowUpKind.MESSAGE);
        assertThat(details.activity().setNextFollowUp()).isTrue();
        assertThat(pipeline.status(jo.id()).followUp())
                .isEqualTo(new NextFollowUp(LocalDate.of(2026, 12, 6), LocalTime.of(11, 0), FollowUpKind.MESSAGE));
    }
}
