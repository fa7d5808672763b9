package dk.netdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.ContactRepository;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.db.ErasedBackups;
import dk.netdesk.db.Settings;
import dk.netdesk.testing.MutableClock;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Background;
import dk.netdesk.ui.Messages;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The retention review's list, keep, period and reminder through {@link RetentionViewModel}, on a real
 * database with a {@link MutableClock} (starting 28 November 2026 in Copenhagen).
 */
class RetentionViewModelTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 28);

    @TempDir
    Path dir;
    MutableClock clock;
    TestApp app;
    Database db;
    Changes changes;
    ContactService contacts;
    PipelineRepository pipeline;
    Settings settings;
    RetentionViewModel model;

    @BeforeEach
    void setUp() {
        clock = new MutableClock();
        app = TestApp.open(dir, Locale.ENGLISH, clock);
        app.context().pipeline().load();
        db = app.database();
        changes = new Changes();
        contacts = People.service(db, changes, clock);
        pipeline = new PipelineRepository(db, changes, clock);
        settings = new Settings(db, changes);
        model = model(Locale.ENGLISH);
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    private RetentionViewModel model(Locale locale) {
        ContactRepository contactRepository = new ContactRepository(db, clock);
        RetentionService service = new RetentionService(db, contactRepository, new RetentionRepository(db),
                ContactLinks.none(), settings, changes, clock, ref -> "Anonymised " + ref,
                People.attachments(db, changes, clock), ErasedBackups.NONE);
        PersonErase erase = new PersonErase(db, contactRepository, pipeline, ContactLinks.none(),
                new ErasureLogRepository(db), ErasedBackups.NONE, changes, clock, People.attachments(db, changes, clock));
        return new RetentionViewModel(service, changes, Background.direct(), new Messages(locale, Bundles.ALL),
                id -> erase.erase(id, Map.of()));
    }

    private long contact(String name) {
        return contacts.create(ContactDetails.named(name), null).id();
    }

    private List<String> listed() {
        model.open();
        return model.rows().stream().map(RetentionCandidate::name).toList();
    }

    private RetentionCandidate row(String name) {
        return model.rows().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theListIsInTheUiLanguagesTextOrder() {
        for (String name : new String[] {"Peter Holm", "\u00d8jvind Larsen", "Olga Berg", "\u00c5se Nielsen", "Aage Dahl"}) {
            contact(name);
        }
        clock.advanceDays(731);
        assertThat(listed()).as("English (TextOrder): \u00d8 right after O, \u00c5 with A")
                .containsExactly("Aage Dahl", "\u00c5se Nielsen", "Olga Berg", "\u00d8jvind Larsen", "Peter Holm");
        model = model(new Locale("da"));
        assertThat(listed()).as("Danish: \u2026 Z, \u00c6, \u00d8, \u00c5, with Aa as \u00c5")
                .containsExactly("Olga Berg", "Peter Holm", "\u00d8jvind Larsen", "Aage Dahl", "\u00c5se Nielsen");
    }

    @Test
    void aContactIsListedAsInactiveOnTheDayThePeriodHasPassedSinceItWasMade() {
        contact("Anna Jensen");
        assertThat(listed()).isEmpty();
        clock.advanceDays(730); // 27 November 2028: 23 months and 29 days
        assertThat(LocalDate.now(clock)).isEqualTo(START.plusMonths(24).minusDays(1));
        assertThat(listed()).isEmpty();
        clock.advanceDays(1); // 28 November 2028: 24 months
        assertThat(listed()).containsExactly("Anna Jensen");
        RetentionCandidate anna = row("Anna Jensen");
        assertThat(anna.reasons()).containsExactly(RetentionReason.INACTIVE);
        assertThat(anna.lastActivity()).isEqualTo(START);
        assertThat(model.reasonText(anna)).isEqualTo("Inactive since " + model.messages().date(START));
        assertThat(model.lastActivityText(anna)).isEqualTo(model.messages().date(START));
    }

    @Test
    void anInteractionOrAStageMoveStartsThePeriodAgainAndSoDoesARecentCreation() {
        long talked = contact("Bo Talked");
        long moved = contact("Carl Moved");
        contact("Dorte Idle");
        clock.advanceDays(400);
        LocalDate touched = LocalDate.now(clock);
        pipeline.addInteraction(talked, InteractionType.CALL, touched, "", "", null);
        pipeline.move(moved, pipeline.stages().get(2).id(), 0);
        contact("Emil New");
        clock.advanceDays(331); // 24 months after the start, 331 days after the touch
        assertThat(listed()).containsExactly("Dorte Idle");
        clock.advanceDays(400); // 24 months after the touch
        assertThat(LocalDate.now(clock)).isEqualTo(touched.plusMonths(24));
        assertThat(listed()).containsExactly("Bo Talked", "Carl Moved", "Dorte Idle", "Emil New");
        assertThat(row("Bo Talked").lastActivity()).isEqualTo(touched);
        assertThat(row("Carl Moved").lastActivity()).isEqualTo(touched);
        assertThat(row("Dorte Idle").lastActivity()).isEqualTo(START);
    }

    @Test
    void declinedParkedAndDoNotContactAreListedWhateverTheirActivity() {
        long declined = contact("Freja Declined");
        pipeline.addConsent(declined, START, "email", "Newsletter", true);
        pipeline.addConsent(declined, START, "email", "Newsletter", false);
        long regiven = contact("Gustav Regiven");
        pipeline.addConsent(regiven, START.minusDays(3), "phone", "Calls", false);
        pipeline.addConsent(regiven, START, "phone", "Calls", true);
        long parked = contact("Hanne Parked");
        Stage notNow = pipeline.stages().stream().filter(s -> s.kind() == StageKind.PARKED).findFirst().orElseThrow();
        pipeline.move(parked, notNow.id(), 0);
        // A stage the user made, of the parked kind, counts too.
        Stage later = pipeline.addStage("Later", StageKind.PARKED, 30);
        long parkedToo = contact("Ib Later");
        pipeline.move(parkedToo, later.id(), 0);
        long blocked = contact("Julie Blocked");
        pipeline.setDoNotContact(blocked, true, "Asked us to stop");
        pipeline.addInteraction(blocked, InteractionType.NOTE, START, "", "", null);
        contact("Kasper Active");

        assertThat(listed()).containsExactly("Freja Declined", "Hanne Parked", "Ib Later", "Julie Blocked");
        assertThat(row("Freja Declined").reasons()).containsExactly(RetentionReason.DECLINED);
        assertThat(row("Hanne Parked").reasons()).containsExactly(RetentionReason.PARKED);
        assertThat(row("Ib Later").reasons()).containsExactly(RetentionReason.PARKED);
        assertThat(row("Julie Blocked").reasons()).containsExactly(RetentionReason.DO_NOT_CONTACT);
        assertThat(model.reasonText(row("Julie Blocked"))).isEqualTo("Do-not-contact");

        clock.advanceDays(731);
        assertThat(listed()).contains("Kasper Active", "Gustav Regiven");
        assertThat(row("Julie Blocked").reasons())
                .containsExactlyInAnyOrder(RetentionReason.DO_NOT_CONTACT, RetentionReason.INACTIVE);
        assertThat(model.reasonText(row("Julie Blocked")))
                .isEqualTo("Do-not-contact, inactive since " + model.messages().date(START));
    }

    @Test
    void keepingWithAReasonHidesTheContactUntilThePeriodPassesAgainFromThatDay() {
        long blocked = contact("Line Blocked");
        pipeline.setDoNotContact(blocked, true, "Asked us to stop");
        assertThat(listed()).containsExactly("Line Blocked");
        model.selectedProperty().set(row("Line Blocked"));

        model.reasonProperty().set("   ");
        assertThat(model.keep(row("Line Blocked"))).isFalse();
        assertThat(model.statusProperty().get()).contains("Reason to keep");
        assertThat(model.failedProperty().get()).isTrue();
        assertThat(listed()).containsExactly("Line Blocked");

        model.reasonProperty().set("Customer\u0000");
        assertThat(model.keep(row("Line Blocked"))).as("a control character").isFalse();
        assertThat(model.statusProperty().get()).contains("control character");
        model.reasonProperty().set("x".repeat(dk.netdesk.ui.TextLimits.TEXT + 1));
        assertThat(model.keep(row("Line Blocked"))).as("too long").isFalse();
        assertThat(model.statusProperty().get()).contains("100,000");
        assertThat(listed()).containsExactly("Line Blocked");

        clock.advanceDays(10);
        LocalDate keptOn = LocalDate.now(clock);
        model.reasonProperty().set("  Customer, buys cre\u0301me every year ");
        assertThat(model.keep(row("Line Blocked"))).isTrue();
        assertThat(model.rows()).isEmpty();
        assertThat(model.reasonProperty().get()).isEmpty();
        assertThat(model.statusProperty().get()).contains("Line Blocked").contains(model.messages().date(keptOn.plusMonths(24)));
        assertThat(new RetentionRepository(db).keptReason(blocked)).isEqualTo("Customer, buys cr\u00e9me every year");
        assertThat(db.dsl().fetchValue("SELECT decided_on FROM retention_decision WHERE contact_id = " + blocked))
                .isEqualTo(keptOn.toString());

        clock.advanceDays(730); // one day short of 24 months after the keep
        assertThat(listed()).isEmpty();
        clock.advanceDays(1);
        assertThat(LocalDate.now(clock)).isEqualTo(keptOn.plusMonths(24));
        assertThat(listed()).containsExactly("Line Blocked");
    }

    @Test
    void changingThePeriodStoresItAndListsAgain() {
        contact("Mads Krogh");
        assertThat(listed()).isEmpty();
        assertThat(model.periodProperty().get()).isEqualTo(24);
        clock.advanceDays(366); // 29 November 2027: a year and a day
        assertThat(listed()).isEmpty();

        model.periodProperty().set(12);
        assertThat(model.rows()).extracting(RetentionCandidate::name).containsExactly("Mads Krogh");
        assertThat(settings.get(RetentionService.PERIOD_MONTHS)).contains("12");
        // A new review (a restart) reads the stored period.
        RetentionViewModel again = model(Locale.ENGLISH);
        again.open();
        assertThat(again.periodProperty().get()).isEqualTo(12);
        assertThat(again.rows()).hasSize(1);

        model.setPeriod(0);
        assertThat(model.statusProperty().get()).isEqualTo("Choose a period of 1 to 120 months.");
        assertThat(settings.get(RetentionService.PERIOD_MONTHS)).contains("12");
        assertThat(model.rows()).hasSize(1);

        model.setPeriod(13);
        assertThat(model.rows()).isEmpty();
    }

    @Test
    void theListIsSortedByNameInTheUiLanguage() {
        for (String name : List.of("Åse Berg", "Zoe Holm", "Bo Ærø", "Ærlig Ejner", "Øjvind Lund", "anders And")) {
            pipeline.setDoNotContact(contact(name), true, "Asked us to stop");
        }
        // English: Å is an A with a ring, and case does not matter (a plain sort would put both after Z).
        List<String> english = listed();
        assertThat(english.indexOf("anders And")).isLessThan(english.indexOf("Bo Ærø"));
        assertThat(english.indexOf("Åse Berg")).isLessThan(english.indexOf("Bo Ærø"));
        assertThat(english.indexOf("Zoe Holm")).isGreaterThan(english.indexOf("Bo Ærø"));
        // Danish: Æ, Ø and Å are the last three letters.
        model = model(new Locale("da"));
        assertThat(listed()).containsExactly("anders And", "Bo Ærø", "Zoe Holm", "Ærlig Ejner", "Øjvind Lund", "Åse Berg");
    }

    @Test
    void eraseStartsTheEraseFlowAndTheListFollows() {
        long blocked = contact("Nanna Juhl");
        pipeline.setDoNotContact(blocked, true, "Asked us to stop");
        contact("Ole Bruun");
        assertThat(listed()).containsExactly("Nanna Juhl");
        model.erase(row("Nanna Juhl"));
        assertThat(model.rows()).isEmpty();
        assertThat(db.dsl().fetchCount(dk.netdesk.db.generated.Tables.CONTACT)).isEqualTo(1);
    }

    @Test
    void theReminderShowsAtMostOnceAMonthAndOnlyWhenTheListIsNotEmpty() {
        contact("Pia Active");
        model.checkReminder();
        assertThat(model.reminderShownProperty().get()).isFalse();
        assertThat(settings.get(RetentionService.LAST_REMINDER)).isEmpty();

        long blocked = contact("Rasmus Blocked");
        pipeline.setDoNotContact(blocked, true, "Asked us to stop");
        model.checkReminder();
        assertThat(model.reminderShownProperty().get()).isTrue();
        assertThat(model.reminderText()).isEqualTo("One contact is due for a retention review.");
        assertThat(settings.get(RetentionService.LAST_REMINDER)).contains(START.toString());
        model.dismissReminder();
        assertThat(model.reminderShownProperty().get()).isFalse();

        // The next start-ups within a month: no reminder.
        model.checkReminder();
        assertThat(model.reminderShownProperty().get()).isFalse();
        clock.advanceDays(29); // 27 December
        model(Locale.ENGLISH).checkReminder();
        RetentionViewModel restarted = model(Locale.ENGLISH);
        restarted.checkReminder();
        assertThat(restarted.reminderShownProperty().get()).isFalse();
        clock.advanceDays(1); // 28 December: a month later
        pipeline.setDoNotContact(contact("Sara Blocked"), true, "Asked us to stop");
        restarted = model(Locale.ENGLISH);
        restarted.checkReminder();
        assertThat(restarted.reminderShownProperty().get()).isTrue();
        assertThat(restarted.reminderText()).isEqualTo("2 contacts are due for a retention review.");
        assertThat(settings.get(RetentionService.LAST_REMINDER)).contains(START.plusMonths(1).toString());

        // A month on, but nothing to review: no reminder, and the month is not used up.
        model.open();
        for (RetentionCandidate c : List.copyOf(model.rows())) {
            model.reasonProperty().set("Customer");
            model.keep(c);
        }
        clock.advanceDays(31);
        restarted = model(Locale.ENGLISH);
        restarted.checkReminder();
        assertThat(restarted.reminderShownProperty().get()).isFalse();
        assertThat(settings.get(RetentionService.LAST_REMINDER)).contains(START.plusMonths(1).toString());
        assertThat(Set.of(model.rows().size())).containsExactly(0);
    }
}
