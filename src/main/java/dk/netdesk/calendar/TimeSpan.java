package dk.netdesk.calendar;

import dk.netdesk.ui.TimeOfDay;
import java.time.LocalTime;

/** A span of one day in minutes after midnight, {@code end} up to 1440 (24:00). */
public record TimeSpan(int startMinute, int endMinute) {

    public TimeSpan {
        if (startMinute < 0 || endMinute > 1440 || endMinute <= startMinute) {
            throw new IllegalArgumentException("Bad span " + startMinute + "-" + endMinute);
        }
    }

    public static TimeSpan of(int startHour, int startMin, int endHour, int endMin) {
        return new TimeSpan(startHour * 60 + startMin, endHour * 60 + endMin);
    }

    /** Reads "18:00-21:00" (times as {@link TimeOfDay} reads them; 24:00 allowed as an end); throws IllegalArgumentException when malformed. */
    public static TimeSpan parse(String text) {
        String[] parts = text.trim().split("\\s*[-–]\\s*");
        if (parts.length != 2) {
            throw new IllegalArgumentException(text);
        }
        return new TimeSpan(minutes(parts[0]), minutes(parts[1]));
    }

    private static int minutes(String hhmm) {
        return TimeOfDay.minutes(hhmm).orElseThrow(() -> new IllegalArgumentException(hhmm));
    }

    public LocalTime start() {
        return LocalTime.MIN.plusMinutes(startMinute);
    }

    /** "18:00-21:00". */
    public String text() {
        return TimeOfDay.format(startMinute) + "-" + TimeOfDay.format(endMinute);
    }

    /** Minutes of [from, to) (minutes of the day) that fall inside this span. */
    public int overlap(int from, int to) {
        return Math.max(0, Math.min(to, endMinute) - Math.max(from, startMinute));
    }
}
