package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarViewModelTest {

    static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

    @TempDir
    Path dir;
    TestApp app;
    CalendarViewModel model;

    CalendarViewModel open(Clock clock) {
        app = TestApp.open(dir.resolve("d" + System.nanoTime()), Locale.ENGLISH, clock);
        model = app.context().calendar();
        model.load();
        return model;
    }

    CalendarViewModel open() {
        return open(TestApp.CLOCK);
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    static Clock clockAt(String localDateTime) {
        return Clock.fixed(LocalDateTime.parse(localDateTime).atZone(CPH).toInstant(), CPH);
    }

    static EventDraft draft(String title, String start, String end, Kind kind) {
        return new EventDraft(title, LocalDateTime.parse(start), LocalDateTime.parse(end), false, "", "", null, kind, null, null);
    }

    // ---- weeks and navigation ---------------------------------------------------------------

    @Test
    void isoWeekNumbersAtTheTurnOfTheYear() {
        assertThat(CalendarViewModel.isoWeek(LocalDate.of(2026, 12, 31))).isEqualTo(53);
        assertThat(CalendarViewModel.isoWeek(LocalDate.of(2027, 1, 3))).isEqualTo(53);
        assertThat(CalendarViewModel.isoWeek(LocalDate.of(2027, 1, 4))).isEqualTo(1);

        open(clockAt("2026-12-31T12:00"));
        assertThat(model.titleProperty().get()).startsWith("Week 53");
        assertThat(model.rangeStart()).isEqualTo(LocalDate.of(2026, 12, 28)).matches(d -> d.getDayOfWeek() == DayOfWeek.MONDAY);
        model.next();
        assertThat(model.weekNumberProperty().get()).isEqualTo(1);
        assertThat(model.rangeStart()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(model.titleProperty().get()).startsWith("Week 1 ");
    }

    @Test
    void navigationMovesByTheShownPeriodAndTodayComesBack() {
        open();
        model.next();
        assertThat(model.dateProperty().get()).isEqualTo(LocalDate.of(2026, 12, 5));
        model.modeProperty().set(CalendarViewModel.Mode.MONTH);
        model.previous();
        assertThat(model.dateProperty().get()).isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(model.rangeStart()).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(model.shownDays()).hasSize(42);
        model.modeProperty().set(CalendarViewModel.Mode.DAY);
        model.goTo(LocalDate.of(2027, 2, 1));
        assertThat(model.shownDays()).containsExactly(LocalDate.of(2027, 2, 1));
        model.today();
        assertThat(model.dateProperty().get()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(model.todayProperty().get()).isEqualTo(LocalDate.of(2026, 11, 28));
    }

    @Test
    void occurrencesOnADayAreThoseThatOverlapIt() {
        open();
        model.create(draft("Late call", "2026-11-23T23:00", "2026-11-24T01:00", Kind.FOLLOW_UP));
        model.create(draft("Till midnight", "2026-11-25T22:00", "2026-11-26T00:00", Kind.FAMILY));
        model.create(new EventDraft("Trip", LocalDateTime.parse("2026-11-28T00:00"), LocalDateTime.parse("2026-11-30T00:00"),
                true, "", "", null, Kind.REST, null, null));
        assertThat(model.occurrencesOn(LocalDate.of(2026, 11, 23))).extracting(Occurrence::title).containsExactly("Late call");
        assertThat(model.occurrencesOn(LocalDate.of(2026, 11, 24))).extracting(Occurrence::title).containsExactly("Late call");
        assertThat(model.occurrencesOn(LocalDate.of(2026, 11, 26))).as("an end at midnight does not reach the next day").isEmpty();
        assertThat(model.occurrencesOn(LocalDate.of(2026, 11, 29))).extracting(Occurrence::title).containsExactly("Trip");
        assertThat(Recurrences.overlaps(1, 1, 1, 2)).as("an event without length counts where it starts").isTrue();
        assertThat(Recurrences.overlaps(1, 1, 0, 1)).as("but not where a range ends").isFalse();
        assertThat(Recurrences.overlaps(0, 2, 2, 4)).isFalse();
    }

    // ---- balance ----------------------------------------------------------------------------

    @Test
    void budgetTotalsWarnAtEightyAndAtOneHundredPercent() {
        open(); // week 48: Mon 23 Nov - Sun 29 Nov 2026, budget 12 h
        model.create(draft("Prospecting", "2026-11-23T18:00", "2026-11-23T21:00", Kind.PROSPECTING));
        model.create(draft("Team training", "2026-11-24T18:00", "2026-11-24T21:00", Kind.TRAINING));
        model.create(draft("Follow-ups", "2026-11-25T18:00", "2026-11-25T21:00", Kind.FOLLOW_UP));
        model.create(draft("Family dinner", "2026-11-26T17:00", "2026-11-26T19:30", Kind.FAMILY));
        WeekSummary s = model.summaryProperty().get();
        assertThat(s.workHours()).isEqualTo(9.0);
        assertThat(s.personalHours()).isEqualTo(2.5);
        assertThat(s.workByKind()).containsEntry(Kind.PROSPECTING, 3.0).containsEntry(Kind.TRAINING, 3.0)
                .containsEntry(Kind.FOLLOW_UP, 3.0);
        assertThat(s.level()).isEqualTo(WeekSummary.Level.OK);

        model.create(draft("Admin", "2026-11-28T10:00", "2026-11-28T10:36", Kind.ADMIN)); // 9.6 h = 80 %
        assertThat(model.summaryProperty().get().workHours()).isEqualTo(9.6);
        assertThat(model.summaryProperty().get().level()).isEqualTo(WeekSummary.Level.WARNING);
        assertThat(model.budgetMessage(model.summaryProperty().get()))
                .as("exactly 80 % is not 'over 80 %'").isEqualTo("80% of your work budget is planned.");

        model.create(draft("Presentation", "2026-11-28T11:00", "2026-11-28T13:24", Kind.PRESENTATION)); // 12 h
        assertThat(model.summaryProperty().get().workHours()).isEqualTo(12.0);
        assertThat(model.summaryProperty().get().level()).isEqualTo(WeekSummary.Level.OVER);
        assertThat(model.budgetText(model.summaryProperty().get())).isEqualTo("12 h of 12 h");
        assertThat(model.budgetMessage(model.summaryProperty().get())).isEqualTo("Your work budget for the week is used up.");
        model.create(draft("Late", "2026-11-28T14:00", "2026-11-28T16:15", Kind.ADMIN));
        assertThat(model.budgetMessage(model.summaryProperty().get()))
                .as("over the budget says by how much, as the printed week does").isEqualTo("2 h 15 min over your work budget for the week.");
        app.context().undo().undo();

        app.context().undo().undo();
        assertThat(model.summaryProperty().get().workHours()).isEqualTo(9.6);
        assertThat(model.summaryProperty().get().level()).isEqualTo(WeekSummary.Level.WARNING);
    }

    @Test
    void workOutsideTheWindowsIsSummed() {
        open();
        // Monday window 18-21: 17:00-19:00 has one hour outside
        model.create(draft("Calls", "2026-11-23T17:00", "2026-11-23T19:00", Kind.FOLLOW_UP));
        // Friday has no window
        model.create(draft("Admin", "2026-11-27T09:00", "2026-11-27T10:30", Kind.ADMIN));
        assertThat(model.summaryProperty().get().workOutsideWindowsHours()).isEqualTo(2.5);
    }

    @Test
    void breakRuleFlagsRunsOfWorkWithoutATenMinuteGap() {
        open();
        model.create(draft("Call Anna", "2026-11-23T18:00", "2026-11-23T19:00", Kind.FOLLOW_UP));
        model.create(draft("Call Bo", "2026-11-23T19:05", "2026-11-23T20:00", Kind.FOLLOW_UP));
        model.create(draft("Dinner", "2026-11-24T18:00", "2026-11-24T19:00", Kind.FAMILY));
        model.create(draft("Zoom", "2026-11-24T19:00", "2026-11-24T20:00", Kind.PRESENTATION));
        model.create(draft("Call Carl", "2026-11-25T18:00", "2026-11-25T19:00", Kind.FOLLOW_UP));
        model.create(draft("Call Dina", "2026-11-25T19:10", "2026-11-25T20:00", Kind.FOLLOW_UP));

        List<String> flagged = model.occurrences().stream().filter(model::isBreakFlagged).map(Occurrence::title).toList();
        // 18:00-20:00 with a 5-minute gap is a 120-minute run; a 10-minute gap is a break; personal time is no work
        assertThat(flagged).containsExactlyInAnyOrder("Call Anna", "Call Bo");
        assertThat(model.summaryProperty().get().breakFlagged()).hasSize(2);

        model.saveBalance(new BalanceSettings(BalanceSettings.defaults().windows(), BalanceSettings.defaults().protectedTime(), 12, 150));
        assertThat(model.occurrences().stream().filter(model::isBreakFlagged)).isEmpty();
    }

    @Test
    void workInProtectedTimeAsksAndIsCountedAsAnException() {
        open();
        EventDraft sundayWork = draft("Webinar", "2026-11-29T10:00", "2026-11-29T11:00", Kind.TRAINING);
        EventDraft sundayFamily = draft("Walk", "2026-11-29T10:00", "2026-11-29T11:00", Kind.REST);
        EventDraft fridayLate = draft("Party plan", "2026-11-27T16:30", "2026-11-27T17:15", Kind.ADMIN);
        EventDraft fridayEarly = draft("Invoices", "2026-11-27T15:00", "2026-11-27T17:00", Kind.ADMIN);
        assertThat(model.needsProtectedConfirmation(sundayWork)).isTrue();
        assertThat(model.needsProtectedConfirmation(sundayFamily)).isFalse();
        assertThat(model.needsProtectedConfirmation(fridayLate)).isTrue();
        assertThat(model.needsProtectedConfirmation(fridayEarly)).isFalse();

        model.create(sundayWork);
        model.create(sundayFamily);
        model.create(fridayEarly);
        assertThat(model.summaryProperty().get().protectedExceptions()).isEqualTo(1);
        model.create(fridayLate);
        assertThat(model.summaryProperty().get().protectedExceptions()).isEqualTo(2);
        assertThat(model.weekPlan().items()).filteredOn(WeekPlan.Item::inProtectedTime)
                .extracting(WeekPlan.Item::title).containsExactlyInAnyOrder("Webinar", "Party plan");
    }

    @Test
    void balanceSettingsAreStoredAndUndoable() {
        open();
        BalanceSettings mine = new BalanceSettings(
                java.util.Map.of(DayOfWeek.TUESDAY, BalanceSettings.parseSpans("19:00-22:00")),
                java.util.Map.of(DayOfWeek.SATURDAY, BalanceSettings.parseSpans("00:00-24:00")), 8, 60);
        model.saveBalance(mine);
        assertThat(app.context().calendarService().balanceSettings()).isEqualTo(mine);
        assertThat(model.balanceProperty().get().windows(DayOfWeek.MONDAY)).isEmpty();
        app.context().undo().undo();
        assertThat(app.context().calendarService().balanceSettings()).isEqualTo(BalanceSettings.defaults());
        // what cannot be read falls back to the defaults instead of failing
        assertThat(CalendarService.decodeBalance("windows MONDAY=25:00-26:00\nbudget x")).isEqualTo(BalanceSettings.defaults());
        assertThat(CalendarService.decodeBalance(CalendarService.encodeBalance(mine))).isEqualTo(mine);
    }

    // ---- repeating events -------------------------------------------------------------------

    /** Weekly on Tuesdays 19:00-20:00 from 3 Nov 2026, 6 times: 3, 10, 17, 24 Nov, 1, 8 Dec. */
    private void createSeries() {
        RepeatRule weekly = new RepeatRule(RepeatRule.Freq.WEEKLY, 1, Set.of(DayOfWeek.TUESDAY), null, 6);
        model.create(draft("Team call", "2026-11-03T19:00", "2026-11-03T20:00", Kind.TRAINING).withRepeat(weekly));
        model.modeProperty().set(CalendarViewModel.Mode.AGENDA);
        model.goTo(LocalDate.of(2026, 11, 1));
    }

    private List<String> agenda() {
        return model.occurrences().stream().map(o -> o.start().toLocalDate() + " " + o.start().toLocalTime() + " " + o.title()).toList();
    }

    private Occurrence on(String date) {
        return model.occurrences().stream().filter(o -> o.start().toLocalDate().toString().equals(date)).findFirst().orElseThrow();
    }

    @Test
    void repeatingEventsAreStoredAsRruleAndExpanded() {
        open();
        createSeries();
        assertThat(agenda()).containsExactly("2026-11-03 19:00 Team call", "2026-11-10 19:00 Team call",
                "2026-11-17 19:00 Team call", "2026-11-24 19:00 Team call");
        model.next();
        assertThat(agenda()).containsExactly("2026-12-01 19:00 Team call", "2026-12-08 19:00 Team call");
        EventRow master = on("2026-12-01").row();
        assertThat(master.rrule()).isEqualTo("FREQ=WEEKLY;COUNT=6;BYDAY=TU");
        assertThat(RepeatRule.parse(master.rrule()).count()).isEqualTo(6);
    }

    @Test
    void editingOneOccurrenceOverridesOnlyThatOne() {
        open();
        createSeries();
        Occurrence third = on("2026-11-17");
        model.move(third, LocalDateTime.parse("2026-11-18T18:00"), LocalDateTime.parse("2026-11-18T19:00"), EditScope.THIS);
        assertThat(agenda()).containsExactly("2026-11-03 19:00 Team call", "2026-11-10 19:00 Team call",
                "2026-11-18 18:00 Team call", "2026-11-24 19:00 Team call");
        Occurrence moved = on("2026-11-18");
        assertThat(moved.row().isOverride()).isTrue();
        assertThat(moved.originalStart()).isEqualTo(LocalDateTime.parse("2026-11-17T19:00"));

        model.update(moved, EventDraft.of(moved, null).withTitle("Team call (moved)"), EditScope.THIS);
        assertThat(agenda()).contains("2026-11-18 18:00 Team call (moved)");

        model.delete(on("2026-11-10"), EditScope.THIS);
        assertThat(agenda()).containsExactly("2026-11-03 19:00 Team call", "2026-11-18 18:00 Team call (moved)",
                "2026-11-24 19:00 Team call");
        assertThat(on("2026-11-03").row().exdates()).containsExactly(LocalDateTime.parse("2026-11-10T19:00"));

        app.context().undo().undo();
        assertThat(agenda()).hasSize(4).contains("2026-11-10 19:00 Team call");
    }

    @Test
    void editingThisAndFollowingSplitsTheSeries() {
        open();
        createSeries();
        Occurrence third = on("2026-11-17");
        model.update(third, EventDraft.of(third, model.repeatOf(third)).withTitle("Leaders call")
                .withTimes(LocalDateTime.parse("2026-11-17T20:00"), LocalDateTime.parse("2026-11-17T21:00")), EditScope.THIS_AND_FOLLOWING);
        assertThat(agenda()).containsExactly("2026-11-03 19:00 Team call", "2026-11-10 19:00 Team call",
                "2026-11-17 20:00 Leaders call", "2026-11-24 20:00 Leaders call");
        model.next();
        // the split keeps the total count: 2 before + 4 after
        assertThat(agenda()).containsExactly("2026-12-01 20:00 Leaders call", "2026-12-08 20:00 Leaders call");
        model.previous();
        // "Ends on" is the last day that can have an occurrence: the day before the split (issue 14, item 5)
        assertThat(on("2026-11-03").row().rrule()).contains("UNTIL=20261116T235959").doesNotContain("COUNT");

        model.delete(on("2026-11-24"), EditScope.THIS_AND_FOLLOWING);
        assertThat(agenda()).containsExactly("2026-11-03 19:00 Team call", "2026-11-10 19:00 Team call",
                "2026-11-17 20:00 Leaders call");
        model.next();
        assertThat(agenda()).isEmpty();

        app.context().undo().undo();
        assertThat(agenda()).hasSize(2);
        app.context().undo().undo();
        model.previous();
        assertThat(agenda()).containsExactly("2026-11-03 19:00 Team call", "2026-11-10 19:00 Team call",
                "2026-11-17 19:00 Team call", "2026-11-24 19:00 Team call");
    }

    @Test
    void editingAllMovesTheWholeSeriesAndKeepsExceptions() {
        open();
        createSeries();
        model.delete(on("2026-11-10"), EditScope.THIS);
        Occurrence fourth = on("2026-11-24");
        // drag the fourth to Wednesday 18:30 for all: the rule's weekday moves along
        model.move(fourth, LocalDateTime.parse("2026-11-25T18:30"), LocalDateTime.parse("2026-11-25T19:30"), EditScope.ALL);
        assertThat(agenda()).containsExactly("2026-11-04 18:30 Team call", "2026-11-18 18:30 Team call",
                "2026-11-25 18:30 Team call");
        assertThat(on("2026-11-04").row().rrule()).contains("BYDAY=WE");

        model.delete(on("2026-11-18"), EditScope.ALL);
        assertThat(agenda()).isEmpty();
        app.context().undo().undo();
        assertThat(agenda()).hasSize(3);
    }

    // ---- time zones -------------------------------------------------------------------------

    @Test
    void weekTotalsAreRealHoursAcrossTheSpringDstChange() {
        open(clockAt("2027-03-24T12:00")); // week 12: Mon 22 - Sun 28 March 2027; clocks go 02:00 -> 03:00 on the 28th
        model.create(draft("Night shift at the fair", "2027-03-28T00:00", "2027-03-28T04:00", Kind.NETWORKING));
        model.create(draft("Sleep in", "2027-03-28T04:00", "2027-03-28T10:00", Kind.REST));
        WeekSummary s = model.summaryProperty().get();
        assertThat(s.workHours()).isEqualTo(3.0);
        // 6 real hours of rest; Thursday's work window 18-21 is off, Maundy Thursday being a public holiday (decision 0020)
        assertThat(s.personalHours()).isEqualTo(6.0);
        assertThat(s.holidayOffHours()).isEqualTo(3.0);
    }

    @Test
    void weekTotalsAreRealHoursAcrossTheAutumnDstChangeAndRepeatsKeepTheirWallClockTime() {
        open(clockAt("2026-10-21T12:00")); // week 43: Mon 19 - Sun 25 Oct 2026; clocks go 03:00 -> 02:00 on the 25th
        model.create(draft("Webinar night", "2026-10-25T00:00", "2026-10-25T04:00", Kind.TRAINING));
        assertThat(model.summaryProperty().get().workHours()).isEqualTo(5.0);

        RepeatRule weekly = new RepeatRule(RepeatRule.Freq.WEEKLY, 1, Set.of(DayOfWeek.THURSDAY), null, 3);
        model.create(draft("Thursday calls", "2026-10-22T19:00", "2026-10-22T20:00", Kind.FOLLOW_UP).withRepeat(weekly));
        model.next();
        Occurrence after = model.occurrences().stream().filter(o -> o.title().equals("Thursday calls")).findFirst().orElseThrow();
        assertThat(after.start()).isEqualTo(LocalDateTime.parse("2026-10-29T19:00"));
        assertThat(after.zonedStart().getOffset().getTotalSeconds()).isEqualTo(3600);
        assertThat(model.summaryProperty().get().workHours()).isEqualTo(1.0);
    }

    @Test
    void aDailyOccurrenceInTheSpringGapIsShownAnHourLaterAndSaysWhyInBothLanguages() {
        open(clockAt("2027-03-24T12:00")); // week 12: clocks go 02:00 -> 03:00 on Sunday the 28th
        RepeatRule daily = new RepeatRule(RepeatRule.Freq.DAILY, 1, Set.of(), null, 10);
        model.create(draft("Night check", "2027-03-22T02:30", "2027-03-22T03:00", Kind.FOLLOW_UP).withRepeat(daily));
        List<Occurrence> all = model.occurrences().stream().filter(o -> o.title().equals("Night check")).toList();
        assertThat(all).hasSize(7);
        Occurrence sunday = all.stream().filter(o -> o.start().toLocalDate().equals(LocalDate.of(2027, 3, 28))).findFirst().orElseThrow();
        assertThat(sunday.start()).isEqualTo(LocalDateTime.parse("2027-03-28T03:30"));
        assertThat(sunday.end()).isEqualTo(LocalDateTime.parse("2027-03-28T04:00"));
        assertThat(sunday.movedByGap()).isTrue();
        assertThat(all.stream().filter(o -> o != sunday)).noneMatch(Occurrence::movedByGap);

        dk.netdesk.ui.Messages en = new dk.netdesk.ui.Messages(Locale.ENGLISH, dk.netdesk.app.Bundles.ALL);
        dk.netdesk.ui.Messages da = new dk.netdesk.ui.Messages(new Locale("da"), dk.netdesk.app.Bundles.ALL);
        assertThat(EventNames.gapMove(sunday, en)).isEqualTo("Moved to 03:30–04:00: 02:30 does not exist that day (clocks go forward)");
        assertThat(EventNames.gapMove(sunday, da)).isEqualTo("Flyttet til 03:30–04:00: 02:30 findes ikke den dag (uret stilles frem)");
        assertThat(EventNames.gapMove(all.get(0), en)).isNull();

        // a single event written in the gap says so too; one that only ends in it starts where it was given
        model.create(draft("Early run", "2027-03-28T02:15", "2027-03-28T02:45", Kind.FOLLOW_UP));
        model.create(draft("Late night", "2027-03-28T01:00", "2027-03-28T01:30", Kind.FOLLOW_UP));
        Occurrence run = model.occurrences().stream().filter(o -> o.title().equals("Early run")).findFirst().orElseThrow();
        assertThat(EventNames.gapMove(run, en)).isEqualTo("Moved to 03:15–03:45: 02:15 does not exist that day (clocks go forward)");
        assertThat(model.occurrences().stream().filter(o -> o.title().equals("Late night")).findFirst().orElseThrow().movedByGap())
                .isFalse();
    }

    // ---- the status line --------------------------------------------------------------------

    @Test
    void theStatusAfterDeletingASeriesStartsWithACapitalLetterInBothLanguagesAndFollowsTheLanguage() {
        open();
        RepeatRule weekly = new RepeatRule(RepeatRule.Freq.WEEKLY, 1, Set.of(DayOfWeek.TUESDAY), null, 3);
        model.create(draft("Team call", "2026-11-24T19:00", "2026-11-24T20:00", Kind.FOLLOW_UP).withRepeat(weekly));
        Occurrence call = model.occurrences().stream().filter(o -> o.title().equals("Team call")).findFirst().orElseThrow();
        model.delete(call, EditScope.ALL);
        javafx.beans.property.ReadOnlyStringProperty status = app.context().status().textProperty();
        assertThat(status.get()).isEqualTo("Deleted all “Team call” events.");
        app.context().messages().setLocale(new Locale("da", "DK"));
        assertThat(status.get()).isEqualTo("Alle forekomster af „Team call“ er slettet.");
        assertThat(EventNames.sentence("\"Gym\" er slettet.", app.context().messages())).isEqualTo("\"Gym\" er slettet.");
        assertThat(EventNames.sentence("ærinder", app.context().messages())).isEqualTo("Ærinder");
    }

    // ---- links and the week plan ------------------------------------------------------------

    @Test
    void scheduleFollowUpLinksTheContactAndTheNextLinkedEventIsFound() {
        open();
        long anna = app.database().dsl().insertInto(dk.netdesk.db.generated.Tables.CONTACT)
                .set(dk.netdesk.db.generated.Tables.CONTACT.NAME, "Anna Jensen")
                .set(dk.netdesk.db.generated.Tables.CONTACT.CREATED_AT, "2026-11-01T00:00:00Z")
                .set(dk.netdesk.db.generated.Tables.CONTACT.UPDATED_AT, "2026-11-01T00:00:00Z")
                .returning(dk.netdesk.db.generated.Tables.CONTACT.ID).fetchOne().getId();
        CalendarService service = app.context().calendarService();
        assertThat(service.nextLinkedEvent(anna)).isEmpty();
        service.scheduleFollowUp(anna, LocalDateTime.parse("2026-12-02T19:00"), java.time.Duration.ofMinutes(30));
        service.scheduleFollowUp(anna, LocalDateTime.parse("2026-11-30T18:00"), java.time.Duration.ofMinutes(30));
        service.scheduleFollowUp(anna, LocalDateTime.parse("2026-11-20T18:00"), java.time.Duration.ofMinutes(30));
        Occurrence next = service.nextLinkedEvent(anna).orElseThrow();
        assertThat(next.start()).isEqualTo(LocalDateTime.parse("2026-11-30T18:00"));
        assertThat(next.title()).isEqualTo("Follow-up: Anna Jensen");
        assertThat(next.kind()).isEqualTo(Kind.FOLLOW_UP);
        assertThat(next.row().contactId()).isEqualTo(anna);
    }

    @Test
    void weekPlanHasTheWeeksItemsWindowsAndSummary() {
        open();
        model.create(draft("Presentation", "2026-11-24T18:00", "2026-11-24T20:00", Kind.PRESENTATION));
        model.create(new EventDraft("Birthday", LocalDateTime.parse("2026-11-26T00:00"), LocalDateTime.parse("2026-11-27T00:00"),
                true, "", "cake", null, Kind.FAMILY, null, null));
        model.create(draft("Next week", "2026-12-01T18:00", "2026-12-01T19:00", Kind.ADMIN));
        WeekPlan plan = app.context().calendarService().weekPlan(LocalDate.of(2026, 11, 25));
        assertThat(plan.monday()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(plan.isoWeek()).isEqualTo(48);
        assertThat(plan.items()).extracting(WeekPlan.Item::title).containsExactly("Presentation", "Birthday");
        WeekPlan.Item presentation = plan.items().get(0);
        assertThat(presentation.start()).isEqualTo(LocalTime.of(18, 0));
        assertThat(presentation.category()).isEqualTo(Category.WORK);
        assertThat(presentation.breakFlag()).isTrue();
        assertThat(plan.items().get(1).allDay()).isTrue();
        assertThat(plan.workWindows().get(DayOfWeek.MONDAY)).containsExactly(TimeSpan.of(18, 0, 21, 0));
        assertThat(plan.protectedTime()).containsKey(DayOfWeek.SUNDAY);
        assertThat(plan.summary().workHours()).isEqualTo(2.0);
    }

    // ---- reminders --------------------------------------------------------------------------

    @Test
    void remindersFireOnTimeAndMissedOnesAreListedAtTheNextStart() {
        MutableClock clock = new MutableClock(LocalDateTime.parse("2026-11-28T10:00").atZone(CPH).toInstant());
        open(clock);
        model.create(draft("Call Anna", "2026-11-28T10:20", "2026-11-28T10:40", Kind.FOLLOW_UP).withReminder(15));
        model.create(draft("Call Bo", "2026-11-28T12:00", "2026-11-28T12:30", Kind.FOLLOW_UP).withReminder(15));
        ReminderViewModel reminders = app.context().reminders();
        List<String> due = new java.util.ArrayList<>();
        List<String> missed = new java.util.ArrayList<>();
        reminders.setOnDue(list -> list.forEach(o -> due.add(o.title())));
        reminders.setOnMissed(list -> list.forEach(o -> missed.add(o.title())));
        reminders.start();
        clock.set("2026-11-28T10:04");
        reminders.check();
        assertThat(due).isEmpty();
        clock.set("2026-11-28T10:05");
        reminders.check();
        assertThat(due).containsExactly("Call Anna");
        clock.set("2026-11-28T10:30");
        reminders.check();
        assertThat(due).containsExactly("Call Anna");

        // closed from 10:30 to 13:00: Bo's reminder at 11:45 was missed
        clock.set("2026-11-28T13:00");
        ReminderViewModel next = new ReminderViewModel(app.context().calendarService(), dk.netdesk.ui.Background.direct(), clock,
                (period, tick) -> { });
        next.setOnMissed(list -> list.forEach(o -> missed.add(o.title())));
        next.start();
        assertThat(missed).containsExactly("Call Bo");
    }

    @Test
    void aRefusedWriteOfTheCheckTimeStillShowsTheReminderAndRaisesNothing() {
        MutableClock clock = new MutableClock(LocalDateTime.parse("2026-11-28T10:00").atZone(CPH).toInstant());
        open(clock);
        model.create(draft("Call Anna", "2026-11-28T10:20", "2026-11-28T10:40", Kind.FOLLOW_UP).withReminder(15));
        ReminderViewModel reminders = app.context().reminders();
        List<String> due = new java.util.ArrayList<>();
        reminders.setOnDue(list -> list.forEach(o -> due.add(o.title())));
        reminders.start();
        java.util.Optional<Instant> checked = app.context().calendarService().lastReminderCheck();
        // SQLite now refuses every write with SQLITE_READONLY, as a write-protected file does.
        app.context().database().dsl().execute("PRAGMA query_only = ON");

        clock.set("2026-11-28T10:05");
        reminders.check(); // Background.direct() would rethrow a failure nobody handled
        app.context().shell().saveBounds(new dk.netdesk.ui.ShellViewModel.Bounds(1, 2, 900, 700, false));

        assertThat(due).containsExactly("Call Anna");
        assertThat(app.context().calendarService().lastReminderCheck()).as("the write was refused").isEqualTo(checked);
        app.context().database().dsl().execute("PRAGMA query_only = OFF");
    }


    // ---- the question after dragging an occurrence of a series ---------------------------------

    @Test
    void theScopeQuestionAfterADragNamesTheEventAndTheMove() {
        open();
        model.create(draft("Team call", "2026-11-24T19:00", "2026-11-24T20:00", Kind.FOLLOW_UP)
                .withRepeat(new RepeatRule(RepeatRule.Freq.WEEKLY, 1, Set.of(DayOfWeek.TUESDAY), null, null)));
        Occurrence call = model.occurrences().stream().filter(o -> o.title().equals("Team call")).findFirst().orElseThrow();
        LocalDateTime tue = LocalDateTime.parse("2026-11-24T00:00");
        assertThat(model.moveQuestion(call, tue.withHour(20), tue.withHour(21)))
                .isEqualTo("Move “Team call” from Tue 19:00–20:00 to Tue 20:00–21:00?");
        assertThat(model.moveQuestion(call, tue.withHour(19), tue.withHour(21)))
                .isEqualTo("Change “Team call” from Tue 19:00–20:00 to Tue 19:00–21:00?");
        assertThat(model.moveQuestion(call, tue.withHour(23).withMinute(30), tue.plusDays(1).withMinute(30)))
                .isEqualTo("Move “Team call” from Tue 19:00–20:00 to Tue 23:30–Wed 00:30?");
        assertThat(model.moveQuestion(call, tue.withHour(23), tue.plusDays(1)))
                .as("ending at midnight").isEqualTo("Move “Team call” from Tue 19:00–20:00 to Tue 23:00–00:00?");
        app.context().messages().localeProperty().set(new Locale("da"));
        assertThat(model.moveQuestion(call, tue.plusDays(1).withHour(20), tue.plusDays(1).withHour(21)))
                .isEqualTo("Flyt „Team call“ fra tir. 19:00–20:00 til ons. 20:00–21:00?");
        assertThat(model.moveQuestion(call, tue.withHour(19), tue.withHour(19).withMinute(30)))
                .isEqualTo("Ændr „Team call“ fra tir. 19:00–20:00 til tir. 19:00–19:30?");
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(String local) {
            now = LocalDateTime.parse(local).atZone(CPH).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return CPH;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
