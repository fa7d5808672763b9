package dk.netdesk.exchange;

import dk.netdesk.app.Bundles;
import dk.netdesk.calendar.CalendarRepository;
import dk.netdesk.calendar.CalendarUidRepository;
import dk.netdesk.calendar.EventRow;
import dk.netdesk.calendar.Kind;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Messages;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One opened data folder with the calendar's repositories, the import and the export, for the
 * round-trip tests; and the stored events in a form that two databases can compare (ids replaced by UIDs).
 */
final class CalendarRoundTrip implements AutoCloseable {

    /** A stored row without database ids: overrides name their series by its UID. */
    record Event(String uid, String title, LocalDateTime start, LocalDateTime end, ZoneId zone, boolean allDay,
                 String location, String notes, Kind kind, String rrule, List<LocalDateTime> exdates,
                 LocalDateTime recurrenceId, Integer reminderMinutes) {
    }

    final Database database;
    final CalendarRepository calendar;
    final CalendarUidRepository uids;
    final CalendarImport importer;
    final CalendarExport exporter;

    CalendarRoundTrip(java.nio.file.Path dir) throws Exception {
        database = Database.open(dir);
        Changes changes = new Changes();
        Messages messages = new Messages(Locale.ENGLISH, Bundles.ALL);
        calendar = new CalendarRepository(database, changes);
        uids = new CalendarUidRepository(database);
        importer = new CalendarImport(database, new CalendarRepository(database, new Changes()), uids, changes, messages,
                TestApp.CLOCK::getZone);
        exporter = new CalendarExport(calendar, uids, messages, TestApp.CLOCK);
    }

    /** Every stored event, comparable across databases, in a stable order. */
    List<Event> events() {
        Map<Long, String> byId = uids.all();
        List<EventRow> rows = calendar.allRows();
        Map<Long, String> seriesUid = new HashMap<>();
        rows.stream().filter(r -> !r.isOverride()).forEach(r -> seriesUid.put(r.id(), byId.get(r.id())));
        List<Event> events = new ArrayList<>();
        for (EventRow r : rows) {
            String uid = r.isOverride() ? seriesUid.get(r.seriesId()) : byId.get(r.id());
            events.add(new Event(uid, r.title(), r.start(), r.end(), r.zone(), r.allDay(), r.location(), r.notes(),
                    r.kind(), r.rrule(), r.exdates(), r.recurrenceId(), r.reminderMinutes()));
        }
        events.sort(Comparator.comparing(Event::uid).thenComparing(e -> String.valueOf(e.recurrenceId())));
        return events;
    }

    @Override
    public void close() throws Exception {
        database.close();
    }
}
