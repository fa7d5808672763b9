package dk.netdesk.print;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;

/**
 * Everything one printed page shows: the week from {@code monday}, whose it is, and what is in it.
 *
 * @param holidays the public holidays of the week by date, names in the UI language (empty for none)
 * @param skipped  the wall-clock times the clock skips in the calendar's zone (02:00–03:00 on the Sunday summer time
 *                 begins in Denmark), by weekday; empty on almost every week
 * @param repeated the wall-clock times that happen twice in the calendar's zone (02:00–03:00 on the Sunday summer time
 *                 ends in Denmark), by weekday; empty on almost every week
 */
public record PrintWeek(LocalDate monday, String ownerName, List<PrintEvent> events, List<PrintSpan> workWindows,
                        List<PrintSpan> protectedTimes, PrintSummary summary, Map<LocalDate, String> holidays,
                        List<PrintSpan> skipped, List<PrintSpan> repeated) {

    public PrintWeek {
        if (monday == null || monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("A printed week starts on a Monday: " + monday);
        }
        ownerName = ownerName == null ? "" : ownerName.strip();
        events = List.copyOf(events);
        workWindows = List.copyOf(workWindows);
        protectedTimes = List.copyOf(protectedTimes);
        summary = summary == null ? PrintSummary.EMPTY : summary;
        holidays = holidays == null ? Map.of() : Map.copyOf(holidays);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
        repeated = repeated == null ? List.of() : List.copyOf(repeated);
    }

    /** A week where no wall-clock time happens twice. */
    public PrintWeek(LocalDate monday, String ownerName, List<PrintEvent> events, List<PrintSpan> workWindows,
                     List<PrintSpan> protectedTimes, PrintSummary summary, Map<LocalDate, String> holidays,
                     List<PrintSpan> skipped) {
        this(monday, ownerName, events, workWindows, protectedTimes, summary, holidays, skipped, List.of());
    }

    /** A week where the clock does not change. */
    public PrintWeek(LocalDate monday, String ownerName, List<PrintEvent> events, List<PrintSpan> workWindows,
                     List<PrintSpan> protectedTimes, PrintSummary summary, Map<LocalDate, String> holidays) {
        this(monday, ownerName, events, workWindows, protectedTimes, summary, holidays, List.of(), List.of());
    }

    /** A week without public holidays. */
    public PrintWeek(LocalDate monday, String ownerName, List<PrintEvent> events, List<PrintSpan> workWindows,
                     List<PrintSpan> protectedTimes, PrintSummary summary) {
        this(monday, ownerName, events, workWindows, protectedTimes, summary, Map.of(), List.of(), List.of());
    }

    public static PrintWeek empty(LocalDate monday) {
        return new PrintWeek(monday, "", List.of(), List.of(), List.of(), PrintSummary.EMPTY);
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    /** The ISO week number (weeks start Monday; week 1 holds the first Thursday). */
    public int isoWeek() {
        return monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    public PrintWeek withOwnerName(String name) {
        return new PrintWeek(monday, name, events, workWindows, protectedTimes, summary, holidays, skipped, repeated);
    }

    /** The same week with the wall-clock times the clock skips. */
    public PrintWeek withSkipped(List<PrintSpan> value) {
        return new PrintWeek(monday, ownerName, events, workWindows, protectedTimes, summary, holidays, value, repeated);
    }

    /** The same week with the wall-clock times that happen twice. */
    public PrintWeek withRepeated(List<PrintSpan> value) {
        return new PrintWeek(monday, ownerName, events, workWindows, protectedTimes, summary, holidays, skipped, value);
    }

    /** The same week without personal events (for printing without them). */
    public PrintWeek workOnly() {
        return new PrintWeek(monday, ownerName, events.stream().filter(PrintEvent::work).toList(),
                workWindows, protectedTimes, summary, holidays, skipped, repeated);
    }
}
