package dk.netdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.Changes;
import dk.netdesk.pipeline.Consent;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.testing.DatabaseDump;
import dk.netdesk.testing.TestApp;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contacts import wizard's view-model without a window: each step, overrides that read the preview again,
 * the remembered mapping, the date-order question, the choices passed to the import, the summary and undo.
 */
class ImportWizardViewModelTest {

    static final String CSV = """
            Navn;Telefon;E-mail;Fødselsdag;Mærker
            Åse Ærø;20 30 40 50;aase@example.dk;17.05.1990;Kunde
            Bo Lund;;bo@example.dk;;
            Carl Bad;;carl(at)example.dk;;
            """;

    @TempDir
    Path dir;
    TestApp app;
    ImportWizardViewModel model;
    PipelineRepository pipeline;
    Contact bo;

    @BeforeEach
    void setUp() {
        app = TestApp.open(dir.resolve("data"), Locale.ENGLISH);
        app.context().pipeline().load();
        model = app.context().importWizard();
        pipeline = new PipelineRepository(app.database(), new Changes(), TestApp.CLOCK);
        bo = app.context().contactService().create(ContactDetails.named("Bo Lund").withContact("", "BO@example.dk", ""),
                null);
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    private Path write(String name, String text, Charset charset) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text.replace("\n", "\r\n"), charset);
        return file;
    }

    @Test
    void aCsvFileWalksEveryStepToTheSummaryAndIsOneUndo() throws Exception {
        Path file = write("messe.csv", CSV, StandardCharsets.UTF_8);
        model.open(file);

        assertThat(model.stepProperty().get()).isEqualTo(ImportStep.PREVIEW);
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.detectedSeparatorProperty().get()).isEqualTo(';');
        assertThat(model.detectedEncodingProperty().get()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(model.previewRows()).extracting(PreviewRow::line, PreviewRow::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "Åse Ærø"), org.assertj.core.groups.Tuple.tuple(3, "Bo Lund"),
                org.assertj.core.groups.Tuple.tuple(4, "Carl Bad"));
        assertThat(model.previewRows().get(0).birthday()).isEqualTo("17.05.1990 \u2192 " + app.context().messages()
                .date(LocalDate.of(1990, 5, 17)));
        assertThat(model.previewRows().get(2).problem()).contains("carl(at)example.dk");
        assertThat(model.askDateOrderProperty().get()).as("dotted dates are always day first").isFalse();

        model.next();
        assertThat(model.stepProperty().get()).isEqualTo(ImportStep.MAPPING);
        assertThat(model.mappingRows()).extracting(MappingRow::header, MappingRow::sample, MappingRow::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Navn", "Åse Ærø", ContactField.NAME),
                        org.assertj.core.groups.Tuple.tuple("Telefon", "20 30 40 50", ContactField.PHONE),
                        org.assertj.core.groups.Tuple.tuple("E-mail", "aase@example.dk", ContactField.EMAIL),
                        org.assertj.core.groups.Tuple.tuple("Fødselsdag", "17.05.1990", ContactField.BIRTHDAY),
                        org.assertj.core.groups.Tuple.tuple("Mærker", "Kunde", ContactField.TAGS));
        model.map(4, ContactField.NOTES);
        assertThat(model.mappingRows().get(4).field()).isEqualTo(ContactField.NOTES);
        assertThat(model.previewProperty().get().mapping().field(4)).isEqualTo(ContactField.NOTES);

        model.next();
        assertThat(model.stepProperty().get()).as("Bo is there already").isEqualTo(ImportStep.DUPLICATES);
        assertThat(model.matches()).hasSize(1);
        ImportMatch match = model.matches().get(0);
        assertThat(match.first().existing().id()).isEqualTo(bo.id());
        assertThat(model.reasonText(match)).isEqualTo("same email address and name: bo@example.dk");
        assertThat(model.existingText(match)).isEqualTo("Bo Lund");
        model.duplicatesProperty().set(DuplicateAction.MERGE);

        model.next();
        assertThat(model.stepProperty().get()).isEqualTo(ImportStep.TARGET);
        assertThat(model.stages()).hasSizeGreaterThan(1);
        assertThat(model.stageProperty().get()).isEqualTo(model.stages().get(0));
        ImportBoard.BoardStage second = model.stages().get(1);
        model.stageProperty().set(second);
        model.tagsProperty().set(" Messe 2026, ,VIP ");
        model.consentGivenProperty().set(true);
        assertThat(model.options()).isEqualTo(new ImportOptions(second.id(), List.of("Messe 2026", "VIP"),
                DuplicateAction.MERGE, true));

        model.next();
        assertThat(model.stepProperty().get()).isEqualTo(ImportStep.SUMMARY);
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        ImportSummary summary = model.summaryProperty().get();
        assertThat(summary.created()).isEqualTo(1);
        assertThat(summary.merged()).as("Bo gains the tags").isEqualTo(1);
        assertThat(summary.rejected()).hasSize(1);
        assertThat(model.summaryTextProperty().get())
                .isEqualTo("messe.csv: 1 created, 1 merged, 0 already up to date (nothing new to merge), 0 skipped, "
                        + "0 left out (do not contact), 1 rejected.");
        assertThat(model.rejectedLines()).singleElement().asString().startsWith("Line 4 (row 3), Carl Bad: ")
                .contains("carl(at)example.dk");
        assertThat(app.context().status().textProperty().get())
                .isEqualTo("Imported 1 new contact and merged 1 contact from messe.csv. Ctrl+Z to undo.");

        Contact aase = app.context().contactService().findAll().stream().filter(c -> c.name().equals("Åse Ærø"))
                .findFirst().orElseThrow();
        assertThat(aase.details().tags()).containsExactly("Messe 2026", "VIP");
        assertThat(aase.details().notes()).contains("Kunde");
        assertThat(pipeline.card(aase.id()).stageId()).isEqualTo(second.id());
        List<Consent> consents = pipeline.consents(aase.id());
        assertThat(consents).singleElement().satisfies(c -> {
            assertThat(c.given()).isTrue();
            assertThat(c.channel()).isEqualTo("messe.csv");
        });
        assertThat(app.context().contactService().find(bo.id()).orElseThrow().details().tags())
                .containsExactly("Messe 2026", "VIP");

        assertThat(app.context().undo().undoDescriptionProperty().get()).isEqualTo("import of messe.csv");
        app.context().undo().undo();
        assertThat(app.context().contactService().findAll()).extracting(Contact::name).containsExactly("Bo Lund");
        assertThat(app.context().contactService().find(bo.id()).orElseThrow().details().tags()).isEmpty();
        app.context().undo().redo();
        assertThat(app.context().contactService().findAll()).hasSize(2);
        app.context().undo().undo();
        assertThat(app.context().contactService().findAll()).hasSize(1);
    }

    @Test
    void theChangedMappingIsRememberedForTheNextFileWithTheSameColumns() throws Exception {
        Path file = write("first.csv", CSV, StandardCharsets.UTF_8);
        model.open(file);
        assertThat(model.previewProperty().get().mappingRemembered()).isFalse();
        model.next();
        model.map(4, ContactField.IGNORE);
        model.next();

        model.open(write("second.csv", CSV.replace("Åse", "Åsa"), StandardCharsets.UTF_8));
        assertThat(model.previewProperty().get().mappingRemembered()).isTrue();
        assertThat(model.mappingRows().get(4).field()).isEqualTo(ContactField.IGNORE);
    }

    @Test
    void overridingTheEncodingAndSeparatorReadsThePreviewAgain() throws Exception {
        Path file = write("excel.csv", CSV, Charset.forName("windows-1252"));
        model.open(file);
        assertThat(model.detectedEncodingProperty().get().name()).isEqualTo("windows-1252");
        assertThat(model.previewRows().get(0).name()).isEqualTo("Åse Ærø");

        model.chooseEncoding(StandardCharsets.UTF_8);
        assertThat(model.previewProperty().get().encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(model.previewRows().get(0).name()).as("the bytes read as UTF-8 are wrong").isNotEqualTo("Åse Ærø");
        assertThat(model.detectedEncodingProperty().get().name()).as("still the detected one").isEqualTo("windows-1252");

        model.chooseEncoding(Charset.forName("windows-1252"));
        model.chooseSeparator(',');
        assertThat(model.previewProperty().get().headers()).as("one column").hasSize(1);
        model.chooseSeparator(';');
        assertThat(model.previewProperty().get().headers()).hasSize(5);
        assertThat(model.previewRows().get(0).name()).isEqualTo("Åse Ærø");

        model.next();
        model.map(0, ContactField.IGNORE);
        model.map(2, ContactField.IGNORE);
        assertThat(model.errorProperty().get()).as("no column names anybody")
                .startsWith("excel.csv: no column gives the contacts a name");
        assertThat(model.canNextProperty().get()).isFalse();
        model.map(0, ContactField.NAME);
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.mappingRows()).extracting(MappingRow::field).startsWith(ContactField.NAME, ContactField.PHONE,
                ContactField.IGNORE);
        assertThat(model.canNextProperty().get()).isTrue();
    }

    @Test
    void datesThatReadBothWaysAreAskedAboutWithTheSampleShownEachWay() throws Exception {
        model.open(ReaderFixture.sample("outlook-ambiguous.csv"));
        assertThat(model.askDateOrderProperty().get()).isTrue();
        assertThat(model.dateSampleProperty().get()).isEqualTo("4/5/1980");
        assertThat(model.dateReads(DateOrder.DAY_FIRST)).isEqualTo(app.context().messages().date(LocalDate.of(1980, 5, 4)));
        assertThat(model.dateReads(DateOrder.MONTH_FIRST)).isEqualTo(app.context().messages().date(LocalDate.of(1980, 4, 5)));

        model.chooseDateOrder(DateOrder.DAY_FIRST);
        assertThat(model.dateOrder()).isEqualTo(DateOrder.DAY_FIRST);
        assertThat(model.askDateOrderProperty().get()).as("the question stays to be changed").isTrue();
        assertThat(model.previewRows().get(0).birthday()).isEqualTo("4/5/1980 \u2192 4 May 1980 (or 5 Apr 1980?)");
        assertThat(model.previewRows().get(0).dateAmbiguous()).isTrue();
        model.next();
        model.next();
        model.next();
        Contact ulla = app.context().contactService().findAll().stream().filter(c -> c.name().startsWith("Ulla"))
                .findFirst().orElseThrow();
        assertThat(ulla.details().birthday()).isEqualTo(LocalDate.of(1980, 5, 4));
    }

    @Test
    void aFileThatCannotBeReadIsSaidInOneLineAndChangesNothing() throws Exception {
        String before = DatabaseDump.dump(app.database());
        model.open(ReaderFixture.sample("random.bin"));
        assertThat(model.stepProperty().get()).isEqualTo(ImportStep.FILE);
        assertThat(model.errorProperty().get()).startsWith("random.bin: ").doesNotContain("\n");
        assertThat(model.canNextProperty().get()).isFalse();
        assertThat(DatabaseDump.dump(app.database())).isEqualTo(before);
    }

    @Test
    void aChosenTagWithAControlCharacterOrOverTheLimitStopsTheImportWithAMessageUntilFixed() throws Exception {
        model.open(ReaderFixture.sample("google-3.0.vcf"));
        model.next();
        assertThat(model.stepProperty().get()).isEqualTo(ImportStep.TARGET);
        String before = DatabaseDump.dump(app.database());

        model.tagsProperty().set("Messe, VIP\u0000");
        model.next();
        assertThat(model.stepProperty().get()).isEqualTo(ImportStep.TARGET);
        assertThat(model.errorProperty().get()).isEqualTo(app.context().messages().get("text.error.control"));
        assertThat(DatabaseDump.dump(app.database())).isEqualTo(before);

        model.tagsProperty().set("Messe, " + "x".repeat(201));
        assertThat(model.errorProperty().get()).as("the message follows the field").isEmpty();
        model.next();
        assertThat(model.stepProperty().get()).isEqualTo(ImportStep.TARGET);
        assertThat(model.errorProperty().get()).isEqualTo(app.context().messages()
                .format("exchange.import.tagTooLong", "x".repeat(39) + "\u2026", 200));
        assertThat(DatabaseDump.dump(app.database())).isEqualTo(before);

        model.tagsProperty().set("Messe, Cafe\u0301");
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.chosenTags()).containsExactly("Messe", "Caf\u00e9");
        model.next();
        assertThat(model.stepProperty().get()).isEqualTo(ImportStep.SUMMARY);
    }

    @Test
    void aVcardSkipsTheColumnsAndWithoutMatchesTheDuplicates() {
        model.open(ReaderFixture.sample("google-3.0.vcf"));
        assertThat(model.stepProperty().get()).isEqualTo(ImportStep.PREVIEW);
        assertThat(model.previewProperty().get().kind()).isEqualTo(ContactFileKind.VCARD);
        assertThat(model.previewRows()).isNotEmpty();
        assertThat(model.askBeforeLeaving()).isFalse();
        model.next();
        assertThat(model.stepProperty().get()).isEqualTo(ImportStep.TARGET);
        assertThat(model.askBeforeLeaving()).isTrue();
        model.back();
        assertThat(model.stepProperty().get()).isEqualTo(ImportStep.PREVIEW);
        model.back();
        assertThat(model.stepProperty().get()).isEqualTo(ImportStep.FILE);
        assertThat(model.canBackProperty().get()).isFalse();
    }

    @Test
    void createMakesASecondBoAndTheSecondImportOfTheSameFileAddsNothing() throws Exception {
        Path file = write("again.csv", CSV, StandardCharsets.UTF_8);
        model.open(file);
        model.next();
        model.next();
        model.duplicatesProperty().set(DuplicateAction.CREATE);
        model.next();
        model.next();
        assertThat(model.summaryProperty().get().created()).isEqualTo(2);
        assertThat(app.context().contactService().findAll()).filteredOn(c -> c.name().equals("Bo Lund")).hasSize(2);

        model.open(file);
        model.next();
        model.next();
        assertThat(model.duplicatesProperty().get()).as("reset by open").isEqualTo(DuplicateAction.SKIP);
        model.next();
        model.next();
        assertThat(model.summaryProperty().get().created()).isZero();
        assertThat(app.context().status().textProperty().get()).startsWith("Nothing was imported from again.csv");
        assertThat(app.context().undo().undoDescriptionProperty().get()).as("the first import only")
                .isEqualTo("import of again.csv");
    }

    static final String FAMILY = """
            Navn;Telefon;E-mail
            Hanne Holm;86 12 34 56;hanne@example.dk
            Jens Holm;86 12 34 56;
            Bo Lund;;bo@example.dk
            """;

    /** A matching phone number is named in its one display form, whatever form the file has it in. */
    @Test
    void aMatchingPhoneNumberIsNamedInItsDisplayFormWhateverTheFileWrites() throws Exception {
        app.context().contactService().create(ContactDetails.named("Anna Holm").withContact("86 12 34 56", "", ""), null);
        model.open(write("familie.csv", """
                Navn;Telefon;E-mail
                Jens Holm;0045 86123456;
                """, StandardCharsets.UTF_8));
        model.next();
        model.next();

        assertThat(model.stepProperty().get()).isEqualTo(ImportStep.DUPLICATES);
        assertThat(model.reasonText(model.matches().get(0))).isEqualTo("same phone number, different name: 86 12 34 56");
        assertThat(model.previewRows().get(0).phones()).isEqualTo("86 12 34 56");
    }

    @Test
    void eachMatchingRowIsListedOnceWithItsOwnChoiceWhichTheGeneralChoiceResets() throws Exception {
        Contact anna = app.context().contactService().create(ContactDetails.named("Anna Holm")
                .withContact("86 12 34 56", "", ""), null);
        model.open(write("familie.csv", FAMILY, StandardCharsets.UTF_8));
        model.next();
        model.next();

        assertThat(model.stepProperty().get()).isEqualTo(ImportStep.DUPLICATES);
        assertThat(model.matches()).as("each row once").extracting(m -> m.incoming().line()).containsExactly(2, 3, 4);
        ImportMatch hanne = model.matches().get(0);
        ImportMatch jens = model.matches().get(1);
        ImportMatch boRow = model.matches().get(2);
        assertThat(model.reasonText(jens)).isEqualTo("same phone number, different name: 86 12 34 56");
        assertThat(model.existingText(jens)).isEqualTo("Anna Holm, Hanne Holm (line 2 of this file)");
        assertThat(model.matchDetails(jens)).isEqualTo("Anna Holm: same phone number, different name: 86 12 34 56\n"
                + "Hanne Holm (line 2 of this file): same phone number, different name: 86 12 34 56");
        assertThat(model.reasonText(boRow)).isEqualTo("same email address and name: bo@example.dk");
        assertThat(List.of(hanne, jens, boRow)).extracting(m -> model.actionProperty(m).get())
                .as("a weak match is created, a strong one follows the general choice")
                .containsExactly(DuplicateAction.CREATE, DuplicateAction.CREATE, DuplicateAction.SKIP);
        assertThat(model.actionName(DuplicateAction.CREATE)).isEqualTo("Create separately");

        model.duplicatesProperty().set(DuplicateAction.MERGE);
        assertThat(List.of(hanne, jens, boRow)).extracting(m -> model.actionProperty(m).get())
                .containsExactly(DuplicateAction.CREATE, DuplicateAction.CREATE, DuplicateAction.MERGE);
        model.actionProperty(jens).set(DuplicateAction.MERGE);
        model.actionProperty(boRow).set(DuplicateAction.SKIP);
        assertThat(model.options().perRecord()).isEqualTo(java.util.Map.of(2, DuplicateAction.MERGE, 3, DuplicateAction.SKIP));
        model.duplicatesProperty().set(DuplicateAction.SKIP);
        assertThat(List.of(hanne, jens, boRow)).extracting(m -> model.actionProperty(m).get())
                .as("for every row at once").containsExactly(DuplicateAction.CREATE, DuplicateAction.CREATE,
                        DuplicateAction.SKIP);
        assertThat(model.options().perRecord()).isEmpty();
        model.actionProperty(jens).set(DuplicateAction.MERGE);

        model.next();
        model.next();
        assertThat(model.summaryProperty().get()).isEqualTo(new ImportSummary(1, 1, 0, 1, 0, List.of()));
        assertThat(app.context().contactService().find(anna.id()).orElseThrow().details().notes())
                .contains("Name: Jens Holm");
        assertThat(app.context().contactService().findAll()).extracting(Contact::name)
                .containsExactlyInAnyOrder("Bo Lund", "Anna Holm", "Hanne Holm");

        app.context().undo().undo();
        assertThat(app.context().contactService().findAll()).extracting(Contact::name)
                .containsExactlyInAnyOrder("Bo Lund", "Anna Holm");
        assertThat(app.context().contactService().find(anna.id()).orElseThrow().details().notes()).isEmpty();
        app.context().undo().redo();
        assertThat(app.context().contactService().find(anna.id()).orElseThrow().details().notes())
                .as("redo keeps the row's own choice").contains("Name: Jens Holm");
    }

    @Test
    void aMergeWithNothingNewIsSaidAsAlreadyUpToDateNotAsSkipped() throws Exception {
        Path file = write("igen.csv", FAMILY, StandardCharsets.UTF_8);
        model.open(file);
        model.next();
        model.next();
        model.next();
        model.next();
        assertThat(model.summaryProperty().get().created()).as("Hanne and Jens, sharing a landline").isEqualTo(2);

        model.open(file);
        model.next();
        model.next();
        assertThat(model.matches()).hasSize(3);
        assertThat(model.matches()).allSatisfy(m -> assertThat(m.weak()).isFalse());
        model.duplicatesProperty().set(DuplicateAction.MERGE);
        model.next();
        model.next();
        assertThat(model.summaryProperty().get()).isEqualTo(new ImportSummary(0, 0, 3, 0, 0, List.of()));
        assertThat(model.summaryTextProperty().get()).isEqualTo("igen.csv: 0 created, 0 merged, 3 already up to date "
                + "(nothing new to merge), 0 skipped, 0 left out (do not contact), 0 rejected.");
        assertThat(app.context().status().textProperty().get()).startsWith("Nothing was imported from igen.csv");
    }

    @Test
    void stepsAreNumberedAsTheUserWalksAndNeverRenumbered() throws Exception {
        model.open(null);
        assertThat(model.headingProperty().get()).isEqualTo("Step 1: Choose a file");
        model.choose(write("messe.csv", CSV, StandardCharsets.UTF_8));
        assertThat(model.headingProperty().get()).isEqualTo("Step 2: Preview");
        model.next();
        assertThat(model.headingProperty().get()).isEqualTo("Step 3: Map columns");
        model.next();
        assertThat(model.headingProperty().get()).as("Bo is there already").isEqualTo("Step 4: Contacts you already have");
        model.next();
        assertThat(model.headingProperty().get()).isEqualTo("Step 5: Stage, tags and consent");
        model.back();
        assertThat(model.headingProperty().get()).isEqualTo("Step 4: Contacts you already have");
        model.back();
        model.back();
        assertThat(model.headingProperty().get()).isEqualTo("Step 2: Preview");

        // A vCard file whose people are all new: no mapping and no duplicates step, and no number skipped.
        model.open(ReaderFixture.sample("google-3.0.vcf"));
        assertThat(model.headingProperty().get()).isEqualTo("Step 2: Preview");
        model.next();
        assertThat(model.headingProperty().get()).isEqualTo("Step 3: Stage, tags and consent");
        model.next();
        assertThat(model.headingProperty().get()).as("no number on the summary").isEqualTo("Import finished");
    }

    @Test
    void thePreviewSaysHowTheFileWasReadWhatGoesToTheNotesAndWhatIsNotImported() throws Exception {
        model.open(ReaderFixture.sample("iphone-3.0.vcf"));
        assertThat(model.readAsText()).isEqualTo("iphone-3.0.vcf: 2 cards, read as UTF-8. They will be imported like this:");
        assertThat(model.toNotesText()).isEqualTo("Kept in the notes as lines such as \u201cCompany: \u2026\u201d"
                + " (Netdesk has no field for them): company, address, websites other than Facebook, Instagram,"
                + " LinkedIn and TikTok.");
        assertThat(model.notImportedText()).isEqualTo("Not imported: photo.");
        assertThat(model.previewRows().get(0).notes()).isEqualTo("Mødtes på messen, Aarhus; spurgte om serum. Hun vil"
                + " gerne høre mere om forretningen 😀 · Ring efter kl. 17. · Company: Hudpleje ApS · Home address:"
                + " Strandvejen 1, 8000 Århus C, Danmark · Birthday: 12 April");
        assertThat(model.previewRows().get(0).birthday()).as("a year-less BDAY shows as in a CSV file").isEqualTo("12 April");

        model.open(write("one.csv", "Name;Email\nAnna;anna@example.dk\n", StandardCharsets.UTF_8));
        assertThat(model.readAsText()).isEqualTo("one.csv: 1 row, read as UTF-8. It will be imported like this; if the"
                + " names look wrong, choose another encoding or separator:");
        assertThat(model.toNotesText()).isEmpty();
        assertThat(model.notImportedText()).isEmpty();

        StringBuilder many = new StringBuilder("Name\n");
        for (int i = 1; i <= 25; i++) {
            many.append("Person ").append(i).append('\n');
        }
        model.open(write("many.csv", many.toString(), StandardCharsets.UTF_8));
        assertThat(model.readAsText()).startsWith("many.csv: 25 rows, read as UTF-8. The first 20 as they will be imported");
    }

    @Test
    void inDanishAnAmbiguousDateIsReadDayFirstAndAskedAboutOnThePreview() throws Exception {
        try (TestApp da = TestApp.open(dir.resolve("da"), new Locale("da"))) {
            ImportWizardViewModel danish = da.context().importWizard();
            danish.open(ReaderFixture.sample("outlook-ambiguous.csv"));
            assertThat(danish.stepProperty().get()).isEqualTo(ImportStep.PREVIEW);
            assertThat(danish.headingProperty().get()).isEqualTo("Trin 2: Forhåndsvisning");
            assertThat(danish.askDateOrderProperty().get()).as("asked on the preview already").isTrue();
            assertThat(danish.dateOrder()).isEqualTo(DateOrder.DAY_FIRST);
            assertThat(danish.previewRows().get(0).birthday()).isEqualTo("4/5/1980 \u2192 4. maj 1980 (eller 5. apr. 1980?)");
            assertThat(danish.previewRows().get(0).dateAmbiguous()).isTrue();
        }
    }
}
