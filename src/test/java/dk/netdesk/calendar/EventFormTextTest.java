package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.ui.TypedText;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 items 21 and 26 in the event form: title, place and notes refuse control characters and broken
 * text with the {@link TypedText} message, place and notes have length limits, each shown under its field,
 * and the form cannot be saved meanwhile. Text is NFC-normalised.
 */
class EventFormTextTest {

    private static EventForm form() {
        return EventFormTest.editing(EventFormTest.timed("2026-11-24T18:30", "2026-11-24T20:00"));
    }

    @Test
    void controlCharactersAndBrokenTextAreRefusedUnderTheirField() {
        EventForm form = form();
        form.titleProperty().set("\u0000Møde");
        form.locationProperty().set("Køge\ud83d");
        form.notesProperty().set("Linje et\nto\u0007");
        assertThat(form.validate()).isFalse();
        assertThat(form.shownProblems().get(EventForm.Field.TITLE).key()).isEqualTo(TypedText.CONTROL);
        assertThat(form.shownProblems().get(EventForm.Field.LOCATION).key()).isEqualTo(TypedText.BROKEN);
        assertThat(form.shownProblems().get(EventForm.Field.NOTES).key()).isEqualTo(TypedText.CONTROL);
        form.titleProperty().set("Møde");
        form.locationProperty().set("Køge");
        form.notesProperty().set("Linje et\nto");
        assertThat(form.validate()).isTrue();
    }

    @Test
    void placeAndNotesOverTheLimitsAreRefused() {
        EventForm form = form();
        form.locationProperty().set("L".repeat(201));
        form.notesProperty().set("n".repeat(100_001));
        assertThat(form.validate()).isFalse();
        assertThat(form.shownProblems().get(EventForm.Field.LOCATION).key()).isEqualTo("calendar.error.locationTooLong");
        assertThat(form.shownProblems().get(EventForm.Field.NOTES).key()).isEqualTo("calendar.error.notesTooLong");
        form.locationProperty().set("L".repeat(200));
        form.notesProperty().set("n".repeat(100_000));
        assertThat(form.validate()).isTrue();
    }

    @Test
    void textIsNfcNormalised() {
        EventForm form = form();
        form.titleProperty().set("Cafe\u0301");
        assertThat(EventFormTest.draftOf(form).title()).isEqualTo("Caf\u00e9");
    }
}
