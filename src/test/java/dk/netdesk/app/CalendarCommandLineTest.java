package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.db.Database;
import dk.netdesk.testing.DatabaseDump;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Messages;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code netdesk import calendar} and {@code netdesk export calendar} on a real data folder. */
class CalendarCommandLineTest {

    @TempDir
    Path data;
    @TempDir
    Path files;

    private ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() throws Exception {
        Database.open(data).close();
    }

    private int run(String... args) {
        stdout = new ByteArrayOutputStream();
        stderr = new ByteArrayOutputStream();
        return CommandLine.run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), TestApp.CLOCK,
                new Messages(Locale.ENGLISH, Bundles.ALL));
    }

    private Path sample(String name) throws Exception {
        Path file = files.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/dk/netdesk/exchange/ics/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private String dump() throws Exception {
        try (Database database = Database.open(data)) {
            return DatabaseDump.dump(database);
        }
    }

    @Test
    void importsWithASummaryLineAndExportsAgain() throws Exception {
        Path google = sample("google.ics");
        assertThat(run("import", "calendar", google.toString(), "--category", "personal", "--data-dir", data.toString()))
                .isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo(
                "Imported 3 new events and updated none from " + google + "; 2 left out." + System.lineSeparator());
        assertThat(stderr.toString(StandardCharsets.UTF_8).lines().toList()).hasSize(2)
                .allMatch(l -> l.matches("netdesk: google\\.ics, line \\d+ \\(event \\d+\\): .*"))
                .anyMatch(l -> l.contains("BYSETPOS"));

        assertThat(run("--data-dir", data.toString(), "import", "calendar", google.toString(), "--category", "WORK"))
                .isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).startsWith("Imported no new events and updated 3 events from");

        Path out = files.resolve("ud.ics");
        assertThat(run("export", "calendar", out.toString(), "--data-dir", data.toString())).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo("Exported 3 events to " + out + System.lineSeparator());
        assertThat(Files.readString(out)).contains("UID:7kukuqrfedlm2f9t7lmfcf4e5s@google.com", "X-NETDESK-KIND:OTHER");
    }

    @Test
    void aMalformedFileExitsNonZeroWithOneLineAndChangesNothing() throws Exception {
        run("import", "calendar", sample("outlook.ics").toString(), "--category", "work", "--data-dir", data.toString());
        String before = dump();

        assertThat(run("import", "calendar", sample("impossible-date.ics").toString(), "--category", "work",
                "--data-dir", data.toString())).isEqualTo(CommandLine.EXIT_FAILED);
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(stderr.toString(StandardCharsets.UTF_8)).isEqualTo("netdesk: impossible-date.ics, line 38: DTSTART has"
                + " the impossible value “20270230T250000”. Nothing was imported; correct the line or export the calendar"
                + " again." + System.lineSeparator());
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void badArgumentsAreRefusedBeforeTheDataFolderIsOpened() throws Exception {
        Path google = sample("google.ics");
        assertThat(run("import", "calendar", google.toString(), "--data-dir", data.toString())).isEqualTo(CommandLine.EXIT_USAGE);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("--category work or --category personal");
        assertThat(run("import", "calendar", google.toString(), "--category", "family")).isEqualTo(CommandLine.EXIT_USAGE);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("(not “family”)");
        assertThat(run("import", "calendar", files.resolve("missing.ics").toString(), "--category", "work"))
                .isEqualTo(CommandLine.EXIT_FAILED);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("missing.ics: the file does not exist");
        assertThat(run("export", "calendar", files.resolve("kalender.txt").toString())).isEqualTo(CommandLine.EXIT_USAGE);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("must end in .ics");
        assertThat(run("import", "calendar", files.toString(), "--category", "work")).isEqualTo(CommandLine.EXIT_FAILED);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).isEqualTo("netdesk: " + files.toAbsolutePath()
                + ": this is a folder, not a file; give the .ics file in it. Nothing was imported." + System.lineSeparator());
        assertThat(run("import", "contacts", google.toString(), "--category", "work")).isEqualTo(CommandLine.EXIT_USAGE);
        assertThat(CommandLine.isCommand(new String[] {"import", "calendar", "x.ics"})).isTrue();
    }
}
