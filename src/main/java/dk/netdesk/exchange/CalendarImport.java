package dk.netdesk.exchange;

import dk.netdesk.calendar.CalendarRepository;
import dk.netdesk.calendar.CalendarUidRepository;
import dk.netdesk.calendar.Category;
import dk.netdesk.calendar.EventRow;
import dk.netdesk.calendar.Kind;
import dk.netdesk.contacts.DoNotContactException;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.ui.Messages;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.fortuna.ical4j.data.ParserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Import calendar": the events of an iCalendar ({@code .ics}) file from Google, Outlook or Apple
 * into the calendar, in one transaction. An event whose UID is already stored is updated (its
 * changed occurrences replaced; its link to a contact, and the kind the user gave it, kept), so a
 * file imported twice adds nothing. Times with a TZID keep their zone (Outlook's Windows names are
 * mapped through CLDR, {@link WindowsZones}); UTC and floating times, and all-day events, are put in
 * the user's home zone (Settings, calendar). The user's choice of work or personal applies to every event
 * that does not carry Netdesk's own kind (from a Netdesk export). Runs on the database thread.
 */
public final class CalendarImport {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarImport.class);
    /** Files above this size (100 MB) are refused unread: no calendar export is that large (decision 0038). */
    static final long MAX_BYTES = 100_000_000L;

    private final Database database;
    private final CalendarRepository calendar;
    private final CalendarUidRepository uids;
    private final Changes changes;
    private final Messages messages;
    private final Supplier<ZoneId> homeZone;

    /**
     * @param calendar a calendar repository whose own change notices go nowhere: the import publishes
     *                 {@code CALENDAR} once, after the whole file is committed
     * @param changes  where that one change is published
     * @param messages the reasons and error lines, in the UI language
     * @param homeZone the user's home zone, asked at each import (floating and UTC times, all-day events)
     */
    public CalendarImport(Database database, CalendarRepository calendar, CalendarUidRepository uids, Changes changes,
                          Messages messages, Supplier<ZoneId> homeZone) {
        this.database = database;
        this.calendar = calendar;
        this.uids = uids;
        this.changes = changes;
        this.messages = messages;
        this.homeZone = homeZone;
    }

    /**
     * Imports {@code file}.
     *
     * @param category work or personal, for the events of the file that have no Netdesk kind (work events
     *                 become {@link Kind#ADMIN}, personal ones {@link Kind#OTHER}; the user can change each later)
     * @return how many events were created and updated, and which were left out and why
     * @throws ImportFileException when the file cannot be read, is not iCalendar (truncated, unbalanced
     *                             BEGIN/END, random bytes) or holds an impossible date, time or rule; its
     *                             message names the file, the line and what is wrong. Nothing is changed.
     */
    public CalendarImportSummary importFile(Path file, Category category) throws ImportFileException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String text = readText(file, name);
        if (text.isBlank()) {
            throw new ImportFileException(() -> messages.format("exchange.ics.empty", name));
        }
        List<IcsTree.Node> calendars;
        IcsReader.Result read;
        try {
            calendars = IcsTree.parse(new StringReader(text));
            if (calendars.isEmpty()) {
                throw new ImportFileException(() -> messages.format("exchange.ics.malformed", name, 1,
                        messages.get("exchange.ics.noCalendar")));
            }
            IcsValues values = new IcsValues(homeZone.get(), calendars);
            Kind defaultKind = category == Category.WORK ? Kind.ADMIN : Kind.OTHER;
            read = new IcsReader(values, defaultKind, messages).read(calendars);
        } catch (ParserException e) {
            // The parser's own text is English and technical: say in the UI language what it means.
            String detail = String.valueOf(e.getMessage()).contains("Unexpected end of file")
                    ? "exchange.ics.endsEarly" : "exchange.ics.unexpectedLine";
            throw new ImportFileException(() -> messages.format("exchange.ics.malformed", name, e.getLineNo(),
                    messages.get(detail)), e);
        } catch (IOException e) {
            throw new ImportFileException(() -> messages.format("exchange.ics.unreadable", name,
                    WriteProblem.describe(e, messages)), e);
        } catch (IcsValues.BadValue e) {
            throw new ImportFileException(() -> messages.format("exchange.ics.badValue", name, e.prop.line(), e.prop.name(),
                    e.text));
        } catch (RuntimeException | StackOverflowError e) {
            // ical4j failing on what the file holds is bad input, not a bug (decision 0038): nothing was written yet.
            LOG.warn("Could not read the calendar file {}", name, e);
            throw new ImportFileException(() -> messages.format("exchange.ics.malformed", name, 1,
                    messages.get("exchange.ics.damaged")), e);
        }
        List<RejectedRecord> rejected = new ArrayList<>(read.rejected());
        List<CalendarImportUndo.Series> done = new ArrayList<>();
        int[] counts = database.inTransaction(() -> store(read.series(), rejected, done));
        changes.publish(Changes.Topic.CALENDAR);
        rejected.sort(java.util.Comparator.comparingInt(RejectedRecord::record));
        return new CalendarImportSummary(counts[0], counts[1], rejected, new CalendarImportUndo(name, done));
    }

    /**
     * Takes back what an import did, in one transaction: every event it created is removed, every event
     * it updated or removed gets its rows (ids and UID included) as they were before. Publishes
     * {@code CALENDAR} once. Runs on the database thread.
     */
    public void undo(CalendarImportUndo undo) {
        database.inTransaction(() -> {
            List<CalendarImportUndo.Series> series = new ArrayList<>(undo.series());
            java.util.Collections.reverse(series);
            for (CalendarImportUndo.Series s : series) {
                List<EventRow> now = s.after().isEmpty() ? List.of() : calendar.rowsOf(s.after().get(0).id());
                calendar.replace(now, s.before());
                s.before().forEach(row -> uids.set(row.id(), s.uids().get(row.id())));
            }
            return null;
        });
        changes.publish(Changes.Topic.CALENDAR);
    }

    /** Does an undone import again, exactly as it was first done, in one transaction; publishes {@code CALENDAR} once. */
    public void redo(CalendarImportUndo undo) {
        database.inTransaction(() -> {
            for (CalendarImportUndo.Series s : undo.series()) {
                List<EventRow> now = s.before().isEmpty() ? List.of() : calendar.rowsOf(s.before().get(0).id());
                calendar.replace(now, s.after());
                s.after().forEach(row -> uids.set(row.id(), s.uids().get(row.id())));
            }
            return null;
        });
        changes.publish(Changes.Topic.CALENDAR);
    }

    /**
     * Writes every series; returns {created, updated} and adds each written series to {@code done}. A series
     * refused for a do-not-contact person is left out.
     */
    private int[] store(List<IcsReader.Series> series, List<RejectedRecord> rejected, List<CalendarImportUndo.Series> done) {
        int created = 0;
        int updated = 0;
        for (IcsReader.Series s : series) {
            Optional<Long> existing = uids.idOf(s.uid());
            List<EventRow> before = existing.map(calendar::rowsOf).orElse(List.of());
            java.util.Map<Long, String> rowUids = new java.util.HashMap<>(uids.of(before.stream().map(EventRow::id).toList()));
            if (s.cancelled()) {
                if (!before.isEmpty()) {
                    calendar.replace(before, List.of());
                    done.add(new CalendarImportUndo.Series(before, List.of(), rowUids));
                    updated++;
                }
                continue;
            }
            EventRow master = s.master();
            long seriesId = EventRow.NEW_MASTER;
            if (!before.isEmpty()) {
                EventRow stored = before.get(0);
                master = new EventRow(stored.id(), master.title(), master.start(), master.end(), master.zone(),
                        master.allDay(), master.location(), master.notes(), stored.contactId(),
                        s.ownKind() ? master.kind() : stored.kind(), master.rrule(), master.exdates(), null, null,
                        master.reminderMinutes());
                seriesId = stored.id();
            }
            List<EventRow> after = new ArrayList<>();
            after.add(master);
            for (EventRow override : s.overrides()) {
                after.add(new EventRow(0, override.title(), override.start(), override.end(), override.zone(),
                        override.allDay(), override.location(), override.notes(), master.contactId(), master.kind(),
                        null, List.of(), seriesId, override.recurrenceId(), override.reminderMinutes()));
            }
            try {
                List<EventRow> written = calendar.replace(before, after);
                if (existing.isEmpty()) {
                    uids.set(written.get(0).id(), s.uid());
                    created++;
                } else {
                    updated++;
                }
                rowUids.putAll(uids.of(written.stream().map(EventRow::id).toList()));
                done.add(new CalendarImportUndo.Series(before, written, rowUids));
            } catch (DoNotContactException e) {
                rejected.add(new RejectedRecord(s.line(), s.record(), messages.format("exchange.ics.doNotContact",
                        master.title(), e.name())));
            }
        }
        return new int[] {created, updated};
    }

    /**
     * The file as text: UTF-8 (a byte order mark dropped). A file that is mostly UTF-8 ({@link TextFile#mostlyUtf8})
     * with a few damaged bytes is read with U+FFFD for them; anything else that is not UTF-8 is refused.
     */
    private String readText(Path file, String name) throws ImportFileException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportFileException(() -> messages.format("exchange.ics.tooLarge", name, messages.fileSize(MAX_BYTES)));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportFileException(() -> messages.format("exchange.ics.unreadable", name,
                    e instanceof java.nio.file.NoSuchFileException ? messages.get("exchange.ics.noSuchFile")
                            : WriteProblem.describe(e, messages)), e);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError() && TextFile.mostlyUtf8(bytes)) {
            // A few damaged bytes in a UTF-8 file: they become U+FFFD, and only the events holding one are left out
            // (IcsReader), as in the contacts import (TextFile).
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            int at = line;
            throw new ImportFileException(() -> messages.format("exchange.ics.notText", name, at));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
