package dk.netdesk.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.model.Recur;

/**
 * Expands stored rows into the occurrences of a time range. ical4j does the RRULE arithmetic;
 * this class applies DTSTART, EXDATE and overridden occurrences (RECURRENCE-ID) around it.
 * Expansion is done in each event's own wall-clock time, so "every Tuesday 19:00" stays 19:00
 * across DST changes.
 */
public final class Recurrences {

    private Recurrences() {
    }

    /** The occurrences overlapping [from, to), sorted by start. */
    public static List<Occurrence> expand(Collection<EventRow> rows, Instant from, Instant to) {
        Map<Long, Set<LocalDateTime>> overridden = new HashMap<>();
        for (EventRow row : rows) {
            if (row.isOverride()) {
                overridden.computeIfAbsent(row.seriesId(), id -> new HashSet<>()).add(row.recurrenceId());
            }
        }
        List<Occurrence> result = new ArrayList<>();
        for (EventRow row : rows) {
            if (row.isMaster()) {
                expandMaster(row, overridden.getOrDefault(row.id(), Set.of()), from, to, result);
            } else {
                Occurrence single = new Occurrence(row, row.start(), row.end(), row.recurrenceId());
                if (overlaps(single, from, to)) {
                    result.add(single);
                }
            }
        }
        result.sort(Comparator.comparing((Occurrence o) -> o.zonedStart().toInstant())
                .thenComparing(o -> o.row().title()));
        return result;
    }

    /** The generated starts of a master in [fromLocal, toLocal), DTSTART included, EXDATEs not removed. */
    public static List<LocalDateTime> starts(EventRow master, LocalDateTime fromLocal, LocalDateTime toLocal) {
        Recur<LocalDateTime> recur = new Recur<>(master.rrule());
        LocalDateTime seed = fastForward(recur, master.start(), fromLocal);
        List<LocalDateTime> dates = new ArrayList<>(recur.getDates(seed, fromLocal, toLocal));
        if (!seed.equals(master.start())) {
            Set<java.time.DayOfWeek> days = new HashSet<>();
            recur.getDayList().forEach(d -> days.add(net.fortuna.ical4j.model.WeekDay.getDayOfWeek(d)));
            if (days.isEmpty()) {
                days.add(master.start().getDayOfWeek());
            }
            if (recur.getFrequency() == net.fortuna.ical4j.transform.recurrence.Frequency.WEEKLY) {
                dates.removeIf(d -> !days.contains(d.getDayOfWeek()));
            }
            dates.removeIf(d -> !d.toLocalTime().equals(master.start().toLocalTime()));
        }
        if (!master.start().isBefore(fromLocal) && master.start().isBefore(toLocal) && !dates.contains(master.start())) {
            dates.add(0, master.start());
        }
        dates.removeIf(d -> d.isBefore(master.start()));
        return dates;
    }

    /**
     * A later seed with the same phase, so ical4j need not walk from a DTSTART years back:
     * only for DAILY and WEEKLY rules without COUNT (COUNT needs every occurrence from the start)
     * and without BYSETPOS/BYxxx parts other than BYDAY.
     */
    static LocalDateTime fastForward(Recur<LocalDateTime> recur, LocalDateTime start, LocalDateTime from) {
        if (recur.getCount() > 0 || !start.isBefore(from.minusWeeks(2)) || !recur.getSetPosList().isEmpty()
                || !recur.getMonthDayList().isEmpty() || !recur.getMonthList().isEmpty() || !recur.getHourList().isEmpty()
                || !recur.getMinuteList().isEmpty() || !recur.getYearDayList().isEmpty() || !recur.getWeekNoList().isEmpty()) {
            return start;
        }
        int interval = Math.max(1, recur.getInterval());
        long periodDays = switch (recur.getFrequency()) {
            case DAILY -> interval;
            case WEEKLY -> 7L * interval;
            default -> 0;
        };
        if (periodDays == 0) {
            return start;
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(start.toLocalDate(), from.toLocalDate()) - 14;
        long periods = Math.max(0, days / periodDays);
        return start.plusDays(periods * periodDays);
    }

    /** How many occurrences the rule generates strictly before {@code before} (COUNT bookkeeping). */
    public static int countBefore(EventRow master, LocalDateTime before) {
        return (int) starts(master, master.start(), before).stream().filter(d -> d.isBefore(before)).count();
    }

    private static void expandMaster(EventRow master, Set<LocalDateTime> overridden, Instant from, Instant to,
                                     List<Occurrence> out) {
        ZoneId zone = master.zone();
        Duration length = Duration.between(master.start(), master.end());
        // one day of margin on each side for zone offsets; the exact test is overlaps()
        LocalDateTime fromLocal = LocalDateTime.ofInstant(from, zone).minus(length).minusDays(1);
        LocalDateTime toLocal = LocalDateTime.ofInstant(to, zone).plusDays(1);
        if (!master.start().isBefore(toLocal)) {
            return;
        }
        Set<LocalDateTime> excluded = new HashSet<>(master.exdates());
        for (LocalDateTime start : starts(master, fromLocal, toLocal)) {
            if (excluded.contains(start) || overridden.contains(start)) {
                continue;
            }
            Occurrence occurrence = new Occurrence(master, start, start.plus(length), start);
            if (overlaps(occurrence, from, to)) {
                out.add(occurrence);
            }
        }
    }

    /** True when the occurrence, at its real instants, overlaps [from, to): see {@link #overlaps(Comparable, Comparable, Comparable, Comparable)}. */
    static boolean overlaps(Occurrence occurrence, Instant from, Instant to) {
        return overlaps(occurrence.zonedStart().toInstant(), occurrence.zonedEnd().toInstant(), from, to);
    }

    /** True when the occurrence, at its wall-clock times in {@code zone}, overlaps the day there. */
    public static boolean occursOn(Occurrence occurrence, java.time.LocalDate day, ZoneId zone) {
        return overlaps(occurrence.startIn(zone), occurrence.endIn(zone), day.atStartOfDay(), day.plusDays(1).atStartOfDay());
    }

    /**
     * The one overlap test of the calendar: true when [start, end) overlaps [from, to). An event
     * without length (start equal to end) overlaps when it starts inside [from, to). Works for
     * instants and for wall-clock times alike; all four must be of the same kind.
     */
    public static <T extends Comparable<? super T>> boolean overlaps(T start, T end, T from, T to) {
        if (end.compareTo(start) == 0) {
            return start.compareTo(from) >= 0 && start.compareTo(to) < 0;
        }
        return start.compareTo(to) < 0 && end.compareTo(from) > 0;
    }
}
