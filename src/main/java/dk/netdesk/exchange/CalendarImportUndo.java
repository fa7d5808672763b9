package dk.netdesk.exchange;

import dk.netdesk.calendar.EventRow;
import java.util.List;

/**
 * What a calendar import changed, so that {@link CalendarImport#undo} can put it back exactly and
 * {@link CalendarImport#redo} can do it again.
 *
 * @param fileName the imported file's name, e.g. "work.ics" (for the undo description)
 * @param series   one entry for each event (single event or series) the import created, updated or removed,
 *                 in the order it was written
 */
public record CalendarImportUndo(String fileName, List<Series> series) {

    public CalendarImportUndo {
        series = List.copyOf(series);
    }

    /**
     * One event's rows before and after the import.
     *
     * @param before its stored rows before the import (master first); empty when the import created it
     * @param after  its rows as the import wrote them, with their ids (master first); empty when the file cancelled it
     * @param uids   the UID of every row of before and after, by row id (overridden occurrences have their own)
     */
    public record Series(List<EventRow> before, List<EventRow> after, java.util.Map<Long, String> uids) {

        public Series {
            before = List.copyOf(before);
            after = List.copyOf(after);
            uids = java.util.Map.copyOf(uids);
        }
    }

    /** True when the import changed nothing: there is nothing to undo. */
    public boolean isEmpty() {
        return series.isEmpty();
    }

    /** How many events (single events and series) the import created, updated or removed. */
    public int events() {
        return series.size();
    }
}
