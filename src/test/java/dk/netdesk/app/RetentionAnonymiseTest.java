package dk.netdesk.app;

import static dk.netdesk.db.generated.Tables.CALENDAR_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.netdesk.calendar.EventDraft;
import dk.netdesk.calendar.Kind;
import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.Interest;
import dk.netdesk.contacts.Source;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.pipeline.ContactService;
import dk.netdesk.pipeline.Interaction;
import dk.netdesk.pipeline.InteractionType;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.pipeline.RetentionCandidate;
import dk.netdesk.pipeline.RetentionViewModel;
import dk.netdesk.pipeline.Stage;
import dk.netdesk.pipeline.StageVisit;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Anonymise" in the retention review, through the app as composed (the real calendar links): a
 * person with data in every column that can identify them is anonymised, and then no value of any
 * table holds their name, emails, phones, street or handles, while the funnel keeps its counts.
 */
class RetentionAnonymiseTest {

    private static final String NAME = "Birthe Zacharias Kjærsgaard";
    private static final String STREET = "Vestergade 17";
    private static final List<String> NEEDLES = List.of(NAME, "Zacharias", "Kjærsgaard", "birthe.kjaersgaard@example.dk",
            "bzk@work.example", "20 30 40 50", "20304050", "61 72 83 94", "61728394", STREET, "Vestergade",
            "birthe.fb.page", "@birthe_insta", "Hjørring", "1984-03-09", "Zacharias family");

    @TempDir
    Path dir;
    TestApp app;
    AppContext context;
    ContactService contacts;
    PipelineRepository pipeline;
    RetentionViewModel model;

    @BeforeEach
    void setUp() {
        app = TestApp.open(dir, Locale.ENGLISH);
        context = app.context();
        context.pipeline().load();
        contacts = People.service(app.database(), TestApp.CLOCK);
        pipeline = new PipelineRepository(app.database(), new Changes(), TestApp.CLOCK);
        model = context.retention();
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void anonymiseDropsEverythingThatIdentifiesThePersonAndKeepsTheFunnelCounts() throws Exception {
        Contact anna = contacts.create(ContactDetails.named("Anna Jensen"), null);
        long id = contacts.create(new ContactDetails(NAME, List.of("20 30 40 50", "+45 61 72 83 94"),
                List.of("birthe.kjaersgaard@example.dk", "bzk@work.example"), "birthe.fb.page", "@birthe_insta",
                "linkedin.com/in/zacharias", "@zacharias.tt", "Hjørring", LocalDate.of(1984, 3, 9), Source.REFERRAL,
                anna.id(), Interest.BOTH, List.of("Zacharias family", "VIP"),
                "Lives at " + STREET + ", Hjørring. Mobile 20 30 40 50."), null).id();
        Contact carl = contacts.create(new ContactDetails("Carl Holm", List.of(), List.of(), "", "", "", "", "", null,
                Source.REFERRAL, id, null, List.of(), ""), null);
        List<Stage> stages = pipeline.stages();
        pipeline.move(id, stages.get(1).id(), 0);
        pipeline.move(id, stages.get(2).id(), 0);
        pipeline.addInteraction(id, InteractionType.CALL, LocalDate.of(2026, 11, 2),
                "Called Birthe Kjærsgaard on 20 30 40 50", "Wants to meet at " + STREET, null);
        pipeline.addInteraction(id, InteractionType.MEETING, LocalDate.of(2026, 11, 20), "Coffee in Hjørring", "", null);
        pipeline.addConsent(id, LocalDate.of(2026, 11, 2), "email", "May we write to birthe.kjaersgaard@example.dk?", true);
        pipeline.addConsent(id, LocalDate.of(2026, 11, 25), "phone", "Do not call 61 72 83 94.", false);
        context.calendarService().scheduleFollowUp(id, LocalDateTime.of(2026, 12, 1, 9, 0), Duration.ofMinutes(30));
        context.calendar().load();
        assertThat(context.calendar().create(new EventDraft("Coffee with Birthe Kjærsgaard", LocalDateTime.of(2026, 12, 3, 10, 0),
                LocalDateTime.of(2026, 12, 3, 11, 0), false, STREET + ", Hjørring", "Call 20 30 40 50 first", id,
                Kind.NETWORKING, null, null))).isTrue();
        // Marked last: a do-not-contact person can get no new follow-up.
        pipeline.setDoNotContact(id, true, "Zacharias asked not to be called");
        Path scanFile = dir.resolve("Birthe Kjærsgaard passport.pdf");
        java.nio.file.Files.writeString(scanFile, "%PDF-1.4 passport of Birthe");
        Path scan = context.contactAttachments().fileOf(context.contactAttachments().attach(id, scanFile, null));
        List<StageVisit> history = pipeline.stageHistory(id);
        List<Interaction> interactions = pipeline.interactions(id);
        int events = app.database().dsl().fetchCount(CALENDAR_EVENT);
        assertThat(foundInTables()).as("the check can see the person before").containsAll(NEEDLES);

        var editor = context.contactsEditor();
        editor.open(id);
        editor.form().notesProperty().set("Saved: " + NAME + " lives at " + STREET);
        assertThat(editor.save()).isTrue();
        assertThat(context.undo().canUndoProperty().get()).as("the saved edit can be undone").isTrue();
        editor.form().notesProperty().set("Unsaved: " + NAME + " lives at " + STREET);
        model.open();
        RetentionCandidate birthe = model.rows().stream().filter(c -> c.contactId() == id).findFirst().orElseThrow();
        model.anonymise(birthe);

        assertThat(editor.contactIdProperty().get()).as("an editor showing her lets go; its Save would write her back")
                .isNull();
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(context.undo().canUndoProperty().get()).as("no older command can write her back").isFalse();

        assertThat(foundInTables()).as("every column of every table").isEmpty();
        assertThat(context.contactAttachments().of(id)).as("the attachment rows").isEmpty();
        assertThat(scan).as("the attached file only she used").doesNotExist();
        Contact after = contacts.find(id).orElseThrow();
        assertThat(after.name()).matches("Anonymised [0-9A-F]{4}");
        assertThat(model.statusProperty().get()).contains(NAME).contains(after.name());
        assertThat(after.details().phones()).isEmpty();
        assertThat(after.details().emails()).isEmpty();
        assertThat(after.details().tags()).isEmpty();
        assertThat(after.details().referredBy()).isNull();
        assertThat(contacts.find(carl.id()).orElseThrow().details().referredBy()).isNull();
        // The funnel keeps its counts: stage history as it was, interactions by day and type, consents by day and channel.
        assertThat(pipeline.stageHistory(id)).isEqualTo(history);
        assertThat(pipeline.interactions(id)).extracting(Interaction::type, Interaction::date)
                .containsExactlyElementsOf(interactions.stream().map(i -> org.assertj.core.groups.Tuple.tuple(i.type(), i.date()))
                        .toList());
        assertThat(pipeline.consents(id)).extracting(c -> c.channel() + " " + c.given() + " " + c.date())
                .containsExactly("phone false 2026-11-25", "email true 2026-11-02");
        assertThat(pipeline.status(id).doNotContact()).isTrue();
        // Linked events stay in the calendar, without the person.
        assertThat(app.database().dsl().fetchCount(CALENDAR_EVENT)).isEqualTo(events);
        assertThat(app.database().dsl().fetchCount(CALENDAR_EVENT, CALENDAR_EVENT.CONTACT_ID.isNotNull())).isZero();
        assertThat(app.database().dsl().fetchValues(CALENDAR_EVENT.TITLE))
                .containsExactlyInAnyOrder("Follow-up", "Coffee with");
        // Never listed again, and not twice.
        assertThat(model.rows()).extracting(RetentionCandidate::contactId).doesNotContain(id);
        assertThatThrownBy(() -> new dk.netdesk.pipeline.RetentionRepository(app.database()).keep(id, LocalDate.now(TestApp.CLOCK), "x"))
                .isInstanceOf(IllegalStateException.class);
    }

    /** The needles found in any value of any table (FTS shadow tables included), ignoring case. */
    private List<String> foundInTables() {
        Database db = app.database();
        List<String> tables = db.dsl().fetch("SELECT name FROM sqlite_master WHERE type = 'table'").getValues(0, String.class);
        assertThat(tables).contains("contact", "calendar_event", "retention_decision", "library_fts_data");
        List<String> found = new ArrayList<>();
        for (String table : tables) {
            for (Record row : db.dsl().fetch("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                for (Object value : row.intoArray()) {
                    String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                            : String.valueOf(value);
                    String digits = text.replaceAll("\\D", "");
                    for (String needle : NEEDLES) {
                        boolean hit = text.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT))
                                || needle.matches("\\d{8}") && digits.contains(needle);
                        if (hit && !found.contains(needle)) {
                            found.add(needle);
                        }
                    }
                }
            }
        }
        return found;
    }
}
