package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.netdesk.calendar.EventDraft;
import dk.netdesk.calendar.Kind;
import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactAttachment;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.Interest;
import dk.netdesk.contacts.Source;
import dk.netdesk.db.Changes;
import dk.netdesk.db.FileModes;
import dk.netdesk.library.LibraryItemDraft;
import dk.netdesk.library.LibraryKind;
import dk.netdesk.library.LibraryRepository;
import dk.netdesk.library.LibrarySource;
import dk.netdesk.library.ScriptOutcome;
import dk.netdesk.pipeline.Consent;
import dk.netdesk.pipeline.ContactDetailsViewModel;
import dk.netdesk.pipeline.ContactService;
import dk.netdesk.pipeline.Interaction;
import dk.netdesk.pipeline.InteractionType;
import dk.netdesk.pipeline.PersonExport;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.pipeline.Stage;
import dk.netdesk.pipeline.StageVisit;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.Email;
import ezvcard.property.Telephone;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Export this person's data" through the app as composed (the contact details' editor, the real
 * calendar and library links): a person with data in every place it can be, exported, read back
 * with Jackson and ez-vcard, and compared field by field with what is stored.
 */
class PersonExportTest {

    private static final ZoneId ZONE = TestApp.CLOCK.getZone();

    @TempDir
    Path dir;
    @TempDir
    Path out;
    @TempDir
    Path files;
    TestApp app;
    AppContext context;
    ContactService contacts;
    PipelineRepository pipeline;
    LibraryRepository library;

    @BeforeEach
    void setUp() {
        app = TestApp.open(dir, Locale.ENGLISH);
        context = app.context();
        context.pipeline().load();
        contacts = People.service(app.database(), TestApp.CLOCK);
        pipeline = new PipelineRepository(app.database(), new Changes(), TestApp.CLOCK);
        library = new LibraryRepository(app.database(), new Changes(), TestApp.CLOCK);
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    /** Bo, referred by Anna, with several phones, emails and tags, stage moves, interactions, consents, events and a script use. */
    private Contact everything() {
        Contact anna = contacts.create(ContactDetails.named("Anna Jensen"), null);
        Contact bo = contacts.create(new ContactDetails("Bo Ærø Nielsen", List.of("20 30 40 50", "+45 11 22 33 44"),
                List.of("bo@example.dk", "bo@work.dk"), "bo.fb", "@bo", "linkedin.com/in/bo", "@bo.tt", "Århus",
                LocalDate.of(1990, 5, 17), Source.REFERRAL, anna.id(), Interest.BOTH, List.of("skin care", "Odense", "VIP"),
                "Met at the fair.\nLikes tea — and \"quotes\"."), null);
        long id = bo.id();
        List<Stage> stages = pipeline.stages();
        pipeline.move(id, stages.get(1).id(), 0);
        pipeline.move(id, stages.get(2).id(), 0);
        pipeline.addInteraction(id, InteractionType.CALL, LocalDate.of(2026, 11, 2), "First call", "Interested", null);
        pipeline.addInteraction(id, InteractionType.MEETING, LocalDate.of(2026, 11, 20), "Coffee", "", null);
        pipeline.addConsent(id, LocalDate.of(2026, 11, 2), "email", "May we send you our newsletter?", true);
        pipeline.addConsent(id, LocalDate.of(2026, 11, 25), "phone", "Please do not call me.", false);
        long script = library.create(new LibraryItemDraft("Opening a call", LibraryKind.OBJECTION_SCRIPT,
                "Say hello.", List.of(), LibrarySource.OWN, "en", "", "", null, List.of())).id();
        library.recordScriptUse(script, id, ScriptOutcome.WORKED);
        context.calendar().load();
        assertThat(context.calendar().create(new EventDraft("Coffee with Bo", LocalDateTime.of(2026, 12, 3, 10, 0),
                LocalDateTime.of(2026, 12, 3, 11, 0), false, "Strøget 1, Odense", "Call 20 30 40 50 first", id,
                Kind.NETWORKING, null, null))).isTrue();
        assertThat(context.calendar().create(new EventDraft("Bo's birthday party", LocalDateTime.of(2026, 12, 5, 0, 0),
                LocalDateTime.of(2026, 12, 6, 0, 0), true, "", "", id, Kind.OTHER, null, null))).isTrue();
        pipeline.setDoNotContact(id, true, "Asked not to be called");
        // Two files with the same name, and one whose name comes in decomposed (NFD), as macOS gives it.
        attach(id, "Kontrakt.pdf", "%PDF-1.4 contract one");
        attach(id, "Bo pa\u030a messen.png", "png bytes of the fair");
        attach(id, "Kontrakt.pdf", "%PDF-1.4 contract two, signed");
        return contacts.find(id).orElseThrow();
    }

    private void attach(long contactId, String name, String content) {
        try {
            Path folder = Files.createDirectories(files.resolve(String.valueOf(System.nanoTime())));
            Path file = Files.writeString(folder.resolve(name), content);
            context.contactAttachments().attach(contactId, file, null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path exportThroughTheEditor(long id) {
        ContactDetailsViewModel details = context.pipelineDetails();
        assertThat(details.open(id)).isTrue();
        details.exportPerson(out);
        Path written = details.lastExportProperty().get();
        assertThat(written).isNotNull();
        assertThat(context.status().textProperty().get())
                .isEqualTo("Exported Bo Ærø Nielsen's data to " + written);
        return written;
    }

    @Test
    void theJsonHoldsEverythingStoredAboutThePersonFieldByField() throws Exception {
        Contact bo = everything();
        Path folder = exportThroughTheEditor(bo.id());

        assertThat(folder.getParent()).isEqualTo(out);
        assertThat(folder.getFileName().toString()).isEqualTo("Bo Ærø Nielsen-2026-11-28");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(PersonExport.JSON_FILE, PersonExport.VCARD_FILE,
                            PersonExport.ATTACHMENTS_FOLDER);
        }
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).as("no temporary folder is left beside it").containsExactly(folder);
        }
        String text = Files.readString(folder.resolve(PersonExport.JSON_FILE), StandardCharsets.UTF_8);
        assertThat(text).as("readable: pretty-printed, UTF-8 as it is").contains("\n  \"contact\"").contains("Århus");
        JsonNode root = new ObjectMapper().readTree(text);
        assertThat(root.get("format").asText()).isEqualTo(PersonExport.FORMAT);
        assertThat(OffsetDateTime.parse(root.get("exportedAt").asText()).toInstant()).isEqualTo(Instant.now(TestApp.CLOCK));

        ContactDetails d = bo.details();
        JsonNode c = root.get("contact");
        assertThat(c.get("id").asLong()).isEqualTo(bo.id());
        assertThat(c.get("name").asText()).isEqualTo(d.name());
        assertThat(texts(c.get("phones"))).isEqualTo(d.phones());
        assertThat(texts(c.get("emails"))).isEqualTo(d.emails());
        assertThat(c.get("facebook").asText()).isEqualTo(d.facebook());
        assertThat(c.get("instagram").asText()).isEqualTo(d.instagram());
        assertThat(c.get("linkedin").asText()).isEqualTo(d.linkedin());
        assertThat(c.get("tiktok").asText()).isEqualTo(d.tiktok());
        assertThat(c.get("city").asText()).isEqualTo(d.city());
        assertThat(LocalDate.parse(c.get("birthday").asText())).isEqualTo(d.birthday());
        assertThat(c.get("source").asText()).isEqualTo(d.source().name());
        assertThat(c.get("referredBy").get("id").asLong()).isEqualTo(d.referredBy());
        assertThat(c.get("referredBy").get("name").asText()).isEqualTo("Anna Jensen");
        assertThat(c.get("interest").asText()).isEqualTo(d.interest().name());
        assertThat(texts(c.get("tags"))).isEqualTo(d.tags()).hasSize(3);
        assertThat(c.get("notes").asText()).isEqualTo(d.notes());
        assertThat(c.get("doNotContact").asBoolean()).isTrue();
        assertThat(c.get("doNotContactReason").asText()).isEqualTo(bo.doNotContactReason()).isNotEmpty();
        assertThat(OffsetDateTime.parse(c.get("createdAt").asText()).toInstant()).isEqualTo(bo.createdAt());
        assertThat(OffsetDateTime.parse(c.get("updatedAt").asText()).toInstant()).isEqualTo(bo.updatedAt());
        assertThat(c.get("createdAt").asText()).as("moments carry the offset of the clock's zone").endsWith("+01:00");

        assertThat(root.get("pipeline").get("stage").asText()).isEqualTo(pipeline.status(bo.id()).stageName());

        List<StageVisit> visits = new ArrayList<>(pipeline.stageHistory(bo.id()));
        Collections.reverse(visits);
        JsonNode history = root.get("stageHistory");
        assertThat(history).hasSize(3);
        for (int i = 0; i < visits.size(); i++) {
            assertThat(history.get(i).get("stage").asText()).isEqualTo(visits.get(i).stageName());
            assertThat(OffsetDateTime.parse(history.get(i).get("enteredAt").asText()).toInstant())
                    .isEqualTo(visits.get(i).enteredAt());
        }
        assertThat(history.get(2).get("stage").asText()).isEqualTo(pipeline.stages().get(2).name());

        List<Interaction> interactions = new ArrayList<>(pipeline.interactions(bo.id()));
        Collections.reverse(interactions);
        JsonNode timeline = root.get("interactions");
        assertThat(timeline).hasSize(2);
        for (int i = 0; i < interactions.size(); i++) {
            Interaction stored = interactions.get(i);
            JsonNode entry = timeline.get(i);
            assertThat(entry.get("id").asLong()).isEqualTo(stored.id());
            assertThat(entry.get("type").asText()).isEqualTo(stored.type().name());
            assertThat(LocalDate.parse(entry.get("date").asText())).isEqualTo(stored.date());
            assertThat(entry.get("text").asText()).isEqualTo(stored.text());
            assertThat(entry.get("outcome").asText()).isEqualTo(stored.outcome());
        }

        List<Consent> consents = new ArrayList<>(pipeline.consents(bo.id()));
        Collections.reverse(consents);
        JsonNode log = root.get("consentLog");
        assertThat(log).hasSize(2);
        for (int i = 0; i < consents.size(); i++) {
            Consent stored = consents.get(i);
            JsonNode entry = log.get(i);
            assertThat(entry.get("id").asLong()).isEqualTo(stored.id());
            assertThat(LocalDate.parse(entry.get("date").asText())).isEqualTo(stored.date());
            assertThat(entry.get("channel").asText()).isEqualTo(stored.channel());
            assertThat(entry.get("wording").asText()).isEqualTo(stored.wording());
            assertThat(entry.get("given").asBoolean()).isEqualTo(stored.given());
        }
        assertThat(log.get(1).get("given").asBoolean()).as("the withdrawal is an entry too").isFalse();

        JsonNode events = root.get("calendarEvents");
        assertThat(events).hasSize(2);
        JsonNode coffee = events.get(0);
        assertThat(coffee.get("title").asText()).isEqualTo("Coffee with Bo");
        assertThat(coffee.get("start").asText()).isEqualTo("2026-12-03T10:00:00+01:00");
        assertThat(coffee.get("end").asText()).isEqualTo("2026-12-03T11:00:00+01:00");
        assertThat(coffee.get("timeZone").asText()).isEqualTo(ZONE.getId());
        assertThat(coffee.get("allDay").asBoolean()).isFalse();
        assertThat(coffee.get("location").asText()).isEqualTo("Strøget 1, Odense");
        assertThat(coffee.get("notes").asText()).isEqualTo("Call 20 30 40 50 first");
        assertThat(coffee.get("kind").asText()).isEqualTo(Kind.NETWORKING.name());
        JsonNode party = events.get(1);
        assertThat(party.get("title").asText()).isEqualTo("Bo's birthday party");
        assertThat(party.get("allDay").asBoolean()).isTrue();
        assertThat(party.get("start").asText()).isEqualTo("2026-12-05");
        assertThat(party.get("end").asText()).isEqualTo("2026-12-06");

        JsonNode uses = root.get("scriptUses");
        assertThat(uses).hasSize(1);
        assertThat(uses.get(0).get("script").asText()).isEqualTo("Opening a call");
        assertThat(uses.get(0).get("result").asText()).isEqualTo("WORKED");
        assertThat(OffsetDateTime.parse(uses.get(0).get("usedAt").asText()).toInstant()).isEqualTo(Instant.now(TestApp.CLOCK));

        List<ContactAttachment> attached = context.contactAttachments().of(bo.id());
        assertThat(attached).extracting(ContactAttachment::fileName)
                .as("names are stored NFC-normalised").containsExactly("Kontrakt.pdf", "Bo på messen.png", "Kontrakt.pdf");
        JsonNode attachments = root.get("attachments");
        assertThat(attachments).hasSize(3);
        List<String> copies = List.of("attachments/Kontrakt.pdf", "attachments/Bo på messen.png",
                "attachments/Kontrakt (2).pdf");
        for (int i = 0; i < attached.size(); i++) {
            ContactAttachment stored = attached.get(i);
            JsonNode entry = attachments.get(i);
            assertThat(entry.get("fileName").asText()).isEqualTo(stored.fileName());
            assertThat(entry.get("mediaType").asText()).isEqualTo(stored.mediaType());
            assertThat(entry.get("size").asLong()).isEqualTo(stored.size());
            assertThat(entry.get("sha256").asText()).isEqualTo(stored.sha256()).hasSize(64);
            assertThat(OffsetDateTime.parse(entry.get("addedAt").asText()).toInstant()).isEqualTo(stored.addedAt());
            assertThat(entry.get("file").asText()).isEqualTo(copies.get(i));
            Path copy = folder.resolve(entry.get("file").asText());
            assertThat(Files.readAllBytes(copy)).as("the copy is the stored file")
                    .isEqualTo(Files.readAllBytes(context.contactAttachments().fileOf(stored)));
            assertThat(Files.size(copy)).isEqualTo(stored.size());
        }
        assertThat(attachments.get(0).get("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(attachments.get(1).get("mediaType").asText()).isEqualTo("image/png");
        assertThat(Files.readString(folder.resolve("attachments/Kontrakt (2).pdf"))).isEqualTo("%PDF-1.4 contract two, signed");

        if (FileModes.posix(folder)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("attachments"))))
                    .isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(copies.get(2)))))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(PersonExport.JSON_FILE))))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(PersonExport.VCARD_FILE))))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void theVcardIsVersionFourAndHoldsTheContactFieldByField() throws Exception {
        Contact bo = everything();
        Path folder = exportThroughTheEditor(bo.id());

        String text = Files.readString(folder.resolve(PersonExport.VCARD_FILE), StandardCharsets.UTF_8);
        List<VCard> cards = Ezvcard.parse(text).all();
        assertThat(cards).hasSize(1);
        VCard card = cards.get(0);
        ContactDetails d = bo.details();
        assertThat(card.getVersion()).isEqualTo(VCardVersion.V4_0);
        assertThat(card.getFormattedName().getValue()).isEqualTo(d.name());
        assertThat(card.getStructuredName().getGiven()).isEqualTo("Bo Ærø");
        assertThat(card.getStructuredName().getFamily()).isEqualTo("Nielsen");
        assertThat(card.getTelephoneNumbers()).extracting(Telephone::getText).isEqualTo(d.phones());
        assertThat(card.getEmails()).extracting(Email::getValue).isEqualTo(d.emails());
        assertThat(card.getAddresses()).hasSize(1);
        assertThat(card.getAddresses().get(0).getLocality()).isEqualTo(d.city());
        assertThat(card.getBirthday().getDate()).isEqualTo(d.birthday());
        assertThat(card.getNotes()).hasSize(1);
        assertThat(card.getNotes().get(0).getValue()).isEqualTo(d.notes());
        assertThat(card.getCategories().getValues()).isEqualTo(d.tags());
    }

    @Test
    void aSecondExportTheSameDayGetsItsOwnFolder() throws Exception {
        Contact bo = everything();
        Path first = exportThroughTheEditor(bo.id());
        Path second = exportThroughTheEditor(bo.id());
        assertThat(second).isNotEqualTo(first);
        assertThat(second.getFileName().toString()).isEqualTo("Bo Ærø Nielsen-2026-11-28-2");
        assertThat(Files.readString(first.resolve(PersonExport.JSON_FILE)))
                .as("the first export is left as it was").contains("\"Bo Ærø Nielsen\"");
    }

    @Test
    void theZipExportThroughTheEditorHoldsTheFolderAndReplacesNothingElse() throws Exception {
        Contact bo = everything();
        ContactDetailsViewModel details = context.pipelineDetails();
        assertThat(details.open(bo.id())).isTrue();
        assertThat(details.suggestedZipName()).isEqualTo("Bo Ærø Nielsen-2026-11-28.zip");
        Path zip = out.resolve(details.suggestedZipName());
        details.exportPersonZip(zip);
        assertThat(details.lastExportProperty().get()).isEqualTo(zip);
        assertThat(context.status().textProperty().get()).isEqualTo("Exported Bo Ærø Nielsen's data to " + zip);
        java.util.Map<String, String> entries = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(zip),
                StandardCharsets.UTF_8)) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        String folder = "Bo Ærø Nielsen-2026-11-28/";
        assertThat(entries.keySet()).containsExactly(folder + PersonExport.JSON_FILE, folder + PersonExport.VCARD_FILE,
                folder + "attachments/Kontrakt.pdf", folder + "attachments/Bo på messen.png",
                folder + "attachments/Kontrakt (2).pdf");
        assertThat(entries.get(folder + "attachments/Kontrakt (2).pdf")).as("each attached file, as the JSON names it")
                .isEqualTo("%PDF-1.4 contract two, signed");
        assertThat(entries.get(folder + "attachments/Bo på messen.png")).isEqualTo("png bytes of the fair");
        assertThat(entries.get(folder + PersonExport.JSON_FILE)).contains("\"attachments/Kontrakt (2).pdf\"");
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no temporary file is left")
                    .containsExactly("Bo Ærø Nielsen-2026-11-28.zip");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(zip))).isEqualTo("rw-------");
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
