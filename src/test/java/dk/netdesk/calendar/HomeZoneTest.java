package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 8: a home time zone in the settings; new events take it; the dialog names another zone. */
class HomeZoneTest {

    static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    /** The machine is on UTC while the user lives in Copenhagen. */
    static final Clock UTC_MACHINE = Clock.fixed(Instant.parse("2027-02-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    TestApp app;

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theHomeZoneIsTheSystemsUntilChosen() {
        app = TestApp.open(dir.resolve("a"), Locale.ENGLISH, UTC_MACHINE);
        CalendarViewModel model = app.context().calendar();
        model.load();
        assertThat(model.zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(app.context().calendarService().homeZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void aSeriesCreatedOnAUtcMachineStaysAtItsCopenhagenTimeAfterDst() {
        app = TestApp.open(dir.resolve("b"), Locale.ENGLISH, UTC_MACHINE);
        CalendarViewModel model = app.context().calendar();
        model.load();
        model.saveBalance(model.balanceProperty().get(), CPH);
        assertThat(model.zone()).isEqualTo(CPH);

        RepeatRule weekly = new RepeatRule(RepeatRule.Freq.WEEKLY, 1, Set.of(java.time.DayOfWeek.TUESDAY), null, null);
        model.create(new EventDraft("Team call", LocalDateTime.parse("2027-02-02T19:00"), LocalDateTime.parse("2027-02-02T20:00"),
                false, "", "", null, Kind.TRAINING, weekly, null));
        model.dateProperty().set(LocalDate.parse("2027-04-06"));

        Occurrence summer = model.occurrences().stream()
                .filter(o -> o.start().toLocalDate().equals(LocalDate.parse("2027-04-06"))).findFirst().orElseThrow();
        assertThat(summer.row().zone()).isEqualTo(CPH);
        assertThat(summer.startIn(CPH)).isEqualTo(LocalDateTime.parse("2027-04-06T19:00"));
        assertThat(summer.zonedStart().toInstant()).isEqualTo(Instant.parse("2027-04-06T17:00:00Z"));
    }

    @Test
    void theChosenZoneIsKeptAndABadOneIsRefusedWithAMessage() {
        BalanceForm form = new BalanceForm(Locale.ENGLISH);
        form.edit(BalanceSettings.defaults());
        form.editZone(CPH);
        assertThat(form.settings()).isPresent();
        assertThat(form.zone()).contains(CPH);
        form.homeZoneProperty().set("Copenhagen");
        assertThat(form.settings()).isEmpty();
        assertThat(form.problemProperty().get().key()).isEqualTo("calendar.balance.errorZone");
    }

    @Test
    void theEventFormSaysWhenAnEventIsInAnotherZone() {
        EventForm form = new EventForm();
        form.setZones(ZoneOffset.UTC, CPH);
        assertThat(form.otherZone()).isEqualTo(ZoneOffset.UTC);
        form.setZones(CPH, CPH);
        assertThat(form.otherZone()).isNull();
    }

    @Test
    void undoPutsTheFormerZoneBack() {
        app = TestApp.open(dir.resolve("c"), Locale.ENGLISH, UTC_MACHINE);
        CalendarViewModel model = app.context().calendar();
        model.load();
        model.saveBalance(model.balanceProperty().get(), CPH);
        app.context().undo().undo();
        assertThat(model.zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(List.of(app.context().calendarService().homeZone())).containsExactly(ZoneOffset.UTC);
    }

    /** Tue 2 Feb 2027 22:00 – Wed 02:00, created while the home zone is the machine's UTC. */
    private CalendarViewModel withOvernightEventInUtc(String name) {
        app = TestApp.open(dir.resolve(name), Locale.ENGLISH, UTC_MACHINE);
        CalendarViewModel model = app.context().calendar();
        model.load();
        model.create(new EventDraft("Stock count", LocalDateTime.parse("2027-02-02T22:00"), LocalDateTime.parse("2027-02-03T02:00"),
                false, "", "", null, Kind.ADMIN, null, null));
        model.dateProperty().set(LocalDate.parse("2027-02-02"));
        return model;
    }

    private static Occurrence stockCount(CalendarViewModel model) {
        return model.occurrences().stream().filter(o -> o.title().equals("Stock count")).findFirst().orElseThrow();
    }

    @Test
    void keepingClockTimesMovesTheEventsToTheNewZoneAndUndoPutsThemBack() {
        CalendarViewModel model = withOvernightEventInUtc("d");
        int[] asked = new int[1];
        model.eventsInHomeZone(n -> asked[0] = n);
        assertThat(asked[0]).isEqualTo(1);

        model.saveBalance(model.balanceProperty().get(), CPH, CalendarService.ZoneMove.KEEP_CLOCK_TIMES);

        Occurrence moved = stockCount(model);
        assertThat(moved.row().zone()).isEqualTo(CPH);
        assertThat(moved.startIn(CPH)).isEqualTo(LocalDateTime.parse("2027-02-02T22:00"));
        assertThat(moved.endIn(CPH)).isEqualTo(LocalDateTime.parse("2027-02-03T02:00"));
        assertThat(app.context().undo().undoDescriptionProperty().get())
                .contains("Change home time zone to Europe/Copenhagen: one event keeps its clock times");

        app.context().undo().undo();
        Occurrence back = stockCount(model);
        assertThat(model.zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(back.row().zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(back.startIn(ZoneOffset.UTC)).isEqualTo(LocalDateTime.parse("2027-02-02T22:00"));
    }

    @Test
    void keepingMomentsShiftsTheClockTimesAndSaysSo() {
        CalendarViewModel model = withOvernightEventInUtc("e");

        model.saveBalance(model.balanceProperty().get(), CPH, CalendarService.ZoneMove.KEEP_MOMENTS);

        Occurrence kept = stockCount(model);
        assertThat(model.zone()).isEqualTo(CPH);
        assertThat(kept.startIn(CPH)).isEqualTo(LocalDateTime.parse("2027-02-02T23:00"));
        assertThat(kept.endIn(CPH)).isEqualTo(LocalDateTime.parse("2027-02-03T03:00"));
        assertThat(app.context().undo().undoDescriptionProperty().get())
                .contains("Change home time zone to Europe/Copenhagen: one event keeps its moment, its clock times shift");

        app.context().undo().undo();
        assertThat(model.zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(stockCount(model).startIn(ZoneOffset.UTC)).isEqualTo(LocalDateTime.parse("2027-02-02T22:00"));
    }
}
