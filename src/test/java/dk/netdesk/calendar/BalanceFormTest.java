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
    void theStoredBudgetIsShownExactlySoAnUnchangedSaveChangesNothing() {
        for (double hours : new double[] {7.55, 7.125, 0.05, 12.3456, 37.5}) {
            BalanceSettings stored = new BalanceSettings(BalanceSettings.defaults().windows(),
                    BalanceSettings.defaults().protectedTime(), hours, 90);
            BalanceForm danish = editing(new Locale("da"), stored);
            assertThat(danish.settings().orElseThrow().budgetHours()).as(danish.budgetProperty().get()).isEqualTo(hours);
            BalanceForm english = editing(Locale.ENGLISH, stored);
            assertThat(english.settings().orElseThrow().budgetHours()).as(english.budgetProperty().get()).isEqualTo(hours);
        }
        assertThat(editing(new Locale("da"), new BalanceSettings(BalanceSettings.defaults().windows(),
                BalanceSettings.defaults().protectedTime(), 7.55, 90)).budgetProperty().get()).isEqualTo("7,55");
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
        assertThat(form.problemProperty().get()).isEqualTo(new BalanceForm.Problem("calendar.balance.errorWindowMidnight",
                DayOfWeek.FRIDAY, java.util.List.of("19:00-18:00", "19:00-24:00", "00:00-18:00")));
        form.windowsProperty(DayOfWeek.FRIDAY).set("19:00 to 20");
        assertThat(form.settings()).isEmpty();
        assertThat(form.problemProperty().get()).isEqualTo(new BalanceForm.Problem("calendar.balance.errorWindowText",
                DayOfWeek.FRIDAY, java.util.List.of("19:00 to 20")));
        // a decimal comma is cut at the comma into "7" and "5": the message names what was typed
        form.windowsProperty(DayOfWeek.FRIDAY).set("18-19,5");
        assertThat(form.settings()).isEmpty();
        assertThat(form.problemProperty().get()).isEqualTo(new BalanceForm.Problem("calendar.balance.errorWindowText",
                DayOfWeek.FRIDAY, java.util.List.of("18-19,5")));
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
        for (String bad : new String[] {"-1", "168.5"}) {
            form.budgetProperty().set(bad);
            assertThat(form.settings()).as(bad).isEmpty();
            assertThat(form.problemProperty().get()).isEqualTo(new BalanceForm.Problem("calendar.balance.errorBudget", null));
        }
        for (String bad : new String[] {"lots", ""}) {
            form.budgetProperty().set(bad);
            assertThat(form.settings()).as(bad).isEmpty();
            assertThat(form.problemProperty().get().key()).isEqualTo("calendar.balance.errorBudgetNumber");
            assertThat(form.problemProperty().get().reading().problem()).isEqualTo("number.notNumber");
        }
        form.budgetProperty().set("0");
        assertThat(form.settings()).isPresent();
        form.budgetProperty().set("168");
        assertThat(form.settings().orElseThrow().budgetHours()).isEqualTo(168);
    }

    @Test
    void theBreakRuleIsFromFifteenMinutesToTenHours() {
        BalanceForm form = editing(Locale.ENGLISH, BalanceSettings.defaults());
        for (String bad : new String[] {"14", "601"}) {
            form.breakMinutesProperty().set(bad);
            assertThat(form.settings()).as(bad).isEmpty();
            assertThat(form.problemProperty().get()).isEqualTo(new BalanceForm.Problem("calendar.balance.errorBreak", null));
        }
        for (String bad : new String[] {"1.5", "ninety"}) {
            form.breakMinutesProperty().set(bad);
            assertThat(form.settings()).as(bad).isEmpty();
            assertThat(form.problemProperty().get().key()).isEqualTo("calendar.balance.errorBreakNumber");
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
        assertThat(form.problemProperty().get().key()).isEqualTo("calendar.balance.errorBudgetNumber");
        form.windowsProperty(DayOfWeek.FRIDAY).set("19:00-18:00");
        assertThat(form.problemProperty().get().key()).isEqualTo("calendar.balance.errorWindowMidnight");
        assertThat(form.problemsProperty()).extracting(BalanceForm.Problem::key)
                .containsExactly("calendar.balance.errorWindowMidnight", "calendar.balance.errorBudgetNumber");
        // (Friday from 17:00 is protected, so a window before it)
        form.windowsProperty(DayOfWeek.FRIDAY).set("12:00-13:00");
        assertThat(form.problemProperty().get().key()).isEqualTo("calendar.balance.errorBudgetNumber");
        form.budgetProperty().set("12");
        assertThat(form.problemProperty().get()).isNull();
        form.budgetProperty().set("x");
        form.reset();
        assertThat(form.problemProperty().get()).as("the defaults are fine").isNull();
    }

    // ---- new-user fixes (decision 0023) --------------------------------------------------------

    static dk.netdesk.ui.Messages messages(Locale locale) {
        return new dk.netdesk.ui.Messages(locale, java.util.List.of("dk.netdesk.ui.messages", "dk.netdesk.calendar.messages"));
    }

    static java.util.List<String> shown(BalanceForm form, dk.netdesk.ui.Messages messages) {
        return form.problemsProperty().stream().map(p -> p.message(messages, p.day() == null ? ""
                : p.day().getDisplayName(java.time.format.TextStyle.FULL, messages.getLocale()))).toList();
    }

    @Test
    void aBudgetWithTheOtherLanguagesDecimalMarkIsRefusedSayingWhichMarkToUse() {
        BalanceForm english = editing(Locale.ENGLISH, BalanceSettings.defaults());
        english.budgetProperty().set("7,5");
        assertThat(english.settings()).as("neither 75 hours nor a guess: nothing to save").isEmpty();
        assertThat(shown(english, messages(Locale.ENGLISH))).containsExactly(
                "Weekly work budget: Use a decimal point: type 7.5, not “7,5”.");
        english.budgetProperty().set("7.5");
        assertThat(english.settings().orElseThrow().budgetHours()).isEqualTo(7.5);
        english.budgetProperty().set("1,500");
        assertThat(english.settings()).as("1.5 or 1500: refused").isEmpty();
        assertThat(shown(english, messages(Locale.ENGLISH))).containsExactly(
                "Weekly work budget: “1,500” can be read two ways. Write decimals with “.” and no thousands separator: type 1.5 or 1500.");

        Locale da = new Locale("da");
        BalanceForm danish = editing(da, BalanceSettings.defaults());
        danish.budgetProperty().set("7.5");
        assertThat(danish.settings()).isEmpty();
        assertThat(shown(danish, messages(da))).containsExactly("Ugentligt arbejdsbudget: Brug komma som decimaltegn: skriv 7,5, ikke „7.5“.");
        danish.budgetProperty().set("7,5");
        assertThat(danish.settings().orElseThrow().budgetHours()).isEqualTo(7.5);
        danish.breakMinutesProperty().set("1.500");
        assertThat(danish.settings()).isEmpty();
        assertThat(shown(danish, messages(da))).containsExactly("Pauseregel: Skriv „1.500“ uden tusindtalsadskiller: 1500.");
    }

    @Test
    void everyWrongFieldIsShownAtOnceNamingItsDay() {
        BalanceForm form = editing(Locale.ENGLISH, BalanceSettings.defaults());
        form.windowsProperty(DayOfWeek.MONDAY).set("22:00-02:00");
        form.protectedProperty(DayOfWeek.WEDNESDAY).set("20:00-22:00, 21:00-23:00");
        form.windowsProperty(DayOfWeek.THURSDAY).set("evening");
        form.budgetProperty().set("1,500");
        form.breakMinutesProperty().set("5");
        assertThat(form.settings()).isEmpty();
        assertThat(shown(form, messages(Locale.ENGLISH))).containsExactly(
                "Monday: the work window 22:00-02:00 ends after midnight. A work window must end on the same day: "
                        + "split it into 22:00-24:00 on Monday and 00:00-02:00 on the next day.",
                "Wednesday: the protected times 20:00-22:00 and 21:00-23:00 overlap. Join them into one or move one of them.",
                "Thursday: the work window “evening” cannot be read. Pick or type a start and an end, such as 18:00 and 21:00.",
                "Weekly work budget: “1,500” can be read two ways. Write decimals with “.” and no thousands separator: type 1.5 or 1500.",
                "The break rule must be a number of minutes from 15 to 600.");
        Locale da = new Locale("da");
        assertThat(shown(form, messages(da)).get(0)).isEqualTo("mandag: arbejdstiden 22:00-02:00 slutter efter midnat. "
                + "En arbejdstid skal slutte samme dag: del den i 22:00-24:00 (mandag) og 00:00-02:00 (dagen efter).");
        form.windowsProperty(DayOfWeek.MONDAY).set("22:00-24:00");
        form.windowsProperty(DayOfWeek.TUESDAY).set("00:00-02:00, 18:00-21:00");
        assertThat(form.problemsProperty()).hasSize(4);
    }
}
