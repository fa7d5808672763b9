package dk.netdesk.calendar;

import dk.netdesk.ui.Messages;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines the week's legend adds for the days the clock changes in the home zone (decision 0003): "Sun Mar 28:
 * 02:00–03:00 does not exist (clocks go forward)" and "Sun Oct 31: 02:00–03:00 happens twice (clocks go back)",
 * in the UI language, from {@link WallClock#gapsOn} and {@link WallClock#foldsOn}. Pure: no JavaFX.
 */
public final class ClockNotes {

    /**
     * One line: {@code twice} for wall-clock times that happen twice (autumn), else times that do not exist
     * (spring); {@code day} the date it is about; {@code text} the line; {@code detail} what it means for events
     * at those times (for a tooltip).
     */
    public record Note(boolean twice, LocalDate day, String text, String detail) {
    }

    private ClockNotes() {
    }

    /** The notes for the seven days from {@code monday} in {@code zone}, day by day, a gap before a fold; usually empty. */
    public static List<Note> week(LocalDate monday, ZoneId zone, Messages messages) {
        List<Note> notes = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            LocalDate day = monday.plusDays(d);
            String date = capitalised(messages.weekdayDayMonth(day), messages);
            for (TimeSpan gap : WallClock.gapsOn(day, zone)) {
                notes.add(new Note(false, day, messages.format("calendar.clock.gap", date, time(gap.startMinute()),
                        time(gap.endMinute())), messages.get("calendar.gap.tooltip")));
            }
            for (TimeSpan fold : WallClock.foldsOn(day, zone)) {
                notes.add(new Note(true, day, messages.format("calendar.clock.fold", date, time(fold.startMinute()),
                        time(fold.endMinute())), messages.get("calendar.clock.fold.detail")));
            }
        }
        return notes;
    }

    private static String capitalised(String text, Messages messages) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(messages.getLocale()) + text.substring(1);
    }

    private static String time(int minute) {
        return dk.netdesk.ui.TimeOfDay.format(minute == 1440 ? 1440 : minute % 1440);
    }
}
