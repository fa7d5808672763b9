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
