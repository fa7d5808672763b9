package dk.netdesk.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.ui.TypedText;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 items 21 and 26 in the contact form: every text field refuses control characters and broken
 * text with the {@link TypedText} message, tags and notes have length limits, and nothing is valid
 * (so nothing is saved) while a field says so. Text is NFC-normalised.
 */
class ContactFormTypedTextTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    private ContactForm form() {
        ContactForm form = new ContactForm(CLOCK);
        form.fill(ContactDetails.empty(), false, List.of());
        form.nameProperty().set("Anna");
        return form;
    }

    @Test
    void aNulOrALoneSurrogateInAnyTextFieldIsRefusedWithTheTypedTextMessage() {
        ContactForm form = form();
        form.nameProperty().set("An\u0000na");
        assertThat(form.nameErrorProperty().get()).isEqualTo(TypedText.CONTROL);
        assertThat(form.validateAll()).isFalse();
        form.nameProperty().set("Anna");
        assertThat(form.validateAll()).isTrue();

        form.cityProperty().set("K\u00f8ge\ud83d");
        assertThat(form.cityErrorProperty().get()).isEqualTo(TypedText.BROKEN);
        assertThat(form.validateAll()).isFalse();
        form.cityProperty().set("Køge");

        form.tagsProperty().set("ven, kunde\u0007");
        assertThat(form.tagsErrorProperty().get()).isEqualTo(TypedText.CONTROL);
        assertThat(form.validateAll()).isFalse();
        form.tagsProperty().set("ven, kunde");

        form.notesProperty().set("Linje et\nLinje to\u0000");
        assertThat(form.notesErrorProperty().get()).isEqualTo(TypedText.CONTROL);
        assertThat(form.validateAll()).isFalse();
        form.notesProperty().set("Linje et\nLinje to \ud83d\ude00");
        assertThat(form.notesErrorProperty().get()).as("line breaks and whole emoji are fine in notes").isNull();
        assertThat(form.validateAll()).isTrue();
        assertThat(ContactValidation.isValid(form.details())).isTrue();
    }

    @Test
    void tagsAndNotesOverTheLimitsAreRefusedWithAMessage() {
        ContactForm form = form();
        form.tagsProperty().set("ven, " + "t".repeat(201));
        assertThat(form.tagsErrorProperty().get()).isEqualTo("contact.error.tagTooLong");
        assertThat(form.validateAll()).isFalse();
        form.tagsProperty().set("ven, " + "t".repeat(200));
        assertThat(form.tagsErrorProperty().get()).isNull();

        form.notesProperty().set("n".repeat(100_001));
        assertThat(form.notesErrorProperty().get()).isEqualTo("contact.error.notesTooLong");
        assertThat(form.validateAll()).isFalse();
        assertThat(ContactValidation.isValid(form.details())).isFalse();
        form.notesProperty().set("n".repeat(100_000));
        assertThat(form.validateAll()).isTrue();

        form.nameProperty().set("A".repeat(201));
        assertThat(form.nameErrorProperty().get()).isEqualTo("contact.error.nameTooLong");
        form.nameProperty().set("A".repeat(200));
        form.cityProperty().set("K".repeat(201));
        assertThat(form.cityErrorProperty().get()).isEqualTo("contact.error.lineTooLong");
    }

    @Test
    void textIsNfcNormalised() {
        ContactForm form = form();
        form.nameProperty().set("Rene\u0301");
        form.tagsProperty().set("cafe\u0301");
        assertThat(form.details().name()).isEqualTo("Ren\u00e9");
        assertThat(form.details().tags()).containsExactly("caf\u00e9");
    }
}
