package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Without a window: a day's times as rows of a start and an end stay in step with the day's text, which is what
 * is checked and saved; "Free day" empties the work windows, protects the whole day and gives back what was there.
 */
class DaySpansFormTest {

    private static BalanceForm form(BalanceSettings settings) {
        BalanceForm form = new BalanceForm(Locale.ENGLISH);
        form.edit(settings);
        return form;
    }

    private static List<String> rows(DaySpansForm spans) {
        return spans.rows().stream().map(row -> row.startProperty().get() + "|" + row.endProperty().get()).toList();
    }

    @Test
    void savedSettingsLoadIntoRowsAndPickedTimesAreSaved() {
        BalanceSettings saved = new BalanceSettings(Map.of(DayOfWeek.TUESDAY,
                List.of(TimeSpan.of(8, 0, 10, 0), TimeSpan.of(19, 30, 22, 0))), Map.of(), 12, 90);
        BalanceForm form = form(saved);
        DaySpansForm tuesday = form.windowRows(DayOfWeek.TUESDAY);
        assertThat(rows(tuesday)).containsExactly("08:00|10:00", "19:30|22:00");
        assertThat(form.settings()).contains(saved);
        assertThat(form.isChanged()).isFalse();

        tuesday.rows().get(0).startProperty().set("19:00");
        assertThat(form.windowsProperty(DayOfWeek.TUESDAY).get()).isEqualTo("19:00-10:00, 19:30-22:00");
        tuesday.rows().get(0).endProperty().set("21:00");
        tuesday.remove(tuesday.rows().get(1));
        assertThat(form.settings().orElseThrow().windows(DayOfWeek.TUESDAY)).containsExactly(TimeSpan.of(19, 0, 21, 0));
        assertThat(form.isChanged()).isTrue();
    }

    @Test
    void anAddedRowCountsOnceItHasATimeAndAHalfRowSaysWhatIsMissing() {
        BalanceForm form = form(BalanceSettings.defaults());
        DaySpansForm saturday = form.windowRows(DayOfWeek.SATURDAY);
        DaySpansForm.Row row = saturday.add();
        assertThat(saturday.rows()).hasSize(2);
        assertThat(form.windowsProperty(DayOfWeek.SATURDAY).get()).as("an empty row is no time").isEqualTo("10:00-13:00");
        assertThat(form.settings()).isPresent();
        row.startProperty().set("14:00");
        assertThat(form.settings()).isEmpty();
        assertThat(form.problemProperty().get().key()).isEqualTo("calendar.balance.errorWindowText");
        assertThat(form.problemProperty().get().details()).containsExactly("14:00");
        row.endProperty().set("16:30");
        assertThat(form.problemsProperty()).as("checked again as it changes").isEmpty();
        assertThat(form.settings().orElseThrow().windows(DayOfWeek.SATURDAY))
                .containsExactly(TimeSpan.of(10, 0, 13, 0), TimeSpan.of(14, 0, 16, 30));
    }

    @Test
    void textSetFromElsewhereMakesTheRowsAgain() {
        BalanceForm form = form(BalanceSettings.defaults());
        form.windowsProperty(DayOfWeek.MONDAY).set("07:00-08:00; 09:00 - 10:00");
        assertThat(rows(form.windowRows(DayOfWeek.MONDAY))).containsExactly("07:00|08:00", "09:00|10:00");
        form.windowsProperty(DayOfWeek.MONDAY).set("x");
        assertThat(rows(form.windowRows(DayOfWeek.MONDAY))).as("what cannot be read stays to be corrected").containsExactly("x|");
        form.reset();
        assertThat(rows(form.windowRows(DayOfWeek.MONDAY))).containsExactly("18:00|21:00");
    }

    @Test
    void freeDayProtectsTheWholeDayAndUncheckingGivesBackWhatWasThere() {
        BalanceForm form = form(new BalanceSettings(Map.of(DayOfWeek.SUNDAY, List.of(TimeSpan.of(10, 0, 12, 0))),
                Map.of(DayOfWeek.SUNDAY, List.of(TimeSpan.of(18, 0, 24, 0))), 12, 90));
        assertThat(form.freeDayProperty(DayOfWeek.SUNDAY).get()).isFalse();

        form.freeDayProperty(DayOfWeek.SUNDAY).set(true);
        assertThat(form.windowsProperty(DayOfWeek.SUNDAY).get()).isEmpty();
        assertThat(form.protectedProperty(DayOfWeek.SUNDAY).get()).isEqualTo("00:00-24:00");
        assertThat(form.windowRows(DayOfWeek.SUNDAY).rows()).isEmpty();
        BalanceSettings free = form.settings().orElseThrow();
        assertThat(free.windows(DayOfWeek.SUNDAY)).isEmpty();
        assertThat(free.protectedTime(DayOfWeek.SUNDAY)).containsExactly(TimeSpan.of(0, 0, 24, 0));

        form.freeDayProperty(DayOfWeek.SUNDAY).set(false);
        assertThat(form.windowsProperty(DayOfWeek.SUNDAY).get()).isEqualTo("10:00-12:00");
        assertThat(form.protectedProperty(DayOfWeek.SUNDAY).get()).isEqualTo("18:00-24:00");
        assertThat(form.isChanged()).isFalse();
    }

    @Test
    void freeDayFollowsTheFieldsAndADayFreeWhenOpenedIsLeftEmptyWhenUnchecked() {
        BalanceForm form = form(BalanceSettings.defaults());
        assertThat(form.freeDayProperty(DayOfWeek.SUNDAY).get()).as("the defaults keep Sunday free").isTrue();
        assertThat(form.freeDayProperty(DayOfWeek.FRIDAY).get()).isFalse();
        form.protectedProperty(DayOfWeek.FRIDAY).set("0:00-24:00");
        assertThat(form.freeDayProperty(DayOfWeek.FRIDAY).get()).as("protected all day, no work: free").isTrue();
        form.windowRows(DayOfWeek.FRIDAY).add().startProperty().set("09:00");
        assertThat(form.freeDayProperty(DayOfWeek.FRIDAY).get()).isFalse();

        form.freeDayProperty(DayOfWeek.SUNDAY).set(false);
        assertThat(form.windowsProperty(DayOfWeek.SUNDAY).get()).isEmpty();
        assertThat(form.protectedProperty(DayOfWeek.SUNDAY).get()).isEmpty();
        assertThat(form.freeDayProperty(DayOfWeek.SUNDAY).get()).isFalse();
    }
}
