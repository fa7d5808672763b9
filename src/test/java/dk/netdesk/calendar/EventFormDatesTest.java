package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 14, items 3 and 4: what depends on the event's date follows it in the event form. */
class EventFormDatesTest {

    static final LocalDate MONDAY = LocalDate.parse("2026-11-30");

    static EventForm newEventOn(LocalDate day) {
        EventForm form = new EventForm();
        form.edit(EventForm.newDraft(day, BalanceSettings.defaults()).withTitle("Team"), List.of());
        return form;
    }

    @Test
    void weeklyOnTicksTheEventsDateNotTheDayTheDialogOpenedOn() {
        EventForm form = newEventOn(MONDAY);
        form.dateProperty().set(LocalDate.parse("2026-12-01"));
        form.repeatProperty().set(EventForm.Repeat.WEEKLY);

        assertThat(form.weekdayProperty(DayOfWeek.TUESDAY).get()).isTrue();
        assertThat(form.weekdayProperty(DayOfWeek.MONDAY).get()).isFalse();
        assertThat(form.draft().orElseThrow().repeat().weekdays()).containsExactly(DayOfWeek.TUESDAY);
    }

    @Test
    void weekdaysTheUserChoseStayWhenTheDateMoves() {
        EventForm form = newEventOn(MONDAY);
        form.repeatProperty().set(EventForm.Repeat.WEEKLY);
        form.weekdayProperty(DayOfWeek.THURSDAY).set(true);
        form.dateProperty().set(LocalDate.parse("2026-12-01"));
        assertThat(form.draft().orElseThrow().repeat().weekdays()).isEqualTo(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));
    }

    @Test
    void theAllDayLastDayFollowsTheStart() {
        EventForm form = newEventOn(MONDAY);
        form.dateProperty().set(LocalDate.parse("2026-12-24"));
        form.allDayProperty().set(true);

        assertThat(form.endDateProperty().get()).isEqualTo(LocalDate.parse("2026-12-24"));
        form.endDateProperty().set(LocalDate.parse("2026-12-26"));
        form.dateProperty().set(LocalDate.parse("2026-12-27"));
        // a three-day event keeps its three days
        assertThat(form.endDateProperty().get()).isEqualTo(LocalDate.parse("2026-12-29"));
        EventDraft draft = form.draft().orElseThrow();
        assertThat(draft.start()).isEqualTo(LocalDateTime.parse("2026-12-27T00:00"));
        assertThat(draft.end()).isEqualTo(LocalDateTime.parse("2026-12-30T00:00"));
    }

    @Test
    void tickingAllDayNeverLeavesTheLastDayBeforeTheStart() {
        EventForm form = newEventOn(MONDAY);
        form.endDateProperty().set(LocalDate.parse("2026-11-01"));
        form.allDayProperty().set(true);
        assertThat(form.endDateProperty().get()).isEqualTo(MONDAY);
    }
}
