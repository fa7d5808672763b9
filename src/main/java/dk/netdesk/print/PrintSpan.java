package dk.netdesk.print;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A stretch of time on one weekday: a work window or protected personal time. An end at or before the start means midnight. */
public record PrintSpan(DayOfWeek day, LocalTime start, LocalTime end) {

    public PrintSpan {
        if (day == null || start == null || end == null) {
            throw new IllegalArgumentException("A span needs a day, a start and an end");
        }
    }

    int startMinute() {
        return start.getHour() * 60 + start.getMinute();
    }

    int endMinute() {
        int minute = end.getHour() * 60 + end.getMinute();
        return minute <= startMinute() ? 24 * 60 : minute;
    }
}
