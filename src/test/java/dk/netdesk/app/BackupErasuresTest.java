package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.calendar.CalendarRepository;
import dk.netdesk.calendar.EventDraft;
import dk.netdesk.calendar.Kind;
import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.ContactRepository;
import dk.netdesk.db.BackupErasureRepository;
import dk.netdesk.db.BackupErasures;
import dk.netdesk.db.BackupFile;
import dk.netdesk.db.BackupSummary;
import dk.netdesk.db.Backups;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.library.LibraryRepository;
import dk.netdesk.pipeline.ContactService;
import dk.netdesk.pipeline.ErasureLogRepository;
import dk.netdesk.pipeline.InteractionType;
import dk.netdesk.pipeline.PersonErase;
import dk.netdesk.pipeline.PersonErase.EventChoice;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.testing.MutableClock;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups taken before an erase (decision record 0013): they are marked as holding the erased person,
 * re-written without them (openable, sound, and no table value or byte holds them) or deleted, as the
 * setting says; a backup taken after the erase is left alone; a damaged one stays marked and is reported
 * once; the pending entry goes when no backup holds the person any more.
 */
class BackupErasuresTest {

    private static final String NAME = "Ingeborg Quistgaard";
    private static final String STREET = "Nørregade 41";
    private static final List<String> NEEDLES = List.of(NAME, "Quistgaard", "ingeborg.q@example.dk", "42 53 64 75",
            "42536475", STREET, "@ingeborg_q");

    @TempDir
    Path dir;
    MutableClock clock;
    TestApp app;
    AppContext context;
    ContactService contacts;
    PipelineRepository pipeline;
    /** An erase whose changes reach none of the app's listeners, so the backups are not handled at once. */
    PersonErase quietErase;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(Instant.parse("2026-11-28T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));
        app = TestApp.open(dir, Locale.ENGLISH, clock);
        context = app.context();
        context.pipeline().load();
        Database db = app.database();
        contacts = People.service(db, clock);
        pipeline = new PipelineRepository(db, new Changes(), clock);
        CalendarRepository calendar = new CalendarRepository(db, new Changes());
        FeatureLinks links = new FeatureLinks(pipeline, new LibraryRepository(db, new Changes(), clock), calendar,
                context.calendarService(), context.messages());
        quietErase = new PersonErase(db, new ContactRepository(db, clock), pipeline, links, new ErasureLogRepository(db),
                context.backupErasures(), new Changes(), clock, context.contactAttachments());
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    record Person(long id, long anna, long coffee, long lunch) {
    }

    private Person ingeborg() {
        Contact anna = contacts.create(ContactDetails.named("Anna Jensen"), null);
        Contact person = contacts.create(new ContactDetails(NAME, List.of("42 53 64 75"), List.of("ingeborg.q@example.dk"),
                "", "@ingeborg_q", "", "", "Aalborg", null, null, null, null, List.of("VIP"),
                "Lives at " + STREET + "."), null);
        long id = person.id();
        pipeline.addInteraction(id, InteractionType.CALL, LocalDate.of(2026, 11, 2), "Called " + NAME, STREET, null);
        pipeline.addConsent(id, LocalDate.of(2026, 11, 2), "email", "Mail ingeborg.q@example.dk?", true);
        context.calendarService().scheduleFollowUp(id, LocalDateTime.of(2026, 12, 1, 9, 0), Duration.ofMinutes(30));
        context.calendar().load();
        assertThat(context.calendar().create(new EventDraft("Coffee with Ingeborg Quistgaard",
                LocalDateTime.of(2026, 12, 3, 10, 0), LocalDateTime.of(2026, 12, 3, 11, 0), false, STREET,
                "Call 42 53 64 75", id, Kind.NETWORKING, null, null))).isTrue();
        assertThat(context.calendar().create(new EventDraft("Lunch, Quistgaard", LocalDateTime.of(2026, 12, 4, 12, 0),
                LocalDateTime.of(2026, 12, 4, 13, 0), false, "", "", id, Kind.OTHER, null, null))).isTrue();
        List<PersonErase.LinkedEvent> typed = quietErase.preview(id).typedEvents();
        return new Person(id, anna.id(), typed.get(0).id(), typed.get(1).id());
    }

    /** Two backups, ten minutes apart, then the erase (keeping the coffee without her) ten minutes later. */
    private List<BackupFile> twoBackupsThenErase(Person p) throws Exception {
        Backups backups = context.backups();
        BackupFile first = backups.backUp(BackupFile.Reason.MANUAL);
        clock.advance(Duration.ofMinutes(10));
        BackupFile second = backups.backUp(BackupFile.Reason.AUTOMATIC);
        clock.advance(Duration.ofMinutes(10));
        assertThat(quietErase.preview(p.id()).backups()).as("the preview counts the backups that hold her").isEqualTo(2);
        quietErase.erase(p.id(), Map.of(p.coffee(), EventChoice.KEEP_WITHOUT_PERSON, p.lunch(), EventChoice.DELETE));
        return List.of(first, second);
    }

    @Test
    void backupsTakenBeforeAnEraseAreMarkedAndANewerOneIsNot() throws Exception {
        Person p = ingeborg();
        twoBackupsThenErase(p);
        clock.advance(Duration.ofMinutes(10));
        BackupFile newer = context.backups().backUp(BackupFile.Reason.MANUAL);

        List<BackupSummary> list = context.backups().list();

        assertThat(list).extracting(s -> s.file().path(), BackupSummary::erasedPeople).containsExactly(
                org.assertj.core.groups.Tuple.tuple(newer.path(), 0),
                org.assertj.core.groups.Tuple.tuple(list.get(1).file().path(), 1),
                org.assertj.core.groups.Tuple.tuple(list.get(2).file().path(), 1));
        assertThat(context.shell().backups().restoreModel().noteText(list.get(1))).isEqualTo("Automatic · holds 1 erased person");
        assertThat(context.shell().backups().restoreModel().noteText(list.get(0))).isEqualTo("Backed up by hand");
        assertThat(context.shell().backups().restoreModel().confirmText(list.get(2)))
                .endsWith("This backup still holds 1 person you have erased. Restoring it brings that person back.");
        assertThat(new BackupErasureRepository(app.database()).pending()).singleElement()
                .satisfies(e -> {
                    assertThat(e.contactId()).isEqualTo(p.id());
                    assertThat(e.keptEvents()).containsExactly(p.coffee());
                    assertThat(e.kind()).isEqualTo(BackupErasureRepository.Kind.ERASE);
                });
    }

    @Test
    void reWritingLeavesEachOlderBackupSoundAndWithoutThePerson() throws Exception {
        Person p = ingeborg();
        List<BackupFile> older = twoBackupsThenErase(p);
        FileTime firstModified = Files.getLastModifiedTime(older.get(0).path());
        for (BackupFile file : older) {
            assertThat(foundIn(file.path())).as("before, the check finds her in %s", file.path()).contains(NAME, STREET);
        }

        BackupErasures.Outcome outcome = context.backupErasures().apply();

        assertThat(outcome.rewritten()).isEqualTo(2);
        assertThat(outcome.failed()).isEmpty();
        assertThat(outcome.pending()).isZero();
        assertThat(new BackupErasureRepository(app.database()).pending()).as("the pending entry is cleared").isEmpty();
        String reference = new ErasureLogRepository(app.database()).entries().get(0).reference();
        for (BackupFile file : older) {
            assertThat(file.path()).exists();
            try (Connection c = readOnly(file.path()); Statement s = c.createStatement()) {
                assertThat(one(s, "PRAGMA integrity_check")).isEqualTo("ok");
                assertThat(one(s, "SELECT count(*) FROM contact WHERE id = " + p.id())).isEqualTo("0");
                assertThat(one(s, "SELECT count(*) FROM contact WHERE id = " + p.anna())).as("others stay").isEqualTo("1");
                assertThat(one(s, "SELECT title || '|' || location || '|' || notes || '|' || ifnull(contact_id, '-') "
                        + "FROM calendar_event WHERE id = " + p.coffee())).isEqualTo("Coffee with|||-");
                assertThat(one(s, "SELECT count(*) FROM calendar_event")).isEqualTo("1");
                assertThat(one(s, "SELECT reference FROM erasure_log")).isEqualTo(reference);
                assertThat(valuesHolding(s)).as("every table of %s", file.path()).isEmpty();
            }
            assertThat(foundIn(file.path())).as("bytes of %s", file.path()).isEmpty();
            assertThat(Files.list(file.path().getParent()).map(f -> f.getFileName().toString()))
                    .noneMatch(name -> name.contains(".partial"));
        }
        assertThat(Files.getLastModifiedTime(older.get(0).path())).as("the time the folder is ordered by")
                .isEqualTo(firstModified);
        assertThat(context.backups().list()).allSatisfy(s -> assertThat(s.erasedPeople()).isZero());
        assertThat(Files.list(dir).map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("erase-work-"));
    }

    @Test
    void reWritingABackupNeverDeletesAFileTheLiveDataStillUses() throws Exception {
        Person p = ingeborg();
        Path scan = dir.resolve("Ingeborg scan.pdf");
        Files.writeString(scan, "%PDF-1.4 scan");
        context.contactAttachments().attach(p.id(), scan, null);
        Backups backups = context.backups();
        backups.backUp(BackupFile.Reason.MANUAL);
        clock.advance(Duration.ofMinutes(10));
        // After the backup, Anna gets the same file: the live data shares it, the backup does not know.
        var annas = context.contactAttachments().attach(p.anna(), scan, null);
        Path stored = context.contactAttachments().fileOf(annas);
        quietErase.erase(p.id(), Map.of(p.coffee(), EventChoice.DELETE, p.lunch(), EventChoice.DELETE));

        BackupErasures.Outcome outcome = context.backupErasures().apply();

        assertThat(outcome.rewritten()).isEqualTo(1);
        assertThat(stored).as("Anna's file, which the backup's copy saw as the erased person's only").exists();
    }

    @Test
    void theDeleteSettingDeletesTheOlderBackupsAndKeepsANewerOne() throws Exception {
        Person p = ingeborg();
        List<BackupFile> older = twoBackupsThenErase(p);
        clock.advance(Duration.ofMinutes(10));
        BackupFile newer = context.backups().backUp(BackupFile.Reason.MANUAL);
        context.backupErasures().setHandling(BackupErasures.Handling.DELETE);

        BackupErasures.Outcome outcome = context.backupErasures().apply();

        assertThat(outcome.deleted()).isEqualTo(2);
        assertThat(older).allSatisfy(f -> assertThat(f.path()).doesNotExist());
        assertThat(newer.path()).exists();
        assertThat(new BackupErasureRepository(app.database()).pending()).isEmpty();
    }

    @Test
    void aDamagedBackupStaysMarkedAndIsReportedOnce() throws Exception {
        Person p = ingeborg();
        List<BackupFile> older = twoBackupsThenErase(p);
        Path damaged = older.get(0).path();
        byte[] bytes = Files.readAllBytes(damaged);
        java.util.Arrays.fill(bytes, 100, bytes.length, (byte) 0x5a);
        Files.write(damaged, bytes);

        BackupErasures.Outcome outcome = context.backupErasures().apply();

        assertThat(outcome.rewritten()).isEqualTo(1);
        assertThat(outcome.failed()).extracting(BackupFile::path).containsExactly(damaged);
        assertThat(outcome.newlyFailed()).extracting(BackupFile::path).containsExactly(damaged);
        assertThat(outcome.pending()).isEqualTo(1);
        assertThat(new BackupErasureRepository(app.database()).pending()).hasSize(1);
        BackupSummary marked = context.backups().list().stream().filter(s -> s.file().path().equals(damaged))
                .findFirst().orElseThrow();
        assertThat(marked.readable()).isFalse();
        assertThat(marked.erasedPeople()).isEqualTo(1);
        assertThat(context.shell().backups().restoreModel().noteText(marked))
                .isEqualTo("Damaged — cannot be restored · may hold 1 erased person");

        BackupErasures.Outcome again = context.backupErasures().apply();
        assertThat(again.failed()).hasSize(1);
        assertThat(again.newlyFailed()).as("told once").isEmpty();
    }

    @Test
    void anEraseInTheAppHandlesItsOlderBackupsAtOnce() throws Exception {
        Person p = ingeborg();
        BackupFile before = context.backups().backUp(BackupFile.Reason.MANUAL);
        clock.advance(Duration.ofMinutes(10));

        context.personErase().erase(p.id(), Map.of(p.coffee(), EventChoice.DELETE, p.lunch(), EventChoice.DELETE));

        assertThat(foundIn(before.path())).isEmpty();
        assertThat(context.status().textProperty().get()).isEqualTo("1 backup was re-written without the erased person.");
        assertThat(new BackupErasureRepository(app.database()).pending()).isEmpty();
    }

    private static Connection readOnly(Path file) throws Exception {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    }

    private static String one(Statement s, String sql) throws Exception {
        try (ResultSet rows = s.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    /** The needles found in any value of any table of the database on {@code s}, ignoring case. */
    private static List<String> valuesHolding(Statement s) throws Exception {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        assertThat(tables).contains("contact", "calendar_event", "erasure_log", "backup_erasure");
        List<String> found = new ArrayList<>();
        for (String table : tables) {
            try (ResultSet rows = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int i = 1; i <= columns; i++) {
                        Object value = rows.getObject(i);
                        String text = value instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : String.valueOf(value);
                        for (String needle : NEEDLES) {
                            if (text.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT)) && !found.contains(needle)) {
                                found.add(needle);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The needles found, as UTF-8 bytes in their own or lower case, in {@code file}. */
    private static List<String> foundIn(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        String haystack = new String(bytes, StandardCharsets.ISO_8859_1);
        List<String> found = new ArrayList<>();
        for (String needle : NEEDLES) {
            for (String form : List.of(needle, needle.toLowerCase(Locale.ROOT))) {
                String encoded = new String(form.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
                if (haystack.contains(encoded) && !found.contains(needle)) {
                    found.add(needle);
                }
            }
        }
        return found;
    }
}
