package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.Changes;
import dk.netdesk.db.InstanceLock;
import dk.netdesk.pipeline.ContactService;
import dk.netdesk.pipeline.PersonExport;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Messages;
import ezvcard.Ezvcard;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on a real data folder: help, the contacts export, the person export (folder and
 * zip), and the refusals (a bad file name, an unknown person, the app running on the folder).
 */
class CommandLineTest {

    @TempDir
    Path data;
    @TempDir
    Path out;
    long aaseId;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() {
        try (TestApp app = TestApp.open(data, Locale.ENGLISH)) {
            app.context().pipeline().load();
            ContactService contacts = People.service(app.database(), TestApp.CLOCK);
            PipelineRepository pipeline = new PipelineRepository(app.database(), new Changes(), TestApp.CLOCK);
            Contact aase = contacts.create(new ContactDetails("Åse Ærø", List.of("+45 12 34 56 78"),
                    List.of("åse@example.dk"), "", "", "", "", "Århus", null, null, null, null, List.of("vip"),
                    "Noter 😀"), null);
            aaseId = aase.id();
            contacts.create(ContactDetails.named("Bo Berg"), null);
            Contact bent = contacts.create(ContactDetails.named("Bent Blokeret"), null);
            pipeline.setDoNotContact(bent.id(), true, "Nej tak");
        }
    }

    private int run(String... args) {
        return CommandLine.run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), TestApp.CLOCK,
                new Messages(Locale.ENGLISH, Bundles.ALL));
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    private List<String> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void onlyACommandWordBranchesAwayFromTheApp() {
        assertThat(CommandLine.isCommand(new String[0])).isFalse();
        assertThat(CommandLine.isCommand(new String[] {"--data-dir", "/tmp/x"})).isFalse();
        assertThat(CommandLine.isCommand(new String[] {"--help"})).isFalse();
        assertThat(CommandLine.isCommand(new String[] {"export", "contacts", "a.csv"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"--data-dir", "/tmp/x", "export", "contacts", "a.csv"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"help"})).isTrue();
    }

    @Test
    void helpNamesEveryCommand() {
        assertThat(run("help")).isZero();
        assertThat(out()).contains("netdesk export contacts FILE.vcf|FILE.csv [--include-blocked]")
                .contains("netdesk export person ID|\"NAME\" DIR|FILE.zip").contains("--data-dir DIR");
        ByteArrayOutputStream launcher = new ByteArrayOutputStream();
        assertThat(Netdesk.start(new String[] {"--help"}, new PrintStream(launcher, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8))).isZero();
        assertThat(launcher.toString(StandardCharsets.UTF_8)).contains("netdesk export contacts");
        assertThat(err()).isEmpty();
    }

    @Test
    void exportContactsLeavesOutDoNotContactUnlessIncluded() throws Exception {
        Path csv = out.resolve("kontakter.csv");
        assertThat(run("export", "contacts", csv.toString(), "--data-dir", data.toString())).isZero();
        assertThat(out().strip()).isEqualTo("Exported 2 contacts (1 left out: do not contact) to " + csv);
        assertThat(err()).isEmpty();
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFName,").contains("Åse Ærø").contains("'+45 12 34 56 78")
                .doesNotContain("Bent Blokeret");

        stdout.reset();
        Path vcf = out.resolve("alle.vcf");
        assertThat(run("--data-dir", data.toString(), "export", "contacts", vcf.toString(), "--include-blocked")).isZero();
        assertThat(out().strip()).isEqualTo("Exported 3 contacts to " + vcf);
        assertThat(Ezvcard.parse(vcf).all()).extracting(c -> c.getFormattedName().getValue())
                .containsExactly("Åse Ærø", "Bent Blokeret", "Bo Berg");
    }

    @Test
    void aBadFileNameEndingIsRefusedBeforeAnythingIsOpenedOrWritten() throws Exception {
        Path xlsx = out.resolve("kontakter.xlsx");
        assertThat(run("export", "contacts", xlsx.toString(), "--data-dir", data.toString()))
                .isEqualTo(CommandLine.EXIT_USAGE);
        assertThat(err()).isEqualTo("netdesk: " + xlsx
                + ": the file name must end in .vcf (vCard) or .csv (CSV); nothing was written." + System.lineSeparator());
        assertThat(out()).isEmpty();
        assertThat(filesIn(out)).isEmpty();
    }

    @Test
    void aMissingFolderIsNamed() throws Exception {
        Path file = out.resolve("nowhere").resolve("k.csv");
        assertThat(run("export", "contacts", file.toString(), "--data-dir", data.toString()))
                .isEqualTo(CommandLine.EXIT_FAILED);
        assertThat(err().strip()).isEqualTo("netdesk: " + file + ": the folder " + file.getParent()
                + " does not exist; nothing was written.");
        assertThat(filesIn(out)).isEmpty();
    }

    @Test
    void exportPersonByNameAsZipHoldsTheSameFilesAsTheFolderExport() throws Exception {
        Path zip = out.resolve("aase.zip");
        assertThat(run("export", "person", "åse ærø", zip.toString(), "--data-dir", data.toString())).isZero();
        assertThat(out().strip()).isEqualTo("Exported Åse Ærø's data to " + zip);
        stdout.reset();
        assertThat(run("export", "person", String.valueOf(aaseId), out.toString(), "--data-dir", data.toString())).isZero();
        Path folder = out.resolve("Åse Ærø-2026-11-28");
        assertThat(out().strip()).isEqualTo("Exported Åse Ærø's data to " + folder);

        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        assertThat(entries.keySet()).containsExactly("Åse Ærø-2026-11-28/" + PersonExport.JSON_FILE,
                "Åse Ærø-2026-11-28/" + PersonExport.VCARD_FILE);
        assertThat(entries.get("Åse Ærø-2026-11-28/" + PersonExport.JSON_FILE))
                .isEqualTo(Files.readAllBytes(folder.resolve(PersonExport.JSON_FILE)));
        assertThat(entries.get("Åse Ærø-2026-11-28/" + PersonExport.VCARD_FILE))
                .isEqualTo(Files.readAllBytes(folder.resolve(PersonExport.VCARD_FILE)));
        assertThat(new String(entries.get("Åse Ærø-2026-11-28/" + PersonExport.JSON_FILE), StandardCharsets.UTF_8))
                .contains("\"name\" : \"Åse Ærø\"").contains("Noter 😀");
        assertThat(filesIn(out)).containsExactly("aase.zip", "Åse Ærø-2026-11-28");
    }

    @Test
    void anUnknownPersonIsNamedAndNothingIsWritten() throws Exception {
        Path zip = out.resolve("x.zip");
        assertThat(run("export", "person", "Nobody Here", zip.toString(), "--data-dir", data.toString()))
                .isEqualTo(CommandLine.EXIT_FAILED);
        assertThat(err().strip()).isEqualTo("netdesk: there is no contact named “Nobody Here” in " + data
                + "; nothing was written.");
        stderr.reset();
        assertThat(run("export", "person", "99999", zip.toString(), "--data-dir", data.toString()))
                .isEqualTo(CommandLine.EXIT_FAILED);
        assertThat(err().strip()).isEqualTo("netdesk: there is no contact with the id 99999 in " + data
                + "; nothing was written.");
        assertThat(filesIn(out)).isEmpty();
    }

    @Test
    void aDataFolderHeldByTheRunningAppIsRefused() throws Exception {
        Path csv = out.resolve("k.csv");
        try (InstanceLock running = InstanceLock.acquire(data)) {
            assertThat(run("export", "contacts", csv.toString(), "--data-dir", data.toString()))
                    .isEqualTo(Netdesk.EXIT_ALREADY_RUNNING);
        }
        assertThat(err().strip()).isEqualTo("Netdesk is open with the data folder " + data
                + ". Close it first, then run the command again; nothing was written.");
        assertThat(filesIn(out)).isEmpty();
    }

    @Test
    void aFolderWithoutNetdeskDataIsRefusedAndNotCreated() throws Exception {
        Path empty = out.resolve("empty");
        Files.createDirectory(empty);
        assertThat(run("export", "contacts", out.resolve("k.csv").toString(), "--data-dir", empty.toString()))
                .isEqualTo(Netdesk.EXIT_CANNOT_OPEN);
        assertThat(err().strip()).isEqualTo("netdesk: " + empty + ": there is no Netdesk data here (netdesk.db is"
                + " missing). Start Netdesk once with --data-dir " + empty + " to create it, or give the folder that"
                + " holds netdesk.db with --data-dir.");
        assertThat(filesIn(empty)).isEmpty();
    }

    @Test
    void aMistypedCommandIsOneLineWithTheCommandMeantAndTheHelp() {
        assertThat(run("imprt", "contacts", "x.csv")).isEqualTo(CommandLine.EXIT_USAGE);
        assertThat(err().strip()).isEqualTo("netdesk: unknown command “imprt contacts x.csv”; did you mean"
                + " “import contacts”? See netdesk --help.");
        assertThat(CommandLine.suggestion(List.of("exprot", "persno"))).isEqualTo("export person");
        assertThat(CommandLine.suggestion(List.of("import", "kontakter"))).as("nothing close").isNull();
        assertThat(CommandLine.suggestion(List.of("hlep"))).isEqualTo("help");
        assertThat(CommandLine.suggestion(List.of("backup"))).isNull();
    }

    @Test
    void aMistypedCommandGivenToTheLauncherIsTheSameOneLine() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            launcherSaysItInOneLine();
        } finally {
            Locale.setDefault(before);
        }
    }

    private void launcherSaysItInOneLine() {
        // Not a command word, so it does not reach the command line: the launcher says it the same way.
        assertThat(CommandLine.isCommand(new String[] {"imprt", "contacts", "x.csv"})).isFalse();
        assertThat(Netdesk.start(new String[] {"imprt", "contacts", "x.csv", "--data-dir", "/tmp/none"},
                new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8))).isEqualTo(Netdesk.EXIT_USAGE);
        assertThat(err().lines().toList()).containsExactly("netdesk: unknown command “imprt contacts x.csv”; did you"
                + " mean “import contacts”? See netdesk --help.");
        stderr.reset();
        assertThat(Netdesk.start(new String[] {"--colour"}, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8))).isEqualTo(Netdesk.EXIT_USAGE);
        assertThat(err().lines().toList()).containsExactly("netdesk: unknown option --colour. See netdesk --help.");
        stderr.reset();
        assertThat(Netdesk.start(new String[] {"--data-dir"}, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8))).isEqualTo(Netdesk.EXIT_USAGE);
        assertThat(err().lines().toList()).containsExactly("netdesk: --data-dir needs DIR. See netdesk --help.");
    }

    @Test
    void unknownCommandsAndOptionsAreRefused() {
        assertThat(run("export", "calendars", "x.ics")).isEqualTo(CommandLine.EXIT_USAGE);
        assertThat(err().strip()).isEqualTo("netdesk: unknown command “export calendars x.ics”; did you mean"
                + " “export calendar”? See netdesk --help.");
        stderr.reset();
        assertThat(run("frobnicate")).isEqualTo(CommandLine.EXIT_USAGE);
        assertThat(err().strip()).isEqualTo("netdesk: unknown command “frobnicate”. See netdesk --help.");
        stderr.reset();
        assertThat(run("export", "contacts", "x.csv", "--everything")).isEqualTo(CommandLine.EXIT_USAGE);
        assertThat(err().strip()).isEqualTo("netdesk: unknown option --everything. See netdesk --help.");
    }
}
