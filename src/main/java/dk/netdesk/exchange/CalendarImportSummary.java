package dk.netdesk.exchange;

import java.util.List;

/**
 * What a calendar import did.
 *
 * @param created  events (single events and series) that were new
 * @param updated  events whose UID was already there and that were updated (or removed, when the file
 *                 cancels them)
 * @param rejected events left out, each with its line, its VEVENT number and the reason
 * @param undo     what the import changed, for {@link CalendarImport#undo} (empty when nothing changed)
 */
public record CalendarImportSummary(int created, int updated, List<RejectedRecord> rejected, CalendarImportUndo undo) {

    public CalendarImportSummary {
        rejected = List.copyOf(rejected);
    }
}
