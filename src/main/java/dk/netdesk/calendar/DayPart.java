package dk.netdesk.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The part of an occurrence that falls on one day, as wall-clock minutes of that day in the calendar's
 * zone: the one rule by which the week grid on screen and the printed week split multi-day and overnight
 * events per day. An all-day occurrence covers each of its days whole (0–1440), {@code fromDayBefore} and
 * {@code toDayAfter} saying it also covers the day before and after (so the printed week gives it one footnote
 * over its days). A timed one that started the day before begins at 0 ({@code fromDayBefore}); one that runs
 * past midnight ends at 1440 ({@code toDayAfter}). So "22:00 Tue → 02:00 Wed" is 1320–1440 on Tuesday and 0–120 on Wednesday.
 */
public record DayPart(LocalDate day, int startMinute, int endMinute, boolean fromDayBefore, boolean toDayAfter) {

    /**
     * The part of {@code occurrence} on {@code day}, its times read in {@code zone}; empty when the
     * occurrence does not touch that day ({@link Recurrences#occursOn}: one that ends at midnight does not
     * touch the next day).
     */
    public static Optional<DayPart> of(Occurrence occurrence, LocalDate day, ZoneId zone) {
        if (!Recurrences.occursOn(occurrence, day, zone)) {
            return Optional.empty();
        }
        if (occurrence.row().allDay()) {
            return Optional.of(new DayPart(day, 0, 1440, Recurrences.occursOn(occurrence, day.minusDays(1), zone),
                    Recurrences.occursOn(occurrence, day.plusDays(1), zone)));
        }
        LocalDateTime dayStart = day.atStartOfDay();
        LocalDateTime dayEnd = dayStart.plusDays(1);
        LocalDateTime start = occurrence.startIn(zone);
        LocalDateTime end = occurrence.endIn(zone);
        boolean before = start.isBefore(dayStart);
        boolean after = end.isAfter(dayEnd);
        int from = before ? 0 : (int) Duration.between(dayStart, start).toMinutes();
        int to = after ? 1440 : (int) Duration.between(dayStart, end).toMinutes();
        return Optional.of(new DayPart(day, from, Math.max(from, to), before, after));
    }

    /** Where the part starts, as a time of day. */
    public LocalTime start() {
        return LocalTime.MIN.plusMinutes(startMinute);
    }

    /** Where the part ends, as a time of day: {@link LocalTime#MIDNIGHT} when it runs to the end of the day. */
    public LocalTime end() {
        return endMinute >= 1440 ? LocalTime.MIDNIGHT : LocalTime.MIN.plusMinutes(endMinute);
    }
}
