package dk.netdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dk.netdesk.app.Bundles;
import dk.netdesk.calendar.CalendarRepository;
import dk.netdesk.calendar.CalendarUidRepository;
import dk.netdesk.calendar.Category;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 items 21 and 26 for imports: a field over {@link dk.netdesk.ui.TextLimits} or holding a control
 * character makes its row a rejected row that says why in words, never a silently cut or broken contact or event.
 */
class ImportTextLimitsTest {

    @TempDir
    Path dir;
    @TempDir
    Path files;
    ReaderFixture fx;
    Database database;

    @BeforeEach
    void open() throws Exception {
        fx = new ReaderFixture(dir.resolve("contacts"), Locale.ENGLISH);
        database = Database.open(dir.resolve("calendar"));
    }

    @AfterEach
    void close() throws Exception {
        fx.close();
        database.close();
    }

    @Test
    void aCsvRowWithANameOf201CharactersIsRejectedWithItsReason() throws Exception {
        String longName = "A".repeat(201);
        String longTag = "t".repeat(201);
        Path file = Files.writeString(files.resolve("long.csv"), String.join("\r\n",
                "Name;Tags;Notes",
                longName + ";;",
                "Bo;" + longTag + ";",
                "Carl;;" + "n".repeat(100_001),
                "Dorte\u0000x;;",
                "Eva;ven;" + "n".repeat(100_000),
                "F" + "e\u0301".repeat(100) + ";;", ""));
        ContactsRead read = fx.reader.read(file, ReadChoices.DETECT);
        assertThat(read.contacts()).extracting(c -> c.details().name()).containsExactly("Eva", "F" + "\u00e9".repeat(100));
        assertThat(read.rejected()).extracting(RejectedRecord::name).as("shown without the NUL")
                .containsExactly("A".repeat(39) + "…", "Bo", "Carl", "Dorte x");
        assertThat(read.rejected()).extracting(RejectedRecord::line, RejectedRecord::reason).containsExactly(
                tuple(2, "The name is longer than 200 characters. Correct the row in the file and import it again."),
                tuple(3, "The tag “" + "t".repeat(39) + "…” is longer than 200 characters. Correct the row in the file"
                        + " and import it again."),
                tuple(4, "The notes are longer than 100,000 characters. Correct the row in the file and import it again."),
                tuple(5, "A cell holds an invisible control character (such as NUL) or a broken character that cannot be"
                        + " stored. Correct the row in the file and import it again."));
    }

    @Test
    void anIcsEventWithATitleOver200CharactersIsRejectedWithItsReason() throws Exception {
        CalendarImport importer = new CalendarImport(database, new CalendarRepository(database, new Changes()),
                new CalendarUidRepository(database), new Changes(), new Messages(Locale.ENGLISH, Bundles.ALL),
                TestApp.CLOCK::getZone);
        Path file = Files.writeString(files.resolve("long.ics"), String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
                "BEGIN:VEVENT", "UID:long@test", "DTSTART:20270301T090000Z", "DTEND:20270301T100000Z",
                "SUMMARY:" + "T".repeat(201), "END:VEVENT",
                "BEGIN:VEVENT", "UID:place@test", "DTSTART:20270302T090000Z", "DTEND:20270302T100000Z",
                "SUMMARY:Møde", "LOCATION:" + "L".repeat(201), "END:VEVENT",
                "BEGIN:VEVENT", "UID:ok@test", "DTSTART:20270304T090000Z", "DTEND:20270304T100000Z",
                "SUMMARY:Frokost", "DESCRIPTION:" + "d".repeat(1000), "END:VEVENT",
                "END:VCALENDAR", ""));
        CalendarImportSummary summary = importer.importFile(file, Category.PERSONAL);
        assertThat(summary.rejected()).extracting(RejectedRecord::reason).containsExactly(
                "The title of “" + "T".repeat(39) + "…” is longer than 200 characters.",
                "The place of “Møde” is longer than 200 characters.");
        assertThat(summary.created()).isEqualTo(1);
    }
}
