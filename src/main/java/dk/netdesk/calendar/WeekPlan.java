package dk.netdesk.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * One planned week as plain data, for printing and other read-only uses: the Monday, the
 * occurrences in the calendar's zone split per day, the work windows and protected spans per weekday, and the
 * week's balance summary. Built by {@link CalendarService#weekPlan(LocalDate)}.
 */
public record WeekPlan(LocalDate monday, int isoWeek, List<Item> items, Map<DayOfWeek, List<TimeSpan>> workWindows,
                       Map<DayOfWeek, List<TimeSpan>> protectedTime, WeekSummary summary) {

    /**
     * The part of one occurrence on one day ({@link DayPart}): a multi-day or overnight occurrence gives one item
     * per day it touches. Times are null for all-day items; an {@code end} of 00:00 means midnight at the end of
     * {@code date}. {@code breakFlag}: part of a run without a break; {@code inProtectedTime}: this day's part of
     * work is in protected time ({@link ProtectedTime#onDay}; all-day work on a wholly protected day too);
     * {@code fromDayBefore}/{@code toDayAfter}: the occurrence goes on before/after this day.
     */
    public record Item(LocalDate date, LocalTime start, LocalTime end, boolean allDay, String title, String location,
                       String notes, Category category, Kind kind, boolean breakFlag, boolean inProtectedTime,
                       boolean fromDayBefore, boolean toDayAfter) {
    }

    public WeekPlan {
        items = List.copyOf(items);
        workWindows = Map.copyOf(workWindows);
        protectedTime = Map.copyOf(protectedTime);
    }
}
