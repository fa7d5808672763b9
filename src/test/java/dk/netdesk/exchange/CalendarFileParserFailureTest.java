package dk.netdesk.exchange;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.calendar.CalendarRepository;
import dk.netdesk.calendar.Category;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.testing.DatabaseDump;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Messages;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 3, the same kind in the iCalendar import: ical4j failing on what a file holds is bad input.
 * {@code RRULE:FREQ=WEEKLY;BYDAY=M} (a day of one letter) made ical4j's {@code WeekDay} throw a
 * StringIndexOutOfBoundsException that reached the user as the error dialog; now it is the file's one-line
 * message, and nothing is imported.
 */
class CalendarFileParserFailureTest {

    @TempDir
    Path dir;
    @TempDir
    Path files;
    Database database;
    CalendarImport importer;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(dir);
        Changes changes = new Changes();
        importer = new CalendarImport(database, new CalendarRepository(database, changes),
                new dk.netdesk.calendar.CalendarUidRepository(database), changes,
                new Messages(Locale.ENGLISH, Bundles.ALL), TestApp.CLOCK::getZone);
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    @Test
    void aWeekdayOfOneLetterInARuleIsTheFilesMessageAndNothingIsImported() throws Exception {
        Path file = Files.writeString(files.resolve("hold.ics"), String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
                "BEGIN:VEVENT", "UID:a@test", "DTSTAMP:20261101T090000Z", "SUMMARY:Holdtræning",
                "DTSTART:20261202T190000Z", "DTEND:20261202T200000Z",
                "RRULE:FREQ=WEEKLY;BYDAY=M",
                "END:VEVENT", "END:VCALENDAR", ""));
        String before = DatabaseDump.dump(database);

        assertThatThrownBy(() -> importer.importFile(file, Category.PERSONAL))
                .isInstanceOf(ImportFileException.class)
                .hasMessage("hold.ics, line 10: RRULE has the impossible value “FREQ=WEEKLY;BYDAY=M”. Nothing was "
                        + "imported; correct the line or export the calendar again.");
        assertThat(DatabaseDump.dump(database)).isEqualTo(before);
    }

    @Test
    void aFileLargerThanAnyCalendarIsRefusedUnread() throws Exception {
        Path file = files.resolve("huge.ics");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(CalendarImport.MAX_BYTES + 1);
        }
        String before = DatabaseDump.dump(database);

        assertThatThrownBy(() -> importer.importFile(file, Category.PERSONAL))
                .isInstanceOf(ImportFileException.class)
                .hasMessage("huge.ics: the file is larger than 100 MB, more than any calendar file. Nothing was imported.");
        assertThat(DatabaseDump.dump(database)).isEqualTo(before);
    }
}
