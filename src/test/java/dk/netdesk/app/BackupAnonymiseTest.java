package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.calendar.CalendarRepository;
import dk.netdesk.calendar.EventDraft;
import dk.netdesk.calendar.Kind;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.ContactRepository;
import dk.netdesk.db.BackupErasureRepository;
import dk.netdesk.db.BackupErasures;
import dk.netdesk.db.BackupFile;
import dk.netdesk.db.BackupSummary;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.db.Settings;
import dk.netdesk.library.LibraryRepository;
import dk.netdesk.pipeline.ContactService;
import dk.netdesk.pipeline.InteractionType;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.pipeline.RetentionCandidate;
import dk.netdesk.pipeline.RetentionRepository;
import dk.netdesk.pipeline.RetentionService;
import dk.netdesk.pipeline.Stage;
import dk.netdesk.testing.MutableClock;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups taken before an anonymise (decision records 0013, 0014): they hold the person as they were, so they
 * are marked, and re-written with the same anonymise (the contact row stays with the same label and its funnel
 * counts, and no table value or byte holds the person) or deleted, as the setting says; a backup taken after
 * the anonymise is left alone.
 */
class BackupAnonymiseTest {

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
    /** An anonymise whose changes reach none of the app's listeners, so the backups are not handled at once. */
    RetentionService quietRetention;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(Instant.parse("2026-11-28T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));
        app = TestApp.open(dir, Locale.ENGLISH, clock);
        context = app.context();
        context.pipeline().load();
        Database db = app.database();
        contacts = People.service(db, clock);
        pipeline = new PipelineRepository(db, new Changes(), clock);
        FeatureLinks links = new FeatureLinks(pipeline, new LibraryRepository(db, new Changes(), clock),
                new CalendarRepository(db, new Changes()), context.calendarService(), context.messages());
        quietRetention = new RetentionService(db, new ContactRepository(db, clock), new RetentionRepository(db), links,
                new Settings(db, new Changes()), new Changes(), clock, ref -> "Anonymised " + ref,
                context.contactAttachments(), context.backupErasures());
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    /** Ingeborg, with phone, email, handle, notes, two stage moves, an interaction, a consent and a linked event. */
    private long ingeborg() {
        contacts.create(ContactDetails.named("Anna Jensen"), null);
        long id = contacts.create(new ContactDetails(NAME, List.of("42 53 64 75"), List.of("ingeborg.q@example.dk"),
                "", "@ingeborg_q", "", "", "Aalborg", null, null, null, null, List.of("VIP"),
                "Lives at " + STREET + "."), null).id();
        List<Stage> stages = pipeline.stages();
        pipeline.move(id, stages.get(1).id(), 0);
        pipeline.move(id, stages.get(2).id(), 0);
        pipeline.addInteraction(id, InteractionType.CALL, LocalDate.of(2026, 11, 2), "Called " + NAME, STREET, null);
        pipeline.addConsent(id, LocalDate.of(2026, 11, 2), "email", "Mail ingeborg.q@example.dk?", true);
        context.calendar().load();
        assertThat(context.calendar().create(new EventDraft("Coffee with Ingeborg Quistgaard",
                LocalDateTime.of(2026, 12, 3, 10, 0), LocalDateTime.of(2026, 12, 3, 11, 0), false, STREET,
                "Call 42 53 64 75", id, Kind.NETWORKING, null, null))).isTrue();
        return id;
    }

    @Test
    void aBackupTakenBeforeAnAnonymiseIsMarkedAndANewerOneIsNot() throws Exception {
        long id = ingeborg();
        BackupFile before = context.backups().backUp(BackupFile.Reason.MANUAL);
        clock.advance(Duration.ofMinutes(10));
        String label = quietRetention.anonymise(id);
        clock.advance(Duration.ofMinutes(10));
        BackupFile after = context.backups().backUp(BackupFile.Reason.MANUAL);

        List<BackupSummary> list = context.backups().list();

        assertThat(list).extracting(s -> s.file().path(), BackupSummary::erasedPeople).containsExactly(
                org.assertj.core.groups.Tuple.tuple(after.path(), 0), org.assertj.core.groups.Tuple.tuple(before.path(), 1));
        assertThat(context.shell().backups().restoreModel().noteText(list.get(1))).isEqualTo("Backed up by hand · holds 1 erased person");
        assertThat(context.shell().backups().restoreModel().noteText(list.get(0))).isEqualTo("Backed up by hand");
        assertThat(new BackupErasureRepository(app.database()).pending()).singleElement().satisfies(e -> {
            assertThat(e.contactId()).isEqualTo(id);
            assertThat(e.kind()).isEqualTo(BackupErasureRepository.Kind.ANONYMISE);
            assertThat(e.label()).isEqualTo(label);
            assertThat(e.keptEvents()).isEmpty();
        });
        try (Connection c = readOnly(app.database().dataDir().resolve(Database.FILE_NAME)); Statement s = c.createStatement()) {
            assertThat(valuesHolding(s)).as("the live data, pending entry included").isEmpty();
        }
    }

    @Test
    void reWritingGivesTheOlderBackupTheSameAnonymisedContactWithItsFunnelCounts() throws Exception {
        long id = ingeborg();
        BackupFile before = context.backups().backUp(BackupFile.Reason.MANUAL);
        assertThat(foundIn(before.path())).as("before, the check finds her").contains(NAME, STREET);
        clock.advance(Duration.ofMinutes(10));
        String label = quietRetention.anonymise(id);
        int history = pipeline.stageHistory(id).size();
        assertThat(history).isGreaterThanOrEqualTo(2);

        BackupErasures.Outcome outcome = context.backupErasures().apply();

        assertThat(outcome.rewritten()).isEqualTo(1);
        assertThat(outcome.failed()).isEmpty();
        assertThat(outcome.pending()).isZero();
        assertThat(new BackupErasureRepository(app.database()).pending()).as("the pending entry is cleared").isEmpty();
        try (Connection c = readOnly(before.path()); Statement s = c.createStatement()) {
            assertThat(one(s, "PRAGMA integrity_check")).isEqualTo("ok");
            assertThat(one(s, "SELECT name FROM contact WHERE id = " + id)).isEqualTo(label);
            assertThat(one(s, "SELECT count(*) FROM stage_history WHERE contact_id = " + id)).isEqualTo(String.valueOf(history));
            assertThat(one(s, "SELECT count(*) FROM interaction WHERE contact_id = " + id)).isEqualTo("1");
            assertThat(one(s, "SELECT count(*) FROM consent WHERE contact_id = " + id)).isEqualTo("1");
            assertThat(one(s, "SELECT decision FROM retention_decision WHERE contact_id = " + id)).isEqualTo("ANONYMISED");
            assertThat(one(s, "SELECT title || '|' || location || '|' || notes || '|' || ifnull(contact_id, '-') "
                    + "FROM calendar_event WHERE title LIKE 'Coffee%'")).isEqualTo("Coffee with|||-");
            assertThat(one(s, "SELECT count(*) FROM contact WHERE name = 'Anna Jensen'")).as("others stay").isEqualTo("1");
            assertThat(valuesHolding(s)).as("every table of the backup").isEmpty();
        }
        assertThat(foundIn(before.path())).as("bytes of the backup").isEmpty();
        assertThat(context.backups().list()).allSatisfy(s -> assertThat(s.erasedPeople()).isZero());
        assertThat(Files.list(dir).map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("erase-work-"));
    }

    @Test
    void theDeleteSettingDeletesTheOlderBackupAndKeepsANewerOne() throws Exception {
        long id = ingeborg();
        BackupFile before = context.backups().backUp(BackupFile.Reason.MANUAL);
        clock.advance(Duration.ofMinutes(10));
        quietRetention.anonymise(id);
        clock.advance(Duration.ofMinutes(10));
        BackupFile after = context.backups().backUp(BackupFile.Reason.MANUAL);
        context.backupErasures().setHandling(BackupErasures.Handling.DELETE);

        BackupErasures.Outcome outcome = context.backupErasures().apply();

        assertThat(outcome.deleted()).isEqualTo(1);
        assertThat(before.path()).doesNotExist();
        assertThat(after.path()).exists();
        assertThat(new BackupErasureRepository(app.database()).pending()).isEmpty();
    }

    @Test
    void anAnonymiseInTheReviewHandlesItsOlderBackupAtOnce() throws Exception {
        long id = ingeborg();
        BackupFile before = context.backups().backUp(BackupFile.Reason.MANUAL);
        clock.advance(Duration.ofMinutes(10));
        pipeline.setDoNotContact(id, true, "Asked not to be called");
        var model = context.retention();
        model.open();
        RetentionCandidate row = model.rows().stream().filter(c -> c.contactId() == id).findFirst().orElseThrow();

        model.anonymise(row);

        assertThat(foundIn(before.path())).isEmpty();
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
        assertThat(tables).contains("contact", "stage_history", "backup_erasure");
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
        String haystack = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
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
