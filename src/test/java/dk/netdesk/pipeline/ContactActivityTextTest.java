package dk.netdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.Changes;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.TextLimits;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 (items 19, 21, 26): the interaction, consent and do-not-contact texts refuse control characters
 * and broken text with a message that goes once the text is right; what is stored is NFC.
 */
class ContactActivityTextTest {

    @TempDir
    Path dir;
    TestApp app;
    ContactDetailsViewModel details;
    ContactActivityViewModel activity;
    long bo;

    @BeforeEach
    void setUp() {
        app = TestApp.open(dir, Locale.ENGLISH);
        app.context().pipeline().load();
        details = app.context().pipelineDetails();
        activity = details.activity();
        Contact contact = People.service(app.database(), new Changes(), TestApp.CLOCK)
                .create(ContactDetails.named("Bo").withContact("", "", ""), null);
        bo = contact.id();
        details.open(bo);
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    private String status() {
        return app.context().status().textProperty().get();
    }

    @Test
    void anInteractionWithAControlCharacterOrBrokenTextIsNotAddedAndTheMessageGoesWhenFixed() {
        activity.interactionTextProperty().set("Called\u0000");
        assertThat(activity.addInteraction()).isFalse();
        assertThat(status()).startsWith("Not added").contains("control character");
        activity.interactionTextProperty().set("Called");
        assertThat(status()).isEmpty();

        activity.interactionOutcomeProperty().set("Yes \uDE00");
        assertThat(activity.addInteraction()).isFalse();
        assertThat(status()).startsWith("Not added");
        assertThat(activity.interactions()).isEmpty();

        activity.interactionTextProperty().set("x".repeat(TextLimits.TEXT + 1));
        activity.interactionOutcomeProperty().set("Yes");
        assertThat(activity.addInteraction()).isFalse();
        assertThat(status()).contains("100,000");
        activity.interactionTextProperty().set("Cafe\u0301 talk");
        assertThat(status()).as("the too-long message goes too").isEmpty();

        activity.interactionOutcomeProperty().set("Line one\nline two");
        assertThat(activity.addInteraction()).isTrue();
        assertThat(activity.interactions()).singleElement().satisfies(i -> {
            assertThat(i.text()).isEqualTo("Caf\u00e9 talk");
            assertThat(i.outcome()).isEqualTo("Line one\nline two");
        });
    }

    @Test
    void aConsentWithAControlCharacterOrBrokenTextIsNotAdded() {
        activity.consentDateProperty().set(LocalDate.of(2026, 11, 1));
        activity.consentChannelProperty().set("Email\u0007");
        assertThat(activity.addConsent()).isFalse();
        assertThat(status()).startsWith("Not added").contains("channel");
        activity.consentChannelProperty().set("Email");
        assertThat(status()).isEmpty();
        activity.consentWordingProperty().set("I agree \uD83D");
        assertThat(activity.addConsent()).isFalse();
        assertThat(activity.consents()).isEmpty();

        activity.consentWordingProperty().set("Ja tak, gerne e\u0301");
        assertThat(activity.addConsent()).isTrue();
        assertThat(activity.consents()).singleElement().extracting(Consent::wording).isEqualTo("Ja tak, gerne \u00e9");
    }

    @Test
    void aDoNotContactReasonWithAControlCharacterIsRefused() {
        activity.doNotContactReasonProperty().set("Asked\u0000");
        assertThat(activity.setDoNotContact(true)).isFalse();
        assertThat(status()).contains("control character");
        assertThat(activity.contactStatusProperty().get().doNotContact()).isFalse();
        activity.doNotContactReasonProperty().set("Asked");
        assertThat(status()).isEmpty();
        assertThat(activity.setDoNotContact(true)).isTrue();
        assertThat(activity.contactStatusProperty().get().doNotContact()).isTrue();
    }
}
