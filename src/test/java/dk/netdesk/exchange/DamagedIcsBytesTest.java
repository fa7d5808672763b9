package dk.netdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.netdesk.app.Bundles;
import dk.netdesk.calendar.CalendarRepository;
import dk.netdesk.calendar.CalendarUidRepository;
import dk.netdesk.calendar.Category;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Messages;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An iCalendar file (UTF-8) with a few damaged bytes in one event: the other events are imported with their
 * Danish letters, and the damaged one is left out with a reason, instead of the whole file being refused.
 */
class DamagedIcsBytesTest {

    @TempDir
    Path dir;
    @TempDir
    Path files;
    Database database;
    CalendarRepository calendar;
    CalendarUidRepository uids;
    CalendarImport importer;
    Messages messages;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(dir);
        calendar = new CalendarRepository(database, new Changes());
        uids = new CalendarUidRepository(database);
        messages = new Messages(Locale.ENGLISH, Bundles.ALL);
        importer = new CalendarImport(database, calendar, uids, new Changes(), messages, TestApp.CLOCK::getZone);
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    static String event(int n) {
        return "BEGIN:VEVENT\r\nUID:event-" + n + "@example.dk\r\nDTSTAMP:20270101T000000Z\r\n"
                + "DTSTART:202703" + String.format(Locale.ROOT, "%02d", n) + "T180000Z\r\n"
                + "DTEND:202703" + String.format(Locale.ROOT, "%02d", n) + "T190000Z\r\n"
                + "SUMMARY:Holdtræning " + n + "\r\n"
                + "DESCRIPTION:Husk måtte og håndklæde\\, mødested i hal 2 ved Søndergade\r\nEND:VEVENT\r\n";
    }

    Path file(Charset charset, boolean damage) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n".getBytes(charset));
        for (int n = 1; n <= 20; n++) {
            byte[] bytes = event(n).getBytes(charset);
            if (damage && n == 7) {
                String text = new String(bytes, charset);
                int at = text.substring(0, text.indexOf("hal 2")).getBytes(charset).length;
                for (int i = 0; i < 5; i++) {
                    bytes[at + 2 * i] ^= (byte) 0x80;
                }
            }
            out.writeBytes(bytes);
        }
        out.writeBytes("END:VCALENDAR\r\n".getBytes(charset));
        Path file = files.resolve("hold.ics");
        Files.write(file, out.toByteArray());
        return file;
    }

    @Test
    void aFewDamagedBytesInOneEventLeaveOutOnlyThatEvent() throws Exception {
        CalendarImportSummary summary = importer.importFile(file(StandardCharsets.UTF_8, true), Category.PERSONAL);

        assertThat(summary.created()).isEqualTo(19);
        assertThat(summary.rejected()).hasSize(1);
        assertThat(summary.rejected().get(0).reason())
                .isEqualTo("“Holdtræning 7” looks damaged: some of its letters could not be read.");
        assertThat(calendar.rowsOf(uids.idOf("event-1@example.dk").orElseThrow()).get(0).notes())
                .isEqualTo("Husk måtte og håndklæde, mødested i hal 2 ved Søndergade");
        assertThat(uids.idOf("event-7@example.dk")).isEmpty();
    }

    @Test
    void aWindows1252FileIsStillRefusedAsNotUtf8() throws Exception {
        Path file = file(Charset.forName("windows-1252"), false);
        assertThatThrownBy(() -> importer.importFile(file, Category.PERSONAL))
                .isInstanceOf(ImportFileException.class)
                .hasMessageContaining("this is not UTF-8 text");
    }

    /** Bytes flipped from {@code from} on, in event {@code n} only, {@code count} of them a byte apart. */
    Path damaged(int n, String from, int count) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n".getBytes(StandardCharsets.UTF_8));
        for (int e = 1; e <= 8; e++) {
            byte[] bytes = event(e).getBytes(StandardCharsets.UTF_8);
            if (e == n) {
                String text = new String(bytes, StandardCharsets.UTF_8);
                int at = text.substring(0, text.indexOf(from)).getBytes(StandardCharsets.UTF_8).length;
                for (int i = 0; i < count; i++) {
                    bytes[at + 2 * i] = (byte) 0xFF;
                }
            }
            out.writeBytes(bytes);
        }
        out.writeBytes("END:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8));
        Path file = files.resolve("damaged-" + n + ".ics");
        Files.write(file, out.toByteArray());
        return file;
    }

    @Test
    void damagedBytesInAnEventsDateLeaveOutOnlyThatEvent() throws Exception {
        // "DTSTART:20270305T180000Z" with its time damaged: not an impossible date to refuse the file for
        CalendarImportSummary summary = importer.importFile(damaged(5, "T180000Z", 1), Category.PERSONAL);

        assertThat(summary.created()).isEqualTo(7);
        assertThat(summary.rejected()).extracting(RejectedRecord::reason)
                .containsExactly("“Holdtræning 5” looks damaged: some of its letters could not be read.");
        assertThat(uids.idOf("event-5@example.dk")).isEmpty();
        assertThat(uids.idOf("event-6@example.dk")).isPresent();
    }

    @Test
    void aDamagedTitleIsNamedByWhatCanBeReadWithoutReplacementGlyphs() throws Exception {
        CalendarImportSummary summary = importer.importFile(damaged(3, "træning", 2), Category.PERSONAL);

        assertThat(summary.rejected()).hasSize(1);
        assertThat(summary.rejected().get(0).reason()).doesNotContain("\uFFFD")
                .startsWith("“Hold…").contains("…ning 3”");
    }
}
