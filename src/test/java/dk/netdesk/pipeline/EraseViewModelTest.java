package dk.netdesk.pipeline;

import static dk.netdesk.db.generated.Tables.CALENDAR_EVENT;
import static dk.netdesk.db.generated.Tables.CONTACT;
import static dk.netdesk.db.generated.Tables.ERASURE_LOG;
import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.calendar.EventDraft;
import dk.netdesk.calendar.Kind;
import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.ContactRef;
import dk.netdesk.db.Changes;
import dk.netdesk.pipeline.PersonErase.EventChoice;
import dk.netdesk.testing.FailingBackground;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.StatusLine;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** The erase dialog's view-model, without a window, over the app as composed (synchronous background). */
class EraseViewModelTest {

    private static final String NAME = "Birthe Kjærsgaard";

    @TempDir
    Path dir;
    TestApp app;
    ContactService contacts;
    StatusLine status = new StatusLine();
    List<Long> erasedIds = new ArrayList<>();
    List<Throwable> reported = new ArrayList<>();
    FailingBackground background;
    EraseViewModel model;
    long birthe;
    long anna;
    long followUp;
    long coffee;
    long lunch;

    @BeforeEach
    void setUp() {
        app = TestApp.open(dir, Locale.ENGLISH);
        app.context().pipeline().load();
        contacts = People.service(app.database(), new Changes(), TestApp.CLOCK);
        background = new FailingBackground(() -> new DataAccessException("SQL [delete …]; [SQLITE_FULL] database or disk is full",
                new SQLiteException("[SQLITE_FULL] database or disk is full", SQLiteErrorCode.SQLITE_FULL)), reported::add);
        model = new EraseViewModel(app.context().personErase(), background, status, app.context().messages(),
                TestApp.CLOCK, erasedIds::add);
        anna = contacts.create(new ContactDetails("Anna Jensen", List.of(), List.of(), "", "", "", "", "", null, null,
                null, null, List.of(), "Met " + NAME + " at the fair."), null).id();
        Contact b = contacts.create(new ContactDetails(NAME, List.of("20 30 40 50", "61 72 83 94"), List.of("bk@example.dk"),
                "", "", "", "", "Hjørring", null, null, null, null, List.of("VIP", "skin care", "Odense"), ""), null);
        birthe = b.id();
        app.context().pipeline().load();
        followUp = app.context().calendarService().scheduleFollowUp(birthe, LocalDateTime.of(2026, 12, 1, 9, 0),
                Duration.ofMinutes(30)).id();
        app.context().calendar().load();
        assertThat(app.context().calendar().create(new EventDraft("Coffee with " + NAME, LocalDateTime.of(2026, 12, 3, 10, 0),
                LocalDateTime.of(2026, 12, 3, 11, 0), false, "Vestergade 17", "Call 20 30 40 50", birthe,
                Kind.NETWORKING, null, null))).isTrue();
        assertThat(app.context().calendar().create(new EventDraft("Lunch", LocalDateTime.of(2026, 12, 4, 12, 0),
                LocalDateTime.of(2026, 12, 4, 13, 0), false, "", "", birthe, Kind.OTHER, null, null))).isTrue();
        coffee = eventId("Coffee with " + NAME);
        lunch = eventId("Lunch");
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    private long eventId(String title) {
        return app.database().dsl().select(CALENDAR_EVENT.ID).from(CALENDAR_EVENT).where(CALENDAR_EVENT.TITLE.eq(title))
                .fetchOne(CALENDAR_EVENT.ID);
    }

    private EraseViewModel.EventRow row(long id) {
        return model.events().stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    private boolean stored(long contactId) {
        return app.database().dsl().fetchExists(CONTACT, CONTACT.ID.eq(contactId));
    }

    @Test
    void openingReadsTheCountsEventsAndMentions() {
        model.open(birthe);

        assertThat(model.previewProperty().get().name()).isEqualTo(NAME);
        assertThat(model.counts()).extracting(EraseViewModel.Count::key, EraseViewModel.Count::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("phones", 2), org.assertj.core.groups.Tuple.tuple("emails", 1),
                org.assertj.core.groups.Tuple.tuple("tags", 3), org.assertj.core.groups.Tuple.tuple("stageHistory", 1),
                org.assertj.core.groups.Tuple.tuple("interactions", 0), org.assertj.core.groups.Tuple.tuple("consents", 0),
                org.assertj.core.groups.Tuple.tuple("attachmentsOnlyTheirs", 0),
                org.assertj.core.groups.Tuple.tuple("attachmentsShared", 0),
                org.assertj.core.groups.Tuple.tuple("events", 3), org.assertj.core.groups.Tuple.tuple("scriptUses", 0),
                org.assertj.core.groups.Tuple.tuple("referrals", 0),
                org.assertj.core.groups.Tuple.tuple("backups", 0));
        assertThat(model.events()).extracting(EraseViewModel.EventRow::id, EraseViewModel.EventRow::madeByNetdesk)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(followUp, true),
                        org.assertj.core.groups.Tuple.tuple(coffee, false), org.assertj.core.groups.Tuple.tuple(lunch, false));
        assertThat(model.notesMentions()).extracting(ContactRef::id).containsExactly(anna);
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEmpty();
        // Every count the dialog shows has a text in both languages.
        for (EraseViewModel.Count count : model.counts()) {
            assertThat(app.context().messages().has("pipeline.erase.count." + count.key())).as(count.key()).isTrue();
        }
    }

    @Test
    void eraseStaysOffUntilEveryTypedEventHasAChoiceAndTheUserUnderstands() {
        model.open(birthe);
        assertThat(row(followUp).choiceProperty().get()).as("no choice is picked for the user").isNull();
        assertThat(row(coffee).choiceProperty().get()).isNull();
        assertThat(model.choicesMissingProperty().get()).isTrue();
        model.understoodProperty().set(true);
        assertThat(model.canEraseProperty().get()).isFalse();

        row(coffee).choiceProperty().set(EventChoice.KEEP_WITHOUT_PERSON);
        assertThat(model.choicesMissingProperty().get()).as("Lunch has no choice yet").isTrue();
        row(lunch).choiceProperty().set(EventChoice.DELETE);
        assertThat(model.choicesMissingProperty().get()).isFalse();
        assertThat(model.canEraseProperty().get()).isTrue();
        assertThat(row(coffee).choiceProperty().get()).as("the choice is held").isEqualTo(EventChoice.KEEP_WITHOUT_PERSON);

        model.understoodProperty().set(false);
        assertThat(model.canEraseProperty().get()).isFalse();
        model.erase();
        assertThat(stored(birthe)).as("Erase while off does nothing").isTrue();
        assertThat(erasedIds).isEmpty();
    }

    @Test
    void eraseCallsThroughAppliesTheChoicesAndReportsTheReferenceAndDate() {
        model.open(birthe);
        row(coffee).choiceProperty().set(EventChoice.KEEP_WITHOUT_PERSON);
        row(lunch).choiceProperty().set(EventChoice.DELETE);
        model.understoodProperty().set(true);

        model.erase();

        PersonErase.Erased done = model.erasedProperty().get();
        assertThat(done).isNotNull();
        assertThat(done.eventsDeleted()).isEqualTo(2);
        assertThat(done.eventsKept()).isEqualTo(1);
        assertThat(stored(birthe)).isFalse();
        assertThat(stored(anna)).isTrue();
        assertThat(app.database().dsl().fetchExists(CALENDAR_EVENT, CALENDAR_EVENT.ID.in(followUp, lunch))).isFalse();
        var kept = app.database().dsl().selectFrom(CALENDAR_EVENT).where(CALENDAR_EVENT.ID.eq(coffee)).fetchOne();
        assertThat(kept.getContactId()).isNull();
        assertThat(kept.getTitle()).isEqualTo("Coffee with");
        assertThat(kept.getLocation()).isNullOrEmpty();
        assertThat(app.database().dsl().select(ERASURE_LOG.REFERENCE).from(ERASURE_LOG).fetch(ERASURE_LOG.REFERENCE))
                .containsExactly(done.reference());
        String expected = "The person was erased on 28 Nov 2026, 10:00. Erasure reference: " + done.reference();
        assertThat(model.messageProperty().get()).isEqualTo(expected);
        assertThat(status.textProperty().get()).isEqualTo(expected);
        assertThat(model.failedProperty().get()).isFalse();
        assertThat(erasedIds).containsExactly(birthe);
        assertThat(model.canEraseProperty().get()).as("erased once").isFalse();
    }

    @Test
    void aFailedEraseSaysWhyInPlainWordsReportsItAndErasesNothing() {
        model.open(birthe);
        row(coffee).choiceProperty().set(EventChoice.DELETE);
        row(lunch).choiceProperty().set(EventChoice.DELETE);
        model.understoodProperty().set(true);
        background.failing = true;

        model.erase();

        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).isEqualTo("Nothing was erased: the disk is full. Free some space on the "
                + "disk that holds your data folder, then erase again.");
        assertThat(reported).as("the error window says it too, once").hasSize(1);
        assertThat(model.erasedProperty().get()).isNull();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.canEraseProperty().get()).as("the user may try again").isTrue();
        assertThat(erasedIds).isEmpty();
        assertThat(stored(birthe)).isTrue();
        assertThat(app.database().dsl().fetchCount(ERASURE_LOG)).isZero();
    }

    @Test
    void aContactDeletedMeanwhileIsSaidAndNothingIsErased() {
        model.open(birthe);
        row(coffee).choiceProperty().set(EventChoice.DELETE);
        row(lunch).choiceProperty().set(EventChoice.DELETE);
        model.understoodProperty().set(true);
        contacts.delete(birthe, null);

        model.erase();

        assertThat(model.messageProperty().get()).isEqualTo("Nothing was erased: this contact no longer exists.");
        assertThat(reported).as("not a failure of the app").isEmpty();
        assertThat(app.database().dsl().fetchCount(ERASURE_LOG)).isZero();
    }

    @Test
    void cancelChangesNothingAndForgetsTheChoices() {
        model.open(birthe);
        row(coffee).choiceProperty().set(EventChoice.DELETE);
        model.understoodProperty().set(true);

        model.cancel();

        assertThat(model.previewProperty().get()).isNull();
        assertThat(model.events()).isEmpty();
        assertThat(model.counts()).isEmpty();
        assertThat(model.understoodProperty().get()).isFalse();
        assertThat(stored(birthe)).isTrue();
        assertThat(app.database().dsl().fetchCount(CALENDAR_EVENT, CALENDAR_EVENT.CONTACT_ID.eq(birthe))).isEqualTo(3);
        assertThat(app.database().dsl().fetchCount(ERASURE_LOG)).isZero();
        model.open(birthe);
        assertThat(row(coffee).choiceProperty().get()).as("a new opening starts without choices").isNull();
    }

    @Test
    void theEditorShowingTheErasedContactClosesAndDropsItsEdits() {
        ContactDetailsViewModel details = app.context().pipelineDetails();
        details.open(birthe);
        details.form().notesProperty().set("Unsaved words about " + NAME);
        EraseViewModel erase = details.erase();
        erase.open(birthe);
        erase.events().stream().filter(e -> !e.madeByNetdesk())
                .forEach(e -> e.choiceProperty().set(EventChoice.DELETE));
        erase.understoodProperty().set(true);

        erase.erase();

        assertThat(details.openProperty().get()).isFalse();
        assertThat(details.contactIdProperty().get()).isNull();
        assertThat(details.goneProperty().get()).as("not a gone contact that Save would store again").isFalse();
        assertThat(details.dirtyProperty().get()).isFalse();
        assertThat(stored(birthe)).isFalse();
        assertThat(app.context().status().textProperty().get()).startsWith("The person was erased on ");
    }

    @Test
    void everyOtherEditorShowingThemDropsItsEditsAndUndoCannotBringThemBack() {
        ContactDetailsViewModel contactsEditor = app.context().contactsEditor();
        contactsEditor.open(birthe);
        contactsEditor.form().notesProperty().set("Saved words about " + NAME);
        assertThat(contactsEditor.save()).isTrue();
        assertThat(app.context().undo().canUndoProperty().get()).as("the saved edit can be undone").isTrue();
        contactsEditor.form().notesProperty().set("Unsaved words about " + NAME);
        ContactDetailsViewModel board = app.context().pipelineDetails();
        EraseViewModel erase = board.erase();
        erase.open(birthe);
        erase.events().stream().filter(e -> !e.madeByNetdesk()).forEach(e -> e.choiceProperty().set(EventChoice.DELETE));
        erase.understoodProperty().set(true);

        erase.erase();

        assertThat(contactsEditor.contactIdProperty().get()).as("the Contacts editor let go of her").isNull();
        assertThat(contactsEditor.goneProperty().get()).as("not a gone contact that Save would store again").isFalse();
        assertThat(contactsEditor.dirtyProperty().get()).isFalse();
        assertThat(app.context().undo().canUndoProperty().get()).as("no older command can write her back").isFalse();
        assertThat(stored(birthe)).isFalse();
    }
}
