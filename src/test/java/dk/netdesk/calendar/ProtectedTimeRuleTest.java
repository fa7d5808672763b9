package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Work in protected time, one rule for the question before a save, the marks on screen and on paper and the
 * week's figure (decision 0028). Today is Saturday 28 November 2026 (Copenhagen); the default settings protect
 * Friday from 17:00 and all of Sunday.
 */
class ProtectedTimeRuleTest {

    static final LocalDate SUNDAY = LocalDate.of(2026, 11, 29);
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;
    TestApp app;
    CalendarViewModel model;

    CalendarViewModel open() {
        app = TestApp.open(dir.resolve("d" + System.nanoTime()), Locale.ENGLISH);
        model = app.context().calendar();
        model.load();
        return model;
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    static EventDraft draft(String title, String start, String end, Kind kind) {
        return new EventDraft(title, LocalDateTime.parse(start), LocalDateTime.parse(end), false, "", "", null, kind, null, null);
    }

    static EventDraft allDay(String title, LocalDate day, Kind kind) {
        return new EventDraft(title, day.atStartOfDay(), day.plusDays(1).atStartOfDay(), true, "", "", null, kind, null, null);
    }

    // ---- 1: a new series asks when any of its occurrences is in protected time -----------------------------

    @Test
    void aNewDailySeriesWhoseFirstOccurrenceIsFreeButWhoseSundayIsProtectedAsksAndNamesThatSunday() {
        open();
        // Monday 30 Nov 10:00 is free; the series' Sunday, 6 Dec, is protected all day
        EventDraft daily = draft("Webinar", "2026-11-30T10:00", "2026-11-30T11:00", Kind.TRAINING)
                .withRepeat(new RepeatRule(RepeatRule.Freq.DAILY, 1, Set.of(), null, 10));
        assertThat(model.needsProtectedConfirmation(daily)).isTrue();
        assertThat(model.protectedQuestion(daily, model.zone(), EditScope.ALL))
                .isEqualTo("This repeating work event falls in your protected time. The first time: "
                        + "“Webinar” on Sun 6 Dec 2026 at 10:00 (1 of its 10 times).");
        // the same draft saved for this occurrence alone is Monday only
        assertThat(model.protectedQuestion(daily, model.zone(), EditScope.THIS)).isNull();
        // five days from Monday never reach Sunday; a weekly Monday series never does
        assertThat(model.needsProtectedConfirmation(daily.withRepeat(new RepeatRule(RepeatRule.Freq.DAILY, 1, Set.of(), null, 5))))
                .isFalse();
        assertThat(model.needsProtectedConfirmation(daily.withRepeat(new RepeatRule(RepeatRule.Freq.WEEKLY, 1,
                Set.of(DayOfWeek.MONDAY), null, null)))).isFalse();
        // ends on Saturday 5 Dec: no Sunday in it
        assertThat(model.needsProtectedConfirmation(daily.withRepeat(new RepeatRule(RepeatRule.Freq.DAILY, 1, Set.of(),
                LocalDate.of(2026, 12, 5), null)))).isFalse();
        // a monthly series from 30 Nov meets a Sunday on 30 May 2027, within its first year
        EventDraft monthly = daily.withRepeat(new RepeatRule(RepeatRule.Freq.MONTHLY, 1, Set.of(), null, null));
        assertThat(model.protectedQuestion(monthly, model.zone(), EditScope.ALL)).contains("Sun 30 May 2027");
        // personal time in protected time asks nothing
        assertThat(model.needsProtectedConfirmation(new EventDraft("Walk", daily.start(), daily.end(), false, "", "", null,
                Kind.REST, daily.repeat(), null))).isFalse();
    }

    @Test
    void aDanishSeriesQuestionNamesTheFirstProtectedOccurrenceInDanish() {
        open();
        app.context().messages().localeProperty().set(new Locale("da"));
        EventDraft weekly = draft("Webinar", "2026-11-27T16:00", "2026-11-27T16:30", Kind.TRAINING)
                .withRepeat(new RepeatRule(RepeatRule.Freq.WEEKLY, 1, Set.of(DayOfWeek.FRIDAY, DayOfWeek.SUNDAY), null, null));
        assertThat(model.protectedQuestion(weekly, model.zone(), EditScope.ALL))
                .startsWith("Denne gentagne arbejdsaftale ligger i din beskyttede fritid. Første gang: „Webinar“ søn.");
    }

    @Test
    void aSeriesQuestionSaysHowManyOfTheCheckedOccurrencesAreInProtectedTime() {
        open();
        // never ends: its first year is checked, from Monday 30 Nov; its 52 Sundays are protected all day
        EventDraft daily = draft("Webinar", "2026-11-30T10:00", "2026-11-30T11:00", Kind.TRAINING)
                .withRepeat(new RepeatRule(RepeatRule.Freq.DAILY, 1, Set.of(), null, null));
        assertThat(model.protectedQuestion(daily, model.zone(), EditScope.ALL))
                .isEqualTo("This repeating work event falls in your protected time. The first time: "
                        + "“Webinar” on Sun 6 Dec 2026 at 10:00 (52 of them in the next year).");
        // 20 days from Monday: two Sundays of them
        assertThat(model.protectedQuestion(daily.withRepeat(new RepeatRule(RepeatRule.Freq.DAILY, 1, Set.of(), null, 20)),
                model.zone(), EditScope.ALL)).endsWith("at 10:00 (2 of its 20 times).");
        // ends after the longest stretch checked: the question says how far it looked
        assertThat(model.protectedQuestion(daily.withRepeat(new RepeatRule(RepeatRule.Freq.DAILY, 1, Set.of(),
                LocalDate.of(2040, 1, 1), null)), model.zone(), EditScope.ALL)).endsWith("of them in the next 5 years).");
        // monthly on the 30th: one Sunday (30 May 2027) in its first year, said as the only one
        EventDraft monthly = daily.withRepeat(new RepeatRule(RepeatRule.Freq.MONTHLY, 1, Set.of(), null, null));
        assertThat(model.protectedQuestion(monthly, model.zone(), EditScope.ALL)).endsWith("(the only one in the next year).");

        app.context().messages().localeProperty().set(new Locale("da"));
        assertThat(model.protectedQuestion(daily, model.zone(), EditScope.ALL))
                .isEqualTo("Denne gentagne arbejdsaftale ligger i din beskyttede fritid. Første gang: "
                        + "„Webinar“ søn. 6. dec. 2026 kl. 10:00 (52 gange inden for det næste år).");
        assertThat(model.protectedQuestion(daily.withRepeat(new RepeatRule(RepeatRule.Freq.DAILY, 1, Set.of(), null, 20)),
                model.zone(), EditScope.ALL)).endsWith("(2 af de 20 gange).");
    }

    // ---- 2: all-day work on a wholly protected day ----------------------------------------------------------

    @Test
    void allDayWorkOnAWhollyProtectedDayAsksIsCountedAndIsMarkedWherePartlyProtectedDaysAreNot() {
        open();
        EventDraft sunday = allDay("Trade fair", SUNDAY, Kind.PRESENTATION);
        EventDraft friday = allDay("Stand building", LocalDate.of(2026, 11, 27), Kind.ADMIN);
        assertThat(model.protectedQuestion(sunday, model.zone(), EditScope.ALL))
                .isEqualTo("This all-day work event is on a day that is wholly your protected time.");
        // Friday is protected from 17:00 only: an all-day event says when, not how long (decision 0023)
        assertThat(model.needsProtectedConfirmation(friday)).isFalse();
        assertThat(model.needsProtectedConfirmation(allDay("Family day", SUNDAY, Kind.FAMILY))).isFalse();

        model.create(sunday);
        model.create(friday);
        assertThat(model.summaryProperty().get().protectedExceptions()).isEqualTo(1);
        Occurrence fair = shown("Trade fair");
        assertThat(model.isInProtectedTime(fair, SUNDAY)).isTrue();
        assertThat(model.isInProtectedTime(shown("Stand building"), LocalDate.of(2026, 11, 27))).isFalse();
        assertThat(model.weekPlan().items()).filteredOn(WeekPlan.Item::inProtectedTime)
                .extracting(WeekPlan.Item::title).containsExactly("Trade fair");
        assertAgree(Balance.monday(SUNDAY));
    }

    @Test
    void aWhollyProtectedDayMayBeMadeOfSpansThatTouch() {
        BalanceSettings settings = new BalanceSettings(Map.of(), Map.of(DayOfWeek.SATURDAY,
                BalanceSettings.parseSpans("00:00-12:00, 12:00-24:00"), DayOfWeek.SUNDAY,
                BalanceSettings.parseSpans("00:00-12:00, 12:30-24:00")), 10, 90);
        assertThat(ProtectedTime.wholeDay(settings, DayOfWeek.SATURDAY)).isTrue();
        assertThat(ProtectedTime.wholeDay(settings, DayOfWeek.SUNDAY)).isFalse();
        assertThat(ProtectedTime.wholeDay(settings, DayOfWeek.MONDAY)).isFalse();
    }

    // ---- 3: one rule for the drawn part, the print and the figure -------------------------------------------

    @Test
    void workFromSundayNightIntoAProtectedMondayHourIsMarkedAndCountedOnMondayOnly() {
        open();
        // Monday 00:00-01:00 protected, Sunday not
        model.saveBalance(new BalanceSettings(BalanceSettings.defaults().windows(),
                Map.of(DayOfWeek.MONDAY, BalanceSettings.parseSpans("00:00-01:00")), 12, 600));
        model.create(draft("Night deploy", "2026-11-29T22:00", "2026-11-30T01:00", Kind.ADMIN));

        // the week of Sunday: its part is not in protected time, and the figure says 0
        Occurrence night = shown("Night deploy");
        assertThat(model.isInProtectedTime(night, SUNDAY)).isFalse();
        assertThat(model.summaryProperty().get().protectedExceptions()).isZero();
        assertThat(model.weekPlan().items()).filteredOn(WeekPlan.Item::inProtectedTime).isEmpty();
        assertAgree(Balance.monday(SUNDAY));

        // the next week: the Monday part is marked, on screen and on paper, and the figure says 1
        model.next();
        night = shown("Night deploy");
        assertThat(model.isInProtectedTime(night, MONDAY)).isTrue();
        assertThat(model.summaryProperty().get().protectedExceptions()).isEqualTo(1);
        assertThat(model.weekPlan().items()).filteredOn(WeekPlan.Item::inProtectedTime)
                .extracting(WeekPlan.Item::date).containsExactly(MONDAY);
        assertAgree(MONDAY);

        // the save question asks about the whole event
        assertThat(model.needsProtectedConfirmation(draft("Night deploy", "2026-11-29T22:00", "2026-11-30T01:00", Kind.ADMIN)))
                .isTrue();
        assertThat(model.needsProtectedConfirmation(draft("Late", "2026-11-29T22:00", "2026-11-30T00:00", Kind.ADMIN)))
                .isFalse();
    }

    @Test
    void onTheDaySummerTimeBeginsProtectedTimeIsRealTimeForTheMarkAndTheFigureAlike() {
        open();
        // Sunday 28 Mar 2027: 02:00-03:00 does not exist; protected time from 02:00 for an hour is 03:00-04:00
        // CEST, as an event at those times would be (WallClock, decision 0023)
        model.saveBalance(new BalanceSettings(BalanceSettings.defaults().windows(),
                Map.of(DayOfWeek.SUNDAY, BalanceSettings.parseSpans("02:00-03:00")), 12, 600));
        model.goTo(LocalDate.of(2027, 3, 28));
        model.create(draft("Spring work", "2027-03-28T03:00", "2027-03-28T03:30", Kind.ADMIN));
        Occurrence o = shown("Spring work");
        assertThat(model.isInProtectedTime(o, LocalDate.of(2027, 3, 28))).isTrue();
        assertThat(model.summaryProperty().get().protectedExceptions()).isEqualTo(1);
        assertAgree(LocalDate.of(2027, 3, 22));
    }

    /**
     * The week's figure, the marked parts on screen (every day of the week, by the view-model's rule) and the
     * marked items of the printed week name the same events.
     */
    private void assertAgree(LocalDate monday) {
        assertThat(Balance.monday(model.dateProperty().get())).isEqualTo(monday);
        Set<String> marked = new HashSet<>();
        for (Occurrence o : model.occurrences()) {
            for (LocalDate day = monday; day.isBefore(monday.plusWeeks(1)); day = day.plusDays(1)) {
                if (DayPart.of(o, day, model.zone()).isPresent() && model.isInProtectedTime(o, day)) {
                    marked.add(o.key());
                }
            }
        }
        Set<String> printed = new HashSet<>();
        model.weekPlan().items().stream().filter(WeekPlan.Item::inProtectedTime).forEach(i -> printed.add(i.title()));
        assertThat(marked).hasSize(model.summaryProperty().get().protectedExceptions());
        assertThat(printed).hasSize(model.summaryProperty().get().protectedExceptions());
    }

    private Occurrence shown(String title) {
        List<Occurrence> found = model.occurrences().stream().filter(o -> o.title().equals(title)).toList();
        assertThat(found).as(title).isNotEmpty();
        return found.get(0);
    }
}
