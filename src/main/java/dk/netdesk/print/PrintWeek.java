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
 */
public record PrintWeek(LocalDate monday, String ownerName, List<PrintEvent> events, List<PrintSpan> workWindows,
                        List<PrintSpan> protectedTimes, PrintSummary summary, Map<LocalDate, String> holidays) {

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
    }

    /** A week without public holidays. */
    public PrintWeek(LocalDate monday, String ownerName, List<PrintEvent> events, List<PrintSpan> workWindows,
                     List<PrintSpan> protectedTimes, PrintSummary summary) {
        this(monday, ownerName, events, workWindows, protectedTimes, summary, Map.of());
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
        return new PrintWeek(monday, name, events, workWindows, protectedTimes, summary, holidays);
    }

    /** The same week without personal events (for printing without them). */
    public PrintWeek workOnly() {
        return new PrintWeek(monday, ownerName, events.stream().filter(PrintEvent::work).toList(),
                workWindows, protectedTimes, summary, holidays);
    }
}
