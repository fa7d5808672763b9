package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The week's figures in the weeks the clocks change (Europe/Copenhagen, 2027), all day work events and work on
 * public holidays (decision 0023). Every figure is real time: the week, the events, the work windows and the
 * protected time become instants by {@link WallClock} before they are compared.
 */
class WeekFiguresDstTest {

    static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    /** Week 43 of 2027: Mon 25 Oct to Sun 31 Oct; the clocks go back on Sunday at 03:00 CEST. */
    static final LocalDate WEEK_43 = LocalDate.parse("2027-10-25");
    /** Week 12 of 2027: Mon 22 Mar to Sun 28 Mar; the clocks go forward on Sunday at 02:00 CET. */
    static final LocalDate WEEK_12 = LocalDate.parse("2027-03-22");
    static final LocalDate WEEK_13 = LocalDate.parse("2027-03-29");

    static EventRow series(Kind kind, String start, String end) {
        return new EventRow(0, "Night call", LocalDateTime.parse(start), LocalDateTime.parse(end), CPH, false, "", "", null,
                kind, "FREQ=DAILY", List.of(), null, null, null);
    }

    static Occurrence single(Kind kind, String start, String end, boolean allDay) {
        EventRow row = new EventRow(1, "E", LocalDateTime.parse(start), LocalDateTime.parse(end), CPH, allDay, "", "", null,
                kind, null, List.of(), null, null, null);
        return new Occurrence(row, row.start(), row.end(), null);
    }

    static WeekSummary week(MemoryCalendar calendar, LocalDate monday, BalanceSettings settings) {
        return Balance.summarize(calendar.between(monday, monday.plusWeeks(1), CPH), settings, monday, CPH);
    }

    /** The defaults with other work windows and protected time on Sunday. */
    static BalanceSettings sunday(List<TimeSpan> windows, List<TimeSpan> protectedTime) {
        BalanceSettings defaults = BalanceSettings.defaults();
        Map<DayOfWeek, List<TimeSpan>> w = new EnumMap<>(defaults.windows());
        Map<DayOfWeek, List<TimeSpan>> p = new EnumMap<>(defaults.protectedTime());
        w.put(DayOfWeek.SUNDAY, windows);
        p.put(DayOfWeek.SUNDAY, protectedTime);
        return new BalanceSettings(w, p, defaults.budgetHours(), defaults.breakMinutes());
    }

    @Test
    void aDailyWorkSeriesInTheAutumnFoldWeekCountsSevenHalfHours() {
        MemoryCalendar calendar = new MemoryCalendar();
        calendar.add(series(Kind.PROSPECTING, "2027-10-25T02:30", "2027-10-25T03:00"));
        WeekSummary summary = week(calendar, WEEK_43, BalanceSettings.defaults());
        // decision 0003 (amended 2026-12-02): on 31 Oct the occurrence starts in the fold and ends after it, so it
        // starts at the second 02:30 (CET) and keeps its 30 minutes, as every instance of a series does: 7 × 30 min
        assertThat(summary.workHours()).isEqualTo(3.5);
        assertThat(summary.workByKind()).containsEntry(Kind.PROSPECTING, 3.5);
        assertThat(summary.workOutsideWindowsHours()).isEqualTo(3.5);
        assertThat(summary.protectedExceptions()).as("Sunday is protected all day").isEqualTo(1);
        // the week before and after have no change: 7 × 30 min
        assertThat(week(calendar, WEEK_43.plusWeeks(1), BalanceSettings.defaults()).workHours()).isEqualTo(3.5);
    }

    @Test
    void aWorkWindowInTheFoldHoldsTheFoldDaysEventWholeInRealTime() {
        MemoryCalendar calendar = new MemoryCalendar();
        calendar.add(series(Kind.PROSPECTING, "2027-10-25T02:30", "2027-10-25T03:00"));
        // Sunday's window 02:00-03:00 lasts 2 h of real time on 31 Oct (00:00-02:00 UTC) and holds 02:30-03:00 CET
        WeekSummary summary = week(calendar, WEEK_43, sunday(List.of(TimeSpan.of(2, 0, 3, 0)), List.of()));
        assertThat(summary.workHours()).isEqualTo(3.5);
        assertThat(summary.workOutsideWindowsHours()).as("Monday to Saturday only").isEqualTo(3.0);
        assertThat(summary.protectedExceptions()).isZero();
        // protected time 02:00-03:00 that day is also two real hours, and the event reaches into it
        WeekSummary guarded = week(calendar, WEEK_43, sunday(List.of(), List.of(TimeSpan.of(2, 0, 3, 0))));
        assertThat(guarded.protectedExceptions()).isEqualTo(1);
    }

    @Test
    void personalTimeInTheFoldWeekIsCountedTheSameWay() {
        MemoryCalendar calendar = new MemoryCalendar();
        calendar.add(series(Kind.FAMILY, "2027-10-25T02:30", "2027-10-25T03:00"));
        WeekSummary summary = week(calendar, WEEK_43, BalanceSettings.defaults());
        assertThat(summary.personalHours()).isEqualTo(3.5);
        assertThat(summary.workHours()).isZero();
    }

    @Test
    void theSpringWeekCountsTheGapOccurrenceAtItsOwnLengthAndWindowsInRealTime() {
        MemoryCalendar calendar = new MemoryCalendar();
        calendar.add(series(Kind.PROSPECTING, "2027-03-22T02:30", "2027-03-22T03:00"));
        // 28 Mar 02:30-03:00 is 03:30-04:00 CEST and keeps its 30 minutes: 7 × 30 min in week 12 and in week 13
        assertThat(week(calendar, WEEK_12, BalanceSettings.defaults()).workHours()).isEqualTo(3.5);
        assertThat(week(calendar, WEEK_13, BalanceSettings.defaults()).workHours()).isEqualTo(3.5);

        // 00:00-03:30 on 28 Mar is 2 h 30 min of real time; a window 01:00-04:00 is 2 h of it (00:00-02:00 UTC),
        // and holds 1 h 30 min of the event: 1 h is outside (00:00-01:00)
        List<Occurrence> night = List.of(single(Kind.ADMIN, "2027-03-28T00:00", "2027-03-28T03:30", false));
        WeekSummary summary = Balance.summarize(night, sunday(List.of(TimeSpan.of(1, 0, 4, 0)), List.of()), WEEK_12, CPH);
        assertThat(summary.workHours()).isEqualTo(2.5);
        assertThat(summary.workOutsideWindowsHours()).isEqualTo(1.0);
    }

    @Test
    void aThreeDayAllDayWorkEventCountsThreeDaysAndNoHours() {
        List<Occurrence> week = List.of(
                single(Kind.PRESENTATION, "2027-03-19T00:00", "2027-03-22T00:00", true), // Convention Fri-Sun
                single(Kind.ADMIN, "2027-03-16T18:00", "2027-03-16T19:00", false),
                single(Kind.FAMILY, "2027-03-17T00:00", "2027-03-18T00:00", true)); // personal all-day: not work
        WeekSummary summary = Balance.summarize(week, BalanceSettings.defaults(), LocalDate.parse("2027-03-15"), CPH);
        assertThat(summary.allDayWorkDays()).isEqualTo(3);
        assertThat(summary.workHours()).isEqualTo(1.0);
        // the week after sees none of it; a span into the next week counts only this week's days
        assertThat(Balance.summarize(week, BalanceSettings.defaults(), LocalDate.parse("2027-03-22"), CPH).allDayWorkDays()).isZero();
        List<Occurrence> across = List.of(single(Kind.PRESENTATION, "2027-03-20T00:00", "2027-03-24T00:00", true));
        assertThat(Balance.summarize(across, BalanceSettings.defaults(), LocalDate.parse("2027-03-22"), CPH).allDayWorkDays())
                .isEqualTo(2);
    }

    @Test
    void workInTheUsualWindowOnAPublicHolidayIsWorkOnAPublicHolidayNotOutsideTheWindows() {
        // Monday 29 Mar 2027 is 2. påskedag; Monday's usual window is 18:00-21:00
        List<Occurrence> week = List.of(
                single(Kind.FOLLOW_UP, "2027-03-29T18:00", "2027-03-29T19:00", false),
                single(Kind.FOLLOW_UP, "2027-03-30T21:00", "2027-03-30T21:30", false)); // Tuesday, after the window
        WeekSummary summary = Balance.summarize(week, BalanceSettings.defaults(), WEEK_13, CPH,
                Set.of(LocalDate.parse("2027-03-29")));
        assertThat(summary.holidayWorkHours()).isEqualTo(1.0);
        assertThat(summary.workOutsideWindowsHours()).isEqualTo(0.5);
        assertThat(summary.holidayOffHours()).as("the rest of Monday's window").isEqualTo(2.0);
        assertThat(summary.workHours()).isEqualTo(1.5);
    }
}
