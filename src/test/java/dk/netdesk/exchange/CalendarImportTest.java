package dk.netdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.netdesk.app.Bundles;
import dk.netdesk.calendar.CalendarRepository;
import dk.netdesk.calendar.CalendarUidRepository;
import dk.netdesk.calendar.Category;
import dk.netdesk.calendar.EventRow;
import dk.netdesk.calendar.Kind;
import dk.netdesk.calendar.Occurrence;
import dk.netdesk.calendar.RepeatRule;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.testing.DatabaseDump;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Messages;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Import calendar" with files shaped like Google's, Outlook's (Windows zone names) and Apple's
 * exports, written here by hand: field by field, DST-crossing series with EXDATE and overrides,
 * all-day ends, alarms, re-import, and malformed files that change nothing.
 */
class CalendarImportTest {

    static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

    @TempDir
    Path dir;
    @TempDir
    Path files;
    Database database;
    CalendarRepository calendar;
    CalendarUidRepository uids;
    CalendarImport importer;
    final List<Changes.Topic> published = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        database = Database.open(dir);
        Changes changes = new Changes();
        changes.subscribe(Changes.Topic.CALENDAR, c -> published.add(c.topic()));
        calendar = new CalendarRepository(database, changes);
        uids = new CalendarUidRepository(database);
        importer = new CalendarImport(database, new CalendarRepository(database, new Changes()), uids, changes,
                new Messages(Locale.ENGLISH, Bundles.ALL), TestApp.CLOCK::getZone);
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    /** Copies a sample file of the test resources to a file of that name. */
    Path sample(String name) throws Exception {
        Path file = files.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("ics/" + name)) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    EventRow byUid(String uid) {
        long id = uids.idOf(uid).orElseThrow();
        return calendar.rowsOf(id).get(0);
    }

    List<Occurrence> occurrencesOf(long id, String from, String to) {
        return calendar.occurrences(LocalDate.parse(from).atStartOfDay(CPH).toInstant(),
                LocalDate.parse(to).atStartOfDay(CPH).toInstant()).stream()
                .filter(o -> o.seriesMasterId() == id).toList();
    }

    @Test
    void googleShape() throws Exception {
        CalendarImportSummary summary = importer.importFile(sample("google.ics"), Category.PERSONAL);

        assertThat(summary.created()).isEqualTo(3);
        assertThat(summary.updated()).isZero();
        assertThat(summary.rejected()).extracting(RejectedRecord::record).containsExactly(6, 7);
        assertThat(summary.rejected().get(0).reason()).contains("Mors fødselsdag", "FREQ=YEARLY");
        assertThat(summary.rejected().get(1).reason()).contains("Månedsafslutning", "BYSETPOS=-1");
        assertThat(summary.rejected().get(0).line()).isEqualTo(lineOf("google.ics", "UID:birthday-mor@google.com") - 4);
        assertThat(published).containsExactly(Changes.Topic.CALENDAR);

        EventRow training = byUid("7kukuqrfedlm2f9t7lmfcf4e5s@google.com");
        assertThat(training.title()).isEqualTo("Holdtræning");
        assertThat(training.start()).isEqualTo(LocalDateTime.parse("2027-03-10T19:00"));
        assertThat(training.end()).isEqualTo(LocalDateTime.parse("2027-03-10T20:30"));
        assertThat(training.zone()).isEqualTo(CPH);
        assertThat(training.allDay()).isFalse();
        assertThat(training.location()).isEqualTo("Idrætshallen, Søndergade 4, 7100 Vejle");
        assertThat(training.notes()).isEqualTo(
                "Husk måtte, vand og håndklæde\nMødested: hal 2 – indgang fra parkeringspladsen bag Brugsen");
        assertThat(training.kind()).isEqualTo(Kind.OTHER);
        assertThat(training.reminderMinutes()).isEqualTo(30);
        assertThat(RepeatRule.parse(training.rrule()))
                .isEqualTo(new RepeatRule(RepeatRule.Freq.WEEKLY, 1, Set.of(DayOfWeek.WEDNESDAY), LocalDate.parse("2027-04-14"), null));
        // the EXDATE and the cancelled occurrence
        assertThat(training.exdates()).containsExactly(LocalDateTime.parse("2027-03-24T19:00"), LocalDateTime.parse("2027-04-07T19:00"));

        // across the change to summer time on 28 March every occurrence keeps its local time
        List<Occurrence> series = occurrencesOf(training.id(), "2027-03-01", "2027-05-01");
        assertThat(series).extracting(o -> o.start().toString()).containsExactly(
                "2027-03-10T19:00", "2027-03-17T19:00", "2027-03-31T20:00", "2027-04-14T19:00");
        assertThat(series).extracting(o -> o.zonedStart().getOffset()).containsExactly(
                ZoneOffset.ofHours(1), ZoneOffset.ofHours(1), ZoneOffset.ofHours(2), ZoneOffset.ofHours(2));
        Occurrence moved = series.get(2);
        assertThat(moved.title()).isEqualTo("Holdtræning (flyttet)");
        assertThat(moved.originalStart()).isEqualTo(LocalDateTime.parse("2027-03-31T19:00"));
        assertThat(moved.end()).isEqualTo(LocalDateTime.parse("2027-03-31T21:30"));

        EventRow coffee = byUid("1h2j3k4l5m6n7o8p9q0r@google.com");
        assertThat(coffee.title()).isEqualTo("Kaffe med Åse 😀");
        assertThat(coffee.zone()).isEqualTo(CPH);
        assertThat(coffee.start()).isEqualTo(LocalDateTime.parse("2027-03-15T09:00"));
        assertThat(coffee.end()).isEqualTo(LocalDateTime.parse("2027-03-15T10:00"));
        assertThat(coffee.reminderMinutes()).isNull();
        assertThat(coffee.notes()).isEmpty();

        EventRow easter = byUid("0a9s8d7f6g5h4j3k2l1@google.com");
        assertThat(easter.allDay()).isTrue();
        assertThat(easter.start()).isEqualTo(LocalDateTime.parse("2027-04-01T00:00"));
        assertThat(easter.end()).isEqualTo(LocalDateTime.parse("2027-04-04T00:00"));
        assertThat(occurrencesOf(easter.id(), "2027-04-03", "2027-04-04")).hasSize(1);
        assertThat(occurrencesOf(easter.id(), "2027-04-04", "2027-04-05")).isEmpty();
    }

    @Test
    void outlookShapeWithWindowsZoneNames() throws Exception {
        CalendarImportSummary summary = importer.importFile(sample("outlook.ics"), Category.WORK);

        assertThat(summary.created()).isEqualTo(4);
        assertThat(summary.rejected()).isEmpty();
        String prefix = "040000008200E00074C5B7101A82E00800000000";

        EventRow presentation = byUid(prefix + "A0B1C2D3E4F5010000000000000000100000001234567890ABCDEF");
        assertThat(presentation.title()).isEqualTo("Præsentation for Jens");
        assertThat(presentation.zone()).isEqualTo(ZoneId.of("Europe/Paris")); // "Romance Standard Time", CLDR
        assertThat(presentation.start()).isEqualTo(LocalDateTime.parse("2027-03-12T10:00"));
        assertThat(presentation.end()).isEqualTo(LocalDateTime.parse("2027-03-12T11:00"));
        assertThat(presentation.location()).isEqualTo("Mødelokale 3");
        assertThat(presentation.notes()).isEqualTo("Gennemgang af startpakken.\n\nHusk prøver.\n");
        assertThat(presentation.reminderMinutes()).isEqualTo(15);
        assertThat(presentation.kind()).isEqualTo(Kind.ADMIN);
        assertThat(presentation.kind().category()).isEqualTo(Category.WORK);

        EventRow weekly = byUid(prefix + "B1C2D3E4F5A6010000000000000000100000002345678901BCDEFA");
        assertThat(weekly.zone()).isEqualTo(ZoneId.of("Europe/Berlin")); // "W. Europe Standard Time", CLDR
        assertThat(weekly.exdates()).containsExactly(LocalDateTime.parse("2027-04-05T09:00"), LocalDateTime.parse("2027-04-12T09:00"));
        assertThat(RepeatRule.parse(weekly.rrule()).until()).isEqualTo(LocalDate.parse("2027-04-26"));
        assertThat(occurrencesOf(weekly.id(), "2027-03-01", "2027-06-01")).extracting(o -> o.start().toString())
                .containsExactly("2027-03-22T09:00", "2027-03-29T09:00", "2027-04-19T09:00", "2027-04-26T09:00");

        EventRow fair = byUid(prefix + "C2D3E4F5A6B7010000000000000000100000003456789012CDEFAB");
        assertThat(fair.allDay()).isTrue();
        assertThat(fair.start()).isEqualTo(LocalDateTime.parse("2027-05-01T00:00"));
        assertThat(fair.end()).isEqualTo(LocalDateTime.parse("2027-05-02T00:00"));

        EventRow floating = byUid(prefix + "D3E4F5A6B7C8010000000000000000100000004567890123DEFABC");
        assertThat(floating.zone()).isEqualTo(CPH);
        assertThat(floating.start()).isEqualTo(LocalDateTime.parse("2027-03-20T14:00"));
        assertThat(floating.end()).isEqualTo(LocalDateTime.parse("2027-03-20T15:30"));
    }

    @Test
    void appleShape() throws Exception {
        CalendarImportSummary summary = importer.importFile(sample("apple.ics"), Category.PERSONAL);
        assertThat(summary.created()).isEqualTo(2);

        EventRow swim = byUid("5E0F3C2A-9B1D-4E6F-8A7B-1C2D3E4F5A6B");
        assertThat(swim.title()).isEqualTo("Svømning med børnene 🏊");
        assertThat(swim.location()).isEqualTo("Svømmehallen\nVestergade 1, 8000 Aarhus");
        assertThat(swim.reminderMinutes()).isEqualTo(60);
        // daily across the end of summer time on 31 October: 10:00 every day
        List<Occurrence> days = occurrencesOf(swim.id(), "2027-10-01", "2027-12-01");
        assertThat(days).extracting(o -> o.start().toLocalTime()).containsOnly(LocalTime.of(10, 0)).hasSize(3);
        assertThat(days).extracting(o -> o.zonedStart().getOffset())
                .containsExactly(ZoneOffset.ofHours(2), ZoneOffset.ofHours(1), ZoneOffset.ofHours(1));

        EventRow rent = byUid("A1B2C3D4-E5F6-4789-ABCD-EF0123456789");
        assertThat(rent.allDay()).isTrue();
        assertThat(rent.end()).isEqualTo(LocalDateTime.parse("2027-01-16T00:00"));
        assertThat(RepeatRule.parse(rent.rrule()).frequency()).isEqualTo(RepeatRule.Freq.MONTHLY);
        // an absolute alarm at 18:00 the evening before: 6 hours before midnight
        assertThat(rent.reminderMinutes()).isEqualTo(360);
        assertThat(occurrencesOf(rent.id(), "2027-01-01", "2027-04-01")).extracting(o -> o.start().toLocalDate().toString())
                .containsExactly("2027-01-15", "2027-02-15", "2027-03-15");
    }

    @Test
    void importingAgainUpdatesInsteadOfDuplicatingAndKeepsWhatTheUserChanged() throws Exception {
        importer.importFile(sample("google.ics"), Category.PERSONAL);
        int rows = calendar.allRows().size();
        EventRow coffee = byUid("1h2j3k4l5m6n7o8p9q0r@google.com");
        // the user makes it work in the event dialog
        calendar.replace(List.of(coffee), List.of(new EventRow(coffee.id(), coffee.title(), coffee.start(), coffee.end(),
                coffee.zone(), false, "", "", null, Kind.FOLLOW_UP, null, List.of(), null, null, null)));

        Path changed = files.resolve("google-changed.ics");
        Files.writeString(changed, Files.readString(sample("google.ics")).replace("SUMMARY:Kaffe med Åse 😀",
                "SUMMARY:Kaffe med Åse og Bo"));
        CalendarImportSummary again = importer.importFile(changed, Category.PERSONAL);

        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(3);
        assertThat(calendar.allRows()).hasSize(rows);
        EventRow updated = byUid("1h2j3k4l5m6n7o8p9q0r@google.com");
        assertThat(updated.id()).isEqualTo(coffee.id());
        assertThat(updated.title()).isEqualTo("Kaffe med Åse og Bo");
        assertThat(updated.kind()).isEqualTo(Kind.FOLLOW_UP);
    }

    @Test
    void aCancelledEventInANewerFileIsRemoved() throws Exception {
        importer.importFile(sample("google.ics"), Category.PERSONAL);
        Path cancelled = files.resolve("cancelled.ics");
        Files.writeString(cancelled, Files.readString(sample("google.ics")).replace(
                "SUMMARY:Påskeferie i sommerhuset", "SUMMARY:Påskeferie i sommerhuset\r\nSTATUS:CANCELLED"));
        CalendarImportSummary summary = importer.importFile(cancelled, Category.PERSONAL);
        assertThat(summary.updated()).isEqualTo(3);
        assertThat(uids.idOf("0a9s8d7f6g5h4j3k2l1@google.com")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"truncated.ics", "impossible-date.ics", "unbalanced.ics"})
    void aMalformedFileIsRefusedWithItsLineAndChangesNothing(String name) throws Exception {
        importer.importFile(sample("outlook.ics"), Category.WORK);
        String before = DatabaseDump.dump(database);
        published.clear();

        assertThatThrownBy(() -> importer.importFile(sample(name), Category.PERSONAL))
                .isInstanceOf(ImportFileException.class)
                .hasMessageMatching("\\Q" + name + "\\E, line \\d+: .*Nothing was imported.*")
                .hasMessageNotContaining("\n");

        assertThat(DatabaseDump.dump(database)).isEqualTo(before);
        assertThat(published).isEmpty();
    }

    @Test
    void theImpossibleDateIsNamedWithItsLine() throws Exception {
        assertThatThrownBy(() -> importer.importFile(sample("impossible-date.ics"), Category.PERSONAL))
                .hasMessage("impossible-date.ics, line " + lineOf("impossible-date.ics", "20270230T250000")
                        + ": DTSTART has the impossible value “20270230T250000”. Nothing was imported; correct the line"
                        + " or export the calendar again.");
    }

    @Test
    void randomBytesAndAMissingFileAreRefusedAndChangeNothing() throws Exception {
        importer.importFile(sample("apple.ics"), Category.PERSONAL);
        String before = DatabaseDump.dump(database);
        byte[] noise = new byte[4096];
        new Random(13).nextBytes(noise);
        Path random = files.resolve("noise.ics");
        Files.write(random, noise);
        Path text = files.resolve("notes.ics");
        Files.writeString(text, "Dette er bare en note.\nIkke en kalender.\n");

        assertThatThrownBy(() -> importer.importFile(random, Category.WORK)).isInstanceOf(ImportFileException.class)
                .hasMessageStartingWith("noise.ics, line ");
        assertThatThrownBy(() -> importer.importFile(text, Category.WORK)).isInstanceOf(ImportFileException.class)
                .hasMessageStartingWith("notes.ics, line 1: this is not a complete iCalendar file");
        assertThatThrownBy(() -> importer.importFile(files.resolve("gone.ics"), Category.WORK))
                .hasMessage("gone.ics: could not read it: the file does not exist. Nothing was imported.");
        assertThat(DatabaseDump.dump(database)).isEqualTo(before);
    }

    @Test
    void newEventsGetAStableUidOfTheirOwn() {
        List<EventRow> written = calendar.replace(List.of(), List.of(
                new EventRow(0, "A", LocalDateTime.parse("2027-01-04T10:00"), LocalDateTime.parse("2027-01-04T11:00"), CPH,
                        false, "", "", null, Kind.ADMIN, null, List.of(), null, null, null),
                new EventRow(0, "B", LocalDateTime.parse("2027-01-05T10:00"), LocalDateTime.parse("2027-01-05T11:00"), CPH,
                        false, "", "", null, Kind.REST, null, List.of(), null, null, null)));
        Map<Long, String> all = uids.all();
        String a = all.get(written.get(0).id());
        assertThat(a).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(all.get(written.get(1).id())).isNotEqualTo(a);
        // an edit keeps it
        EventRow first = written.get(0);
        calendar.replace(List.of(first), List.of(first.withTimes(first.start().plusHours(1), first.end().plusHours(1))));
        assertThat(uids.all().get(first.id())).isEqualTo(a);
    }

    private int lineOf(String name, String text) throws Exception {
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream("ics/" + name)) {
            lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + name);
    }
}
