package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.netdesk.calendar.CalendarRepository;
import dk.netdesk.calendar.ContactRef;
import dk.netdesk.calendar.EditScope;
import dk.netdesk.calendar.EventDraft;
import dk.netdesk.calendar.EventForm;
import dk.netdesk.calendar.Kind;
import dk.netdesk.calendar.Occurrence;
import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.DoNotContactException;
import dk.netdesk.pipeline.Consent;
import dk.netdesk.pipeline.ContactActivityViewModel;
import dk.netdesk.pipeline.FollowUp;
import dk.netdesk.pipeline.InteractionType;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.pipeline.TodayViewModel;
import dk.netdesk.testing.MutableClock;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 4: a do-not-contact person gets no new follow-up (date or calendar event) on any path,
 * view-model or below, with the reason said in plain words; the block shows where they are listed; lifting
 * it allows follow-ups again; a consent withdrawal is an entry with date, channel and wording. The whole
 * app runs on a {@link MutableClock} (2026-11-28 10:00, Copenhagen).
 */
class DoNotContactTest {

    static final String REASON = "Asked not to be called";
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @TempDir
    Path dir;
    MutableClock clock;
    TestApp app;
    PipelineRepository pipeline;
    CalendarRepository calendar;
    Contact bo;

    @BeforeEach
    void setUp() {
        clock = new MutableClock();
        app = TestApp.open(dir, Locale.ENGLISH, clock);
        // the app's own changes, so its screens hear of the mark as they would after a click
        pipeline = new PipelineRepository(app.database(), app.context().changes(), clock);
        calendar = new CalendarRepository(app.database(), app.context().changes());
        bo = app.context().contactService().create(ContactDetails.named("Bo Berg"), null);
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    private String status() {
        return app.context().status().textProperty().get();
    }

    private ContactActivityViewModel openActivity() {
        app.context().pipelineDetails().open(bo.id());
        return app.context().pipelineDetails().activity();
    }

    private void mark() {
        pipeline.setDoNotContact(bo.id(), true, REASON);
    }

    private int eventsOfBo() {
        return calendar.eventIdsLinkedTo(bo.id()).size();
    }

    private static final String REFUSED = "Not planned: Bo Berg is marked do not contact (" + REASON + ").";

    // ---- the contact's details: next follow-up and "Plan in calendar" ---------------------------

    @Test
    void planInCalendarAndNextFollowUpAreRefusedWithTheReasonAndNothingIsWritten() {
        mark();
        ContactActivityViewModel activity = openActivity();

        activity.scheduleDateProperty().set(TODAY.plusDays(2));
        assertThat(activity.scheduleFollowUp()).isFalse();
        assertThat(status()).isEqualTo("No follow-up set: Bo Berg is marked do not contact (" + REASON + ").");
        assertThat(activity.setNextFollowUp(TODAY.plusDays(3))).isFalse();
        assertThat(status()).contains(REASON);
        assertThat(eventsOfBo()).isZero();
        assertThat(pipeline.status(bo.id()).nextFollowUp()).isNull();
    }

    @Test
    void markedElsewhereAfterThePanelWasReadTheWriteIsRefusedBelowAndTheStatusSaysWhy() {
        ContactActivityViewModel activity = openActivity();
        // another screen marks them, and this panel has not heard of it yet
        new PipelineRepository(app.database(), new dk.netdesk.db.Changes(), clock).setDoNotContact(bo.id(), true, REASON);
        assertThat(activity.contactStatusProperty().get().doNotContact()).isFalse();

        activity.scheduleDateProperty().set(TODAY.plusDays(2));
        activity.scheduleFollowUp();
        assertThat(status()).isEqualTo(REFUSED + " Lift the mark in the contact's details first, if they have asked to be"
                + " contacted again.");
        assertThat(eventsOfBo()).isZero();
        assertThat(activity.contactStatusProperty().get().doNotContact()).as("the panel reads them again").isTrue();

        assertThat(activity.setNextFollowUp(TODAY.plusDays(1))).as("refused by the view-model now").isFalse();
        assertThat(pipeline.status(bo.id()).nextFollowUp()).isNull();
    }

    @Test
    void theServicesRefuseOnTheirOwn() {
        mark();
        LocalDateTime start = TODAY.plusDays(1).atTime(18, 0);
        assertThatThrownBy(() -> app.context().calendarService().scheduleFollowUp(bo.id(), start, Duration.ofMinutes(30)))
                .isInstanceOfSatisfying(DoNotContactException.class, e -> {
                    assertThat(e.contactId()).isEqualTo(bo.id());
                    assertThat(e.name()).isEqualTo("Bo Berg");
                    assertThat(e.reason()).isEqualTo(REASON);
                    assertThat(e.message(app.context().messages())).startsWith(REFUSED);
                });
        assertThatThrownBy(() -> pipeline.setNextFollowUp(bo.id(), TODAY.plusDays(1)))
                .isInstanceOf(DoNotContactException.class);
        assertThatThrownBy(() -> pipeline.addInteraction(bo.id(), InteractionType.CALL, TODAY, "They called", "",
                TODAY.plusDays(1))).isInstanceOf(DoNotContactException.class);
        assertThat(eventsOfBo()).isZero();
        assertThat(pipeline.interactions(bo.id())).isEmpty();
    }

    @Test
    void liftingTheBlockAllowsFollowUpsAgain() {
        mark();
        ContactActivityViewModel activity = openActivity();
        assertThat(activity.scheduleFollowUp()).isFalse();

        assertThat(activity.setDoNotContact(false)).isTrue();
        activity.scheduleDateProperty().set(TODAY.plusDays(2));
        assertThat(activity.scheduleFollowUp()).isTrue();
        assertThat(eventsOfBo()).isOne();
        assertThat(pipeline.status(bo.id()).nextFollowUp()).isEqualTo(TODAY.plusDays(2));

        clock.advanceDays(2); // the follow-up is due: Bo is someone to contact today again
        TodayViewModel today = app.context().today();
        today.load();
        assertThat(today.due()).extracting(FollowUp::name).containsExactly("Bo Berg");
    }

    @Test
    void undoingAnInteractionAfterTheMarkGivesNoFollowUpDateBack() {
        ContactActivityViewModel activity = openActivity();
        activity.interactionTextProperty().set("Called");
        activity.interactionFollowUpProperty().set(TODAY.plusDays(4));
        activity.addInteraction(); // undo would give back "no date"; make the date before be one
        pipeline.setNextFollowUp(bo.id(), TODAY.plusDays(5));
        activity.interactionTextProperty().set("Called again");
        activity.interactionFollowUpProperty().set(TODAY.plusDays(6));
        activity.addInteraction();
        mark();

        app.context().undo().undo();
        assertThat(pipeline.interactions(bo.id())).hasSize(1);
        assertThat(pipeline.status(bo.id()).nextFollowUp()).isNull();
    }

    // ---- the calendar ---------------------------------------------------------------------------

    private EventDraft draft(Kind kind, Long contactId) {
        LocalDateTime start = TODAY.plusDays(1).atTime(18, 0);
        return new EventDraft("Call Bo", start, start.plusMinutes(30), false, "", "", contactId, kind, null, null);
    }

    @Test
    void theEventDialogRefusesLinkingAFollowUpToABlockedPersonAndShowsTheReason() {
        mark();
        app.context().calendar().load();
        ContactRef linked = app.context().calendar().contacts().stream().filter(c -> c.id() == bo.id()).findFirst().orElseThrow();
        assertThat(linked.blockReason()).isEqualTo(REASON);

        EventForm form = new EventForm();
        form.edit(draft(Kind.FAMILY, null), app.context().calendar().contacts());
        form.contactProperty().set(linked);
        assertThat(form.contactBlockReason()).isEqualTo(REASON);
        assertThat(form.validate()).as("a personal event with them is fine").isTrue();
        for (Kind reaching : List.of(Kind.FOLLOW_UP, Kind.PROSPECTING, Kind.PRESENTATION)) {
            form.categoryProperty().set(reaching.category());
            form.kindProperty().set(reaching);
            assertThat(form.validate()).as(reaching.name()).isFalse();
            assertThat(form.errorProperty().get()).isEqualTo("calendar.error.doNotContact");
        }
        form.contactProperty().set(null);
        assertThat(form.validate()).as("the same follow-up without them").isTrue();

        assertThat(app.context().calendar().create(draft(Kind.FOLLOW_UP, bo.id()))).isFalse();
        assertThat(status()).startsWith(REFUSED);
        assertThat(eventsOfBo()).isZero();
    }

    @Test
    void followUpsPlannedBeforeTheMarkStayShownBlockedAndCanBeRenamedOrDeletedButNotMoved() {
        app.context().calendarService().scheduleFollowUp(bo.id(), TODAY.atTime(18, 0), Duration.ofMinutes(30));
        mark();
        var model = app.context().calendar();
        model.load();
        Occurrence planned = model.occurrences().stream().filter(o -> Long.valueOf(bo.id()).equals(o.row().contactId()))
                .findFirst().orElseThrow();
        assertThat(model.blockReason(planned.row().contactId())).as("agenda and dialog show the badge").isEqualTo(REASON);

        // The dialog lets the user keep it where it is (rename), not plan it anew.
        EventForm form = new EventForm();
        EventDraft stored = EventDraft.of(planned, null);
        form.edit(stored, model.contacts());
        form.titleProperty().set("Do not call Bo");
        assertThat(form.validate()).isTrue();
        form.startProperty().set("19:00");
        form.endProperty().set("19:30");
        assertThat(form.validate()).isFalse();

        model.move(planned, TODAY.atTime(20, 0), TODAY.atTime(20, 30), EditScope.ALL);
        assertThat(status()).startsWith(REFUSED);
        assertThat(calendar.eventsLinkedTo(bo.id())).singleElement()
                .satisfies(row -> assertThat(row.start()).isEqualTo(TODAY.atTime(18, 0)));

        model.update(planned, stored.withTitle("Do not call Bo"), EditScope.ALL);
        assertThat(calendar.eventsLinkedTo(bo.id())).singleElement()
                .satisfies(row -> assertThat(row.title()).isEqualTo("Do not call Bo"));

        model.delete(planned, EditScope.ALL);
        assertThat(eventsOfBo()).isZero();
        app.context().undo().undo(); // bringing it back would plan it anew
        assertThat(status()).startsWith(REFUSED);
        assertThat(eventsOfBo()).isZero();
    }

    // ---- where their name appears -----------------------------------------------------------

    @Test
    void todayLeavesThemOutOfThoseToContactAndListsTheBlockWhileTheirEventIsInTheCalendar() {
        Contact anna = app.context().contactService().create(ContactDetails.named("Anna Holm"), null);
        pipeline.setNextFollowUp(anna.id(), TODAY);
        pipeline.setNextFollowUp(bo.id(), TODAY);
        app.context().calendarService().scheduleFollowUp(bo.id(), TODAY.atTime(18, 0), Duration.ofMinutes(30));
        mark();

        TodayViewModel today = app.context().today();
        today.load();
        assertThat(today.due()).extracting(FollowUp::name).containsExactly("Anna Holm");
        assertThat(today.blocked()).singleElement().satisfies(b -> {
            assertThat(b.name()).isEqualTo("Bo Berg");
            assertThat(b.reason()).isEqualTo(REASON);
            assertThat(b.plannedOn()).isEqualTo(TODAY);
        });
        assertThat(today.open(today.blocked().get(0))).isTrue();
        assertThat(today.details().contactIdProperty().get()).isEqualTo(bo.id());

        clock.advanceDays(1); // the event is over: nothing left to warn about
        today.load();
        assertThat(today.blocked()).isEmpty();
        assertThat(today.due()).extracting(FollowUp::name).containsExactly("Anna Holm");
    }

    @Test
    void theContactsListExposesTheBlockAndFollowsTheMark() {
        var contacts = app.context().contacts();
        contacts.load();
        Contact listed = contacts.allContacts().stream().filter(c -> c.id() == bo.id()).findFirst().orElseThrow();
        assertThat(contacts.blockReason(listed)).isNull();

        ContactActivityViewModel activity = openActivity();
        activity.doNotContactReasonProperty().set(REASON);
        activity.setDoNotContact(true); // publishes CONTACTS: the list reads again
        listed = contacts.allContacts().stream().filter(c -> c.id() == bo.id()).findFirst().orElseThrow();
        assertThat(listed.doNotContact()).isTrue();
        assertThat(contacts.blockReason(listed)).isEqualTo(REASON);
        assertThat(contacts.blockedCount()).isOne();
    }

    // ---- consent --------------------------------------------------------------------------------

    @Test
    void aWithdrawalIsAnEntryWithDateChannelAndWording() {
        ContactActivityViewModel activity = openActivity();
        assertThat(activity.consentDateProperty().get()).as("the form starts on the clock's today").isEqualTo(TODAY);
        activity.consentChannelProperty().set("SMS");
        activity.consentWordingProperty().set("Yes to product news by SMS");
        assertThat(activity.addConsent()).isTrue();

        clock.advanceDays(3);
        activity.consentDateProperty().set(LocalDate.now(clock));
        activity.consentGivenProperty().set(false);
        activity.consentChannelProperty().set("phone");
        activity.consentWordingProperty().set("Please stop sending me messages");
        assertThat(activity.addConsent()).isTrue();
        assertThat(status()).contains("Bo Berg");

        assertThat(pipeline.consents(bo.id())).extracting(Consent::date, Consent::channel, Consent::wording, Consent::given)
                .containsExactly( // newest first
                        org.assertj.core.groups.Tuple.tuple(TODAY.plusDays(3), "phone", "Please stop sending me messages", false),
                        org.assertj.core.groups.Tuple.tuple(TODAY, "SMS", "Yes to product news by SMS", true));
        assertThat(activity.consents()).hasSize(2);
    }
}
