package dk.netdesk.exchange;

import static dk.netdesk.exchange.ImportFixture.file;
import static dk.netdesk.exchange.ImportFixture.full;
import static dk.netdesk.exchange.ImportFixture.options;
import static dk.netdesk.exchange.ImportFixture.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.Interest;
import dk.netdesk.contacts.Source;
import dk.netdesk.db.Changes;
import dk.netdesk.pipeline.Card;
import dk.netdesk.pipeline.Consent;
import dk.netdesk.pipeline.Stage;
import dk.netdesk.pipeline.StageVisit;
import dk.netdesk.testing.DatabaseDump;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Storing a read contacts file ({@link ContactsImport#apply}): what arrives field by field, the stage,
 * tags and consent, the duplicate actions, do-not-contact people, and importing the same file again.
 */
class ContactsImportTest {

    @TempDir
    Path dir;
    ImportFixture f;

    @BeforeEach
    void setUp() {
        f = new ImportFixture(dir);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void aNewContactArrivesFieldByFieldInTheChosenStageWithTagsAndConsent() {
        Stage second = f.pipeline.stages().get(1);
        ImportResult result = f.imports.apply(file("Mine kontakter.vcf", full(3)),
                new ImportOptions(second.id(), List.of(" Messe 2026 ", "vip 😀"), DuplicateAction.SKIP, true),
                Progress.none());

        assertThat(result.summary()).isEqualTo(new ImportSummary(1, 0, 0, 0, List.of()));
        Contact c = f.contacts.findAll().get(0);
        ContactDetails d = c.details();
        assertThat(d.name()).isEqualTo("Åse Ærø-Østergård 😀");
        assertThat(d.phones()).containsExactly("+45 12 34 56 78", "20 30 40 50");
        assertThat(d.emails()).containsExactly("åse@example.dk", "aase@work.dk");
        assertThat(List.of(d.facebook(), d.instagram(), d.linkedin(), d.tiktok(), d.city()))
                .containsExactly("aase.fb", "@aase", "linkedin.com/in/aase", "@aase.tt", "Århus");
        assertThat(d.birthday()).isEqualTo(LocalDate.of(1990, 5, 17));
        assertThat(d.source()).isEqualTo(Source.EVENT);
        assertThat(d.interest()).isEqualTo(Interest.BOTH);
        // The file's tags, then the chosen ones; "vip 😀" is the same tag as "VIP 😀" (ignoring case).
        assertThat(d.tags()).containsExactlyInAnyOrder("hudpleje", "VIP 😀", "Messe 2026");
        assertThat(d.notes()).isEqualTo("Første linje\nAnden linje med \"citat\"; og semikolon 🎉");
        assertThat(c.createdAt()).isEqualTo(Instant.now(TestApp.CLOCK));
        assertThat(result.undo().created()).containsExactly(c.id());

        Card card = f.pipeline.loadBoard().cards().stream().filter(k -> k.contactId() == c.id()).findFirst().orElseThrow();
        assertThat(card.stageId()).isEqualTo(second.id());
        assertThat(card.stageEnteredAt()).isEqualTo(Instant.now(TestApp.CLOCK));
        assertThat(f.pipeline.stageHistory(c.id())).containsExactly(new StageVisit(second.name(), Instant.now(TestApp.CLOCK)));
        List<Consent> consents = f.pipeline.consents(c.id());
        assertThat(consents).hasSize(1);
        assertThat(consents.get(0).given()).isTrue();
        assertThat(consents.get(0).channel()).isEqualTo("Mine kontakter.vcf");
        assertThat(consents.get(0).date()).isEqualTo(LocalDate.now(TestApp.CLOCK));
        assertThat(consents.get(0).wording()).isNotBlank();
    }

    @Test
    void withoutConsentNoEntryIsMadeAndTheFirstStageIsTheDefault() {
        f.service.create(ContactDetails.named("Already There"), null);
        f.imports.apply(file("a.csv", record(2, "Bo", List.of(), List.of()), record(3, "Carl", List.of(), List.of())),
                options(DuplicateAction.SKIP), Progress.none());

        Stage first = f.pipeline.stages().get(0);
        List<Card> column = f.pipeline.loadBoard().cards().stream().filter(k -> k.stageId() == first.id()).toList();
        assertThat(column).extracting(Card::name).containsExactly("Already There", "Bo", "Carl");
        assertThat(column).extracting(Card::position).containsExactly(0, 1, 2);
        for (Card card : column) {
            assertThat(f.pipeline.consents(card.contactId())).isEmpty();
        }
    }

    @Test
    void publishesContactsAndPipelineOnceForTheWholeImportAndTellsProgress() {
        f.published.clear();
        List<String> progress = new java.util.ArrayList<>();
        f.imports.apply(file("a.csv", record(2, "A", List.of(), List.of()), record(3, "B", List.of(), List.of()),
                record(4, "C", List.of(), List.of())), options(DuplicateAction.SKIP),
                (done, total) -> progress.add(done + "/" + total));
        assertThat(f.published).containsExactly(Changes.Topic.CONTACTS, Changes.Topic.PIPELINE);
        assertThat(progress).startsWith("0/3").endsWith("3/3");
    }

    @Test
    void matchesOnEmailIgnoringCaseOnTheNormalisedPhoneAndOnTheNameInNfc() {
        Contact byEmail = f.service.create(ContactDetails.named("Anna").withContact("", "Anna@Example.dk", ""), null);
        Contact byPhone = f.service.create(ContactDetails.named("Bent").withContact("+45 20 30 40 50", "", ""), null);
        Contact byName = f.service.create(ContactDetails.named("Åse Ærø"), null);
        ContactsRead read = file("x.vcf",
                record(1, "Anne Other", List.of(), List.of("anna@EXAMPLE.dk")),
                record(9, "B. Hansen", List.of("20304050"), List.of()),
                record(15, "  A\u030Ase   æRØ ", List.of(), List.of()),
                record(20, "Nobody", List.of("11 22 33 44"), List.of("nobody@example.dk")));

        List<ImportMatch> matches = f.imports.matches(read);

        assertThat(matches).extracting(m -> m.incoming().line(), m -> m.existing().id(), ImportMatch::reason,
                        ImportMatch::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, byEmail.id(), MatchReason.EMAIL, "anna@EXAMPLE.dk"),
                        org.assertj.core.groups.Tuple.tuple(9, byPhone.id(), MatchReason.PHONE, "20304050"),
                        org.assertj.core.groups.Tuple.tuple(15, byName.id(), MatchReason.NAME, "Åse   æRØ"));
    }

    @Test
    void skipLeavesTheStoredContactAsItIsAndRejectsARepeatWithinTheFile() {
        Contact anna = f.service.create(ContactDetails.named("Anna").withContact("", "anna@example.dk", ""), null);
        String before = DatabaseDump.dump(f.database);
        ContactsRead read = new ContactsRead("x.csv", List.of(
                record(2, "Anna Jensen", List.of("12345678"), List.of("ANNA@example.dk")),
                record(3, "Bo", List.of("20 30 40 50"), List.of()),
                record(7, "Bo Bengtsen", List.of("+4520304050"), List.of())),
                List.of(new RejectedRecord(5, 4, "“x” is not an email address.")));

        ImportSummary summary = f.imports.apply(read, options(DuplicateAction.SKIP), Progress.none()).summary();

        assertThat(summary.created()).isEqualTo(1);
        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(summary.rejected()).extracting(RejectedRecord::line).containsExactly(5, 7);
        assertThat(summary.rejected().get(1).reason())
                .isEqualTo("The same person as line 3 (same phone number: +4520304050); only the first was imported.");
        assertThat(summary.total()).isEqualTo(4);
        assertThat(f.contacts.find(anna.id()).orElseThrow().details().phones()).isEmpty();
        assertThat(f.contacts.count()).isEqualTo(2);

        f.imports.apply(read, options(DuplicateAction.SKIP), Progress.none());
        assertThat(f.contacts.count()).isEqualTo(2);
        assertThat(before).isNotEqualTo(DatabaseDump.dump(f.database));
    }

    @Test
    void mergeAddsWhatIsMissingNeverOverwritesAndChangesNothingTheSecondTime() {
        Contact anna = f.service.create(new ContactDetails("Anna Jensen", List.of("12 34 56 78"), List.of("anna@example.dk"),
                "", "@anna", "", "", "Odense", null, Source.REFERRAL, null, null, List.of("Kunde"), "Mødt til messe."), null);
        IncomingContact incoming = new IncomingContact(4, 3, new ContactDetails("ANNA JENSEN",
                List.of("+45 12345678", "99 88 77 66"), List.of("Anna@Example.dk", "anna@work.dk"), "anna.fb",
                "@anna.other", "", "", "Århus", LocalDate.of(1985, 2, 3), Source.EVENT, null, Interest.CUSTOMER,
                List.of("kunde", "Nyhedsbrev"), "Vil gerne høre om hudpleje."));
        ImportOptions merge = new ImportOptions(null, List.of("Import 2026"), DuplicateAction.MERGE, true);

        ImportResult result = f.imports.apply(file("google.csv", incoming), merge, Progress.none());

        assertThat(result.summary()).isEqualTo(new ImportSummary(0, 1, 0, 0, List.of()));
        ContactDetails d = f.contacts.find(anna.id()).orElseThrow().details();
        assertThat(d.name()).isEqualTo("Anna Jensen");
        assertThat(d.phones()).containsExactly("12 34 56 78", "99 88 77 66");
        assertThat(d.emails()).containsExactly("anna@example.dk", "anna@work.dk");
        assertThat(d.facebook()).isEqualTo("anna.fb");
        assertThat(d.instagram()).isEqualTo("@anna");
        assertThat(d.city()).isEqualTo("Odense");
        assertThat(d.birthday()).isEqualTo(LocalDate.of(1985, 2, 3));
        assertThat(d.source()).isEqualTo(Source.REFERRAL);
        assertThat(d.interest()).isEqualTo(Interest.CUSTOMER);
        assertThat(d.tags()).containsExactlyInAnyOrder("Kunde", "Nyhedsbrev", "Import 2026");
        assertThat(d.notes()).isEqualTo("Mødt til messe.\n\nVil gerne høre om hudpleje.\n\n"
                + "Not taken from google.csv (the field was already filled): City: Århus; Instagram: @anna.other");
        assertThat(f.pipeline.consents(anna.id())).as("a merged contact's consent log is its own").isEmpty();
        assertThat(result.undo().before()).containsExactly(anna);

        String once = DatabaseDump.dump(f.database);
        f.published.clear();
        ImportResult again = f.imports.apply(file("google.csv", incoming), merge, Progress.none());
        assertThat(again.summary()).isEqualTo(new ImportSummary(0, 0, 1, 0, List.of()));
        assertThat(again.undo().isEmpty()).isTrue();
        assertThat(DatabaseDump.dump(f.database)).isEqualTo(once);
        assertThat(f.published).isEmpty();
    }

    @Test
    void mergeFoldsARepeatWithinTheFileIntoTheContactMadeFromItsFirstRecord() {
        ContactsRead read = file("x.vcf", record(2, "Carl", List.of("11 22 33 44"), List.of()),
                record(8, "Carl Carlsen", List.of("+45 11223344"), List.of("carl@example.dk")));
        ImportSummary summary = f.imports.apply(read, options(DuplicateAction.MERGE), Progress.none()).summary();
        assertThat(summary).isEqualTo(new ImportSummary(1, 1, 0, 0, List.of()));
        ContactDetails carl = f.contacts.findAll().get(0).details();
        assertThat(carl.name()).isEqualTo("Carl");
        assertThat(carl.phones()).containsExactly("11 22 33 44");
        assertThat(carl.emails()).containsExactly("carl@example.dk");
        assertThat(carl.notes()).contains("Name: Carl Carlsen");
    }

    @Test
    void createMakesANewContactEvenForAMatch() {
        f.service.create(ContactDetails.named("Dorte").withContact("", "dorte@example.dk", ""), null);
        ImportSummary summary = f.imports.apply(file("x.vcf", record(2, "Dorte", List.of(), List.of("dorte@example.dk"))),
                options(DuplicateAction.CREATE), Progress.none()).summary();
        assertThat(summary.created()).isEqualTo(1);
        assertThat(f.contacts.findAll()).extracting(Contact::name).containsExactly("Dorte", "Dorte");
    }

    @Test
    void aMatchWithADoNotContactPersonIsNeverMergedOrAddedAgainWhateverTheAction() {
        Contact bent = f.service.create(ContactDetails.named("Bent Blokeret").withContact("+45 99 88 77 66", "", ""), null);
        f.pipeline.setDoNotContact(bent.id(), true, "Bad om ikke at blive ringet op");
        Contact stored = f.contacts.find(bent.id()).orElseThrow();
        for (DuplicateAction action : DuplicateAction.values()) {
            ImportSummary summary = f.imports.apply(file("x.vcf",
                    record(2, "B. Blokeret", List.of("99887766"), List.of("bent@example.dk")),
                    record(3, "bent blokeret", List.of(), List.of())), options(action), Progress.none()).summary();
            assertThat(summary).as(action.name()).isEqualTo(new ImportSummary(0, 0, 0, 2, List.of()));
        }
        assertThat(f.contacts.findAll()).containsExactly(stored);
    }

    @Test
    void invalidFieldsAreRejectedWithTheirLineAndAMissingStageChangesNothing() {
        ImportSummary summary = f.imports.apply(file("x.csv",
                record(2, "Eva", List.of(), List.of("eva(at)example.dk")),
                record(3, "Finn", List.of("ring mig"), List.of()),
                record(4, "Gitte", List.of(), List.of())), options(DuplicateAction.SKIP), Progress.none()).summary();
        assertThat(summary.created()).isEqualTo(1);
        assertThat(summary.rejected()).containsExactly(
                new RejectedRecord(2, 1, "“eva(at)example.dk” is not an email address. Correct it in the file and import it again."),
                new RejectedRecord(3, 2, "“ring mig” is not a phone number (use digits, spaces and +, 6–15 digits). "
                        + "Correct it in the file and import it again."));

        String before = DatabaseDump.dump(f.database);
        assertThatThrownBy(() -> f.imports.apply(file("y.csv", record(2, "Hans", List.of(), List.of())),
                new ImportOptions(9999L, List.of(), DuplicateAction.SKIP, false), Progress.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The chosen stage no longer exists. Choose another stage; nothing was imported.");
        assertThat(DatabaseDump.dump(f.database)).isEqualTo(before);
    }
}
