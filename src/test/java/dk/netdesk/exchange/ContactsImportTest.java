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
import java.util.Map;
import java.util.Set;
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

        assertThat(result.summary()).isEqualTo(new ImportSummary(1, 0, 0, 0, 0, List.of()));
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
        assertThat(f.pipeline.stageHistory(c.id())).containsExactly(new StageVisit(second.name(), Instant.now(TestApp.CLOCK), second.defaultKey()));
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

        assertThat(matches).extracting(m -> m.incoming().line(), m -> m.first().existing().id(), m -> m.first().reasons(),
                        m -> m.first().value(), ImportMatch::weak)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, byEmail.id(), Set.of(MatchReason.EMAIL), "anna@EXAMPLE.dk",
                                false),
                        org.assertj.core.groups.Tuple.tuple(9, byPhone.id(), Set.of(MatchReason.PHONE), "20304050", true),
                        org.assertj.core.groups.Tuple.tuple(15, byName.id(), Set.of(MatchReason.NAME), "Åse   æRØ", false));
    }

    @Test
    void skipLeavesTheStoredContactAsItIsAndNeverRejectsARepeatWithinTheFile() {
        Contact anna = f.service.create(ContactDetails.named("Anna").withContact("", "anna@example.dk", ""), null);
        String before = DatabaseDump.dump(f.database);
        ContactsRead read = new ContactsRead("x.csv", List.of(
                record(2, "Anna Jensen", List.of("12345678"), List.of("ANNA@example.dk")),
                record(3, "Bo", List.of("20 30 40 50"), List.of()),
                record(7, "Bo Bengtsen", List.of("+4520304050"), List.of()),
                record(9, "bo", List.of(), List.of())),
                List.of(new RejectedRecord(5, 4, "“x” is not an email address.")));

        ImportSummary summary = f.imports.apply(read, options(DuplicateAction.SKIP), Progress.none()).summary();

        assertThat(summary.created()).as("Bo, and Bo Bengtsen sharing his phone under another name").isEqualTo(2);
        assertThat(summary.skipped()).as("Anna, and line 9: the same name as line 3").isEqualTo(2);
        assertThat(summary.rejected()).extracting(RejectedRecord::line).containsExactly(5);
        assertThat(summary.total()).isEqualTo(5);
        assertThat(f.contacts.find(anna.id()).orElseThrow().details().phones()).isEmpty();
        assertThat(f.contacts.findAll()).extracting(Contact::name).containsExactly("Anna", "Bo", "Bo Bengtsen");

        ImportSummary again = f.imports.apply(read, options(DuplicateAction.SKIP), Progress.none()).summary();
        assertThat(again.created()).isZero();
        assertThat(again.skipped()).isEqualTo(4);
        assertThat(f.contacts.count()).isEqualTo(3);
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

        assertThat(result.summary()).isEqualTo(new ImportSummary(0, 1, 0, 0, 0, List.of()));
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
        assertThat(again.summary()).as("nothing new: up to date, not skipped")
                .isEqualTo(new ImportSummary(0, 0, 1, 0, 0, List.of()));
        assertThat(again.undo().isEmpty()).isTrue();
        assertThat(DatabaseDump.dump(f.database)).isEqualTo(once);
        assertThat(f.published).isEmpty();
    }

    @Test
    void mergeFoldsARepeatWithinTheFileIntoTheContactMadeFromItsFirstRecord() {
        ContactsRead read = file("x.vcf", record(2, "Carl", List.of("11 22 33 44"), List.of()),
                record(8, "CARL", List.of("+45 11223344"), List.of("carl@example.dk")),
                record(9, "Carl Carlsen", List.of(), List.of("Carl@Example.dk")),
                record(10, "carl", List.of(), List.of("carl@example.dk")));
        ImportSummary summary = f.imports.apply(read, options(DuplicateAction.MERGE), Progress.none()).summary();
        assertThat(summary).as("line 10 brings nothing line 8 did not: up to date")
                .isEqualTo(new ImportSummary(1, 2, 1, 0, 0, List.of()));
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
            assertThat(summary).as(action.name()).isEqualTo(new ImportSummary(0, 0, 0, 0, 2, List.of()));
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
                new RejectedRecord(2, 1, "“eva(at)example.dk” is not an email address. Correct it in the file and import it again.",
                        "Eva"),
                new RejectedRecord(3, 2, "“ring mig” is not a phone number (use digits, spaces and +, 6–15 digits). "
                        + "Correct it in the file and import it again.", "Finn"));

        String before = DatabaseDump.dump(f.database);
        assertThatThrownBy(() -> f.imports.apply(file("y.csv", record(2, "Hans", List.of(), List.of())),
                new ImportOptions(9999L, List.of(), DuplicateAction.SKIP, false), Progress.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The chosen stage no longer exists. Choose another stage; nothing was imported.");
        assertThat(DatabaseDump.dump(f.database)).isEqualTo(before);
    }

    /** The reported fault: a couple sharing a landline, lines 2 and 24 of one file; the second was rejected. */
    @Test
    void twoPeopleSharingALandlineInOneFileAreBothCreatedWhateverTheGeneralChoice() {
        ContactsRead read = file("familie.csv", record(2, "Hanne Holm", List.of("86 12 34 56"), List.of("hanne@example.dk")),
                record(24, "Jens Holm", List.of("+45 86 12 34 56"), List.of("jens@example.dk")));

        List<ImportMatch> matches = f.imports.matches(read);
        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.incoming().line()).isEqualTo(24);
            assertThat(m.targets()).singleElement().satisfies(t -> {
                assertThat(t.inFile()).isTrue();
                assertThat(t.earlier().line()).isEqualTo(2);
                assertThat(t.reasons()).containsExactly(MatchReason.PHONE);
                assertThat(t.value()).isEqualTo("+45 86 12 34 56");
            });
            assertThat(m.weak()).isTrue();
            for (DuplicateAction general : DuplicateAction.values()) {
                assertThat(m.defaultAction(general)).isEqualTo(DuplicateAction.CREATE);
            }
        });
        for (DuplicateAction general : DuplicateAction.values()) {
            try (ImportFixture fresh = new ImportFixture(dir.resolve(general.name()))) {
                ImportSummary summary = fresh.imports.apply(read, options(general), Progress.none()).summary();
                assertThat(summary).as(general.name()).isEqualTo(new ImportSummary(2, 0, 0, 0, 0, List.of()));
                assertThat(fresh.contacts.findAll()).extracting(Contact::name).containsExactly("Hanne Holm", "Jens Holm");
            }
        }
    }

    /** The reported fault: re-importing one's own export, where people share phones, lost contacts. */
    @Test
    void reimportingOnesOwnExportLosesNothingAndCreatesNothingNew() {
        ContactsRead export = file("eksport.vcf",
                record(2, "Hanne Holm", List.of("86 12 34 56"), List.of("hanne@example.dk")),
                record(12, "Jens Holm", List.of("86 12 34 56", "20 30 40 50"), List.of()),
                record(22, "Ida Holm", List.of("+4586123456"), List.of()),
                record(32, "Anna", List.of("11 11 11 11"), List.of("anna@example.dk")));
        assertThat(f.imports.apply(export, options(DuplicateAction.SKIP), Progress.none()).summary().created())
                .isEqualTo(4);
        String once = DatabaseDump.dump(f.database);

        for (DuplicateAction general : List.of(DuplicateAction.SKIP, DuplicateAction.MERGE)) {
            List<ImportMatch> matches = f.imports.matches(export);
            assertThat(matches).as("each row once").hasSize(4);
            assertThat(matches).allSatisfy(m -> {
                assertThat(m.weak()).isFalse();
                assertThat(m.first().existing().name()).isEqualTo(m.incoming().details().name());
            });
            ImportSummary again = f.imports.apply(export, options(general), Progress.none()).summary();
            assertThat(again.created()).as(general.name()).isZero();
            assertThat(again.rejected()).isEmpty();
            assertThat(general == DuplicateAction.SKIP ? again.skipped() : again.upToDate()).isEqualTo(4);
            assertThat(DatabaseDump.dump(f.database)).isEqualTo(once);
        }
    }

    /** The reported fault: "6 matches" for 3 rows, each matching 2 stored contacts. */
    @Test
    void eachRowIsListedOnceWithEveryContactItMatchesStrongestFirst() {
        Contact hanne = f.service.create(ContactDetails.named("Hanne Holm").withContact("86 12 34 56", "hanne@example.dk", ""),
                null);
        Contact jens = f.service.create(ContactDetails.named("Jens Holm").withContact("86 12 34 56", "", ""), null);
        ContactsRead read = file("x.csv",
                record(2, "Jens Holm", List.of("86123456"), List.of()),
                record(3, "H. Holm", List.of("86 12 34 56"), List.of("HANNE@example.dk")),
                record(4, "Kim Holm", List.of("+45 86 12 34 56"), List.of()));

        List<ImportMatch> matches = f.imports.matches(read);

        assertThat(matches).hasSize(3);
        assertThat(matches.get(0).targets()).extracting(t -> t.existing().id(), ImportMatch.Target::reasons).containsExactly(
                org.assertj.core.groups.Tuple.tuple(jens.id(), Set.of(MatchReason.PHONE, MatchReason.NAME)),
                org.assertj.core.groups.Tuple.tuple(hanne.id(), Set.of(MatchReason.PHONE)));
        assertThat(matches.get(1).targets()).extracting(ImportMatch.Target::name, ImportMatch.Target::inFile,
                ImportMatch.Target::reasons).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Hanne Holm", false, Set.of(MatchReason.EMAIL, MatchReason.PHONE)),
                org.assertj.core.groups.Tuple.tuple("Jens Holm", false, Set.of(MatchReason.PHONE)),
                org.assertj.core.groups.Tuple.tuple("Jens Holm", true, Set.of(MatchReason.PHONE)));
        assertThat(matches.get(1).first().value()).isEqualTo("HANNE@example.dk");
        assertThat(matches.get(2).targets()).as("stored contacts first, then the earlier rows")
                .extracting(ImportMatch.Target::name)
                .containsExactly("Hanne Holm", "Jens Holm", "Jens Holm", "H. Holm");
        assertThat(matches).extracting(ImportMatch::weak).containsExactly(false, false, true);

        ImportSummary summary = f.imports.apply(read, options(DuplicateAction.MERGE), Progress.none()).summary();
        assertThat(summary).as("Jens up to date, H. Holm merged into Hanne (name noted), Kim created")
                .isEqualTo(new ImportSummary(1, 1, 1, 0, 0, List.of()));
        assertThat(f.contacts.find(hanne.id()).orElseThrow().details().notes()).contains("Name: H. Holm");
    }

    @Test
    void aWeakMatchIsMergedOrSkippedOnlyWhenChosenForItsRow() {
        Contact anna = f.service.create(ContactDetails.named("Anna Holm").withContact("86 12 34 56", "", ""), null);
        ContactsRead read = file("x.csv", record(2, "Bo Holm", List.of("86123456"), List.of("bo@example.dk")),
                record(3, "Carl Holm", List.of("86123456"), List.of()));

        ImportResult merged = f.imports.apply(read, new ImportOptions(null, List.of(), DuplicateAction.MERGE, false,
                Map.of(1, DuplicateAction.MERGE, 2, DuplicateAction.SKIP)), Progress.none());

        assertThat(merged.summary()).isEqualTo(new ImportSummary(0, 1, 0, 1, 0, List.of()));
        assertThat(f.contacts.find(anna.id()).orElseThrow().details().emails()).containsExactly("bo@example.dk");
        f.imports.undo(merged.undo());

        assertThat(f.imports.apply(read, options(DuplicateAction.MERGE), Progress.none()).summary())
                .as("by default both are created").isEqualTo(new ImportSummary(2, 0, 0, 0, 0, List.of()));
        assertThat(f.contacts.find(anna.id()).orElseThrow().details().emails()).isEmpty();
    }

    @Test
    void aStrongRepeatWithinTheFileFollowsTheGeneralChoiceOrItsOwn() {
        ContactsRead read = file("x.vcf", record(2, "Dorte Dam", List.of(), List.of("dorte@example.dk")),
                record(9, "dorte dam", List.of("44 55 66 77"), List.of("DORTE@example.dk")));
        assertThat(f.imports.matches(read)).singleElement().satisfies(m -> {
            assertThat(m.first().earlier().line()).isEqualTo(2);
            assertThat(m.first().reasons()).containsExactly(MatchReason.EMAIL, MatchReason.NAME);
            assertThat(m.defaultAction(DuplicateAction.SKIP)).isEqualTo(DuplicateAction.SKIP);
        });

        assertThat(f.imports.apply(read, options(DuplicateAction.SKIP), Progress.none()).summary())
                .as("skipped, never rejected").isEqualTo(new ImportSummary(1, 0, 0, 1, 0, List.of()));
        assertThat(f.contacts.findAll()).singleElement().satisfies(c -> assertThat(c.details().phones()).isEmpty());
        Contact dorte = f.contacts.findAll().get(0);

        ImportSummary merged = f.imports.apply(read, new ImportOptions(null, List.of(), DuplicateAction.SKIP, false,
                Map.of(8, DuplicateAction.MERGE)), Progress.none()).summary();
        assertThat(merged).isEqualTo(new ImportSummary(0, 1, 0, 1, 0, List.of()));
        assertThat(f.contacts.find(dorte.id()).orElseThrow().details().phones()).containsExactly("44 55 66 77");
    }

    @Test
    void theSamePersonAsAnEarlierDoNotContactRowIsLeftOutToo() {
        Contact bent = f.service.create(ContactDetails.named("Bent Blokeret").withContact("", "bent@example.dk", ""), null);
        f.pipeline.setDoNotContact(bent.id(), true, "Nej tak");
        ContactsRead read = file("x.vcf", record(2, "B. B.", List.of("99 88 77 66"), List.of("bent@example.dk")),
                record(3, "B. B.", List.of("99887766"), List.of()),
                record(4, "Other Person", List.of("99887766"), List.of()));

        List<ImportMatch> matches = f.imports.matches(read);
        assertThat(matches).extracting(ImportMatch::doNotContact).containsExactly(true, true, false);
        assertThat(matches.get(0).first().existing().id()).isEqualTo(bent.id());

        for (DuplicateAction action : DuplicateAction.values()) {
            ImportSummary summary = f.imports.apply(read, new ImportOptions(null, List.of(), action, false,
                    Map.of(2, action, 1, action)), Progress.none()).summary();
            assertThat(summary.doNotContact()).as(action.name()).isEqualTo(2);
        }
        assertThat(f.contacts.findAll()).extracting(Contact::name).as("never B. B.")
                .doesNotContain("B. B.").contains("Other Person");
        assertThat(f.contacts.find(bent.id()).orElseThrow().details().phones()).as("never merged").isEmpty();
    }

    @Test
    void aRecordWithSeveralFaultsIsRejectedWithAllOfThemOnOneLine() {
        ImportSummary summary = f.imports.apply(file("x.csv",
                record(2, "Eva", List.of("ring mig"), List.of("eva(at)example.dk", "eva@@x"))),
                options(DuplicateAction.SKIP), Progress.none()).summary();
        assertThat(summary.rejected()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Eva");
            assertThat(r.reason()).isEqualTo("“eva(at)example.dk” is not an email address. “eva@@x” is not an email "
                    + "address. “ring mig” is not a phone number (use digits, spaces and +, 6–15 digits). Correct the row "
                    + "in the file and import it again.");
        });
    }

    @Test
    void aSwitchboardNumberSharedByManyRowsNamesAtMostTwentyOfThemPerRowAndCreatesEveryone() {
        List<IncomingContact> staff = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            staff.add(record(2 + i, "Ansat " + i, List.of("70 10 20 30"), List.of()));
        }
        ContactsRead read = new ContactsRead("firma.csv", staff, List.of());
        List<ImportMatch> matches = f.imports.matches(read);
        assertThat(matches).hasSize(29);
        assertThat(matches.get(28).targets()).hasSize(20).allSatisfy(t -> assertThat(t.weak()).isTrue());
        assertThat(f.imports.apply(read, options(DuplicateAction.MERGE), Progress.none()).summary().created())
                .isEqualTo(30);
    }
}
