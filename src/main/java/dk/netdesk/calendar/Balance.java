package dk.netdesk.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The work/life arithmetic of a week. Hours are real elapsed time (instants), so a week with a
 * DST change has 167 or 169 hours and an event across the change counts what it really lasts.
 * All-day events are shown but count no hours.
 */
public final class Balance {

    private Balance() {
    }

    public static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static WeekSummary summarize(List<Occurrence> occurrences, BalanceSettings settings, LocalDate monday, ZoneId zone) {
        Instant weekStart = monday.atStartOfDay(zone).toInstant();
        Instant weekEnd = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
        long workMinutes = 0;
        long personalMinutes = 0;
        long outsideMinutes = 0;
        int protectedExceptions = 0;
        Map<Kind, Double> byKind = new EnumMap<>(Kind.class);
        List<Occurrence> work = new ArrayList<>();
        for (Occurrence occurrence : occurrences) {
            if (occurrence.row().allDay()) {
                continue;
            }
            long minutes = clippedMinutes(occurrence, weekStart, weekEnd);
            if (minutes <= 0) {
                continue;
            }
            if (occurrence.isWork()) {
                work.add(occurrence);
                workMinutes += minutes;
                byKind.merge(occurrence.kind(), minutes / 60.0, Double::sum);
                long inside = minutesInside(occurrence, settings::windows, zone, monday);
                outsideMinutes += Math.max(0, minutes - inside);
                if (touchesProtected(occurrence, settings, zone, monday)) {
                    protectedExceptions++;
                }
            } else {
                personalMinutes += minutes;
            }
        }
        return new WeekSummary(workMinutes / 60.0, settings.budgetHours(), personalMinutes / 60.0, byKind,
                outsideMinutes / 60.0, protectedExceptions, breakFlags(work, settings.breakMinutes()));
    }

    /** True when a work event at these times would reach into protected personal time. */
    public static boolean isProtected(LocalDateTime start, LocalDateTime end, BalanceSettings settings) {
        for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            int from = day.equals(start.toLocalDate()) ? minuteOfDay(start) : 0;
            int to = day.equals(end.toLocalDate()) ? minuteOfDay(end) : 1440;
            for (TimeSpan span : settings.protectedTime(day.getDayOfWeek())) {
                if (span.overlap(from, to) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The keys of work occurrences in a run longer than {@code limitMinutes} without a 10-minute gap. */
    public static Set<String> breakFlags(List<Occurrence> work, int limitMinutes) {
        List<Occurrence> sorted = new ArrayList<>(work);
        sorted.removeIf(o -> o.row().allDay());
        sorted.sort(Comparator.comparing(o -> o.zonedStart().toInstant()));
        Set<String> flagged = new HashSet<>();
        List<Occurrence> run = new ArrayList<>();
        Instant runStart = null;
        Instant runEnd = null;
        for (Occurrence occurrence : sorted) {
            Instant start = occurrence.zonedStart().toInstant();
            Instant end = occurrence.zonedEnd().toInstant();
            if (runEnd != null && Duration.between(runEnd, start).toMinutes() < BalanceSettings.BREAK_GAP_MINUTES) {
                run.add(occurrence);
                if (end.isAfter(runEnd)) {
                    runEnd = end;
                }
            } else {
                flagRun(run, runStart, runEnd, limitMinutes, flagged);
                run = new ArrayList<>();
                run.add(occurrence);
                runStart = start;
                runEnd = end;
            }
        }
        flagRun(run, runStart, runEnd, limitMinutes, flagged);
        return flagged;
    }

    private static void flagRun(List<Occurrence> run, Instant start, Instant end, int limitMinutes, Set<String> flagged) {
        if (!run.isEmpty() && Duration.between(start, end).toMinutes() > limitMinutes) {
            run.forEach(o -> flagged.add(o.key()));
        }
    }

    private static long clippedMinutes(Occurrence occurrence, Instant from, Instant to) {
        Instant start = max(occurrence.zonedStart().toInstant(), from);
        Instant end = min(occurrence.zonedEnd().toInstant(), to);
        return end.isAfter(start) ? Duration.between(start, end).toMinutes() : 0;
    }

    private static long minutesInside(Occurrence occurrence, java.util.function.Function<DayOfWeek, List<TimeSpan>> spans,
                                      ZoneId zone, LocalDate monday) {
        LocalDateTime start = max(occurrence.startIn(zone), monday.atStartOfDay());
        LocalDateTime end = min(occurrence.endIn(zone), monday.plusWeeks(1).atStartOfDay());
        long inside = 0;
        for (LocalDate day = start.toLocalDate(); end.isAfter(day.atStartOfDay()); day = day.plusDays(1)) {
            int from = day.equals(start.toLocalDate()) ? minuteOfDay(start) : 0;
            int to = day.equals(end.toLocalDate()) ? minuteOfDay(end) : 1440;
            for (TimeSpan span : spans.apply(day.getDayOfWeek())) {
                inside += span.overlap(from, to);
            }
        }
        return inside;
    }

    private static boolean touchesProtected(Occurrence occurrence, BalanceSettings settings, ZoneId zone, LocalDate monday) {
        return minutesInside(occurrence, settings::protectedTime, zone, monday) > 0;
    }

    private static int minuteOfDay(LocalDateTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    private static <T extends Comparable<? super T>> T max(T a, T b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static <T extends Comparable<? super T>> T min(T a, T b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
