package dk.netdesk.print;

import java.time.LocalDate;

/**
 * Where the printed week comes from; implemented over the calendar. Called on the background (database)
 * thread. The owner name is filled in by {@link PrintViewModel}, so a source may leave it empty.
 */
@FunctionalInterface
public interface WeekSource {

    PrintWeek week(LocalDate monday, boolean includePersonal);
}
