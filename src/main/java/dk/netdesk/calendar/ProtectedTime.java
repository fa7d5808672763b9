package dk.netdesk.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one rule for "work in protected personal time" (decision 0028). Every reader uses it: the week's
 * figure ({@link Balance#summarize}), the border of an event's part in the day and week grid, the month's
 * chips, the agenda's flag, the printed week ({@link CalendarService#plan}) and the question before a save
 * ({@link CalendarViewModel#protectedQuestion}).
 * <ul>
 *   <li>A timed work occurrence is in protected time on a stretch of days when its real time (instants) in those
 *   days overlaps the protected time of those days, also turned into instants by {@link WallClock}. So the part
 *   of "Sun 22:00 → Mon 01:00" on Monday is in protected time when Monday 00:00–01:00 is protected, and the part
 *   on Sunday is not unless Sunday's protected time reaches 22:00–24:00.</li>
 *   <li>An all-day work occurrence says when, not how long (decision 0023): it is in protected time on the days it
 *   covers whose protected time is the whole day, 00:00–24:00 ({@link #wholeDay}). A day with protected time only
 *   in its evening does not count: nothing says the all-day work reaches into the evening.</li>
 *   <li>Personal occurrences are never in protected time.</li>
 * </ul>
 * The week's figure counts a work occurrence once when any of its parts in that week is in protected time, so the
 * figure and the marked parts of a week always agree.
 */
public final class ProtectedTime {

    private ProtectedTime() {
    }

    /**
     * True when {@code occurrence} is work and is in protected time within the days {@code from} (inclusive) to
     * {@code to} (exclusive), read as wall-clock days in {@code zone}.
     *
     * @param occurrence any occurrence (personal ones give false)
     * @param settings   the user's protected time per weekday
     * @param zone       the calendar's zone: the days, and the protected time of each, are its wall-clock times
     */
    public static boolean within(Occurrence occurrence, BalanceSettings settings, ZoneId zone, LocalDate from, LocalDate to) {
        if (!occurrence.isWork() || !from.isBefore(to)) {
            return false;
        }
        if (occurrence.row().allDay()) {
            for (LocalDate day : allDayDays(occurrence.start(), occurrence.end())) {
                if (!day.isBefore(from) && day.isBefore(to) && wholeDay(settings, day.getDayOfWeek())) {
                    return true;
                }
            }
            return false;
        }
        Instant start = max(occurrence.zonedStart().toInstant(), from.atStartOfDay(zone).toInstant());
        Instant end = min(occurrence.zonedEnd().toInstant(), to.atStartOfDay(zone).toInstant());
        if (!end.isAfter(start)) {
            return false;
        }
        for (Instant[] span : spans(settings, zone, from, to)) {
            if (span[0].isBefore(end) && span[1].isAfter(start)) {
                return true;
            }
        }
        return false;
    }

    /** True when the part of {@code occurrence} on {@code day} (in {@code zone}) is in protected time: see {@link #within}. */
    public static boolean onDay(Occurrence occurrence, BalanceSettings settings, ZoneId zone, LocalDate day) {
        return within(occurrence, settings, zone, day, day.plusDays(1));
    }

    /** True when any part of {@code occurrence}, on any day it touches in {@code zone}, is in protected time. */
    public static boolean anywhere(Occurrence occurrence, BalanceSettings settings, ZoneId zone) {
        LocalDate first = occurrence.startIn(zone).toLocalDate();
        LocalDate last = occurrence.endIn(zone).toLocalDate().plusDays(1);
        return within(occurrence, settings, zone, first, last);
    }

    /** True when the protected time of {@code day} covers it whole, 00:00–24:00 (in one span or several that touch). */
    public static boolean wholeDay(BalanceSettings settings, DayOfWeek day) {
        List<TimeSpan> spans = new ArrayList<>(settings.protectedTime(day));
        spans.sort(Comparator.comparingInt(TimeSpan::startMinute));
        int reached = 0;
        for (TimeSpan span : spans) {
            if (span.startMinute() > reached) {
                return false;
            }
            reached = Math.max(reached, span.endMinute());
        }
        return reached >= 1440;
    }

    /**
     * The protected time of the days [from, to) in {@code zone} as sorted, non-touching instant spans
     * ([start, end) pairs): each day's spans (minutes of the day, 24:00 the next midnight) turned into
     * instants by {@link WallClock}, so a span on the day the clocks change lasts what it really lasts.
     */
    static List<Instant[]> spans(BalanceSettings settings, ZoneId zone, LocalDate from, LocalDate to) {
        List<Instant[]> spans = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            for (TimeSpan span : settings.protectedTime(day.getDayOfWeek())) {
                LocalDateTime start = day.atStartOfDay().plusMinutes(span.startMinute());
                LocalDateTime end = day.atStartOfDay().plusMinutes(span.endMinute());
                spans.add(new Instant[] {WallClock.start(start, zone).toInstant(), WallClock.end(start, end, zone).toInstant()});
            }
        }
        return Balance.union(spans);
    }

    /** The days an all-day event from {@code start} to {@code end} covers: the end is the exclusive next midnight; at least one day. */
    static List<LocalDate> allDayDays(LocalDateTime start, LocalDateTime end) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate first = start.toLocalDate();
        LocalDate stop = end.toLocalDate();
        if (!stop.isAfter(first)) {
            stop = first.plusDays(1);
        }
        for (LocalDate day = first; day.isBefore(stop); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
