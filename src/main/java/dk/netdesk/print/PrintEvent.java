package dk.netdesk.print;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One event as printed, on one day: a multi-day or overnight event comes as one {@code PrintEvent} per day
 * it covers (the calendar splits it), with {@code fromDayBefore}/{@code toDayAfter} saying it goes on.
 * {@code start}/{@code end} are ignored when {@code allDay}; an end at or before the start means the event
 * runs to midnight. {@code kindLabel} is a short, already translated word such as "Meeting" (may be empty).
 * {@code breakFlag}: work in a run without a break; {@code inProtected}: work reaching into protected time.
 */
public record PrintEvent(LocalDate date, LocalTime start, LocalTime end, boolean allDay, String title,
                         String notes, boolean work, String kindLabel, boolean breakFlag, boolean inProtected,
                         boolean fromDayBefore, boolean toDayAfter) {

    public PrintEvent {
        title = title == null ? "" : title;
        notes = notes == null ? "" : notes;
        kindLabel = kindLabel == null ? "" : kindLabel;
        if (!allDay && start == null) {
            throw new IllegalArgumentException("A timed event needs a start time");
        }
    }

    /** An event without flags, that neither goes on from the day before nor into the next. */
    public PrintEvent(LocalDate date, LocalTime start, LocalTime end, boolean allDay, String title, String notes,
                      boolean work, String kindLabel) {
        this(date, start, end, allDay, title, notes, work, kindLabel, false, false, false, false);
    }

    /** A timed event. */
    public static PrintEvent timed(LocalDate date, LocalTime start, LocalTime end, String title, boolean work) {
        return new PrintEvent(date, start, end, false, title, "", work, "");
    }

    /** An all-day event. */
    public static PrintEvent allDay(LocalDate date, String title, boolean work) {
        return new PrintEvent(date, null, null, true, title, "", work, "");
    }

    public PrintEvent withNotes(String value) {
        return new PrintEvent(date, start, end, allDay, title, value, work, kindLabel, breakFlag, inProtected,
                fromDayBefore, toDayAfter);
    }

    public PrintEvent withKind(String value) {
        return new PrintEvent(date, start, end, allDay, title, notes, work, value, breakFlag, inProtected,
                fromDayBefore, toDayAfter);
    }

    /** The same event with the no-break flag and the protected-time flag set as given. */
    public PrintEvent withFlags(boolean noBreak, boolean protectedTime) {
        return new PrintEvent(date, start, end, allDay, title, notes, work, kindLabel, noBreak, protectedTime,
                fromDayBefore, toDayAfter);
    }

    /** Minutes from midnight where the event starts. */
    int startMinute() {
        return allDay ? 0 : start.getHour() * 60 + start.getMinute();
    }

    /**
     * Minutes from midnight where it ends (1440 for midnight or past it). An event that ends when it starts
     * (an instant, such as an imported DTSTART without DTEND) ends at its start, except at 00:00–00:00, which
     * is a whole day.
     */
    int endMinute() {
        if (allDay) {
            return 24 * 60;
        }
        if (end == null) {
            return Math.min(24 * 60, startMinute() + 30);
        }
        int minute = end.getHour() * 60 + end.getMinute();
        if (minute == startMinute() && minute != 0 && !toDayAfter) {
            return minute;
        }
        return minute <= startMinute() ? 24 * 60 : minute;
    }
}
