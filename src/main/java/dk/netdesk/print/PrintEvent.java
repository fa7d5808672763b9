package dk.netdesk.print;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One event as printed. {@code start}/{@code end} are ignored when {@code allDay}; an end at or before the
 * start means the event runs to midnight. {@code kindLabel} is a short, already translated word such as
 * "Meeting" (may be empty).
 */
public record PrintEvent(LocalDate date, LocalTime start, LocalTime end, boolean allDay, String title,
                         String notes, boolean work, String kindLabel) {

    public PrintEvent {
        title = title == null ? "" : title;
        notes = notes == null ? "" : notes;
        kindLabel = kindLabel == null ? "" : kindLabel;
        if (!allDay && start == null) {
            throw new IllegalArgumentException("A timed event needs a start time");
        }
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
        return new PrintEvent(date, start, end, allDay, title, value, work, kindLabel);
    }

    public PrintEvent withKind(String value) {
        return new PrintEvent(date, start, end, allDay, title, notes, work, value);
    }

    /** Minutes from midnight where the event starts. */
    int startMinute() {
        return allDay ? 0 : start.getHour() * 60 + start.getMinute();
    }

    /** Minutes from midnight where it ends (1440 for midnight or past it). */
    int endMinute() {
        if (allDay) {
            return 24 * 60;
        }
        if (end == null) {
            return Math.min(24 * 60, startMinute() + 30);
        }
        int minute = end.getHour() * 60 + end.getMinute();
        return minute <= startMinute() ? 24 * 60 : minute;
    }
}
