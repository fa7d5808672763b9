package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.Contact;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.db.InstanceLock;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.pipeline.Stage;
import dk.netdesk.testing.DatabaseDump;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Messages;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code netdesk import contacts} on a real data folder (the board's default stages set up as the app does). */
class ContactImportCommandLineTest {

    static final String CSV = """
            Navn;Telefon;E-mail;Mærker
            Åse Ærø;20 30 40 50;aase@example.dk;Kunde
            Bo Lund;;bo@example.dk;
            Carl Bad;;carl(at)example.dk;
            """;

    @TempDir
    Path data;
    @TempDir
    Path files;
    Path csv;

    private ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() throws Exception {
        try (TestApp app = TestApp.open(data, Locale.ENGLISH)) {
            app.context().pipeline().load();
        }
        csv = files.resolve("messe.csv");
        Files.writeString(csv, CSV.replace("\n", "\r\n"));
    }

    private int run(Locale locale, String... args) {
        stdout = new ByteArrayOutputStream();
        stderr = new ByteArrayOutputStream();
        return CommandLine.run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), TestApp.CLOCK, new Messages(locale, Bundles.ALL));
    }

    private int run(String... args) {
        return run(Locale.ENGLISH, args);
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    private String dump() throws Exception {
        try (Database database = Database.open(data)) {
            return DatabaseDump.dump(database);
        }
    }

    @Test
    void importsIntoTheNamedStageWithTagsAndConsentAndListsTheRejectedRows() throws Exception {
        String stageName;
        try (Database database = Database.open(data)) {
            stageName = new PipelineRepository(database, new Changes(), TestApp.CLOCK).stages().get(1).name();
        }
        assertThat(run("import", "contacts", csv.toString(), "--stage", " " + stageName.toUpperCase(Locale.ROOT),
                "--tag", "Messe", "--tag", "VIP", "--consent", "--data-dir", data.toString())).isZero();
        assertThat(out()).isEqualTo("messe.csv: 2 created, 0 merged, 0 already up to date (nothing new to merge), "
                + "0 skipped, 0 left out (do not contact), 1 rejected." + System.lineSeparator());
        assertThat(err().lines().toList()).singleElement().asString()
                .startsWith("netdesk: messe.csv, line 4 (record 3), Carl Bad: ").contains("carl(at)example.dk");

        try (TestApp app = TestApp.open(data, Locale.ENGLISH)) {
            List<Contact> all = app.context().contactService().findAll();
            assertThat(all).extracting(Contact::name).containsExactlyInAnyOrder("Åse Ærø", "Bo Lund");
            PipelineRepository pipeline = new PipelineRepository(app.database(), new Changes(), TestApp.CLOCK);
            Stage stage = pipeline.stages().get(1);
            for (Contact c : all) {
                assertThat(pipeline.card(c.id()).stageId()).isEqualTo(stage.id());
                assertThat(c.details().tags()).contains("Messe", "VIP");
                assertThat(pipeline.consents(c.id())).singleElement().satisfies(consent -> {
                    assertThat(consent.given()).isTrue();
                    assertThat(consent.channel()).isEqualTo("messe.csv");
                });
            }
        }

        Files.writeString(csv, CSV.replace("\n", "\r\n").replace("Bo Lund;;", "Bo Lund;22 33 44 55;"));
        assertThat(run("import", "contacts", csv.toString(), "--duplicates", "MERGE", "--data-dir", data.toString()))
                .isZero();
        assertThat(out()).as("Åse had nothing new: up to date, not skipped").isEqualTo("messe.csv: 0 created, 1 merged, "
                + "1 already up to date (nothing new to merge), 0 skipped, 0 left out (do not contact), 1 rejected."
                + System.lineSeparator());
        assertThat(run("import", "contacts", csv.toString(), "--data-dir", data.toString())).isZero();
        assertThat(out()).startsWith("messe.csv: 0 created, 0 merged, 0 already up to date (nothing new to merge), "
                + "2 skipped,");
    }

    @Test
    void anUnknownStageIsRefusedBeforeAnythingChanges() throws Exception {
        String before = dump();
        assertThat(run("import", "contacts", csv.toString(), "--stage", "Nowhere", "--data-dir", data.toString()))
                .isEqualTo(CommandLine.EXIT_FAILED);
        assertThat(err().lines().toList()).singleElement().asString()
                .startsWith("netdesk: there is no stage named “Nowhere”; the stages are: ")
                .endsWith("Nothing was imported.");
        assertThat(out()).isEmpty();
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void aFileThatCannotBeReadIsOneLineNamingItAndChangesNothing() throws Exception {
        Path broken = files.resolve("broken.csv");
        Files.writeString(broken, "Name;Email\r\n\"Anna;anna@example.dk\r\nBo;bo@example.dk\r\n");
        String before = dump();
        assertThat(run("import", "contacts", broken.toString(), "--data-dir", data.toString()))
                .isEqualTo(CommandLine.EXIT_FAILED);
        assertThat(err().lines().toList()).singleElement().asString()
                .startsWith("netdesk: broken.csv, line 2: a quoted cell").endsWith("Nothing was imported.");
        assertThat(dump()).isEqualTo(before);

        assertThat(run("import", "contacts", files.resolve("missing.vcf").toString(), "--data-dir", data.toString()))
                .isEqualTo(CommandLine.EXIT_FAILED);
        assertThat(err().strip()).endsWith("missing.vcf: the file does not exist; nothing was imported.");
    }

    @Test
    void badArgumentsAreRefusedBeforeTheDataFolderIsOpened() throws Exception {
        String before = dump();
        assertThat(run("import", "contacts", csv.toString(), "--duplicates", "keep", "--data-dir", data.toString()))
                .isEqualTo(CommandLine.EXIT_USAGE);
        assertThat(err().strip()).isEqualTo(
                "netdesk: --duplicates must be skip, merge or create (not “keep”). Nothing was imported.");
        assertThat(run("export", "contacts", files.resolve("x.csv").toString(), "--tag", "VIP", "--data-dir",
                data.toString())).isEqualTo(CommandLine.EXIT_USAGE);
        assertThat(err().strip()).isEqualTo("netdesk: --tag only goes with import contacts. See netdesk --help.");
        assertThat(run("import", "contacts", "--data-dir", data.toString())).isEqualTo(CommandLine.EXIT_USAGE);
        assertThat(err().strip()).startsWith("netdesk: import contacts needs a FILE");
        assertThat(run("import", "contacts", csv.toString(), "--stage")).isEqualTo(CommandLine.EXIT_USAGE);
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void duplicatesWithoutAValueSaysWhatItNeedsAndDoesNotEatTheFile() throws Exception {
        String before = dump();
        assertThat(run("import", "contacts", csv.toString(), "--duplicates")).isEqualTo(CommandLine.EXIT_USAGE);
        assertThat(err().lines().toList()).containsExactly("netdesk: --duplicates needs skip, merge or create after it,"
                + " for example --duplicates merge. See netdesk --help.");
        assertThat(run("import", "contacts", csv.toString(), "--duplicates", "--consent", "--data-dir", data.toString()))
                .isEqualTo(CommandLine.EXIT_USAGE);
        assertThat(err().lines().toList()).containsExactly("netdesk: --duplicates needs skip, merge or create after it,"
                + " for example --duplicates merge. See netdesk --help.");
        assertThat(run("import", "contacts", "--duplicates", csv.toString(), "--data-dir", data.toString()))
                .as("the file after --duplicates is named as the wrong value, not as a missing file")
                .isEqualTo(CommandLine.EXIT_USAGE);
        assertThat(err().lines().toList()).containsExactly("netdesk: --duplicates must be skip, merge or create (not “"
                + csv + "”). Nothing was imported.");
        assertThat(run("import", "contacts", csv.toString(), "--stage", "--consent")).isEqualTo(CommandLine.EXIT_USAGE);
        assertThat(err().lines().toList()).containsExactly(
                "netdesk: --stage needs NAME, but the next word is the option --consent. See netdesk --help.");
        assertThat(dump()).isEqualTo(before);

        assertThat(run("import", "contacts", csv.toString(), "--duplicates=merge", "--data-dir=" + data)).isZero();
        assertThat(out()).startsWith("messe.csv: 2 created,");
    }

    @Test
    void aFolderGivenAsTheFileIsNamedAsAFolder() throws Exception {
        String before = dump();
        assertThat(run("import", "contacts", files.toString(), "--data-dir", data.toString()))
                .isEqualTo(CommandLine.EXIT_FAILED);
        assertThat(err().lines().toList()).containsExactly("netdesk: " + files.toAbsolutePath()
                + ": this is a folder, not a file; give the .vcf or .csv file in it. Nothing was imported.");
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void importingIntoANewOrEmptyFolderStartsADatabaseThereWithTheBoardsStages(@TempDir Path elsewhere) throws Exception {
        Path fresh = elsewhere.resolve("ny-data");
        assertThat(run("import", "contacts", csv.toString(), "--data-dir", fresh.toString())).isZero();
        assertThat(out().lines().toList()).containsExactly(
                "New Netdesk data folder: " + fresh + " (netdesk.db was created).",
                "messe.csv: 2 created, 0 merged, 0 already up to date (nothing new to merge), 0 skipped,"
                        + " 0 left out (do not contact), 1 rejected.");
        try (TestApp app = TestApp.open(fresh, Locale.ENGLISH)) {
            PipelineRepository pipeline = new PipelineRepository(app.database(), new Changes(), TestApp.CLOCK);
            assertThat(pipeline.stages()).as("the default stages, as at the app's first start").hasSizeGreaterThan(3);
            for (Contact c : app.context().contactService().findAll()) {
                assertThat(pipeline.card(c.id()).stageId()).isEqualTo(pipeline.stages().get(0).id());
            }
        }

        Path empty = Files.createDirectory(elsewhere.resolve("tom"));
        assertThat(run(Locale.forLanguageTag("da"), "import", "contacts", csv.toString(), "--data-dir", empty.toString()))
                .isZero();
        assertThat(out().lines().findFirst()).contains("Ny Netdesk-datamappe: " + empty + " (netdesk.db blev oprettet).");
    }

    @Test
    void aFolderWithOtherFilesButNoDatabaseIsRefusedAndNothingIsCreated(@TempDir Path elsewhere) throws Exception {
        Path documents = Files.createDirectory(elsewhere.resolve("Dokumenter"));
        Files.writeString(documents.resolve("brev.txt"), "Kære Anna");
        assertThat(run("import", "contacts", csv.toString(), "--data-dir", documents.toString()))
                .isEqualTo(Netdesk.EXIT_CANNOT_OPEN);
        assertThat(err().lines().toList()).containsExactly("netdesk: " + documents + ": this folder holds other files but"
                + " no netdesk.db, so it is not a Netdesk data folder. Give the folder that holds netdesk.db with"
                + " --data-dir, or a new or empty folder to start one. Nothing was imported.");
        assertThat(out()).isEmpty();
        try (var listed = Files.list(documents)) {
            assertThat(listed.map(p -> p.getFileName().toString()).toList()).containsExactly("brev.txt");
        }
    }

    @Test
    void aDataFolderHeldByTheRunningAppIsRefused() throws Exception {
        String before = dump();
        try (InstanceLock running = InstanceLock.acquire(data)) {
            assertThat(run("import", "contacts", csv.toString(), "--data-dir", data.toString()))
                    .isEqualTo(Netdesk.EXIT_ALREADY_RUNNING);
        }
        assertThat(err().strip()).isEqualTo("Netdesk is open with the data folder " + data
                + ". Close it first, then run the command again; nothing was written.");
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void theHelpNamesTheCommandInBothLanguages() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("netdesk import contacts FILE.vcf|FILE.csv [--stage NAME] [--tag TAG]...")
                .contains("--consent records");
        assertThat(run(Locale.forLanguageTag("da"), "--help")).isZero();
        assertThat(out()).contains("netdesk import contacts FIL.vcf|FIL.csv [--stage NAVN] [--tag MÆRKE]...")
                .contains("--consent skriver");
    }

    @Test
    void aRowSharingOnlyAPhoneUnderAnotherNameIsCreatedEvenWithDuplicatesMergeAndTheCountsMatchTheWizard()
            throws Exception {
        Path family = files.resolve("familie.csv");
        Files.writeString(family, "Navn;Telefon;E-mail\r\nHanne Holm;86 12 34 56;hanne@example.dk\r\n"
                + "Jens Holm;86 12 34 56;\r\nhanne holm;;HANNE@example.dk\r\nCarl;;carl(at)x;\r\n");
        assertThat(run("import", "contacts", family.toString(), "--duplicates", "merge", "--data-dir", data.toString()))
                .isZero();
        assertThat(out()).as("Jens created, line 4 folded into line 2 with nothing new")
                .isEqualTo("familie.csv: 2 created, 0 merged, 1 already up to date (nothing new to merge), 0 skipped, "
                        + "0 left out (do not contact), 1 rejected." + System.lineSeparator());
        assertThat(err().strip()).startsWith("netdesk: familie.csv, line 5 (record 4), Carl: ");
        try (TestApp app = TestApp.open(data, Locale.ENGLISH)) {
            assertThat(app.context().contactService().findAll()).extracting(Contact::name)
                    .containsExactlyInAnyOrder("Hanne Holm", "Jens Holm");
        }
        assertThat(run("import", "contacts", family.toString(), "--duplicates", "merge", "--data-dir", data.toString()))
                .isZero();
        assertThat(out()).as("the same file again creates nothing")
                .startsWith("familie.csv: 0 created, 0 merged, 3 already up to date (nothing new to merge), 0 skipped,");

        assertThat(run("--help")).isZero();
        assertThat(out()).contains("A row that shares only a phone number with someone")
                .contains("is always created as a new contact, also with --duplicates merge or skip.");
        assertThat(run(Locale.forLanguageTag("da"), "--help")).isZero();
        assertThat(out()).contains("oprettes altid som ny kontakt");
    }
}
