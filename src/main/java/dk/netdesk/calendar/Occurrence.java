package dk.netdesk.calendar;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * One concrete appearance of an event in the calendar: a single event, one generated occurrence
 * of a series, or an overridden occurrence. {@code originalStart} is the occurrence's start as the
 * rule generates it (its RECURRENCE-ID), null for single events.
 */
public record Occurrence(EventRow row, LocalDateTime start, LocalDateTime end, LocalDateTime originalStart) {

    /**
     * A timed occurrence whose wall-clock times do not exist in its zone (a spring-forward gap) is
     * stored as the times {@link WallClock} resolves them to, so every reader of {@code start} and
     * {@code end} sees the same valid times: 02:30–03:00 on 2027-03-28 in Copenhagen becomes 03:30–04:00.
     * {@code originalStart} (the RECURRENCE-ID) stays as the rule generated it.
     */
    public Occurrence {
        if (row != null && !row.allDay() && row.zone() != null && start != null && end != null) {
            ZoneId zone = row.zone();
            LocalDateTime resolvedEnd = WallClock.end(start, end, zone).toLocalDateTime();
            start = WallClock.start(start, zone).toLocalDateTime();
            end = resolvedEnd;
        }
    }

    /** The start as the row or rule gives it, before the gap rule: the generated start for a series occurrence, else the row's. */
    public LocalDateTime ruleStart() {
        return row.isMaster() && originalStart != null ? originalStart : row.start();
    }

    /**
     * True when this timed occurrence's given wall-clock start ({@link #ruleStart}) does not exist in its zone (a
     * spring-forward gap), so {@code start} and {@code end} were moved later by the gap (decision 0003): a daily
     * 02:30–03:00 on 2027-03-28 in Europe/Copenhagen is 03:30–04:00. False for all-day events and every other time.
     */
    public boolean movedByGap() {
        return row != null && !row.allDay() && row.zone() != null && ruleStart() != null
                && WallClock.inGap(ruleStart(), row.zone());
    }

    /** The start's instant in the row's zone, by {@link WallClock#start(LocalDateTime, LocalDateTime, ZoneId)}. */
    public ZonedDateTime zonedStart() {
        return WallClock.start(start, end, row.zone());
    }

    public ZonedDateTime zonedEnd() {
        return end.atZone(row.zone());
    }

    /** The start as a wall-clock time in the zone the calendar is shown in. */
    public LocalDateTime startIn(ZoneId zone) {
        return row.allDay() ? start : zonedStart().withZoneSameInstant(zone).toLocalDateTime();
    }

    public LocalDateTime endIn(ZoneId zone) {
        return row.allDay() ? end : zonedEnd().withZoneSameInstant(zone).toLocalDateTime();
    }

    /** Real elapsed time, so a night across a DST change counts 1 hour more or less. */
    public Duration duration() {
        return Duration.between(zonedStart(), zonedEnd());
    }

    public boolean isRecurring() {
        return row.isMaster() || row.isOverride();
    }

    /** The id of the series master, or the row's own id for a single event. */
    public long seriesMasterId() {
        return row.isOverride() ? row.seriesId() : row.id();
    }

    public boolean isWork() {
        return row.kind().isWork();
    }

    public String title() {
        return row.title();
    }

    public Kind kind() {
        return row.kind();
    }

    /** Stable identity within a load: row id plus original start. */
    public String key() {
        return seriesMasterId() + "@" + (originalStart != null ? originalStart : "");
    }
}
