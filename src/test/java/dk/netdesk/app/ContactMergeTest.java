package dk.netdesk.app;

import static dk.netdesk.db.generated.Tables.CALENDAR_EVENT;
import static dk.netdesk.db.generated.Tables.CONTACT;
import static dk.netdesk.db.generated.Tables.LIBRARY_SCRIPT_USE;
import static dk.netdesk.db.generated.Tables.RETENTION_DECISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.Interest;
import dk.netdesk.contacts.Source;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.library.LibraryItemDraft;
import dk.netdesk.library.LibraryKind;
import dk.netdesk.library.LibraryRepository;
import dk.netdesk.library.LibrarySource;
import dk.netdesk.library.ScriptOutcome;
import dk.netdesk.pipeline.ContactMerge;
import dk.netdesk.pipeline.ContactMerge.Field;
import dk.netdesk.pipeline.ContactMerge.Side;
import dk.netdesk.pipeline.ContactService;
import dk.netdesk.pipeline.ContactsMerged;
import dk.netdesk.pipeline.InteractionType;
import dk.netdesk.pipeline.MergeRepository;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.pipeline.Stage;
import dk.netdesk.testing.DatabaseDump;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Merging two contacts through the app as composed (real calendar, library and attachments): every row that
 * pointed at the merged-away contact ends on the kept one, and undo puts the whole database back exactly as it
 * was (a full dump of every table compared).
 */
class ContactMergeTest {

    @TempDir
    Path dir;
    @TempDir
    Path incoming;
    TestApp app;
    AppContext context;
    ContactService contacts;
    PipelineRepository pipeline;
    LibraryRepository library;
    ContactMerge merge;

    @BeforeEach
    void setUp() {
        app = TestApp.open(dir, Locale.ENGLISH);
        context = app.context();
        context.pipeline().load();
        contacts = People.service(app.database(), TestApp.CLOCK);
        pipeline = new PipelineRepository(app.database(), new Changes(), TestApp.CLOCK);
        library = new LibraryRepository(app.database(), new Changes(), TestApp.CLOCK);
        merge = context.contactMerge();
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    record Two(long kept, long other, long carl, long dora, long eva) {
    }

    /**
     * Kept: "Birthe Kjærsgaard" in stage 2 with a call, a consent, a tag and a phone. Other: "Birthe Kjaersgaard"
     * (the same phone written otherwise, another phone, two emails, tags, a city) in stage 3 with a call, a meeting,
     * a consent refusal, stage moves, a follow-up event and a typed event, a script use, an attachment, the referrer
     * of Carl, a retention decision, "not a duplicate" with Dora, and marked do-not-contact. Eva sits after the other
     * on the board.
     */
    private Two two() throws Exception {
        List<Stage> stages = pipeline.stages();
        Contact kept = contacts.create(new ContactDetails("Birthe Kjærsgaard", List.of("20 30 40 50"), List.of(),
                "", "", "", "", "", null, Source.WARM_MARKET, null, null, List.of("VIP"), "Met at the fair."), null);
        Contact other = contacts.create(new ContactDetails("Birthe Kjaersgaard", List.of("+45 20304050", "61 72 83 94"),
                List.of("birthe@example.dk", "bk@work.example"), "birthe.fb", "", "", "", "Hjørring",
                LocalDate.of(1984, 3, 9), Source.EVENT, null, Interest.BOTH, List.of("vip", "Family"), "Likes tea."), null);
        Contact carl = contacts.create(new ContactDetails("Carl Holm", List.of(), List.of(), "", "", "", "", "", null,
                Source.REFERRAL, other.id(), null, List.of(), ""), null);
        Contact dora = contacts.create(ContactDetails.named("Dora Berg"), null);
        Contact eva = contacts.create(ContactDetails.named("Eva Lund"), null);
        pipeline.move(kept.id(), stages.get(1).id(), 0);
        pipeline.move(other.id(), stages.get(1).id(), 0);
        pipeline.move(other.id(), stages.get(2).id(), 0);
        pipeline.move(eva.id(), stages.get(2).id(), 1);
        pipeline.addInteraction(kept.id(), InteractionType.CALL, LocalDate.of(2026, 11, 1), "First call", "", null);
        pipeline.addInteraction(other.id(), InteractionType.CALL, LocalDate.of(2026, 11, 2), "Called", "Good", null);
        pipeline.addInteraction(other.id(), InteractionType.MEETING, LocalDate.of(2026, 11, 20), "Coffee", "", null);
        pipeline.addConsent(kept.id(), LocalDate.of(2026, 11, 1), "email", "May we write?", true);
        pipeline.addConsent(other.id(), LocalDate.of(2026, 11, 2), "phone", "No calls.", false);
        long script = library.create(new LibraryItemDraft("Opening a call", LibraryKind.OBJECTION_SCRIPT, "Hello.",
                List.of(), LibrarySource.OWN, "en", "", "", null, List.of())).id();
        library.recordScriptUse(script, other.id(), ScriptOutcome.WORKED);
        context.calendarService().scheduleFollowUp(other.id(), LocalDateTime.of(2026, 12, 1, 9, 0), Duration.ofMinutes(30));
        context.calendarService().scheduleFollowUp(kept.id(), LocalDateTime.of(2026, 12, 2, 9, 0), Duration.ofMinutes(30));
        Path folder = Files.createDirectories(incoming.resolve("a"));
        context.contactAttachments().attach(other.id(), Files.writeString(folder.resolve("Kørekort.png"), "scan"), null);
        new MergeRepository(app.database()).dismiss(other.id(), dora.id(), TestApp.CLOCK.instant());
        app.database().dsl().insertInto(RETENTION_DECISION).set(RETENTION_DECISION.CONTACT_ID, other.id())
                .set(RETENTION_DECISION.DECISION, "KEPT").set(RETENTION_DECISION.DECIDED_ON, "2026-11-01")
                .set(RETENTION_DECISION.REASON, "Customer").execute();
        pipeline.setDoNotContact(other.id(), true, "Asked by email");
        return new Two(kept.id(), other.id(), carl.id(), dora.id(), eva.id());
    }

    private int count(org.jooq.Table<?> table, org.jooq.Condition where) {
        return app.database().dsl().fetchCount(table, where);
    }

    @Test
    void everyRowOfTheOtherEndsOnTheKeptContact() throws Exception {
        Two t = two();
        long stageOfKept = pipeline.card(t.kept()).stageId();
        int interactions = pipeline.interactions(t.kept()).size() + pipeline.interactions(t.other()).size();
        int consents = pipeline.consents(t.kept()).size() + pipeline.consents(t.other()).size();
        int history = pipeline.stageHistory(t.kept()).size() + pipeline.stageHistory(t.other()).size();
        List<Changes.Change> published = new ArrayList<>();
        Changes changes = new Changes();
        ContactMerge watched = new ContactMerge(app.database(), new dk.netdesk.contacts.ContactRepository(app.database(),
                TestApp.CLOCK), pipeline, new MergeRepository(app.database()), changes, TestApp.CLOCK);
        for (Changes.Topic topic : Changes.Topic.values()) {
            changes.subscribe(topic, published::add);
        }

        ContactMerge.Merged merged = watched.merge(t.kept(), t.other(),
                Map.of(Field.CITY, Side.OTHER, Field.NOTES, Side.BOTH, Field.BIRTHDAY, Side.OTHER), "me");

        assertThat(contacts.find(t.other())).isEmpty();
        Contact kept = contacts.find(t.kept()).orElseThrow();
        assertThat(kept.name()).isEqualTo("Birthe Kjærsgaard");
        assertThat(kept.details().phones()).containsExactly("20 30 40 50", "61 72 83 94");
        assertThat(kept.details().emails()).containsExactly("birthe@example.dk", "bk@work.example");
        assertThat(kept.details().tags()).containsExactlyInAnyOrder("VIP", "Family");
        assertThat(kept.details().city()).isEqualTo("Hjørring");
        assertThat(kept.details().birthday()).isEqualTo(LocalDate.of(1984, 3, 9));
        assertThat(kept.details().notes()).isEqualTo("Met at the fair.\n\nLikes tea.");
        assertThat(kept.details().source()).isEqualTo(Source.WARM_MARKET);
        assertThat(kept.details().facebook()).isEqualTo("");
        assertThat(pipeline.interactions(t.kept())).hasSize(interactions);
        assertThat(pipeline.consents(t.kept())).hasSize(consents);
        assertThat(pipeline.stageHistory(t.kept())).hasSize(history);
        assertThat(count(CALENDAR_EVENT, CALENDAR_EVENT.CONTACT_ID.eq(t.kept()))).isEqualTo(2);
        assertThat(count(LIBRARY_SCRIPT_USE, LIBRARY_SCRIPT_USE.CONTACT_ID.eq(t.kept()))).isEqualTo(1);
        assertThat(context.contactAttachments().of(t.kept())).extracting(a -> a.fileName()).containsExactly("Kørekort.png");
        assertThat(contacts.find(t.carl()).orElseThrow().details().referredBy()).isEqualTo(t.kept());
        assertThat(count(RETENTION_DECISION, RETENTION_DECISION.CONTACT_ID.eq(t.kept()))).isEqualTo(1);
        // do-not-contact: the merged contact stays marked, with no follow-up date
        assertThat(kept.doNotContact()).isTrue();
        assertThat(kept.doNotContactReason()).isEqualTo("Asked by email");
        assertThat(pipeline.status(t.kept()).nextFollowUp()).isNull();
        // the kept card stays where it was; the other's card is gone and Eva closes the gap
        assertThat(pipeline.card(t.kept()).stageId()).isEqualTo(stageOfKept);
        assertThat(pipeline.loadBoard().cards()).noneMatch(c -> c.contactId() == t.other());
        assertThat(pipeline.card(t.eva()).position()).isZero();
        assertThat(merge.pairs()).noneMatch(p -> p.first().id() == t.other() || p.second().id() == t.other());
        assertThat(merged.otherName()).isEqualTo("Birthe Kjaersgaard");
        assertThat(published).extracting(Changes.Change::topic)
                .contains(Changes.Topic.CONTACTS, Changes.Topic.PIPELINE, Changes.Topic.CALENDAR);
        assertThat(published.stream().filter(c -> c.topic() == Changes.Topic.CONTACTS).findFirst().orElseThrow().origin())
                .isEqualTo(new ContactsMerged(t.kept(), t.other(), "me"));
    }

    @Test
    void undoPutsEveryTableBackExactlyAndRedoMergesAgain() throws Exception {
        Two t = two();
        Database db = app.database();
        String before = DatabaseDump.dump(db);

        ContactMerge.Merged merged = merge.merge(t.kept(), t.other(), Map.of(Field.NAME, Side.OTHER,
                Field.INTEREST, Side.OTHER, Field.FACEBOOK, Side.OTHER), null);
        String after = DatabaseDump.dump(db);
        assertThat(after).isNotEqualTo(before);
        assertThat(contacts.find(t.kept()).orElseThrow().name()).isEqualTo("Birthe Kjaersgaard");

        merge.undo(merged, null);
        assertThat(DatabaseDump.dump(db)).isEqualTo(before);

        ContactMerge.Merged again = merge.merge(t.kept(), t.other(), merged.choices(), null);
        assertThat(DatabaseDump.dump(db)).isEqualTo(after);
        merge.undo(again, null);
        assertThat(DatabaseDump.dump(db)).isEqualTo(before);
    }

    @Test
    void everyColumnThatRefersToAContactHasAHandling() {
        List<String> inSchema = new MergeRepository(app.database()).referencesToContact().stream()
                .map(dk.netdesk.db.RowSnapshot.ForeignKey::name).toList();
        // A table added later that refers to contact fails here until ContactMerge.HANDLING says what a merge does with it.
        assertThat(merge.unhandled()).isEmpty();
        assertThat(ContactMerge.HANDLING.keySet()).containsExactlyInAnyOrderElementsOf(inSchema);
        assertThat(inSchema).contains("interaction.contact_id", "consent.contact_id", "stage_history.contact_id",
                "calendar_event.contact_id", "contact_attachment.contact_id", "contact.referred_by",
                "retention_decision.contact_id", "library_script_use.contact_id");
    }

    @Test
    void aNewTableReferringToContactsStopsTheMergeAndChangesNothing() throws Exception {
        Two t = two();
        Database db = app.database();
        db.dsl().execute("CREATE TABLE contact_note_x (id INTEGER PRIMARY KEY, contact_id INTEGER REFERENCES contact (id) ON DELETE CASCADE)");
        db.dsl().execute("INSERT INTO contact_note_x (contact_id) VALUES (?)", t.other());
        String before = DatabaseDump.dump(db);

        assertThat(merge.unhandled()).containsExactly("contact_note_x.contact_id");
        assertThatThrownBy(() -> merge.merge(t.kept(), t.other(), Map.of(), null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("contact_note_x.contact_id");
        assertThat(DatabaseDump.dump(db)).isEqualTo(before);
    }

    @Test
    void badInputIsRefusedAndChangesNothing() throws Exception {
        Two t = two();
        String before = DatabaseDump.dump(app.database());

        assertThatThrownBy(() -> merge.merge(t.kept(), t.kept(), Map.of(), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> merge.merge(t.kept(), t.other(), Map.of(Field.CITY, Side.BOTH), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> merge.merge(t.kept(), 9999, Map.of(), null)).isInstanceOf(IllegalStateException.class);
        assertThat(DatabaseDump.dump(app.database())).isEqualTo(before);
    }

    @Test
    void pairsCarryTheirReasonsAndADismissedPairIsNotListedAgain() throws Exception {
        Two t = two();
        var pair = merge.pairs().stream().filter(p -> p.first().id() == t.kept() && p.second().id() == t.other())
                .findFirst().orElseThrow();
        assertThat(pair.reasons()).extracting(r -> r.kind().name()).containsExactly("PHONE", "SIMILAR_NAME");
        assertThat(pair.reasons().get(0).value()).isEqualTo("+4520304050");

        merge.dismiss(t.other(), t.kept(), null);
        assertThat(merge.pairs()).noneMatch(p -> p.key().equals(pair.key()));
        merge.undismiss(t.kept(), t.other(), null);
        assertThat(merge.pairs()).anyMatch(p -> p.key().equals(pair.key()));
        assertThat(db(t.other())).isEqualTo(1);
    }

    private int db(long id) {
        return count(CONTACT, CONTACT.ID.eq(id));
    }
}
