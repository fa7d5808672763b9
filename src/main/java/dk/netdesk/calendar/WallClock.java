package dk.netdesk.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The one rule for turning an event's wall-clock times into instants (RFC 5545 §3.3.5), used by
 * every occurrence and so by the week grid, the week plan, the summary, the print and reminders.
 * <ul>
 *   <li>A start in a spring-forward gap moves forward by the length of the gap, and the end keeps
 *   the exact length the wall-clock times give: 02:30–03:00 on 2027-03-28 in Europe/Copenhagen is
 *   03:30–04:00 CEST.</li>
 *   <li>Otherwise each time is read on its own: an end in a gap moves forward by the gap; a time in
 *   the autumn fold takes the earlier offset (the first 02:30, summer time), so in the fold the
 *   first of the two wall-clock readings wins; except that an event starting in the fold and ending
 *   after it starts at the second reading, so it keeps its wall-clock length (a daily 02:30–03:00 lasts
 *   30 minutes on 2027-10-31 too).</li>
 * </ul>
 * The resolved end is never before the resolved start when the wall-clock end is not before the start.
 */
public final class WallClock {

    private WallClock() {
    }

    /** The instant (with offset) of a wall-clock start in {@code zone}: in a gap, later by the gap; in a fold, the earlier offset. */
    public static ZonedDateTime start(LocalDateTime start, ZoneId zone) {
        return start.atZone(zone);
    }

    /**
     * The instant (with offset) of the start of an event from {@code start} to {@code end} (wall-clock times in
     * {@code zone}): as {@link #start(LocalDateTime, ZoneId)}, except that a start in the autumn fold whose end lies
     * after the fold takes the later offset (the second reading), so the event keeps the length its wall-clock
     * times give (RFC 5545: every instance of a series lasts as long as the first). 02:30–03:00 on 2027-10-31 in
     * Europe/Copenhagen starts at 02:30 CET (01:30 UTC) and lasts 30 minutes; 02:10–02:40 that night stays in the
     * first reading (02:10 CEST).
     */
    public static ZonedDateTime start(LocalDateTime start, LocalDateTime end, ZoneId zone) {
        ZonedDateTime first = start.atZone(zone);
        ZonedDateTime second = first.withLaterOffsetAtOverlap();
        if (first.equals(second) || end == null || !end.isAfter(start)) {
            return first;
        }
        ZonedDateTime ends = end.atZone(zone);
        boolean endInFold = !ends.equals(ends.withLaterOffsetAtOverlap());
        return endInFold ? first : second;
    }

    /**
     * The instant of a wall-clock end for an event starting at {@code start} (both in {@code zone}):
     * when the start lies in a gap, the start's instant plus the wall-clock length; else the end read on its own.
     */
    public static ZonedDateTime end(LocalDateTime start, LocalDateTime end, ZoneId zone) {
        if (inGap(start, zone)) {
            return start(start, zone).plus(Duration.between(start, end));
        }
        return end.atZone(zone);
    }

    /**
     * The wall-clock times, in {@code zone}, that an event from {@code start} to {@code end} really has
     * by the rules above: the same times outside a gap; 02:00–03:00 on 2027-03-28 in Europe/Copenhagen is
     * 03:00–04:00. What the grid's create gestures hand the event dialog, so it shows the times that are stored.
     *
     * @return {start, end}, wall-clock times in {@code zone}
     */
    public static LocalDateTime[] resolved(LocalDateTime start, LocalDateTime end, ZoneId zone) {
        return new LocalDateTime[] {start(start, end, zone).toLocalDateTime(), end(start, end, zone).toLocalDateTime()};
    }

    /**
     * The spring-forward gaps of a day in {@code zone}: the wall-clock times the clock skips, as minutes of the
     * day [start, end). 120–180 (02:00–03:00) on 2027-03-28 in Europe/Copenhagen; empty on almost every day.
     */
    public static List<TimeSpan> gapsOn(LocalDate day, ZoneId zone) {
        List<TimeSpan> gaps = new ArrayList<>();
        for (ZoneOffsetTransition t : transitionsOn(day, zone)) {
            if (t.isGap() && t.getDateTimeBefore().toLocalDate().equals(day)) {
                int startMinute = t.getDateTimeBefore().toLocalTime().toSecondOfDay() / 60;
                LocalDateTime after = t.getDateTimeAfter();
                int endMinute = after.toLocalDate().equals(day) ? after.toLocalTime().toSecondOfDay() / 60 : 1440;
                if (endMinute > startMinute) {
                    gaps.add(new TimeSpan(startMinute, endMinute));
                }
            }
        }
        return gaps;
    }

    /**
     * The autumn folds of a day in {@code zone}: the wall-clock times that happen twice because the clock goes back,
     * as minutes of the day [start, end). 120–180 (02:00–03:00) on 2027-10-31 in Europe/Copenhagen; empty on almost
     * every day. A time in a fold takes the earlier offset ({@link #start}): the first of the two readings wins.
     */
    public static List<TimeSpan> foldsOn(LocalDate day, ZoneId zone) {
        List<TimeSpan> folds = new ArrayList<>();
        for (ZoneOffsetTransition t : transitionsOn(day, zone)) {
            // the repeated readings run from the wall-clock time after the change up to the one before it
            LocalDateTime from = t.getDateTimeAfter();
            LocalDateTime to = t.getDateTimeBefore();
            if (t.isOverlap() && !to.toLocalDate().isBefore(day) && !from.toLocalDate().isAfter(day)) {
                int startMinute = from.toLocalDate().isBefore(day) ? 0 : from.toLocalTime().toSecondOfDay() / 60;
                int endMinute = to.toLocalDate().isAfter(day) ? 1440 : to.toLocalTime().toSecondOfDay() / 60;
                if (endMinute > startMinute) {
                    folds.add(new TimeSpan(startMinute, endMinute));
                }
            }
        }
        return folds;
    }

    /** True when some wall-clock time of {@code day} happens twice in {@code zone} (the clock goes back that day). */
    public static boolean hasFold(LocalDate day, ZoneId zone) {
        return !foldsOn(day, zone).isEmpty();
    }

    /** True when some wall-clock time of {@code day} does not exist in {@code zone} (the clock goes forward that day). */
    public static boolean hasGap(LocalDate day, ZoneId zone) {
        return !gapsOn(day, zone).isEmpty();
    }

    /** The offset changes of {@code zone} from the start of {@code day} up to the start of the next day. */
    private static List<ZoneOffsetTransition> transitionsOn(LocalDate day, ZoneId zone) {
        List<ZoneOffsetTransition> out = new ArrayList<>();
        ZoneRules rules = zone.getRules();
        java.time.Instant from = day.atStartOfDay(zone).toInstant().minusSeconds(1);
        java.time.Instant until = day.plusDays(1).atStartOfDay(zone).toInstant();
        for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && t.getInstant().isBefore(until);
             t = rules.nextTransition(t.getInstant())) {
            out.add(t);
        }
        return out;
    }

    /** True when the wall-clock time does not exist in {@code zone} (a spring-forward gap). */
    public static boolean inGap(LocalDateTime time, ZoneId zone) {
        return zone.getRules().getValidOffsets(time).isEmpty();
    }
}
