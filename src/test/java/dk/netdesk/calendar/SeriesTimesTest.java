package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 14, items 1, 2 and 5: times in the DST gap, series bounds after edits, one meaning of "Ends on". */
class SeriesTimesTest {

    static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

    static EventRow series(String title, String start, String end, String rrule) {
        return new EventRow(0, title, LocalDateTime.parse(start), LocalDateTime.parse(end), CPH, false, "", "", null,
                Kind.FAMILY, rrule, List.of(), null, null, null);
    }

    static Occurrence on(MemoryCalendar calendar, String day) {
        LocalDate date = LocalDate.parse(day);
        List<Occurrence> found = calendar.between(date, date.plusDays(1), CPH).stream()
                .filter(o -> o.start().toLocalDate().equals(date)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    static List<String> starts(MemoryCalendar calendar, String from, String to) {
        return calendar.between(LocalDate.parse(from), LocalDate.parse(to), CPH).stream()
                .map(o -> o.start().toString()).toList();
    }

    static EventDraft moved(Occurrence occurrence, String start, RepeatRule repeat) {
        LocalDateTime s = LocalDateTime.parse(start);
        return EventDraft.of(occurrence, repeat).withTimes(s, s.plus(Duration.between(occurrence.start(), occurrence.end())));
    }

    // ---- item 1: the spring-forward gap --------------------------------------------------

    @Test
    void anOccurrenceInTheSpringGapKeepsItsLengthEverywhere() {
        MemoryCalendar calendar = new MemoryCalendar();
        calendar.add(series("Night call", "2027-03-25T02:30", "2027-03-25T03:00", "FREQ=DAILY"));

        Occurrence gap = on(calendar, "2027-03-28");

        assertThat(gap.start()).isEqualTo(LocalDateTime.parse("2027-03-28T03:30"));
        assertThat(gap.end()).isEqualTo(LocalDateTime.parse("2027-03-28T04:00"));
        assertThat(gap.zonedStart().getOffset().getTotalSeconds()).isEqualTo(2 * 3600);
        assertThat(gap.duration()).isEqualTo(Duration.ofMinutes(30));
        // the week plan (screen list and print) and the summary read the same times
        LocalDate monday = LocalDate.parse("2027-03-22");
        List<Occurrence> week = calendar.between(monday, monday.plusWeeks(1), CPH);
        WeekSummary summary = Balance.summarize(week, BalanceSettings.defaults(), monday, CPH);
        WeekPlan plan = CalendarService.plan(monday, week, BalanceSettings.defaults(), summary, CPH);
        WeekPlan.Item item = plan.items().stream().filter(i -> i.date().equals(LocalDate.parse("2027-03-28"))).findFirst().orElseThrow();
        assertThat(item.start() + "-" + item.end()).isEqualTo("03:30-04:00");
        assertThat(summary.personalHours()).isEqualTo(2.0);
        // a reminder 15 minutes before fires at 03:15 CEST (01:15 UTC)
        assertThat(gap.zonedStart().toInstant().minus(Duration.ofMinutes(15)).toString()).isEqualTo("2027-03-28T01:15:00Z");
    }

    @Test
    void aDragIntoTheGapResolvesByTheSameRule() {
        LocalDateTime start = LocalDateTime.parse("2027-03-28T02:30");
        LocalDateTime end = LocalDateTime.parse("2027-03-28T03:00");
        assertThat(WallClock.start(start, CPH).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2027-03-28T03:30"));
        assertThat(WallClock.end(start, end, CPH).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2027-03-28T04:00"));
        // an end alone in the gap moves forward; the event keeps its exact hour
        LocalDateTime before = LocalDateTime.parse("2027-03-28T01:30");
        assertThat(Duration.between(WallClock.start(before, CPH), WallClock.end(before, start, CPH))).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void inTheAutumnFoldAnOccurrenceThatEndsAfterTheFoldStartsAtTheSecondReadingAndKeepsItsLength() {
        MemoryCalendar calendar = new MemoryCalendar();
        calendar.add(series("Fold", "2027-10-29T02:30", "2027-10-29T03:00", "FREQ=DAILY"));
        Occurrence fold = on(calendar, "2027-10-31");
        assertThat(fold.zonedStart().getOffset().getTotalSeconds()).isEqualTo(3600);
        assertThat(fold.start()).isEqualTo(LocalDateTime.parse("2027-10-31T02:30"));
        // 02:30 CET-03:00 CET: 30 minutes, as every other day of the series (decision 0003, amended 2026-12-02)
        assertThat(fold.duration()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void editingTheGapOccurrenceForAllWithoutMovingItKeepsTheSeriesTime() {
        MemoryCalendar calendar = new MemoryCalendar();
        EventRow master = calendar.add(series("Night call", "2027-03-25T02:30", "2027-03-25T03:00", "FREQ=DAILY"));
        Occurrence gap = on(calendar, "2027-03-28");
        calendar.edit(gap, EventDraft.of(gap, RepeatRule.of(master)).withTitle("Renamed"), EditScope.ALL);
        assertThat(on(calendar, "2027-03-29").start()).isEqualTo(LocalDateTime.parse("2027-03-29T02:30"));
        assertThat(on(calendar, "2027-03-29").title()).isEqualTo("Renamed");
        calendar.edit(on(calendar, "2027-03-28"), EventDraft.of(on(calendar, "2027-03-28"), RepeatRule.of(master)),
                EditScope.THIS_AND_FOLLOWING);
        assertThat(on(calendar, "2027-03-30").start()).isEqualTo(LocalDateTime.parse("2027-03-30T02:30"));
    }

    // ---- item 2: the earlier half of a split series ---------------------------------------

    @Test
    void theEarlierHalfOfASplitSeriesStaysBeforeTheSplitWhenMoved() {
        MemoryCalendar calendar = new MemoryCalendar();
        EventRow master = calendar.add(series("Team", "2027-03-02T19:00", "2027-03-02T20:00", "FREQ=WEEKLY;BYDAY=TU"));
        RepeatRule rule = RepeatRule.of(master);
        calendar.edit(on(calendar, "2027-03-16"), moved(on(calendar, "2027-03-16"), "2027-03-16T20:00", rule),
                EditScope.THIS_AND_FOLLOWING);
        Occurrence first = on(calendar, "2027-03-02");
        calendar.edit(first, moved(first, "2027-03-02T18:00", RepeatRule.of(first.row())), EditScope.ALL);

        assertThat(starts(calendar, "2027-03-01", "2027-03-29")).containsExactly(
                "2027-03-02T18:00", "2027-03-09T18:00", "2027-03-16T20:00", "2027-03-23T20:00");
    }

    @Test
    void anAllEditMovesUntilExdatesAndOverridesWithTheStart() {
        MemoryCalendar calendar = new MemoryCalendar();
        // an UNTIL written before "Ends on" was always 23:59:59: the split of old main
        EventRow master = calendar.add(series("Team", "2027-03-02T19:00", "2027-03-02T20:00",
                "FREQ=WEEKLY;UNTIL=20270316T185959;BYDAY=TU"));
        calendar.delete(on(calendar, "2027-03-09"), EditScope.THIS);
        Occurrence first = on(calendar, "2027-03-02");
        calendar.edit(first, moved(first, "2027-03-03T18:00", RepeatRule.of(calendar.rowsOf(master.id()).get(0))), EditScope.ALL);

        assertThat(starts(calendar, "2027-03-01", "2027-03-29")).containsExactly("2027-03-03T18:00");
        assertThat(RepeatRule.of(calendar.rowsOf(master.id()).get(0)).until()).isEqualTo(LocalDate.parse("2027-03-16"));
    }

    // ---- item 5: "Ends on" means the last day, inclusive -------------------------------------

    @Test
    void theFirstHalfOfASplitEndsTheDayBeforeTheSplit() {
        MemoryCalendar calendar = new MemoryCalendar();
        EventRow master = calendar.add(series("Team", "2026-12-01T19:00", "2026-12-01T20:00", "FREQ=WEEKLY;BYDAY=TU"));
        Occurrence cut = on(calendar, "2026-12-15");
        calendar.edit(cut, moved(cut, "2026-12-15T20:00", RepeatRule.of(master)), EditScope.THIS_AND_FOLLOWING);

        assertThat(RepeatRule.of(calendar.rowsOf(master.id()).get(0)).until()).isEqualTo(LocalDate.parse("2026-12-14"));
        // deleting "this and following" ends the same way
        MemoryCalendar other = new MemoryCalendar();
        EventRow second = other.add(series("Team", "2026-12-01T19:00", "2026-12-01T20:00", "FREQ=WEEKLY;BYDAY=TU"));
        other.delete(on(other, "2026-12-15"), EditScope.THIS_AND_FOLLOWING);
        assertThat(RepeatRule.of(other.rowsOf(second.id()).get(0)).until()).isEqualTo(LocalDate.parse("2026-12-14"));
    }

    @Test
    void aNewSeriesEndingOnADateIncludesThatDate() {
        RepeatRule rule = new RepeatRule(RepeatRule.Freq.WEEKLY, 1, Set.of(java.time.DayOfWeek.TUESDAY), LocalDate.parse("2026-12-15"), null);
        MemoryCalendar calendar = new MemoryCalendar();
        EventRow master = calendar.add(series("Team", "2026-12-01T19:00", "2026-12-01T20:00", rule.toRrule()));
        assertThat(starts(calendar, "2026-11-30", "2027-01-04")).containsExactly(
                "2026-12-01T19:00", "2026-12-08T19:00", "2026-12-15T19:00");
        assertThat(RepeatRule.of(master).until()).isEqualTo(LocalDate.parse("2026-12-15"));
    }
}
