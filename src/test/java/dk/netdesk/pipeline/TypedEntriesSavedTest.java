package dk.netdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.Changes;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.LeaveChoice;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is typed in a stored contact's entry forms but not yet added with their own Set or Add — the next follow-up (a
 * new-user finding of stop 32: Ctrl+S dropped it while saying "Saved"), a conversation to log — is an unsaved edit like
 * the others: Save (Ctrl+S) adds it, with the other fields or alone; a follow-up that cannot be read refuses the save
 * and stores nothing; leaving asks first.
 */
class TypedEntriesSavedTest {

    private static final LocalDate TODAY = LocalDate.now(TestApp.CLOCK);

    @TempDir
    Path dir;
    TestApp app;
    ContactDetailsViewModel details;
    PipelineRepository pipeline;
    long dorte;

    @BeforeEach
    void setUp() {
        app = TestApp.open(dir, Locale.ENGLISH);
        details = app.context().pipelineDetails();
        pipeline = new PipelineRepository(app.database(), new Changes(), TestApp.CLOCK);
        dorte = People.service(app.database(), new Changes(), TestApp.CLOCK)
                .create(ContactDetails.named("Dorte Berg"), null, NextFollowUp.on(TODAY), null).id();
        details.open(dorte);
        assertThat(details.shows(dorte)).isTrue();
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    private LocalDate storedFollowUp() {
        return pipeline.status(dorte).followUp().date();
    }

    private String storedName() {
        return new dk.netdesk.contacts.ContactRepository(app.database(), TestApp.CLOCK).find(dorte).orElseThrow().name();
    }

    @Test
    void saveStoresAFollowUpTypedWithAnotherEdit() {
        details.form().nameProperty().set("Dorte Berg Hansen");
        details.activity().followUp().dateProperty().set(TODAY.plusDays(17));
        assertThat(details.dirtyProperty().get()).isTrue();

        assertThat(details.save()).isTrue();
        assertThat(storedName()).isEqualTo("Dorte Berg Hansen");
        assertThat(storedFollowUp()).as("the typed date, not the one it had").isEqualTo(TODAY.plusDays(17));
        assertThat(details.activity().followUp().dateProperty().get()).isEqualTo(TODAY.plusDays(17));
        assertThat(details.dirtyProperty().get()).isFalse();
    }

    @Test
    void saveStoresAFollowUpTypedAlone() {
        details.activity().followUp().dateProperty().set(TODAY.plusDays(17));
        assertThat(details.dirtyProperty().get()).as("a typed follow-up is an unsaved edit").isTrue();

        assertThat(details.save()).isTrue();
        assertThat(storedFollowUp()).isEqualTo(TODAY.plusDays(17));
        assertThat(details.dirtyProperty().get()).isFalse();
    }

    @Test
    void aFollowUpThatCannotBeReadRefusesTheSaveAndStoresNothing() {
        details.form().nameProperty().set("Dorte Berg Hansen");
        details.activity().followUp().unreadableDateProperty().set("tomorrow");

        assertThat(details.save()).isFalse();
        assertThat(storedName()).isEqualTo("Dorte Berg");
        assertThat(storedFollowUp()).isEqualTo(TODAY);
        assertThat(app.context().status().textProperty().get()).isEqualTo("Not saved: correct the fields marked in red.");
    }

    @Test
    void leavingAFollowUpTypedButNotSetAsksFirst() {
        details.activity().followUp().dateProperty().set(TODAY.plusDays(17));
        int[] asked = {0};
        details.setAskToLeave(() -> {
            asked[0]++;
            return LeaveChoice.CANCEL;
        });
        assertThat(details.close()).as("Cancel stays").isFalse();
        assertThat(asked[0]).isEqualTo(1);
        assertThat(details.activity().followUp().dateProperty().get()).isEqualTo(TODAY.plusDays(17));

        details.setAskToLeave(() -> LeaveChoice.SAVE);
        assertThat(details.close()).isTrue();
        assertThat(storedFollowUp()).as("Save in the question stores it").isEqualTo(TODAY.plusDays(17));
    }

    @Test
    void saveLogsAConversationTypedWithAnotherEditAndLeavingOneAsks() {
        details.form().nameProperty().set("Dorte Berg Hansen");
        details.activity().interactionTextProperty().set("Asked about the starter kit");
        assertThat(details.save()).isTrue();
        assertThat(storedName()).isEqualTo("Dorte Berg Hansen");
        assertThat(pipeline.interactions(dorte)).extracting(Interaction::text).containsExactly("Asked about the starter kit");
        assertThat(details.dirtyProperty().get()).isFalse();

        details.activity().interactionTextProperty().set("Called back");
        assertThat(details.dirtyProperty().get()).as("a conversation typed but not logged").isTrue();
        details.setAskToLeave(() -> LeaveChoice.SAVE);
        assertThat(details.close()).isTrue();
        assertThat(pipeline.interactions(dorte)).extracting(Interaction::text)
                .containsExactlyInAnyOrder("Asked about the starter kit", "Called back");
    }

    @Test
    void aBirthdayTypedThatIsNoDateIsAnUnsavedEdit() {
        details.form().unreadableBirthdayProperty().set("31/02");
        assertThat(details.dirtyProperty().get()).as("leaving asks rather than dropping it").isTrue();
        int[] asked = {0};
        details.setAskToLeave(() -> {
            asked[0]++;
            return LeaveChoice.CANCEL;
        });
        assertThat(details.close()).isFalse();
        assertThat(asked[0]).isEqualTo(1);
    }
}
