package dk.netdesk.exchange;

import dk.netdesk.calendar.CalendarRepository;
import dk.netdesk.calendar.CalendarUidRepository;
import dk.netdesk.db.AtomicFile;
import dk.netdesk.ui.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * "Export calendar": every event to one iCalendar ({@code .ics}) file for Google, Outlook and Apple
 * (see {@link IcsWriter} for what is written). Each event keeps its stable UID, so importing the file
 * again, there or here, updates instead of duplicating. The file is written under a temporary name
 * and moved into place ({@link AtomicFile}). Runs on the database thread (it only reads); the app and
 * the command line share it.
 */
public final class CalendarExport {

    /**
     * What an export wrote.
     *
     * @param file   the file written
     * @param events how many events (single events and series; changed occurrences not counted) are in it
     */
    public record Result(Path file, int events) {
    }

    private final CalendarRepository calendar;
    private final CalendarUidRepository uids;
    private final Messages messages;
    private final Clock clock;

    /**
     * @param messages the category names written as CATEGORIES ("Work", "Arbejde" …)
     * @param clock    the DTSTAMP ("now")
     */
    public CalendarExport(CalendarRepository calendar, CalendarUidRepository uids, Messages messages, Clock clock) {
        this.calendar = calendar;
        this.uids = uids;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Writes every event to {@code file}, replacing a file of that name; returns the file and how many events.
     *
     * @throws IOException when the file cannot be written (no such folder, no permission, a full disk); nothing
     *                     is left behind and an existing file is kept as it was
     */
    public Result write(Path file) throws IOException {
        var rows = calendar.allRows();
        var ids = uids.all();
        int[] count = new int[1];
        Path written = AtomicFile.write(file, out -> count[0] = IcsWriter.write(rows, ids, clock.instant(), out, messages));
        return new Result(written, count[0]);
    }
}
