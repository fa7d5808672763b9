package dk.netdesk.exchange;

import dk.netdesk.calendar.EventRow;
import dk.netdesk.ui.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.util.Strings;

/**
 * Writes calendar rows as one iCalendar (RFC 5545) file that Google, Outlook and Apple read: one
 * VEVENT per single event or series (its UID, DTSTAMP, DTSTART/DTEND with TZID, RRULE with FREQ
 * first, EXDATE), one VEVENT with the series' UID and a RECURRENCE-ID per changed occurrence, a
 * VTIMEZONE (from ical4j's zone data) for every zone used, all-day events as DATE values with an
 * exclusive DTEND, the reminder as a VALARM, and the category as CATEGORIES plus Netdesk's own
 * {@value IcsReader#KIND}. Text is escaped by ical4j and lines are folded at 75 octets.
 */
final class IcsWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd", java.util.Locale.ROOT);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", java.util.Locale.ROOT);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", java.util.Locale.ROOT);
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private final Messages messages;
    private final Writer out;
    private final Map<String, String> vtimezones = new LinkedHashMap<>();

    private IcsWriter(OutputStream out, Messages messages) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.messages = messages;
    }

    /**
     * Writes {@code rows} (every stored row: single events, masters and their overrides) to {@code out}
     * in UTF-8; returns how many events (single events and series) were written. An override whose
     * series is not among the rows is left out.
     *
     * @param uids  row id to UID
     * @param stamp the DTSTAMP of every event (now)
     */
    static int write(List<EventRow> rows, Map<Long, String> uids, Instant stamp, OutputStream out, Messages messages)
            throws IOException {
        IcsWriter writer = new IcsWriter(out, messages);
        Map<Long, EventRow> masters = new LinkedHashMap<>();
        for (EventRow row : rows) {
            if (!row.isOverride()) {
                masters.put(row.id(), row);
            }
        }
        List<String> events = new ArrayList<>();
        for (EventRow row : rows) {
            EventRow master = row.isOverride() ? masters.get(row.seriesId()) : row;
            if (master != null) {
                events.add(writer.event(row, master, uids.getOrDefault(master.id(), master.id() + "@netdesk"), stamp));
            }
        }
        writer.line("BEGIN:VCALENDAR");
        writer.line("VERSION:2.0");
        writer.line("PRODID:-//Netdesk//Netdesk calendar//EN");
        writer.line("CALSCALE:GREGORIAN");
        for (String vtimezone : writer.vtimezones.values()) {
            for (String line : vtimezone.split("\r?\n")) {
                if (!line.isEmpty()) {
                    writer.line(line);
                }
            }
        }
        for (String event : events) {
            writer.out.write(event);
        }
        writer.line("END:VCALENDAR");
        writer.out.flush();
        return masters.size();
    }

    private String event(EventRow row, EventRow master, String uid, Instant stamp) {
        StringBuilder b = new StringBuilder();
        add(b, "BEGIN:VEVENT");
        add(b, "UID:" + Strings.escape(uid));
        add(b, "DTSTAMP:" + UTC.format(stamp.atOffset(ZoneOffset.UTC)));
        add(b, "DTSTART" + when(row, row.start()));
        add(b, "DTEND" + when(row, row.end()));
        if (row.isOverride()) {
            add(b, "RECURRENCE-ID" + when(master, row.recurrenceId()));
        } else if (row.isMaster()) {
            add(b, "RRULE:" + rrule(row));
            if (!row.exdates().isEmpty()) {
                add(b, "EXDATE" + whenList(row, row.exdates()));
            }
        }
        add(b, "SUMMARY:" + text(row.title()));
        if (!row.notes().isEmpty()) {
            add(b, "DESCRIPTION:" + text(row.notes()));
        }
        if (!row.location().isEmpty()) {
            add(b, "LOCATION:" + text(row.location()));
        }
        add(b, "CATEGORIES:" + text(messages.get("exchange.ics.category." + row.kind().category().name()
                .toLowerCase(Locale.ROOT))));
        add(b, IcsReader.KIND + ":" + row.kind().name());
        if (row.reminderMinutes() != null) {
            add(b, "BEGIN:VALARM");
            add(b, "ACTION:DISPLAY");
            add(b, "DESCRIPTION:" + text(row.title()));
            add(b, "TRIGGER:-PT" + row.reminderMinutes() + "M");
            add(b, "END:VALARM");
        }
        add(b, "END:VEVENT");
        return b.toString();
    }

    /** ";VALUE=DATE:20270310", ";TZID=Europe/Copenhagen:20270310T100000" or ":20270310T090000Z". */
    private String when(EventRow row, LocalDateTime time) {
        return whenList(row, List.of(time));
    }

    private String whenList(EventRow row, List<LocalDateTime> times) {
        List<String> values = new ArrayList<>();
        if (row.allDay()) {
            times.forEach(t -> values.add(DATE.format(t)));
            return ";VALUE=DATE:" + String.join(",", values);
        }
        String tzid = tzid(row.zone());
        if (tzid == null) {
            times.forEach(t -> values.add(UTC.format(t.atZone(row.zone()).withZoneSameInstant(ZoneOffset.UTC))));
            return ":" + String.join(",", values);
        }
        times.forEach(t -> values.add(LOCAL.format(t)));
        return ";TZID=" + tzid + ":" + String.join(",", values);
    }

    /** The TZID for a zone with ical4j's VTIMEZONE (remembered for the file), or null to write UTC. */
    private String tzid(ZoneId zone) {
        String id = zone.getId();
        if (zone instanceof ZoneOffset || id.equals("UTC") || id.equals("Etc/UTC") || id.equals("GMT")) {
            return null;
        }
        if (!vtimezones.containsKey(id)) {
            TimeZone tz = ZONES.getTimeZone(id);
            if (tz == null || tz.getVTimeZone() == null) {
                return null;
            }
            // ical4j's zone data gives some zones under the id they were merged into (Europe/Copenhagen as
            // Europe/Berlin: the same rules since 1970); the VTIMEZONE must carry the TZID the events use.
            StringBuilder vtimezone = new StringBuilder();
            for (String line : tz.getVTimeZone().toString().split("\r?\n")) {
                if (line.startsWith("TZID:")) {
                    line = "TZID:" + id;
                } else if (line.startsWith("X-LIC-LOCATION:")) {
                    line = "X-LIC-LOCATION:" + id;
                }
                vtimezone.append(line).append('\n');
            }
            vtimezones.put(id, vtimezone.toString());
        }
        return id;
    }

    /**
     * The stored rule with FREQ first (Apple Calendar refuses other orders) and UNTIL in the form RFC 5545
     * asks with this DTSTART: a date for all-day events, the last second of the until day in UTC otherwise.
     */
    private String rrule(EventRow row) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : row.rrule().split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                parts.put(part.substring(0, eq).toUpperCase(Locale.ROOT), part.substring(eq + 1));
            }
        }
        String until = parts.get("UNTIL");
        if (until != null) {
            LocalDateTime last = until.length() == 8
                    ? java.time.LocalDate.parse(until, DATE).atTime(23, 59, 59)
                    : LocalDateTime.parse(until.replace("Z", ""), LOCAL);
            String value;
            if (row.allDay()) {
                value = DATE.format(last);
            } else if (until.endsWith("Z")) {
                value = until;
            } else {
                value = UTC.format(last.atZone(row.zone()).withZoneSameInstant(ZoneOffset.UTC));
            }
            parts.put("UNTIL", value);
        }
        Set<String> order = new LinkedHashSet<>();
        order.add("FREQ");
        order.addAll(parts.keySet());
        List<String> written = new ArrayList<>();
        for (String key : order) {
            if (parts.containsKey(key)) {
                written.add(key + "=" + parts.get(key));
            }
        }
        return String.join(";", written);
    }

    private static String text(String value) {
        return Strings.escape(dk.netdesk.db.PlainText.nfc(value).replace("\r\n", "\n"));
    }

    private void line(String text) throws IOException {
        StringBuilder b = new StringBuilder();
        add(b, text);
        out.write(b.toString());
    }

    /** Appends one content line, folded so that no line is longer than 75 octets and no character is split. */
    private static void add(StringBuilder b, String text) {
        int octets = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (octets + size > 75) {
                b.append("\r\n ");
                octets = 1;
            }
            b.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        b.append("\r\n");
    }
}
