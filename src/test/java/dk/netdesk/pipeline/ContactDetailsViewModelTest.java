package dk.netdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.ContactDraft;
import dk.netdesk.contacts.ContactRepository;
import dk.netdesk.contacts.Interest;
import dk.netdesk.contacts.Source;
import dk.netdesk.db.Changes;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactDetailsViewModelTest {

    @TempDir
    Path dir;
    TestApp app;
    ContactDetailsViewModel details;
    ContactRepository contacts;
    PipelineRepository pipeline;

    @BeforeEach
    void setUp() {
        app = TestApp.open(dir, Locale.ENGLISH);
        app.context().pipeline().load();
        details = app.context().pipelineDetails();
        contacts = new ContactRepository(app.database(), new Changes(), TestApp.CLOCK);
        pipeline = new PipelineRepository(app.database(), new Changes(), TestApp.CLOCK);
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    private String status() {
        return app.context().status().textProperty().get();
    }

    @Test
    void newContactWithSeveralPhonesEmailsAndAllDetailsIsStoredAndLandsOnTheBoard() {
        Contact referrer = contacts.create(new ContactDraft("Anna", "", "", ""));
        details.newContact();
        details.nameProperty().set("Bo Nielsen");
        details.phonesProperty().set("20 30 40 50\n\n+45 11 22 33 44");
        details.emailsProperty().set("bo@example.dk\nbo@work.dk");
        details.instagramProperty().set("@bo");
        details.cityProperty().set("Odense");
        details.birthdayProperty().set(LocalDate.of(1990, 5, 17));
        details.sourceProperty().set(Source.REFERRAL);
        details.referredByProperty().set(details.contactChoices().stream().filter(c -> c.id() == referrer.id()).findFirst().orElseThrow());
        details.interestProperty().set(Interest.BOTH);
        details.tagsProperty().set("skin care, , Odense, skin care");
        assertThat(details.save()).isTrue();

        long id = details.contactIdProperty().get();
        ContactDetails stored = contacts.details(id).orElseThrow();
        assertThat(stored.phones()).containsExactly("20 30 40 50", "+45 11 22 33 44");
        assertThat(stored.emails()).containsExactly("bo@example.dk", "bo@work.dk");
        assertThat(stored.referredBy()).isEqualTo(referrer.id());
        assertThat(stored.tags()).containsExactly("Odense", "skin care");
        assertThat(stored.birthday()).isEqualTo(LocalDate.of(1990, 5, 17));
        assertThat(status()).isEqualTo("Added Bo Nielsen.");
        assertThat(details.contactStatusProperty().get().stageName()).isEqualTo("New lead");
        assertThat(details.history()).extracting(StageVisit::stageName).containsExactly("New lead");
        assertThat(app.context().pipeline().columns().get(0).cards()).extracting(Card::name).contains("Bo Nielsen");
    }

    @Test
    void invalidFieldsShowTheirErrorAndSaveNothing() {
        details.newContact();
        details.phonesProperty().set("20304050\n12");
        details.emailsProperty().set("bo@");
        assertThat(details.phonesErrorProperty().get()).isEqualTo("contact.error.phone");
        assertThat(details.emailsErrorProperty().get()).isEqualTo("contact.error.email");
        assertThat(details.save()).isFalse();
        assertThat(details.nameErrorProperty().get()).isEqualTo("contact.error.nameRequired");
        details.nameProperty().set("Bo");
        details.phonesProperty().set("20304050");
        details.emailsProperty().set("bo@example.dk");
        details.birthdayProperty().set(LocalDate.of(2030, 1, 1));
        assertThat(details.save()).isFalse();
        assertThat(details.otherErrorProperty().get()).isEqualTo("pipeline.details.error.birthday");
        assertThat(contacts.count()).isZero();
    }

    @Test
    void aDuplicatePhoneOrEmailWarnsAndOffersTheExistingContact() {
        Contact anna = contacts.create(new ContactDraft("Anna", "+45 20 30 40 50", "anna@x.dk", ""));
        details.newContact();
        details.nameProperty().set("Anna J");
        details.phonesProperty().set("0045 2030-4050");
        assertThat(details.save()).isTrue();
        assertThat(details.duplicateProperty().get()).isEqualTo(anna);
        assertThat(status()).isEqualTo("Not created: Anna has the same email or phone.");
        assertThat(contacts.count()).isEqualTo(1);

        details.openDuplicate();
        assertThat(details.contactIdProperty().get()).isEqualTo(anna.id());
        assertThat(details.nameProperty().get()).isEqualTo("Anna");

        details.newContact();
        details.nameProperty().set("Anna Twin");
        details.emailsProperty().set("ANNA@x.dk");
        details.save();
        assertThat(details.duplicateProperty().get()).isEqualTo(anna);
        details.saveAnyway();
        assertThat(contacts.count()).isEqualTo(2);
        assertThat(details.nameProperty().get()).isEqualTo("Anna Twin");
    }

    @Test
    void doNotContactRefusesAFollowUpAndSaysWhy() {
        Contact bo = contacts.create(new ContactDraft("Bo", "", "", ""));
        details.open(bo.id());
        assertThat(details.setNextFollowUp(LocalDate.of(2026, 12, 3))).isTrue();
        assertThat(pipeline.status(bo.id()).nextFollowUp()).isEqualTo(LocalDate.of(2026, 12, 3));

        assertThat(details.setDoNotContact(true)).as("a reason is required").isFalse();
        details.doNotContactReasonProperty().set("Asked to be left alone");
        assertThat(details.setDoNotContact(true)).isTrue();
        assertThat(details.contactStatusProperty().get().doNotContact()).isTrue();
        assertThat(details.followUpDateProperty().get()).isNull();

        assertThat(details.setNextFollowUp(LocalDate.of(2026, 12, 5))).isFalse();
        assertThat(status()).isEqualTo("No follow-up set: Bo is marked do not contact (Asked to be left alone).");
        assertThat(pipeline.status(bo.id()).nextFollowUp()).isNull();

        details.interactionTextProperty().set("Sent a message");
        details.interactionFollowUpProperty().set(LocalDate.of(2026, 12, 5));
        assertThat(details.addInteraction()).isFalse();
        assertThat(pipeline.interactions(bo.id())).isEmpty();

        assertThat(details.setDoNotContact(false)).isTrue();
        assertThat(details.setNextFollowUp(LocalDate.of(2026, 12, 5))).isTrue();
    }

    @Test
    void loggingAnInteractionAddsItToTheTimelineAndSetsTheNextFollowUp() {
        Contact bo = contacts.create(new ContactDraft("Bo", "", "", ""));
        details.open(bo.id());
        details.interactionTypeProperty().set(InteractionType.PRESENTATION);
        details.interactionTextProperty().set("Showed the starter kit");
        details.interactionOutcomeProperty().set("Thinking about it");
        details.interactionFollowUpProperty().set(LocalDate.of(2026, 12, 1));
        assertThat(details.addInteraction()).isTrue();
        assertThat(details.interactions()).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(InteractionType.PRESENTATION);
            assertThat(i.date()).isEqualTo(LocalDate.of(2026, 11, 28));
        });
        assertThat(details.followUpDateProperty().get()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(details.interactionTextProperty().get()).as("form is emptied").isEmpty();

        details.consentChannelProperty().set("email");
        details.consentWordingProperty().set("May send me product news");
        assertThat(details.addConsent()).isTrue();
        assertThat(details.consents()).singleElement().extracting(Consent::given).isEqualTo(true);
    }

    @Test
    void todayListsOverdueAndDueMostUrgentFirstAndOpensOne() {
        long a = contacts.create(new ContactDraft("A", "", "", "")).id();
        long b = contacts.create(new ContactDraft("B", "", "", "")).id();
        long c = contacts.create(new ContactDraft("C", "", "", "")).id();
        pipeline.setNextFollowUp(a, LocalDate.of(2026, 11, 28));
        pipeline.setNextFollowUp(b, LocalDate.of(2026, 11, 21));
        pipeline.setNextFollowUp(c, LocalDate.of(2026, 12, 28));
        TodayViewModel today = app.context().today();
        today.load();
        assertThat(today.due()).extracting(FollowUp::name).containsExactly("B", "A");
        assertThat(today.daysOverdue(today.due().get(0))).isEqualTo(7);
        today.open(today.due().get(0));
        assertThat(today.details().contactIdProperty().get()).isEqualTo(b);
        assertThat(today.details().openProperty().get()).isTrue();
        assertThat(app.context().pipelineDetails().contactIdProperty().get()).as("the board's panel is separate").isNull();
    }
}
