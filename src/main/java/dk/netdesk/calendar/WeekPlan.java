package dk.netdesk.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * One planned week as plain data, for printing and other read-only uses: the Monday, the
 * occurrences in the calendar's zone, the work windows and protected spans per weekday, and the
 * week's balance summary. Built by {@link CalendarService#weekPlan(LocalDate)}.
 */
public record WeekPlan(LocalDate monday, int isoWeek, List<Item> items, Map<DayOfWeek, List<TimeSpan>> workWindows,
                       Map<DayOfWeek, List<TimeSpan>> protectedTime, WeekSummary summary) {

    /** One occurrence; times are null for all-day items. {@code breakFlag}: part of a run without a break. */
    public record Item(LocalDate date, LocalTime start, LocalTime end, boolean allDay, String title, String location,
                       String notes, Category category, Kind kind, boolean breakFlag, boolean inProtectedTime) {
    }

    public WeekPlan {
        items = List.copyOf(items);
        workWindows = Map.copyOf(workWindows);
        protectedTime = Map.copyOf(protectedTime);
    }
}
