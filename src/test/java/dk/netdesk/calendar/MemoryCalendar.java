package dk.netdesk.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The calendar's rows in memory, stored the way {@link CalendarRepository#replace} stores them
 * (new masters first so {@link EventRow#NEW_MASTER} resolves; missing rows deleted), and expanded
 * with {@link Recurrences#expand}: for testing {@link SeriesEditor} without a database.
 */
final class MemoryCalendar {

    private final Map<Long, EventRow> rows = new LinkedHashMap<>();
    private long nextId = 1;

    /** Stores a new event (id 0) and answers it with its id. */
    EventRow add(EventRow row) {
        return replace(List.of(), List.of(row)).get(0);
    }

    /** The rows of one event: the master or single row, then its overrides. */
    List<EventRow> rowsOf(long id) {
        List<EventRow> result = new ArrayList<>();
        result.add(rows.get(id));
        rows.values().stream().filter(r -> r.isOverride() && r.seriesId() == id)
                .sorted(Comparator.comparing(EventRow::recurrenceId)).forEach(result::add);
        return result;
    }

    List<EventRow> replace(List<EventRow> before, List<EventRow> after) {
        Set<Long> keep = new HashSet<>();
        after.forEach(r -> keep.add(r.id()));
        before.stream().filter(r -> !keep.contains(r.id())).forEach(r -> rows.remove(r.id()));
        List<EventRow> ordered = new ArrayList<>(after);
        ordered.sort(Comparator.comparing((EventRow r) -> r.isOverride() ? 1 : 0));
        long newMaster = EventRow.NEW_MASTER;
        List<EventRow> result = new ArrayList<>();
        for (EventRow row : ordered) {
            EventRow resolved = row;
            if (row.isOverride() && row.seriesId() == EventRow.NEW_MASTER) {
                resolved = row.withSeries(newMaster, row.recurrenceId());
            }
            if (resolved.id() == 0) {
                resolved = resolved.withId(nextId++);
                if (resolved.isMaster()) {
                    newMaster = resolved.id();
                }
            }
            rows.put(resolved.id(), resolved);
            result.add(resolved);
        }
        return result;
    }

    void edit(Occurrence occurrence, EventDraft draft, EditScope scope) {
        List<EventRow> before = rowsOf(occurrence.seriesMasterId());
        replace(before, SeriesEditor.edit(before, occurrence, draft, scope));
    }

    void delete(Occurrence occurrence, EditScope scope) {
        List<EventRow> before = rowsOf(occurrence.seriesMasterId());
        replace(before, SeriesEditor.delete(before, occurrence, scope));
    }

    /** The occurrences overlapping [from, to) days in {@code zone}, sorted by start. */
    List<Occurrence> between(LocalDate from, LocalDate to, ZoneId zone) {
        Instant a = from.atStartOfDay(zone).toInstant();
        Instant b = to.atStartOfDay(zone).toInstant();
        return Recurrences.expand(rows.values(), a, b);
    }

    List<EventRow> all() {
        return List.copyOf(rows.values());
    }
}
