package dk.netdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.calendar.Category;
import dk.netdesk.calendar.CalendarRepository;
import dk.netdesk.calendar.CalendarUidRepository;
import dk.netdesk.calendar.EventRow;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.Changes;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 6: what a file brings in is stored as it reads. A vCard from a Mac writes "José Müller" in NFD
 * ("Jose" + U+0301, "Mu" + U+0308) with a no-break space; the stored contact is "José Müller" in NFC with a plain
 * space, its NFD tag is the NFC tag already in use, and a CSV row and an iCalendar event the same.
 */
class ImportTextHoweverTypedTest {

    private static final String NFC_NAME = "Jos\u00e9 M\u00fcller";
    private static final String NFD_NAME = "Jose\u0301\u00a0Mu\u0308ller";

    @TempDir
    Path dir;
    @TempDir
    Path files;
    ImportFixture f;
    ReaderFixture reader;

    @BeforeEach
    void setUp() throws Exception {
        f = new ImportFixture(dir);
        reader = new ReaderFixture(files.resolve("other"), Locale.ENGLISH);
    }

    @AfterEach
    void tearDown() throws Exception {
        reader.close();
        f.close();
    }

    private ContactDetails importOne(String fileName, String content) throws Exception {
        Path file = files.resolve(fileName);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        ContactsRead read = reader.reader.read(file, ReadChoices.DETECT);
        assertThat(read.rejected()).isEmpty();
        f.imports.apply(read, ImportFixture.options(DuplicateAction.CREATE), Progress.none());
        return f.contacts.findAll().stream().map(c -> c.details()).filter(d -> d.name().startsWith("Jos"))
                .findFirst().orElseThrow();
    }

    @Test
    void anNfdVcardNameIsStoredInNfcWithAPlainSpace() throws Exception {
        f.service.create(new ContactDetails("Anna", List.of(), List.of(), "", "", "", "", "", null, null, null, null,
                List.of("Caf\u00e9"), ""), null);

        ContactDetails jose = importOne("mac.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + NFD_NAME
                + "\r\nN:Mu\u0308ller;Jose\u0301;;;\r\nADR;TYPE=HOME:;;;A\u030Arhus\u00a0C;;;\r\nCATEGORIES:cafe\u0301\u00a0\r\n"
                + "NOTE:Mo\u0308dtes p\u00e5 cafe\u0301en\r\nEND:VCARD\r\n");

        assertThat(jose.name()).isEqualTo(NFC_NAME);
        assertThat(jose.city()).isEqualTo("\u00c5rhus C");
        assertThat(jose.tags()).as("the spelling already in use").containsExactly("Caf\u00e9");
        assertThat(jose.notes()).isEqualTo("M\u00f6dtes p\u00e5 caf\u00e9en");
    }

    @Test
    void anNfdCsvRowIsStoredInNfc() throws Exception {
        ContactDetails jose = importOne("mac.csv", "Name,City\n\"" + NFD_NAME + "\",A\u030Arhus\u2009C\n");

        assertThat(jose.name()).isEqualTo(NFC_NAME);
        assertThat(jose.city()).isEqualTo("\u00c5rhus C");
    }

    @Test
    void anNfdCalendarEventIsStoredInNfc() throws Exception {
        Changes changes = new Changes();
        CalendarRepository calendar = new CalendarRepository(f.database, changes);
        CalendarUidRepository uids = new CalendarUidRepository(f.database);
        CalendarImport importer = new CalendarImport(f.database, calendar, uids, changes,
                new Messages(Locale.ENGLISH, Bundles.ALL), TestApp.CLOCK::getZone);
        Path file = files.resolve("mac.ics");
        Files.writeString(file, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Apple//EN\r\nBEGIN:VEVENT\r\n"
                + "UID:nfd-1\r\nDTSTAMP:20261201T100000Z\r\nDTSTART:20261210T090000Z\r\nDTEND:20261210T100000Z\r\n"
                + "SUMMARY:Mo\u0308de\u00a0med " + NFD_NAME + "\u200b\r\nLOCATION:Cafe\u0301 Nord\r\nEND:VEVENT\r\n"
                + "END:VCALENDAR\r\n", StandardCharsets.UTF_8);

        importer.importFile(file, Category.WORK);

        EventRow row = calendar.rowsOf(uids.idOf("nfd-1").orElseThrow()).get(0);
        assertThat(row.title()).isEqualTo("M\u00f6de med " + NFC_NAME);
        assertThat(row.location()).isEqualTo("Caf\u00e9 Nord");
    }
}
