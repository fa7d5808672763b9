package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules behind the calendar screen's fixes after a new user's test, without a window. */
class CalendarNewUserRulesTest {

    static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

    @TempDir
    Path dir;
    TestApp app;

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    private CalendarViewModel open(Clock clock) {
        app = TestApp.open(dir.resolve("d" + System.nanoTime()), Locale.ENGLISH, clock);
        CalendarViewModel model = app.context().calendar();
        model.load();
        return model;
    }

    private static EventDraft draft(String title, String start, String end) {
        return new EventDraft(title, LocalDateTime.parse(start), LocalDateTime.parse(end), false, "", "", null,
                Kind.FOLLOW_UP, null, null);
    }

    // ---- item 2: the focus goes back to the event just saved ----------------------------------------

    @Test
    void theEventJustCreatedEditedOrMovedIsNamedForTheViewUntilTheUserNavigates() {
        CalendarViewModel model = open(TestApp.CLOCK);
        assertThat(model.lastSavedProperty().get()).isNull();

        model.create(draft("Call Anna", "2026-11-24T18:00", "2026-11-24T19:00"));
        Occurrence anna = model.occurrences().get(0);
        assertThat(model.lastSavedProperty().get()).isNotNull();
        assertThat(model.lastSavedProperty().get().matches(anna)).isTrue();
        model.lastSavedShown();
        assertThat(model.lastSavedProperty().get()).isNull();

        model.move(anna, LocalDateTime.parse("2026-11-25T09:00"), LocalDateTime.parse("2026-11-25T10:00"), EditScope.ALL);
        Occurrence moved = model.occurrences().get(0);
        assertThat(model.lastSavedProperty().get().matches(moved)).isTrue();
        assertThat(model.lastSavedProperty().get().matches(anna)).as("not the times before the move").isFalse();

        model.update(moved, EventDraft.of(moved, null).withTitle("Call Anna Jensen"), EditScope.ALL);
        assertThat(model.lastSavedProperty().get().matches(model.occurrences().get(0))).isTrue();

        model.next();
        assertThat(model.lastSavedProperty().get()).as("navigating forgets it").isNull();
    }

    @Test
    void theEditedOccurrenceOfASeriesIsTheOneNamed() {
        CalendarViewModel model = open(TestApp.CLOCK);
        model.create(draft("Team call", "2026-11-23T19:00", "2026-11-23T20:00")
                .withRepeat(new RepeatRule(RepeatRule.Freq.DAILY, 1, java.util.Set.of(), null, 3)));
        Occurrence tuesday = model.occurrencesOn(LocalDate.of(2026, 11, 24)).get(0);
        model.move(tuesday, LocalDateTime.parse("2026-11-24T17:00"), LocalDateTime.parse("2026-11-24T18:00"), EditScope.THIS);
        assertThat(model.occurrences()).filteredOn(o -> model.lastSavedProperty().get().matches(o))
                .extracting(o -> o.start().toString()).containsExactly("2026-11-24T17:00");
    }

    // ---- events past midnight: a drag or resize crosses into the next day ----------------------------

    @Test
    void aDragPastMidnightMovesOrStretchesTheEventIntoTheNextDay() {
        LocalDateTime start = LocalDateTime.parse("2026-11-24T23:00");
        LocalDateTime end = LocalDateTime.parse("2026-11-25T00:00");
        assertThat(GridDrag.dragged(start, end, GridDrag.Grip.MOVE, 60, null))
                .containsExactly(LocalDateTime.parse("2026-11-25T00:00"), LocalDateTime.parse("2026-11-25T01:00"));
        // the lower edge dropped on Wednesday's 02:00 line
        assertThat(GridDrag.dragged(start, end, GridDrag.Grip.BOTTOM, 0, LocalDateTime.parse("2026-11-25T02:00")))
                .containsExactly(start, LocalDateTime.parse("2026-11-25T02:00"));
        // the upper edge of Wednesday's 00:00-01:00 dropped on Tuesday's 22:00 line
        assertThat(GridDrag.dragged(end, end.plusHours(1), GridDrag.Grip.TOP, 0, LocalDateTime.parse("2026-11-24T22:00")))
                .containsExactly(LocalDateTime.parse("2026-11-24T22:00"), LocalDateTime.parse("2026-11-25T01:00"));
        // an edge dragged past the other stops a quarter of an hour from it
        assertThat(GridDrag.dragged(start, end, GridDrag.Grip.BOTTOM, 0, LocalDateTime.parse("2026-11-24T20:00")))
                .containsExactly(start, LocalDateTime.parse("2026-11-24T23:15"));
    }

    @Test
    void aNightEventCreatedThroughTheFormIsStoredAcrossMidnight() {
        CalendarViewModel model = open(TestApp.CLOCK);
        EventForm form = new EventForm();
        form.edit(EventForm.newDraft(LocalDate.of(2026, 11, 24), model.balanceProperty().get()), List.of());
        form.titleProperty().set("Night event");
        form.startProperty().set("22:00");
        form.endDateProperty().set(LocalDate.of(2026, 11, 25));
        form.endProperty().set("02:00");
        assertThat(form.validate()).isTrue();
        assertThat(model.create(form.draft().orElseThrow())).isTrue();
        Occurrence night = model.occurrencesOn(LocalDate.of(2026, 11, 25)).get(0);
        assertThat(night.title()).isEqualTo("Night event");
        assertThat(night.start()).isEqualTo(LocalDateTime.parse("2026-11-24T22:00"));
        assertThat(night.end()).isEqualTo(LocalDateTime.parse("2026-11-25T02:00"));
    }

    @Test
    void editingTheTitleOfAThreeDayTimedEventSavesItUnchangedOtherwise() {
        CalendarViewModel model = open(TestApp.CLOCK);
        model.create(draft("Sales conference", "2026-11-24T09:00", "2026-11-26T17:00"));
        Occurrence stored = model.occurrencesOn(LocalDate.of(2026, 11, 24)).get(0);
        EventForm form = new EventForm();
        form.edit(EventDraft.of(stored, null), List.of());
        form.titleProperty().set("Sales conference (Aarhus)");
        assertThat(form.validate()).isTrue();
        assertThat(model.update(stored, form.draft().orElseThrow(), EditScope.ALL)).isTrue();
        Occurrence saved = model.occurrencesOn(LocalDate.of(2026, 11, 25)).get(0);
        assertThat(saved.title()).isEqualTo("Sales conference (Aarhus)");
        assertThat(saved.start()).isEqualTo(LocalDateTime.parse("2026-11-24T09:00"));
        assertThat(saved.end()).isEqualTo(LocalDateTime.parse("2026-11-26T17:00"));
    }

    // ---- undo and status texts follow a change of the UI language -----------------------------------

    @Test
    void undoAndStatusTextsComeInTheLanguageChosenAfterTheAction() {
        CalendarViewModel model = open(TestApp.CLOCK);
        model.create(draft("Night event", "2026-11-24T22:00", "2026-11-25T02:00"));
        Occurrence night = model.occurrencesOn(LocalDate.of(2026, 11, 24)).get(0);
        model.delete(night, EditScope.ALL);
        var undo = app.context().undo();
        var status = app.context().status();
        assertThat(status.textProperty().get()).startsWith("Deleted ").contains("Night event", "24 Nov");
        assertThat(undo.undoDescriptionProperty().get()).startsWith("deletion of ").contains("24 Nov");

        app.context().messages().setLocale(new Locale("da"));
        assertThat(status.textProperty().get()).startsWith("„Night event“ fra ").endsWith("er slettet.").contains("24. nov");
        assertThat(undo.undoDescriptionProperty().get()).startsWith("sletning af ").contains("24. nov");
        undo.undo();
        assertThat(status.textProperty().get()).startsWith("Fortrudt: sletning af ");
        assertThat(undo.redoDescriptionProperty().get()).startsWith("sletning af ");
        app.context().messages().setLocale(Locale.ENGLISH);
        assertThat(status.textProperty().get()).startsWith("Undone: deletion of ");
        assertThat(undo.redoDescriptionProperty().get()).startsWith("deletion of ");
    }

    // ---- item 7: both edges of a 15-minute event can be grabbed -------------------------------------

    @Test
    void bothEdgesOfALowEventResizeItAndItsMiddleMovesIt() {
        // a 15-minute event is drawn 18 minutes of grid high, less the 1-pixel gap: 17 pixels
        double low = TimeGrid.MIN_SHOWN_MINUTES / 60 * TimeGrid.HOUR - 1;
        assertThat(GridDrag.gripAt(1, low)).isEqualTo(GridDrag.Grip.TOP);
        assertThat(GridDrag.gripAt(4, low)).isEqualTo(GridDrag.Grip.TOP);
        assertThat(GridDrag.gripAt(low / 2, low)).isEqualTo(GridDrag.Grip.MOVE);
        assertThat(GridDrag.gripAt(low - 4, low)).isEqualTo(GridDrag.Grip.BOTTOM);
        assertThat(GridDrag.gripAt(low - 1, low)).isEqualTo(GridDrag.Grip.BOTTOM);
        // an hour (40 pixels) keeps 6 pixels at either edge
        assertThat(GridDrag.gripAt(6, 40)).isEqualTo(GridDrag.Grip.TOP);
        assertThat(GridDrag.gripAt(7, 40)).isEqualTo(GridDrag.Grip.MOVE);
        assertThat(GridDrag.gripAt(33, 40)).isEqualTo(GridDrag.Grip.MOVE);
        assertThat(GridDrag.gripAt(34, 40)).isEqualTo(GridDrag.Grip.BOTTOM);
        // the least block (12 pixels) still has both
        assertThat(GridDrag.gripAt(2, 12)).isEqualTo(GridDrag.Grip.TOP);
        assertThat(GridDrag.gripAt(10, 12)).isEqualTo(GridDrag.Grip.BOTTOM);
    }

    // ---- item 8: the hour summer time skips ---------------------------------------------------------

    @Test
    void theSkippedHourOfSpringForwardIsFoundAndTimesInItMoveAsWallClockMovesThem() {
        assertThat(WallClock.gapsOn(LocalDate.of(2027, 3, 28), CPH)).containsExactly(new TimeSpan(120, 180));
        assertThat(WallClock.gapsOn(LocalDate.of(2027, 3, 27), CPH)).isEmpty();
        assertThat(WallClock.gapsOn(LocalDate.of(2027, 3, 29), CPH)).isEmpty();
        assertThat(WallClock.gapsOn(LocalDate.of(2027, 10, 31), CPH)).as("the autumn fold skips nothing").isEmpty();
        assertThat(WallClock.gapsOn(LocalDate.of(2027, 3, 14), ZoneId.of("America/New_York"))).containsExactly(new TimeSpan(120, 180));
        assertThat(WallClock.gapsOn(LocalDate.of(2027, 3, 28), ZoneId.of("UTC"))).isEmpty();

        // an hour drawn at 02:00 is the hour from 03:00; one before the gap keeps its times
        assertThat(WallClock.resolved(LocalDateTime.parse("2027-03-28T02:00"), LocalDateTime.parse("2027-03-28T03:00"), CPH))
                .containsExactly(LocalDateTime.parse("2027-03-28T03:00"), LocalDateTime.parse("2027-03-28T04:00"));
        assertThat(WallClock.resolved(LocalDateTime.parse("2027-03-28T00:30"), LocalDateTime.parse("2027-03-28T01:30"), CPH))
                .containsExactly(LocalDateTime.parse("2027-03-28T00:30"), LocalDateTime.parse("2027-03-28T01:30"));
        assertThat(WallClock.resolved(LocalDateTime.parse("2027-03-28T01:30"), LocalDateTime.parse("2027-03-28T02:30"), CPH))
                .containsExactly(LocalDateTime.parse("2027-03-28T01:30"), LocalDateTime.parse("2027-03-28T03:30"));
    }
}
