package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BalanceFormTest {

    static BalanceForm editing(Locale locale, BalanceSettings settings) {
        BalanceForm form = new BalanceForm(locale);
        form.edit(settings);
        return form;
    }

    @Test
    void theSettingsComeBackUnchanged() {
        BalanceForm form = editing(Locale.ENGLISH, BalanceSettings.defaults());
        assertThat(form.windowsProperty(DayOfWeek.MONDAY).get()).isEqualTo("18:00-21:00");
        assertThat(form.protectedProperty(DayOfWeek.FRIDAY).get()).isEqualTo("17:00-24:00");
        assertThat(form.windowsProperty(DayOfWeek.SUNDAY).get()).isEmpty();
        assertThat(form.budgetProperty().get()).isEqualTo("12");
        assertThat(form.breakMinutesProperty().get()).isEqualTo("90");
        assertThat(form.settings()).contains(BalanceSettings.defaults());
        assertThat(form.problemProperty().get()).isNull();
    }

    @Test
    void severalSpansAndEveryTimeFormAreRead() {
        BalanceForm form = editing(Locale.ENGLISH, BalanceSettings.defaults());
        form.windowsProperty(DayOfWeek.FRIDAY).set("13-15, 0900-12.00");
        assertThat(form.settings().orElseThrow().windows(DayOfWeek.FRIDAY))
                .containsExactly(TimeSpan.of(9, 0, 12, 0), TimeSpan.of(13, 0, 15, 0));
    }

    @Test
    void theBudgetUsesTheLanguagesDecimalSeparator() {
        BalanceSettings half = new BalanceSettings(BalanceSettings.defaults().windows(), BalanceSettings.defaults().protectedTime(), 12.5, 90);
        BalanceForm danish = editing(new Locale("da"), half);
        assertThat(danish.budgetProperty().get()).isEqualTo("12,5");
        assertThat(danish.settings().orElseThrow().budgetHours()).isEqualTo(12.5);
        BalanceForm english = editing(Locale.ENGLISH, half);
        assertThat(english.budgetProperty().get()).isEqualTo("12.5");
    }

    @Test
    void badOrOverlappingTimesNameTheirDay() {
        BalanceForm form = editing(Locale.ENGLISH, BalanceSettings.defaults());
        form.windowsProperty(DayOfWeek.FRIDAY).set("19:00-18:00");
        assertThat(form.settings()).isEmpty();
        assertThat(form.problemProperty().get()).isEqualTo(new BalanceForm.Problem("calendar.balance.errorSpans", DayOfWeek.FRIDAY));
        form.windowsProperty(DayOfWeek.FRIDAY).set("");
        form.protectedProperty(DayOfWeek.TUESDAY).set("18:00-20:00, 19:00-21:00");
        assertThat(form.settings()).isEmpty();
        assertThat(form.problemProperty().get().day()).isEqualTo(DayOfWeek.TUESDAY);
        form.protectedProperty(DayOfWeek.TUESDAY).set("");
        assertThat(form.settings()).isPresent();
        assertThat(form.problemProperty().get()).as("a good save clears the problem").isNull();
    }

    @Test
    void theBudgetIsFromZeroToAWholeWeek() {
        BalanceForm form = editing(Locale.ENGLISH, BalanceSettings.defaults());
        for (String bad : new String[] {"-1", "168.5", "lots", ""}) {
            form.budgetProperty().set(bad);
            assertThat(form.settings()).as(bad).isEmpty();
            assertThat(form.problemProperty().get()).isEqualTo(new BalanceForm.Problem("calendar.balance.errorBudget", null));
        }
        form.budgetProperty().set("0");
        assertThat(form.settings()).isPresent();
        form.budgetProperty().set("168");
        assertThat(form.settings().orElseThrow().budgetHours()).isEqualTo(168);
    }

    @Test
    void theBreakRuleIsFromFifteenMinutesToTenHours() {
        BalanceForm form = editing(Locale.ENGLISH, BalanceSettings.defaults());
        for (String bad : new String[] {"14", "601", "1.5", "ninety"}) {
            form.breakMinutesProperty().set(bad);
            assertThat(form.settings()).as(bad).isEmpty();
            assertThat(form.problemProperty().get()).isEqualTo(new BalanceForm.Problem("calendar.balance.errorBreak", null));
        }
        form.breakMinutesProperty().set(" 15 ");
        assertThat(form.settings().orElseThrow().breakMinutes()).isEqualTo(15);
        form.breakMinutesProperty().set("600");
        assertThat(form.settings().orElseThrow().breakMinutes()).isEqualTo(600);
    }

    @Test
    void resetFillsTheDefaults() {
        BalanceForm form = editing(Locale.ENGLISH, new BalanceSettings(java.util.Map.of(), java.util.Map.of(), 5, 30));
        assertThat(form.windowsProperty(DayOfWeek.MONDAY).get()).isEmpty();
        form.reset();
        assertThat(form.settings()).contains(BalanceSettings.defaults());
    }

    @Test
    void aShownProblemClearsOrMovesAsSoonAsItsFieldChanges() {
        BalanceForm form = editing(Locale.ENGLISH, BalanceSettings.defaults());
        form.budgetProperty().set("x");
        assertThat(form.problemProperty().get()).as("nothing before Save").isNull();
        assertThat(form.settings()).isEmpty();
        assertThat(form.problemProperty().get()).isEqualTo(new BalanceForm.Problem("calendar.balance.errorBudget", null));
        form.windowsProperty(DayOfWeek.FRIDAY).set("19:00-18:00");
        assertThat(form.problemProperty().get())
                .isEqualTo(new BalanceForm.Problem("calendar.balance.errorSpans", DayOfWeek.FRIDAY));
        // (Friday from 17:00 is protected, so a window before it)
        form.windowsProperty(DayOfWeek.FRIDAY).set("12:00-13:00");
        assertThat(form.problemProperty().get()).isEqualTo(new BalanceForm.Problem("calendar.balance.errorBudget", null));
        form.budgetProperty().set("12");
        assertThat(form.problemProperty().get()).isNull();
        form.budgetProperty().set("x");
        form.reset();
        assertThat(form.problemProperty().get()).as("the defaults are fine").isNull();
    }
}
