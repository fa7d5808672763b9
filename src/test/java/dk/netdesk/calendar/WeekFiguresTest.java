package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.ui.Messages;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 14, items 6 and 7: time is the union of the events' spans; one hours format on screen and paper. */
class WeekFiguresTest {

    static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    static final LocalDate MONDAY = LocalDate.parse("2027-03-15");

    static Occurrence event(Kind kind, String start, String end) {
        EventRow row = new EventRow(1, "E", LocalDateTime.parse(start), LocalDateTime.parse(end), CPH, false, "", "", null,
                kind, null, List.of(), null, null, null);
        return new Occurrence(row, row.start(), row.end(), null);
    }

    @Test
    void sixParallelWorkEventsAreOneHourOfWork() {
        List<Occurrence> week = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            week.add(event(Kind.PROSPECTING, "2027-03-16T19:00", "2027-03-16T20:00"));
        }
        WeekSummary summary = Balance.summarize(week, BalanceSettings.defaults(), MONDAY, CPH);
        assertThat(summary.workHours()).isEqualTo(1.0);
        assertThat(summary.workByKind()).containsEntry(Kind.PROSPECTING, 1.0);
    }

    @Test
    void overlappingPersonalTimeCountsOnceAndTouchingSpansJoin() {
        List<Occurrence> week = List.of(
                event(Kind.FAMILY, "2027-03-16T17:00", "2027-03-16T19:00"),
                event(Kind.FAMILY, "2027-03-16T18:00", "2027-03-16T20:00"),
                event(Kind.FAMILY, "2027-03-16T20:00", "2027-03-16T20:15"),
                event(Kind.PROSPECTING, "2027-03-16T18:00", "2027-03-16T19:00"),
                event(Kind.FOLLOW_UP, "2027-03-16T18:30", "2027-03-16T19:30"));
        WeekSummary summary = Balance.summarize(week, BalanceSettings.defaults(), MONDAY, CPH);
        assertThat(summary.personalHours()).isEqualTo(3.25);
        assertThat(summary.workHours()).isEqualTo(1.5);
    }

    @Test
    void theWeekPlanThatThePrintReadsCarriesTheSameFigure() {
        List<Occurrence> week = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            week.add(event(Kind.PROSPECTING, "2027-03-16T19:00", "2027-03-16T20:00"));
        }
        WeekSummary summary = Balance.summarize(week, BalanceSettings.defaults(), MONDAY, CPH);
        WeekPlan plan = CalendarService.plan(MONDAY, week, BalanceSettings.defaults(), summary, CPH);
        assertThat(plan.summary().workHours()).isEqualTo(1.0);
    }

    // ---- new-user fixes: kinds at the same time, public holidays (decision 0020) ---------------

    @Test
    void kindsPlannedAtTheSameTimeAddUpToTheTotalOnceTheirOverlapIsTakenOff() {
        List<Occurrence> week = List.of(
                event(Kind.FOLLOW_UP, "2027-03-16T19:00", "2027-03-16T21:00"),
                event(Kind.PRESENTATION, "2027-03-16T20:00", "2027-03-16T21:00"),
                event(Kind.PRESENTATION, "2027-03-16T20:30", "2027-03-16T21:00"), // same kind: already one union
                event(Kind.ADMIN, "2027-03-17T18:00", "2027-03-17T18:45"));
        WeekSummary summary = Balance.summarize(week, BalanceSettings.defaults(), MONDAY, CPH);
        assertThat(summary.workHours()).isEqualTo(2.75);
        assertThat(summary.workByKind()).containsEntry(Kind.FOLLOW_UP, 2.0).containsEntry(Kind.PRESENTATION, 1.0)
                .containsEntry(Kind.ADMIN, 0.75);
        assertThat(summary.overlapHours()).isEqualTo(1.0);
        double kinds = summary.workByKind().values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(kinds - summary.overlapHours()).isEqualTo(summary.workHours());

        List<Occurrence> parallel = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            parallel.add(event(Kind.PROSPECTING, "2027-03-16T19:00", "2027-03-16T20:00"));
        }
        assertThat(Balance.summarize(parallel, BalanceSettings.defaults(), MONDAY, CPH).overlapHours()).isZero();
    }

    @Test
    void anEmptyWeekWithAPublicHolidayHasNoPersonalTimeButSaysWhichWorkWindowsAreOff() {
        LocalDate christmasWeek = LocalDate.of(2026, 12, 21); // Fri 25 Juledag (no window), Sat 26 2. juledag (window 10-13)
        java.util.Set<LocalDate> holidays = java.util.Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));
        WeekSummary empty = Balance.summarize(List.of(), BalanceSettings.defaults(), christmasWeek, CPH, holidays);
        assertThat(empty.personalHours()).isZero();
        assertThat(empty.holidayOffHours()).isEqualTo(3.0);
        assertThat(empty.workHours()).isZero();

        // work planned in the holiday's window is not time off; it is work on a public holiday, not outside the windows (0023)
        List<Occurrence> week = List.of(event(Kind.FOLLOW_UP, "2026-12-26T12:00", "2026-12-26T14:00"),
                event(Kind.FAMILY, "2026-12-26T09:00", "2026-12-26T11:00"));
        WeekSummary worked = Balance.summarize(week, BalanceSettings.defaults(), christmasWeek, CPH, holidays);
        assertThat(worked.holidayOffHours()).isEqualTo(2.0);
        assertThat(worked.workOutsideWindowsHours()).isZero();
        assertThat(worked.holidayWorkHours()).isEqualTo(2.0);
        assertThat(worked.personalHours()).as("the family event only, not the holiday's window").isEqualTo(2.0);

        WeekPlan plan = CalendarService.plan(christmasWeek, week, BalanceSettings.defaults(), worked, CPH);
        assertThat(plan.summary().holidayOffHours()).as("the print reads the same summary").isEqualTo(2.0);
    }

    @Test
    void hoursReadTheSameOnScreenAndOnPaper() {
        Messages english = new Messages(Locale.ENGLISH, List.of("dk.netdesk.ui.messages"));
        Messages danish = new Messages(new Locale("da"), List.of("dk.netdesk.ui.messages"));
        assertThat(english.hours(2.25)).isEqualTo("2 h 15 min");
        assertThat(danish.hours(2.25)).isEqualTo("2 t 15 min");
        assertThat(danish.hours(13.75)).isEqualTo("13 t 45 min");
        assertThat(english.hours(0.75)).isEqualTo("45 min");
        assertThat(english.hours(12)).isEqualTo("12 h");
        assertThat(english.hours(0)).isEqualTo("0 h");
        assertThat(english.hours(-1.5)).isEqualTo("-1 h 30 min");
    }
}
