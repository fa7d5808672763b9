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
 * Work time, each work kind's time and personal time are each the union of their events' spans:
 * events at the same time count once. Work windows, protected time and holidays are compared as instants
 * too ({@link WallClock}), never as wall-clock minutes of the day. All-day events count no hours; all-day work
 * is counted in days. Personal time is what the user planned (personal events) only; the work windows of a
 * public holiday are a figure of their own, {@link WeekSummary#holidayOffHours()}, and so is work planned on
 * a holiday, {@link WeekSummary#holidayWorkHours()} (decisions 0020, 0023).
 */
public final class Balance {

    private Balance() {
    }

    public static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The week's summary without public holidays: {@link #summarize(List, BalanceSettings, LocalDate, ZoneId, Set)} with none. */
    public static WeekSummary summarize(List<Occurrence> occurrences, BalanceSettings settings, LocalDate monday, ZoneId zone) {
        return summarize(occurrences, settings, monday, zone, Set.of());
    }

    /**
     * The balance of the week from {@code monday} (wall-clock days in {@code zone}). Every figure is real
     * time: the week's bounds, the events, the work windows and the protected time are all turned into
     * instants by {@link WallClock} before they are compared, so a week with a DST change counts each
     * minute once, as it really passes (decision 0023): in the autumn fold an event 02:30–03:00 lasts
     * 1 h 30 min, and a work window 02:00–03:00 that day lasts 2 h and holds it whole.
     *
     * @param holidays public holidays (any dates; those outside the week are ignored). A holiday is no work
     *                 day: its work windows are no work windows that day. Work planned on it is its own figure,
     *                 {@link WeekSummary#holidayWorkHours()}, not "outside the windows"; the part of its usual
     *                 windows no work is planned in is {@link WeekSummary#holidayOffHours()}. It adds nothing to
     *                 the personal time, which is the union of the personal events alone (decisions 0020, 0023)
     * @return the week's figures; all-day events count no hours, all-day work is counted in days
     *         ({@link WeekSummary#allDayWorkDays()}); {@link WeekSummary#protectedExceptions()} counts the work
     *         occurrences with any part of this week in protected time by {@link ProtectedTime} (all-day work on a
     *         wholly protected day included, decision 0028)
     */
    public static WeekSummary summarize(List<Occurrence> occurrences, BalanceSettings settings, LocalDate monday, ZoneId zone,
                                        Set<LocalDate> holidays) {
        Instant weekStart = monday.atStartOfDay(zone).toInstant();
        Instant weekEnd = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
        List<Instant[]> work = new ArrayList<>();
        List<Instant[]> personal = new ArrayList<>();
        Map<Kind, List<Instant[]>> workKinds = new EnumMap<>(Kind.class);
        Set<LocalDate> allDayWork = new java.util.TreeSet<>();
        int protectedExceptions = 0;
        List<Occurrence> workOccurrences = new ArrayList<>();
        for (Occurrence occurrence : occurrences) {
            // the one rule the grid, the month, the agenda, the print and the save question use (decision 0028)
            if (ProtectedTime.within(occurrence, settings, zone, monday, monday.plusWeeks(1))) {
                protectedExceptions++;
            }
            if (occurrence.row().allDay()) {
                if (occurrence.isWork()) {
                    allDayWork.addAll(allDayDays(occurrence, monday));
                }
                continue;
            }
            Instant[] span = clipped(occurrence, weekStart, weekEnd);
            if (span == null) {
                continue;
            }
            if (occurrence.isWork()) {
                workOccurrences.add(occurrence);
                work.add(span);
                workKinds.computeIfAbsent(occurrence.kind(), k -> new ArrayList<>()).add(span);
            } else {
                personal.add(span);
            }
        }
        List<Instant[]> workUnion = union(work);
        long workMinutes = minutes(workUnion);
        List<Instant[]> holidayDays = union(daySpans(monday, zone, day -> holidays.contains(day) ? List.of(TimeSpan.of(0, 0, 24, 0))
                : List.of()));
        long holidayWorkMinutes = minutes(intersection(workUnion, holidayDays));
        List<Instant[]> windows = union(daySpans(monday, zone, day -> holidays.contains(day) ? List.of()
                : settings.windows(day.getDayOfWeek())));
        long outsideMinutes = workMinutes - holidayWorkMinutes - minutes(intersection(workUnion, windows));
        List<Instant[]> holidayWindows = union(daySpans(monday, zone, day -> holidays.contains(day)
                ? settings.windows(day.getDayOfWeek()) : List.of()));
        long holidayOffMinutes = minutes(holidayWindows) - minutes(intersection(holidayWindows, workUnion));
        Map<Kind, Double> byKind = new EnumMap<>(Kind.class);
        workKinds.forEach((kind, spans) -> byKind.put(kind, minutes(union(spans)) / 60.0));
        return new WeekSummary(workMinutes / 60.0, settings.budgetHours(), minutes(union(personal)) / 60.0, byKind,
                Math.max(0, outsideMinutes) / 60.0, protectedExceptions, breakFlags(workOccurrences, settings.breakMinutes()),
                holidayOffMinutes / 60.0, holidayWorkMinutes / 60.0, allDayWork.size());
    }

    /** The days of the week from {@code monday} an all-day occurrence covers (its end is the exclusive next day). */
    private static List<LocalDate> allDayDays(Occurrence occurrence, LocalDate monday) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate first = occurrence.start().toLocalDate();
        LocalDate end = occurrence.end().toLocalDate();
        if (!end.isAfter(first)) {
            end = first.plusDays(1);
        }
        for (LocalDate day = first; day.isBefore(end); day = day.plusDays(1)) {
            if (!day.isBefore(monday) && day.isBefore(monday.plusWeeks(1))) {
                days.add(day);
            }
        }
        return days;
    }

    /**
     * The union of time spans ([start, end) pairs of instants) as sorted, non-touching spans: six
     * parallel one-hour events are one hour, as the week's work or personal time.
     */
    static List<Instant[]> union(List<Instant[]> spans) {
        List<Instant[]> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparing((Instant[] s) -> s[0]));
        List<Instant[]> merged = new ArrayList<>();
        for (Instant[] span : sorted) {
            Instant[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !span[0].isAfter(last[1])) {
                last[1] = max(last[1], span[1]);
            } else {
                merged.add(new Instant[] {span[0], span[1]});
            }
        }
        return merged;
    }

    /** The time two unions (sorted, non-touching spans, as {@link #union} gives) have in common, as spans. */
    static List<Instant[]> intersection(List<Instant[]> a, List<Instant[]> b) {
        List<Instant[]> common = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            Instant start = max(a.get(i)[0], b.get(j)[0]);
            Instant end = min(a.get(i)[1], b.get(j)[1]);
            if (end.isAfter(start)) {
                common.add(new Instant[] {start, end});
            }
            if (a.get(i)[1].isBefore(b.get(j)[1])) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    private static long minutes(List<Instant[]> spans) {
        return spans.stream().mapToLong(s -> Duration.between(s[0], s[1]).toMinutes()).sum();
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

    /** The part of the occurrence inside [from, to) as instants, or null when none. */
    private static Instant[] clipped(Occurrence occurrence, Instant from, Instant to) {
        Instant start = max(occurrence.zonedStart().toInstant(), from);
        Instant end = min(occurrence.zonedEnd().toInstant(), to);
        return end.isAfter(start) ? new Instant[] {start, end} : null;
    }

    /**
     * The spans a rule gives each day of the week from {@code monday} (minutes of the day, 24:00 the next
     * midnight), as instants in {@code zone} by {@link WallClock}: a work window 02:00–03:00 on the day the
     * clocks go back lasts two real hours, one on the day they go forward.
     */
    private static List<Instant[]> daySpans(LocalDate monday, ZoneId zone, java.util.function.Function<LocalDate, List<TimeSpan>> rule) {
        List<Instant[]> spans = new ArrayList<>();
        for (LocalDate day = monday; day.isBefore(monday.plusWeeks(1)); day = day.plusDays(1)) {
            for (TimeSpan span : rule.apply(day)) {
                LocalDateTime from = day.atStartOfDay().plusMinutes(span.startMinute());
                LocalDateTime to = day.atStartOfDay().plusMinutes(span.endMinute());
                spans.add(new Instant[] {WallClock.start(from, zone).toInstant(), WallClock.end(from, to, zone).toInstant()});
            }
        }
        return spans;
    }

    private static <T extends Comparable<? super T>> T max(T a, T b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static <T extends Comparable<? super T>> T min(T a, T b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
