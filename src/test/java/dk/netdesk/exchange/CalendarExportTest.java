package dk.netdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.calendar.Category;
import dk.netdesk.calendar.EventRow;
import dk.netdesk.calendar.Kind;
import dk.netdesk.calendar.RepeatRule;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Export calendar": what the .ics file holds (read back as text and by ical4j), and the round trip
 * export → import into a fresh database, field for field.
 */
class CalendarExportTest {

    static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

    @TempDir
    Path dir;
    @TempDir
    Path fresh;
    @TempDir
    Path files;
    CalendarRoundTrip app;

    @BeforeEach
    void open() throws Exception {
        app = new CalendarRoundTrip(dir);
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    Path sample(String name) throws Exception {
        Path file = files.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("ics/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void theFileHoldsEveryEventWithItsUidZoneRuleExceptionsAndAlarm() throws Exception {
        app.importer.importFile(sample("google.ics"), Category.PERSONAL);
        app.importer.importFile(sample("outlook.ics"), Category.WORK);
        Path file = files.resolve("Min kalender.ics");

        CalendarExport.Result result = app.exporter.write(file);

        assertThat(result.events()).isEqualTo(7);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        String unfolded = text.replace("\r\n ", "");
        List<String> lines = unfolded.lines().toList();
        assertThat(lines).filteredOn(l -> l.startsWith("RRULE:")).isNotEmpty().allMatch(l -> l.startsWith("RRULE:FREQ="));
        assertThat(lines).filteredOn(l -> l.startsWith("TZID:")).containsExactlyInAnyOrder(
                "TZID:Europe/Copenhagen", "TZID:Europe/Paris", "TZID:Europe/Berlin");
        assertThat(lines).contains(
                "UID:7kukuqrfedlm2f9t7lmfcf4e5s@google.com",
                "DTSTART;TZID=Europe/Copenhagen:20270310T190000",
                "DTEND;TZID=Europe/Copenhagen:20270310T203000",
                "RRULE:FREQ=WEEKLY;UNTIL=20270414T215959Z;BYDAY=WE",
                "EXDATE;TZID=Europe/Copenhagen:20270324T190000,20270407T190000",
                "RECURRENCE-ID;TZID=Europe/Copenhagen:20270331T190000",
                "SUMMARY:Holdtræning (flyttet)",
                "LOCATION:Idrætshallen\\, Søndergade 4\\, 7100 Vejle",
                "TRIGGER:-PT30M",
                "DTSTART;VALUE=DATE:20270401",
                "DTEND;VALUE=DATE:20270404",
                "DTSTART;TZID=Europe/Paris:20270312T100000",
                "EXDATE;TZID=Europe/Berlin:20270405T090000,20270412T090000",
                "CATEGORIES:Work", "CATEGORIES:Personal", "X-NETDESK-KIND:ADMIN", "X-NETDESK-KIND:OTHER",
                "DTSTAMP:20261128T090000Z");
        assertThat(lines.stream().filter(l -> l.equals("UID:7kukuqrfedlm2f9t7lmfcf4e5s@google.com"))).hasSize(2);
        // no content line is longer than 75 octets
        assertThat(text.split("\r\n")).allMatch(l -> l.getBytes(StandardCharsets.UTF_8).length <= 75);

        Calendar parsed = new CalendarBuilder().build(new StringReader(text));
        assertThat(parsed.<VEvent>getComponents(Component.VEVENT)).hasSize(8);
    }

    @Test
    void exportThenImportIntoAFreshDatabaseKeepsEveryEventFieldForField() throws Exception {
        app.importer.importFile(sample("google.ics"), Category.PERSONAL);
        app.importer.importFile(sample("outlook.ics"), Category.WORK);
        app.importer.importFile(sample("apple.ics"), Category.PERSONAL);
        EventRow series = app.calendar.replace(List.of(), List.of(new EventRow(0, "Opfølgning 😀 – Ærø", LocalDateTime.parse("2027-10-25T08:15"),
                LocalDateTime.parse("2027-10-25T09:00"), ZoneId.of("America/New_York"), false, "", "Linje 1\nLinje 2; med \\ og ,",
                null, Kind.FOLLOW_UP, new RepeatRule(RepeatRule.Freq.WEEKLY, 2, Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalDate.parse("2027-12-31"), null).toRrule(), List.of(LocalDateTime.parse("2027-11-08T08:15")), null, null, 0))).get(0);
        app.calendar.replace(List.of(), List.of(new EventRow(0, "Flyttet", LocalDateTime.parse("2027-11-22T10:00"),
                LocalDateTime.parse("2027-11-22T11:00"), ZoneId.of("America/New_York"), false, "Hjemme", "", null,
                Kind.FOLLOW_UP, null, List.of(), series.id(), LocalDateTime.parse("2027-11-22T08:15"), 10)));
        Path file = files.resolve("all.ics");
        app.exporter.write(file);

        try (CalendarRoundTrip other = new CalendarRoundTrip(fresh)) {
            CalendarImportSummary summary = other.importer.importFile(file, Category.WORK);
            assertThat(summary.rejected()).isEmpty();
            assertThat(summary.created()).isEqualTo(10);
            assertThat(other.events()).isEqualTo(app.events());
        }
    }
}
