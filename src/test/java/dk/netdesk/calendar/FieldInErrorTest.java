package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The view-models say which field is in error, first in the form's order, so a refused Save focuses that field
 * (new-user test after issue 17: a bad end time focused the date).
 */
class FieldInErrorTest {

    private static EventForm form() {
        EventForm form = new EventForm();
        form.edit(EventForm.newDraft(LocalDate.of(2026, 12, 1), BalanceSettings.defaults()).withTitle("Kundemøde"), List.of());
        return form;
    }

    @Test
    void aBadEndTimeIsTheEndTimesError() {
        for (String typed : List.of("25:99", "abc", "")) {
            EventForm form = form();
            form.endProperty().set(typed);
            assertThat(form.validate()).as(typed).isFalse();
            assertThat(form.firstErrorFieldProperty().get()).as(typed).isEqualTo(EventForm.Field.END);
            assertThat(form.shownProblems()).as(typed).containsOnlyKeys(EventForm.Field.END);
        }
    }

    @Test
    void anEndBeforeTheStartIsTheEndTimesError() {
        EventForm form = form();
        form.startProperty().set("18:00");
        form.endProperty().set("17:00");
        assertThat(form.validate()).isFalse();
        assertThat(form.firstErrorFieldProperty().get()).isEqualTo(EventForm.Field.END);
    }

    @Test
    void theFirstFieldInErrorFollowsTheDialogsOrder() {
        EventForm form = form();
        form.startProperty().set("x");
        form.endProperty().set("25:99");
        form.validate();
        assertThat(form.firstErrorFieldProperty().get()).as("start before end").isEqualTo(EventForm.Field.START);
        form.startProperty().set("18:00");
        assertThat(form.firstErrorFieldProperty().get()).as("kept current: now the end").isEqualTo(EventForm.Field.END);
        form.endProperty().set("19:00");
        assertThat(form.firstErrorFieldProperty().get()).as("none left").isNull();

        // the place and the notes come before the repeat's end and the reminder, as in the dialog
        EventForm later = form();
        later.locationProperty().set("Vejle\u0000");
        later.repeatProperty().set(EventForm.Repeat.WEEKLY);
        later.repeatEndProperty().set(EventForm.RepeatEnd.COUNT);
        later.typedCountProblemProperty().set(new EventForm.Problem("number.whole.notWhole", List.of("abc")));
        later.reminderProperty().set(99_999);
        assertThat(later.validate()).isFalse();
        assertThat(later.shownProblems()).containsKeys(EventForm.Field.LOCATION, EventForm.Field.COUNT, EventForm.Field.REMINDER);
        assertThat(later.firstErrorFieldProperty().get()).isEqualTo(EventForm.Field.LOCATION);
        assertThat(List.copyOf(later.shownProblems().keySet())).as("in the dialog's order")
                .containsExactly(EventForm.Field.LOCATION, EventForm.Field.COUNT, EventForm.Field.REMINDER);
    }

    @Test
    void aTimeInArabicIndicDigitsIsReadAndSaved() {
        EventForm form = form();
        form.startProperty().set("\u0669:\u0660\u0660");          // ٩:٠٠
        form.endProperty().set("\u0661\u0660:\u0663\u0660");      // ١٠:٣٠
        assertThat(form.validate()).isTrue();
        assertThat(form.firstErrorFieldProperty().get()).isNull();
        assertThat(form.draft().orElseThrow().end()).isEqualTo(LocalDate.of(2026, 12, 1).atTime(10, 30));
    }

    @Test
    void theBalanceFormSaysWhichFieldAndDayIsInError() {
        BalanceForm form = new BalanceForm(Locale.ENGLISH);
        form.edit(BalanceSettings.defaults());
        form.budgetProperty().set("lots");
        assertThat(form.settings()).isEmpty();
        assertThat(form.problemProperty().get().field()).isEqualTo(BalanceForm.Field.BUDGET);

        form.protectedProperty(DayOfWeek.WEDNESDAY).set("25:00-26:00");
        form.settings();
        assertThat(form.problemProperty().get().field()).as("the days come first").isEqualTo(BalanceForm.Field.PROTECTED);
        assertThat(form.problemProperty().get().day()).isEqualTo(DayOfWeek.WEDNESDAY);

        form.protectedProperty(DayOfWeek.WEDNESDAY).set("");
        form.breakMinutesProperty().set("x");
        form.budgetProperty().set("20");
        form.settings();
        assertThat(form.problemProperty().get().field()).isEqualTo(BalanceForm.Field.BREAK);
        form.breakMinutesProperty().set("60");
        form.homeZoneProperty().set("Europe/Nowhere");
        form.settings();
        assertThat(form.problemProperty().get().field()).isEqualTo(BalanceForm.Field.ZONE);
    }
}
