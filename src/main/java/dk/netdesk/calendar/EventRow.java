package dk.netdesk.calendar;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * One stored calendar row: a single event, the master of a repeating series ({@code rrule} set),
 * or an overridden occurrence of a series ({@code seriesId} and {@code recurrenceId} set).
 * Times are wall-clock times in {@code zone}; all-day events run from midnight to midnight
 * (end exclusive).
 */
public record EventRow(long id, String title, LocalDateTime start, LocalDateTime end, ZoneId zone,
                       boolean allDay, String location, String notes, Long contactId, Kind kind,
                       String rrule, List<LocalDateTime> exdates, Long seriesId, LocalDateTime recurrenceId,
                       Integer reminderMinutes) {

    /** A placeholder series id in a batch: "the new master written in the same batch". */
    public static final long NEW_MASTER = -1;

    public EventRow {
        exdates = exdates == null ? List.of() : List.copyOf(exdates);
        location = location == null ? "" : location;
        notes = notes == null ? "" : notes;
    }

    public boolean isMaster() {
        return rrule != null;
    }

    public boolean isOverride() {
        return seriesId != null;
    }

    public EventRow withId(long newId) {
        return new EventRow(newId, title, start, end, zone, allDay, location, notes, contactId, kind,
                rrule, exdates, seriesId, recurrenceId, reminderMinutes);
    }

    public EventRow withTimes(LocalDateTime newStart, LocalDateTime newEnd) {
        return new EventRow(id, title, newStart, newEnd, zone, allDay, location, notes, contactId, kind,
                rrule, exdates, seriesId, recurrenceId, reminderMinutes);
    }

    /** The same row in another zone, with the same wall-clock times (and exceptions). */
    public EventRow withZone(ZoneId newZone) {
        return new EventRow(id, title, start, end, newZone, allDay, location, notes, contactId, kind,
                rrule, exdates, seriesId, recurrenceId, reminderMinutes);
    }

    public EventRow withRule(String newRule, List<LocalDateTime> newExdates) {
        return new EventRow(id, title, start, end, zone, allDay, location, notes, contactId, kind,
                newRule, newExdates, seriesId, recurrenceId, reminderMinutes);
    }

    public EventRow withSeries(Long newSeriesId, LocalDateTime newRecurrenceId) {
        return new EventRow(id, title, start, end, zone, allDay, location, notes, contactId, kind,
                rrule, exdates, newSeriesId, newRecurrenceId, reminderMinutes);
    }

    /** Takes title, place, notes, contact, kind, all-day flag and reminder from the draft; keeps times and series. */
    public EventRow withDetails(EventDraft draft) {
        return new EventRow(id, draft.title().trim(), start, end, zone, draft.allDay(), draft.location(),
                draft.notes(), draft.contactId(), draft.kind(), rrule, exdates, seriesId, recurrenceId,
                draft.reminderMinutes());
    }
}
