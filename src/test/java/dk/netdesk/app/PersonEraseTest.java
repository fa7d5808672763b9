package dk.netdesk.app;

import static dk.netdesk.db.generated.Tables.CALENDAR_EVENT;
import static dk.netdesk.db.generated.Tables.CONTACT_ATTACHMENT;
import static dk.netdesk.db.generated.Tables.LIBRARY_ATTACHMENT;
import static dk.netdesk.db.generated.Tables.LIBRARY_SCRIPT_USE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.netdesk.calendar.EventDraft;
import dk.netdesk.calendar.Kind;
import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactAttachment;
import dk.netdesk.contacts.ContactAttachments;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.ContactRef;
import dk.netdesk.contacts.Interest;
import dk.netdesk.contacts.Source;
import dk.netdesk.db.AttachmentStore;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.library.LibraryItemDraft;
import dk.netdesk.library.LibraryKind;
import dk.netdesk.library.LibraryRepository;
import dk.netdesk.library.LibrarySource;
import dk.netdesk.library.ScriptOutcome;
import dk.netdesk.pipeline.ContactService;
import dk.netdesk.pipeline.ErasureLogRepository;
import dk.netdesk.pipeline.InteractionType;
import dk.netdesk.pipeline.PersonErase;
import dk.netdesk.pipeline.PersonErase.EventChoice;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.pipeline.Stage;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Erase this person" through the app as composed (the real calendar and library links): a person
 * with data in every table that can hold it is erased, and then neither any table, nor the library's
 * FTS index, nor the bytes of {@code netdesk.db} and {@code netdesk.db-wal} hold their name, emails,
 * phones or street. Of their two attachments, the file only they used is gone from disk, and the one a
 * library item shares stays with the library's row.
 */
class PersonEraseTest {

    private static final String NAME = "Birthe Zacharias Kjærsgaard";
    private static final String STREET = "Vestergade 17";
    /** What must be gone: the name and its rarer parts, the emails, phones (as typed and as digits), street, handles. */
    private static final List<String> NEEDLES = List.of(NAME, "Zacharias", "Kjærsgaard", "birthe.kjaersgaard@example.dk",
            "bzk@work.example", "20 30 40 50", "20304050", "61 72 83 94", "61728394", STREET, "Vestergade",
            "birthe.fb.page", "@birthe_insta");

    @TempDir
    Path dir;
    @TempDir
    Path incoming;
    TestApp app;
    AppContext context;
    ContactService contacts;
    PipelineRepository pipeline;
    LibraryRepository library;
    PersonErase erase;

    @BeforeEach
    void setUp() {
        app = TestApp.open(dir, Locale.ENGLISH);
        context = app.context();
        context.pipeline().load();
        contacts = People.service(app.database(), TestApp.CLOCK);
        pipeline = new PipelineRepository(app.database(), new Changes(), TestApp.CLOCK);
        library = new LibraryRepository(app.database(), new Changes(), TestApp.CLOCK);
        erase = context.personErase();
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    record Person(long id, long anna, long carl, long script, long followUp, long coffee, long lunch,
                  ContactAttachment onlyTheirs, ContactAttachment shared, long priceList) {
    }

    /** A file to attach, written under its own folder so that two may have the same name. */
    private Path file(String name, String content) throws java.io.IOException {
        Path folder = Files.createDirectories(incoming.resolve(String.valueOf(System.nanoTime())));
        return Files.writeString(folder.resolve(name), content);
    }

    /**
     * Birthe, referred by Anna and referrer of Carl, with several phones, emails and tags, a city,
     * social handles, notes, stage moves, interactions, consents, do-not-contact, a script use, a
     * follow-up Netdesk made, two typed events whose title, location and notes hold her
     * name, street, phone and email, and two attachments named after her: a scan only she has, and
     * the price list that a library item has too (the same file).
     */
    private Person everything() throws java.io.IOException {
        Contact anna = contacts.create(ContactDetails.named("Anna Jensen"), null);
        Contact birthe = contacts.create(new ContactDetails(NAME, List.of("20 30 40 50", "+45 61 72 83 94"),
                List.of("birthe.kjaersgaard@example.dk", "bzk@work.example"), "birthe.fb.page", "@birthe_insta",
                "linkedin.com/in/zacharias", "@zacharias.tt", "Hjørring", LocalDate.of(1984, 3, 9), Source.REFERRAL,
                anna.id(), Interest.BOTH, List.of("Zacharias family", "VIP"),
                "Lives at " + STREET + ", Hjørring. Mobile 20 30 40 50."), null);
        long id = birthe.id();
        Contact carl = contacts.create(new ContactDetails("Carl Holm", List.of(), List.of(), "", "", "", "", "", null,
                Source.REFERRAL, id, null, List.of(), ""), null);
        List<Stage> stages = pipeline.stages();
        pipeline.move(id, stages.get(1).id(), 0);
        pipeline.move(id, stages.get(2).id(), 0);
        pipeline.addInteraction(id, InteractionType.CALL, LocalDate.of(2026, 11, 2), "Called Birthe Kjærsgaard on 20 30 40 50",
                "Wants to meet at " + STREET, null);
        pipeline.addInteraction(id, InteractionType.MEETING, LocalDate.of(2026, 11, 20), "Coffee", "", null);
        pipeline.addConsent(id, LocalDate.of(2026, 11, 2), "email", "May we write to birthe.kjaersgaard@example.dk?", true);
        pipeline.addConsent(id, LocalDate.of(2026, 11, 25), "phone", "Do not call 61 72 83 94.", false);
        long script = library.create(new LibraryItemDraft("Opening a call", LibraryKind.OBJECTION_SCRIPT,
                "Say hello.", List.of(), LibrarySource.OWN, "en", "", "", null, List.of())).id();
        library.recordScriptUse(script, id, ScriptOutcome.WORKED);
        long followUp = context.calendarService().scheduleFollowUp(id, LocalDateTime.of(2026, 12, 1, 9, 0),
                Duration.ofMinutes(30)).id();
        // marked after the follow-up was planned: a do-not-contact person cannot be given a new one
        pipeline.setDoNotContact(id, true, "Zacharias asked not to be called");
        context.calendar().load();
        assertThat(context.calendar().create(new EventDraft("Coffee with Birthe Kjærsgaard", LocalDateTime.of(2026, 12, 3, 10, 0),
                LocalDateTime.of(2026, 12, 3, 11, 0), false, STREET + ", Hjørring", "Call 20 30 40 50 first", id,
                Kind.NETWORKING, null, null))).isTrue();
        assertThat(context.calendar().create(new EventDraft("Lunch, Zacharias", LocalDateTime.of(2026, 12, 4, 12, 0),
                LocalDateTime.of(2026, 12, 4, 13, 0), false, "", "Mail bzk@work.example the menu", id,
                Kind.OTHER, null, null))).isTrue();
        List<PersonErase.LinkedEvent> typed = erase.preview(id).typedEvents();
        long coffee = typed.stream().filter(e -> e.title().startsWith("Coffee")).findFirst().orElseThrow().id();
        long lunch = typed.stream().filter(e -> e.title().startsWith("Lunch")).findFirst().orElseThrow().id();
        long priceList = library.create(new LibraryItemDraft("Price list", LibraryKind.PRODUCT_SHEET, "Prices.",
                List.of(), LibrarySource.COMPANY, "en", "", "", null, List.of())).id();
        library.addAttachment(priceList, new AttachmentStore(dir).store(file("Price list 2026.pdf", "%PDF-1.4 prices")));
        ContactAttachments attachments = context.contactAttachments();
        ContactAttachment scan = attachments.attach(id, file("Kjærsgaard passport.png", "scan of Birthe's passport"), null);
        ContactAttachment shared = attachments.attach(id, file("Prices for Zacharias.pdf", "%PDF-1.4 prices"), null);
        return new Person(id, anna.id(), carl.id(), script, followUp, coffee, lunch, scan, shared, priceList);
    }

    @Test
    void thePreviewCountsEverythingAndListsMentionsWithoutChangingThem() throws Exception {
        Person p = everything();
        contacts.update(p.anna(), new ContactDetails("Anna Jensen", List.of(), List.of(), "", "", "", "", "", null, null,
                null, null, List.of(), "Introduced me to birthe zacharias kjærsgaard."), null);
        assertThat(context.calendar().create(new EventDraft("Ask Birthe Zacharias Kjærsgaard about Carl",
                LocalDateTime.of(2026, 12, 8, 9, 0), LocalDateTime.of(2026, 12, 8, 10, 0), false, "", "", p.carl(),
                Kind.OTHER, null, null))).isTrue();

        PersonErase.Preview preview = erase.preview(p.id());

        assertThat(preview.name()).isEqualTo(NAME);
        assertThat(preview.phones()).isEqualTo(2);
        assertThat(preview.emails()).isEqualTo(2);
        assertThat(preview.tags()).isEqualTo(2);
        assertThat(preview.stageHistory()).isEqualTo(3);
        assertThat(preview.interactions()).isEqualTo(2);
        assertThat(preview.consents()).isEqualTo(2);
        assertThat(preview.scriptUses()).isEqualTo(1);
        assertThat(preview.attachmentsOnlyTheirs()).as("the scan").isEqualTo(1);
        assertThat(preview.attachmentsShared()).as("the price list the library has too").isEqualTo(1);
        assertThat(preview.events()).extracting(PersonErase.LinkedEvent::title, PersonErase.LinkedEvent::madeByNetdesk)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Follow-up: " + NAME, true),
                        org.assertj.core.groups.Tuple.tuple("Coffee with Birthe Kjærsgaard", false),
                        org.assertj.core.groups.Tuple.tuple("Lunch, Zacharias", false));
        assertThat(preview.typedEvents()).extracting(PersonErase.LinkedEvent::id).containsExactly(p.coffee(), p.lunch());
        assertThat(preview.referrals()).extracting(ContactRef::id).containsExactly(p.carl());
        assertThat(preview.notesMentions()).extracting(ContactRef::id).containsExactly(p.anna());
        assertThat(preview.eventMentions()).extracting(m -> m.title())
                .containsExactly("Ask Birthe Zacharias Kjærsgaard about Carl");

        PersonErase.Erased erased = erase.erase(p.id(), Map.of(p.coffee(), EventChoice.KEEP_WITHOUT_PERSON,
                p.lunch(), EventChoice.DELETE));
        assertThat(erased.eventsDeleted()).isEqualTo(2);
        assertThat(erased.eventsKept()).isEqualTo(1);
        assertThat(contacts.find(p.anna()).orElseThrow().notes()).as("mentions are listed, not changed")
                .isEqualTo("Introduced me to birthe zacharias kjærsgaard.");
        assertThat(app.database().dsl().fetchCount(CALENDAR_EVENT,
                CALENDAR_EVENT.TITLE.eq("Ask Birthe Zacharias Kjærsgaard about Carl")))
                .isEqualTo(1);
    }

    @Test
    void anEraseWithoutAChoiceForATypedEventWritesNothing() throws Exception {
        Person p = everything();
        int eventsBefore = app.database().dsl().fetchCount(CALENDAR_EVENT);

        assertThatThrownBy(() -> erase.erase(p.id(), Map.of(p.coffee(), EventChoice.DELETE)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(contacts.find(p.id())).isPresent();
        assertThat(app.database().dsl().fetchCount(CALENDAR_EVENT)).isEqualTo(eventsBefore);
        assertThat(new ErasureLogRepository(app.database()).entries()).isEmpty();
        assertThat(erase.preview(p.id()).interactions()).isEqualTo(2);
        assertThat(context.contactAttachments().of(p.id())).hasSize(2);
        assertThat(context.contactAttachments().fileOf(p.onlyTheirs())).exists();
    }

    @Test
    void afterAnEraseNoTableNoIndexAndNoByteOfTheFilesHoldsThePerson() throws Exception {
        Person p = everything();
        Database db = app.database();
        assertThat(db.secureDeleteOn()).isTrue();
        assertThat(db.checkpointTruncate()).isTrue();
        assertThat(foundInFiles()).as("the check finds the person before the erase")
                .contains(NAME, "birthe.kjaersgaard@example.dk", "20 30 40 50", STREET);
        assertThat(foundInTables()).contains(NAME, STREET, "Zacharias", "Kjærsgaard");
        Path scan = context.contactAttachments().fileOf(p.onlyTheirs());
        Path prices = context.contactAttachments().fileOf(p.shared());
        assertThat(scan).exists();
        assertThat(prices).exists();
        assertThat(p.shared().sha256()).as("one stored file for the item and the person")
                .isEqualTo(library.find(p.priceList()).orElseThrow().attachments().get(0).sha256());

        PersonErase.Erased erased = erase.erase(p.id(), Map.of(p.coffee(), EventChoice.KEEP_WITHOUT_PERSON,
                p.lunch(), EventChoice.DELETE));

        assertThat(erased.checkpointed()).isTrue();
        assertThat(erased.eventsDeleted()).as("the follow-up and the lunch").isEqualTo(2);
        assertThat(erased.eventsKept()).isEqualTo(1);
        assertThat(foundInTables()).as("every table (FTS shadow tables included), every column").isEmpty();
        assertThat(db.dsl().fetch(
                "SELECT rowid FROM library_fts WHERE library_fts MATCH 'Kjærsgaard OR Zacharias OR Vestergade OR Birthe'"))
                .isEmpty();
        Path wal = dir.resolve(Database.FILE_NAME + "-wal");
        assertThat(!Files.exists(wal) || Files.size(wal) == 0).as("the WAL is truncated").isTrue();
        assertThat(foundInFiles()).as("bytes of netdesk.db and netdesk.db-wal").isEmpty();

        // Their attachments: no row left; the file only they used is gone, the shared one stays with the library's row.
        assertThat(db.dsl().fetchCount(CONTACT_ATTACHMENT)).isZero();
        assertThat(scan).doesNotExist();
        assertThat(prices).exists();
        assertThat(Files.readString(prices)).isEqualTo("%PDF-1.4 prices");
        assertThat(db.dsl().fetchCount(LIBRARY_ATTACHMENT, LIBRARY_ATTACHMENT.ITEM_ID.eq(p.priceList())
                .and(LIBRARY_ATTACHMENT.SHA256.eq(p.shared().sha256())))).isEqualTo(1);
        assertThat(library.find(p.priceList()).orElseThrow().attachments()).extracting(a -> a.fileName())
                .containsExactly("Price list 2026.pdf");

        // What stays, without the person.
        assertThat(contacts.find(p.id())).isEmpty();
        assertThat(contacts.find(p.carl()).orElseThrow().details().referredBy()).isNull();
        assertThat(contacts.find(p.anna())).isPresent();
        var coffee = db.dsl().selectFrom(CALENDAR_EVENT).where(CALENDAR_EVENT.ID.eq(p.coffee())).fetchOne();
        assertThat(coffee).isNotNull();
        assertThat(coffee.getTitle()).isEqualTo("Coffee with");
        assertThat(coffee.getContactId()).isNull();
        assertThat(coffee.getLocation()).isEmpty();
        assertThat(coffee.getNotes()).isEmpty();
        assertThat(db.dsl().fetchCount(CALENDAR_EVENT)).isEqualTo(1);
        assertThat(db.dsl().fetchCount(LIBRARY_SCRIPT_USE, LIBRARY_SCRIPT_USE.ITEM_ID.eq(p.script())
                .and(LIBRARY_SCRIPT_USE.CONTACT_ID.isNull()))).as("the script use is kept, unlinked").isEqualTo(1);
        List<ErasureLogRepository.Entry> log = new ErasureLogRepository(db).entries();
        assertThat(log).containsExactly(new ErasureLogRepository.Entry(Instant.now(TestApp.CLOCK), erased.reference()));
        assertThat(erased.reference()).matches("[0-9a-f-]{36}");
    }

    @Test
    void anOrdinaryDeleteKeepsTheFilesForUndoEvenWhenAnEraseFollows() throws Exception {
        ContactService service = context.contactService();
        ContactAttachments attachments = context.contactAttachments();
        Contact erik = service.create(ContactDetails.named("Erik Holm"), null);
        Contact frida = service.create(ContactDetails.named("Frida Holm"), null);
        ContactAttachment erikOwn = attachments.attach(erik.id(), file("Erik.png", "only Erik's"), null);
        ContactAttachment erikShared = attachments.attach(erik.id(), file("Family.pdf", "%PDF-1.4 family"), null);
        attachments.attach(frida.id(), file("Family photo.pdf", "%PDF-1.4 family"), null);

        ContactService.DeletedContact deleted = service.delete(erik.id(), null).orElseThrow();
        assertThat(deleted.attachments()).containsExactly(erikOwn, erikShared);
        assertThat(app.database().dsl().fetchCount(CONTACT_ATTACHMENT, CONTACT_ATTACHMENT.CONTACT_ID.eq(erik.id())))
                .as("the rows go with the contact").isZero();
        // Frida is erased while Erik's delete can still be undone: the file they shared is not hers alone to take.
        assertThat(erase.preview(frida.id()).attachmentsShared()).as("no row refers to it but hers").isZero();
        erase.erase(frida.id(), Map.of());
        assertThat(attachments.fileOf(erikShared)).as("kept for the undo of Erik's delete").exists();
        assertThat(attachments.fileOf(erikOwn)).exists();

        service.restore(deleted, null);
        assertThat(attachments.of(erik.id())).containsExactly(erikOwn, erikShared);
        assertThat(Files.readString(attachments.fileOf(erikShared))).isEqualTo("%PDF-1.4 family");
        assertThat(Files.readString(attachments.fileOf(erikOwn))).isEqualTo("only Erik's");
    }

    @Test
    void aKeptEventWhoseTitleWasOnlyTheNameIsCalledByItsKind() {
        Contact dora = contacts.create(new ContactDetails("Dora Vang", List.of("55 66 77 88"), List.of(), "", "", "", "",
                "", null, null, null, null, List.of(), ""), null);
        context.calendar().load();
        assertThat(context.calendar().create(new EventDraft("Dora Vang", LocalDateTime.of(2026, 12, 9, 18, 0),
                LocalDateTime.of(2026, 12, 9, 19, 0), false, "Her place", "55667788", dora.id(), Kind.NETWORKING,
                null, null))).isTrue();
        long event = erase.preview(dora.id()).typedEvents().get(0).id();

        erase.erase(dora.id(), Map.of(event, EventChoice.KEEP_WITHOUT_PERSON));

        var kept = app.database().dsl().selectFrom(CALENDAR_EVENT).where(CALENDAR_EVENT.ID.eq(event)).fetchOne();
        assertThat(kept.getTitle()).isEqualTo("Networking event");
        assertThat(kept.getContactId()).isNull();
        assertThat(kept.getLocation() + kept.getNotes()).isEmpty();
        assertThat(kept.getStartLocal()).isEqualTo("2026-12-09T18:00");
    }

    /** The needles found in any value of any table (virtual and FTS shadow tables included), ignoring case. */
    private List<String> foundInTables() {
        Database db = app.database();
        List<String> tables = db.dsl().fetch("SELECT name FROM sqlite_master WHERE type = 'table'").getValues(0, String.class);
        assertThat(tables).contains("contact", "calendar_event", "library_fts", "library_fts_data", "erasure_log");
        List<String> found = new ArrayList<>();
        for (String table : tables) {
            for (Record row : db.dsl().fetch("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                for (Object value : row.intoArray()) {
                    String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                            : String.valueOf(value);
                    for (String needle : NEEDLES) {
                        if (text.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT)) && !found.contains(needle)) {
                            found.add(needle);
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The needles found, as UTF-8 bytes in their own or lower case, in netdesk.db or netdesk.db-wal. */
    private List<String> foundInFiles() throws Exception {
        List<String> found = new ArrayList<>();
        for (String suffix : new String[] {"", "-wal"}) {
            Path file = dir.resolve(Database.FILE_NAME + suffix);
            if (!Files.exists(file)) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            for (String needle : NEEDLES) {
                for (String form : List.of(needle, needle.toLowerCase(Locale.ROOT))) {
                    if (indexOf(bytes, form.getBytes(StandardCharsets.UTF_8)) >= 0 && !found.contains(needle)) {
                        found.add(needle);
                    }
                }
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
