package dk.netdesk.calendar;

import dk.netdesk.ui.Messages;
import dk.netdesk.ui.TimeOfDay;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How an event is named wherever the user is asked about it or told what happened to it: the delete
 * question, the "this / following / all" question, the status line ("Deleted …") and the undo
 * description. One place, so the question and the message after it name the event the same way, with
 * the whole time it takes:
 * <ul>
 *   <li>one day, all day: {@code "Mum's birthday" on Thu Nov 26, 2026} (Danish {@code "Mors fødselsdag" tor. 26. nov. 2026});</li>
 *   <li>several days, all day: {@code "Christmas" on Dec 24–26, 2026} (Danish {@code "Jul" 24.–26. dec. 2026});</li>
 *   <li>timed, within a day: {@code "Team call" on Tue Nov 24, 2026 at 19:00};</li>
 *   <li>timed, across midnight: {@code "Night shift" from Tue Nov 24, 2026 at 22:00 to Wed Nov 25, 2026 at 02:00}.</li>
 * </ul>
 * Dates follow the UI language (the bundle's {@code calendar.span.*} patterns and {@link Messages#date}).
 */
public final class EventNames {

    private EventNames() {
    }

    /**
     * The event a question is about.
     *
     * @param occurrence the occurrence asked about (one appearance of a series is named by its own times)
     * @param zone       the zone the calendar shows times in; an all-day event's dates are read as they are stored
     * @param messages   the UI language's texts (keys {@code calendar.event.onDay}, {@code onDayAt}, {@code fromTo})
     * @return the title in quotes with its day or days and times, as in the class comment
     */
    public static String describe(Occurrence occurrence, ZoneId zone, Messages messages) {
        LocalDateTime start = occurrence.startIn(zone);
        LocalDateTime end = occurrence.endIn(zone);
        if (occurrence.row().allDay()) {
            return messages.format("calendar.event.onDay", occurrence.title(),
                    days(start.toLocalDate(), lastAllDay(start, end), messages));
        }
        String startTime = time(start.toLocalTime());
        if (!crossesMidnight(start, end)) {
            return messages.format("calendar.event.onDayAt", occurrence.title(), day(start.toLocalDate(), messages), startTime);
        }
        return messages.format("calendar.event.fromTo", occurrence.title(), day(start.toLocalDate(), messages), startTime,
                day(end.toLocalDate(), messages), time(end.toLocalTime()));
    }

    /**
     * When an event takes place, for its tooltip in the grid, the all-day row and the month (the title is
     * on the line above it there):
     * <ul>
     *   <li>timed, within a day: {@code 19:00–20:00};</li>
     *   <li>timed, across midnight: {@code Tue Nov 24, 2026, 22:00 – Wed Nov 25, 2026, 02:00} (Danish
     *       {@code tir. 24. nov. 2026 kl. 22:00 – ons. 25. nov. 2026 kl. 02:00});</li>
     *   <li>one whole day: {@code All day}; several: {@link #days}, e.g. {@code Dec 24–26, 2026}.</li>
     * </ul>
     *
     * @param occurrence the event or one appearance of a series
     * @param zone       the zone the calendar shows times in; an all-day event's dates are read as they are stored
     * @param messages   the UI language's texts (keys {@code calendar.allDay}, {@code calendar.event.span})
     */
    public static String when(Occurrence occurrence, ZoneId zone, Messages messages) {
        LocalDateTime start = occurrence.startIn(zone);
        LocalDateTime end = occurrence.endIn(zone);
        if (occurrence.row().allDay()) {
            LocalDate last = lastAllDay(start, end);
            return last.isAfter(start.toLocalDate()) ? days(start.toLocalDate(), last, messages) : messages.get("calendar.allDay");
        }
        if (!crossesMidnight(start, end)) {
            return time(start.toLocalTime()) + "–" + time(end.toLocalTime());
        }
        return messages.format("calendar.event.span", day(start.toLocalDate(), messages), time(start.toLocalTime()),
                day(end.toLocalDate(), messages), time(end.toLocalTime()));
    }

    /**
     * What a delete took away, for the status line and the undo description: the occurrence named as
     * {@link #describe} names it for a single event or when one appearance of a series goes
     * ({@link EditScope#THIS}); {@code "Team call" from Tue Nov 24, 2026 on} for this and the following
     * appearances; {@code all "Team call" events} for the whole series.
     */
    public static String deleted(Occurrence occurrence, EditScope scope, ZoneId zone, Messages messages) {
        if (!occurrence.isRecurring() || scope == EditScope.THIS) {
            return describe(occurrence, zone, messages);
        }
        if (scope == EditScope.THIS_AND_FOLLOWING) {
            return messages.format("calendar.event.following", occurrence.title(),
                    day(occurrence.startIn(zone).toLocalDate(), messages));
        }
        return messages.format("calendar.event.series", occurrence.title());
    }

    /**
     * A drag or resize of a timed occurrence as a question: {@code Move "Team call" from Tue 19:00–20:00 to Tue
     * 20:00–21:00?} when it keeps its length, {@code Change "Team call" from Tue 19:00–20:00 to Tue 19:00–21:00?}
     * when its length changes; a span over midnight is written {@code Tue 23:30–Wed 00:30}. Danish {@code Flyt
     * "Team call" fra tir. 19:00–20:00 til tir. 20:00–21:00?}.
     *
     * @param occurrence the occurrence before the change
     * @param start      its new start, wall-clock in {@code zone}
     * @param end        its new end, likewise
     * @param zone       the zone the calendar shows times in
     * @param messages   the UI language's texts (keys {@code calendar.scope.move}, {@code calendar.scope.resize})
     */
    public static String moved(Occurrence occurrence, LocalDateTime start, LocalDateTime end, ZoneId zone, Messages messages) {
        LocalDateTime oldStart = occurrence.startIn(zone);
        LocalDateTime oldEnd = occurrence.endIn(zone);
        boolean sameLength = java.time.Duration.between(oldStart, oldEnd).equals(java.time.Duration.between(start, end));
        return messages.format(sameLength ? "calendar.scope.move" : "calendar.scope.resize", occurrence.title(),
                dayTimes(oldStart, oldEnd, messages), dayTimes(start, end, messages));
    }

    /** "Tue 19:00–20:00", or "Tue 23:30–Wed 00:30" over midnight (ending at the midnight after is not over it). */
    private static String dayTimes(LocalDateTime start, LocalDateTime end, Messages messages) {
        String endDay = crossesMidnight(start, end) ? messages.weekday(end) + " " : "";
        return messages.weekday(start) + " " + time(start.toLocalTime()) + "–" + endDay + time(end.toLocalTime());
    }

    /**
     * A span of whole days in the UI language: "Thu 26 Nov 2026" for one day, "24–26 Dec 2026",
     * "30 Nov – 2 Dec 2026" or "30 Dec 2026 – 2 Jan 2027" for several (Danish "24.–26. dec. 2026",
     * "30. nov. – 2. dec. 2026", "30. dec. 2026 – 2. jan. 2027").
     *
     * @param first the first day
     * @param last  the last day, inclusive; not before {@code first} (else it is read as {@code first})
     */
    public static String days(LocalDate first, LocalDate last, Messages messages) {
        if (!last.isAfter(first)) {
            return day(first, messages);
        }
        if (first.getYear() != last.getYear()) {
            return messages.format("calendar.span.range", messages.date(first), messages.date(last));
        }
        if (first.getMonth() == last.getMonth()) {
            return messages.format("calendar.span.sameMonth", pattern("calendar.span.sameMonthFirst", first, messages),
                    pattern("calendar.span.sameMonthLast", last, messages));
        }
        return messages.format("calendar.span.range", messages.dayMonth(first),
                messages.date(last));
    }

    /** The last day an all-day event covers: its stored end is the exclusive midnight after it. */
    private static LocalDate lastAllDay(LocalDateTime start, LocalDateTime end) {
        LocalDate last = end.toLocalTime().equals(LocalTime.MIDNIGHT) ? end.toLocalDate().minusDays(1) : end.toLocalDate();
        return last.isBefore(start.toLocalDate()) ? start.toLocalDate() : last;
    }

    /**
     * The times of a timed occurrence's part on {@code day} (wall-clock in {@code zone}), labelled by what that day
     * shows: "19:00–20:00" for a part that is the whole event, "22:00 → Mon 02:00" for the part before midnight,
     * "00:00–02:00 (from Sun)" for the part after it, "00:00–24:00 (from Sun, continues)" for a day in between;
     * in the UI language. The one rule for the week grid, the month chips and the agenda.
     */
    public static String partTimes(Occurrence occurrence, LocalDate day, ZoneId zone, Messages messages) {
        LocalDateTime start = occurrence.startIn(zone);
        LocalDateTime end = occurrence.endIn(zone);
        boolean fromBefore = start.toLocalDate().isBefore(day);
        boolean toAfter = end.isAfter(day.plusDays(1).atStartOfDay());
        String startDay = messages.weekday(start);
        String endDay = messages.weekday(end);
        if (fromBefore && toAfter) {
            return messages.format("calendar.part.between", startDay);
        }
        if (fromBefore) {
            return messages.format("calendar.part.after", time(end.toLocalTime()), startDay);
        }
        if (toAfter) {
            return messages.format("calendar.part.before", time(start.toLocalTime()), endDay, time(end.toLocalTime()));
        }
        return time(start.toLocalTime()) + "–" + time(end.toLocalTime());
    }

    /**
     * Why an occurrence shows other times than it was given, when a spring-forward gap moved it (decision 0003;
     * {@link Occurrence#movedByGap}): "Moved to 03:30–04:00: 02:30 does not exist that day (clocks go forward)",
     * Danish "Flyttet til 03:30–04:00: 02:30 findes ikke den dag (uret stilles frem)". The times are wall-clock
     * times in the event's own zone, where the gap is. For the tooltip, the agenda line and the event dialog.
     *
     * @return the sentence in the UI language, or null when the occurrence was not moved
     */
    public static String gapMove(Occurrence occurrence, Messages messages) {
        if (!occurrence.movedByGap()) {
            return null;
        }
        return messages.format("calendar.gap.moved", time(occurrence.start().toLocalTime()),
                time(occurrence.end().toLocalTime()), time(occurrence.ruleStart().toLocalTime()));
    }

    /**
     * A status sentence as it is shown: its first letter upper-case in the UI language ("alle aftaler … er slettet."
     * becomes "Alle aftaler … er slettet."); a sentence that starts with a quote or a digit is left as it is.
     */
    public static String sentence(String text, Messages messages) {
        if (text == null || text.isEmpty() || !Character.isLowerCase(text.codePointAt(0))) {
            return text;
        }
        int first = Character.charCount(text.codePointAt(0));
        return text.substring(0, first).toUpperCase(messages.getLocale()) + text.substring(first);
    }

    /** True when a timed event goes on after the midnight following its start (ending at that midnight does not). */
    private static boolean crossesMidnight(LocalDateTime start, LocalDateTime end) {
        return end.isAfter(start.toLocalDate().plusDays(1).atStartOfDay());
    }

    private static String day(LocalDate date, Messages messages) {
        return messages.weekdayDate(date);
    }

    private static String pattern(String key, LocalDate date, Messages messages) {
        return DateTimeFormatter.ofPattern(messages.get(key), messages.getLocale()).format(date);
    }

    private static String time(LocalTime time) {
        return TimeOfDay.format(time.getHour() * 60 + time.getMinute());
    }
}
