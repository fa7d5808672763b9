package dk.netdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.Interest;
import dk.netdesk.contacts.Source;
import dk.netdesk.db.Changes;
import dk.netdesk.pipeline.ContactService;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.pipeline.Stage;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.Email;
import ezvcard.property.RawProperty;
import ezvcard.property.Telephone;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Export contacts" through the app as composed (the dialog's view-model on the real services):
 * the files read back with Commons CSV and ez-vcard, field by field; do-not-contact people left
 * out unless included.
 */
class ContactsExportTest {

    private static final String NOTES = "Første linje\nAnden linje, med \"citat\"; og semikolon 😀";

    @TempDir
    Path dir;
    @TempDir
    Path out;
    TestApp app;
    ContactsExportViewModel export;
    ContactService contacts;
    PipelineRepository pipeline;
    Contact aase;
    Contact formula;
    Contact blocked;

    @BeforeEach
    void setUp() {
        app = TestApp.open(dir, Locale.ENGLISH);
        app.context().pipeline().load();
        export = app.context().contactsExport();
        contacts = People.service(app.database(), TestApp.CLOCK);
        pipeline = new PipelineRepository(app.database(), new Changes(), TestApp.CLOCK);
        Contact anna = contacts.create(ContactDetails.named("Anna Jensen"), null);
        aase = contacts.create(new ContactDetails("Åse Ærø-Østergård 😀", List.of("+45 12 34 56 78", "20 30 40 50"),
                List.of("åse@example.dk", "aase@work.dk", "third@example.com"), "aase.fb", "@aase", "", "@aase.tt",
                "Århus", LocalDate.of(1990, 5, 17), Source.REFERRAL, anna.id(), Interest.BOTH,
                List.of("hudpleje", "VIP, guld"), NOTES), null);
        Stage second = pipeline.stages().get(1);
        pipeline.move(aase.id(), second.id(), 0);
        pipeline.setNextFollowUp(aase.id(), LocalDate.of(2026, 12, 1));
        formula = contacts.create(new ContactDetails("=HYPERLINK(\"http://evil\",\"x\")", List.of("-20 30 40 50"),
                List.of(), "", "", "", "", "@SUM(1+1)", null, null, null, null, List.of("+tag", "-tag"),
                "- punkt et\n- punkt to"), null);
        blocked = contacts.create(new ContactDetails("Bent Blokeret", List.of("+45 99 88 77 66"), List.of(),
                "", "", "", "", "", null, null, null, null, List.of(), ""), null);
        pipeline.setDoNotContact(blocked.id(), true, "Bad om ikke at blive ringet op");
        aase = contacts.find(aase.id()).orElseThrow();
        export.open();
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    private ContactsExport.Result run(String name, ExportFormat format, boolean includeBlocked) {
        export.formatProperty().set(format);
        export.includeBlockedProperty().set(includeBlocked);
        export.export(out.resolve(name));
        assertThat(export.failedProperty().get()).as(export.summaryProperty().get()).isFalse();
        return export.resultProperty().get();
    }

    private List<CSVRecord> readCsv(Path file, char separator) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            assertThat(reader.read()).as("the BOM").isEqualTo(0xFEFF);
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setHeader()
                    .setSkipHeaderRecord(true).get();
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                return parser.getRecords();
            }
        }
    }

    @Test
    void csvReadsBackFieldByFieldWithDanishLettersEmojiAndLineBreaks() throws Exception {
        ContactsExport.Result result = run("kontakter.csv", ExportFormat.CSV, false);
        assertThat(result.exported()).isEqualTo(3);
        assertThat(result.leftOut()).isEqualTo(1);
        assertThat(export.summaryProperty().get())
                .isEqualTo("Exported 3 contacts (1 left out: do not contact) to " + out.resolve("kontakter.csv"));
        assertThat(app.context().status().textProperty().get()).isEqualTo(export.summaryProperty().get());

        List<CSVRecord> rows = readCsv(out.resolve("kontakter.csv"), ',');
        assertThat(rows).extracting(r -> r.get("Name"))
                .containsExactly("'=HYPERLINK(\"http://evil\",\"x\")", "Anna Jensen", "Åse Ærø-Østergård 😀");
        CSVRecord r = rows.get(2);
        assertThat(r.get("Phone 1")).as("readable, kept as text").isEqualTo("'+45 12 34 56 78");
        assertThat(r.get("Phone 2")).isEqualTo("20 30 40 50");
        assertThat(r.get("Email 1")).isEqualTo("åse@example.dk");
        assertThat(r.get("Email 2")).isEqualTo("aase@work.dk");
        assertThat(r.get("Email 3")).isEqualTo("third@example.com");
        assertThat(r.get("City")).isEqualTo("Århus");
        assertThat(r.get("Birthday")).isEqualTo("1990-05-17");
        assertThat(r.get("Stage")).isEqualTo(pipeline.stages().get(1).name());
        assertThat(r.get("Next follow-up")).isEqualTo("2026-12-01");
        assertThat(r.get("Source")).isEqualTo("Referral");
        assertThat(r.get("Referred by")).isEqualTo("Anna Jensen");
        assertThat(r.get("Interest")).isEqualTo("Both");
        assertThat(aase.details().tags()).containsExactlyInAnyOrder("hudpleje", "VIP, guld");
        assertThat(r.get("Tags")).isEqualTo(String.join(" ::: ", aase.details().tags()));
        assertThat(r.get("Facebook")).isEqualTo("aase.fb");
        assertThat(r.get("Instagram")).as("@ starts a formula too").isEqualTo("'@aase");
        assertThat(r.get("LinkedIn")).isEmpty();
        assertThat(r.get("TikTok")).isEqualTo("'@aase.tt");
        assertThat(r.get("Notes")).isEqualTo(NOTES);
        assertThat(r.get("Do not contact")).isEmpty();
        assertThat(r.get("Created")).isEqualTo("2026-11-28");

        CSVRecord f = rows.get(0);
        assertThat(f.get("Phone 1")).isEqualTo("'-20 30 40 50");
        assertThat(f.get("City")).isEqualTo("'@SUM(1+1)");
        assertThat(f.get("Tags")).startsWith("'").contains("+tag").contains("-tag").contains(" ::: ");
        assertThat(f.get("Notes")).isEqualTo("'- punkt et\n- punkt to");
        assertThat(f.get("Phone 2")).isEmpty();
        // No cell at all begins with a formula trigger.
        for (CSVRecord row : rows) {
            for (String cell : row) {
                assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                        .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
        String text = Files.readString(out.resolve("kontakter.csv"), StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n").doesNotContain("Bent Blokeret").doesNotContain("99 88 77 66");
    }

    @Test
    void danishCsvUsesSemicolonsAndDanishHeaders() throws Exception {
        app.context().messages().setLocale(new Locale("da", "DK"));
        run("kontakter.csv", ExportFormat.CSV, false);
        List<CSVRecord> rows = readCsv(out.resolve("kontakter.csv"), ';');
        assertThat(rows.get(2).get("Navn")).isEqualTo("Åse Ærø-Østergård 😀");
        assertThat(rows.get(2).get("Telefon 1")).isEqualTo("'+45 12 34 56 78");
        assertThat(rows.get(2).get("Kilde")).isEqualTo("Anbefaling");
        assertThat(rows.get(2).get("Noter")).isEqualTo(NOTES);
    }

    @Test
    void doNotContactPeopleAreIncludedOnlyWhenChosenAndConfirmed() throws Exception {
        assertThat(export.countsProperty().get()).isEqualTo(new ContactsExport.Counts(4, 1));
        export.includeBlockedProperty().set(false);
        assertThat(export.needsConfirmation()).isFalse();
        export.includeBlockedProperty().set(true);
        assertThat(export.needsConfirmation()).as("the view asks before it exports").isTrue();
        assertThat(export.confirmationText()).isEqualTo("Include 1 person marked do not contact?");

        ContactsExport.Result result = run("alle.csv", ExportFormat.CSV, true);
        assertThat(result.exported()).isEqualTo(4);
        assertThat(result.leftOut()).isZero();
        assertThat(export.summaryProperty().get()).isEqualTo("Exported 4 contacts to " + out.resolve("alle.csv"));
        CSVRecord bent = readCsv(out.resolve("alle.csv"), ',').stream()
                .filter(r -> r.get("Name").equals("Bent Blokeret")).findFirst().orElseThrow();
        assertThat(bent.get("Do not contact")).isEqualTo("yes");
        assertThat(bent.get("Do-not-contact reason")).isEqualTo("Bad om ikke at blive ringet op");

        run("uden.vcf", ExportFormat.VCARD, false);
        assertThat(Ezvcard.parse(out.resolve("uden.vcf")).all()).extracting(c -> c.getFormattedName().getValue())
                .doesNotContain("Bent Blokeret").hasSize(3);
        run("med.vcf", ExportFormat.VCARD, true);
        VCard bentCard = Ezvcard.parse(out.resolve("med.vcf")).all().stream()
                .filter(c -> c.getFormattedName().getValue().equals("Bent Blokeret")).findFirst().orElseThrow();
        assertThat(bentCard.getExtendedProperty("X-NETDESK-DO-NOT-CONTACT").getValue()).isEqualTo("true");
    }

    @Test
    void vcardReadsBackFieldByField() throws Exception {
        run("kontakter.vcf", ExportFormat.VCARD, false);
        List<VCard> cards = Ezvcard.parse(out.resolve("kontakter.vcf")).all();
        assertThat(cards).hasSize(3);
        VCard card = cards.get(2);
        ContactDetails d = aase.details();
        assertThat(card.getVersion()).isEqualTo(VCardVersion.V4_0);
        assertThat(card.getFormattedName().getValue()).isEqualTo(d.name());
        assertThat(card.getTelephoneNumbers()).extracting(Telephone::getText).isEqualTo(d.phones());
        assertThat(card.getTelephoneNumbers().get(0).getPref()).isEqualTo(1);
        assertThat(card.getEmails()).extracting(Email::getValue).isEqualTo(d.emails());
        assertThat(card.getEmails().get(0).getPref()).isEqualTo(1);
        assertThat(card.getAddresses().get(0).getLocality()).isEqualTo("Århus");
        assertThat(card.getBirthday().getDate()).isEqualTo(d.birthday());
        assertThat(card.getNotes().get(0).getValue()).isEqualTo(NOTES);
        assertThat(card.getCategories().getValues()).isEqualTo(d.tags());
        assertThat(card.getUid().getValue()).isEqualTo(VcardContacts.uid(aase)).startsWith("urn:uuid:");
        assertThat(card.getExtendedProperties("X-SOCIALPROFILE")).extracting(p -> p.getParameters().getType() + "=" + p.getValue())
                .containsExactly("facebook=aase.fb", "instagram=@aase", "tiktok=@aase.tt");
        assertThat(value(card, "X-NETDESK-STAGE")).isEqualTo(pipeline.stages().get(1).name());
        assertThat(value(card, "X-NETDESK-NEXT-FOLLOW-UP")).isEqualTo("2026-12-01");
        assertThat(value(card, "X-NETDESK-SOURCE")).isEqualTo("REFERRAL");
        assertThat(value(card, "X-NETDESK-INTEREST")).isEqualTo("BOTH");
        assertThat(value(card, "X-NETDESK-REFERRED-BY")).isEqualTo("Anna Jensen");
        assertThat(card.getExtendedProperty("X-NETDESK-DO-NOT-CONTACT")).isNull();

        // A second export gives every contact the same UID.
        run("igen.vcf", ExportFormat.VCARD, false);
        assertThat(Ezvcard.parse(out.resolve("igen.vcf")).all()).extracting(c -> c.getUid().getValue())
                .isEqualTo(cards.stream().map(c -> c.getUid().getValue()).toList());
    }

    @Test
    void aFailedExportSaysWhereAndLeavesNothing() throws Exception {
        Path missing = out.resolve("no-such-folder").resolve("kontakter.csv");
        export.export(missing);
        assertThat(export.failedProperty().get()).isTrue();
        assertThat(export.summaryProperty().get()).isEqualTo("Could not export contacts to " + missing
                + ": the folder does not exist. Nothing was written.");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anExistingFileIsReplacedWholeAndNoTemporaryFileIsLeft() throws Exception {
        Files.writeString(out.resolve("kontakter.csv"), "old content that is much longer than nothing at all");
        run("kontakter.csv", ExportFormat.CSV, false);
        assertThat(Files.readString(out.resolve("kontakter.csv"))).doesNotContain("old content");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("kontakter.csv");
        }
    }

    private static String value(VCard card, String name) {
        RawProperty p = card.getExtendedProperty(name);
        return p == null ? null : p.getValue();
    }
}
