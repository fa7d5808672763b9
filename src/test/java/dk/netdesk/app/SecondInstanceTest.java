package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.pipeline.ContactService;
import dk.netdesk.testing.People;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.testing.TestApp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second Netdesk, started as its own process on the same data folder, refuses to open it. */
class SecondInstanceTest {

    @TempDir
    Path dir;

    @Test
    void secondLaunchPrintsAClearMessageAndLeavesTheDataAlone() throws Exception {
        try (Database first = Database.open(dir)) {
            ContactService contacts = People.service(first, new Changes(), TestApp.CLOCK);
            contacts.create(ContactDetails.named("Anna Jensen").withContact("", "", "first instance"), null);

            Process second = launch("--data-dir", dir.toString());
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).as("second launch ends by itself").isTrue();
            String stderr = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(second.exitValue()).isEqualTo(Netdesk.EXIT_ALREADY_RUNNING);
            assertThat(stderr).contains("Netdesk is already running with the data folder " + dir);
            assertThat(contacts.findAll()).extracting(c -> c.notes()).containsExactly("first instance");
            contacts.create(ContactDetails.named("Bo").withContact("", "", ""), null);
            assertThat(contacts.findAll().size()).as("the first instance still writes").isEqualTo(2);
        }
    }

    @Test
    void databaseFromANewerNetdeskIsRefusedWithItsExitCodeAndLeftAsItWas() throws Exception {
        Database.open(dir).close();
        Path file = dir.resolve(Database.FILE_NAME);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, installed_on, execution_time, success) VALUES "
                    + "(99, '99', 'later', 'SQL', 'V99__later.sql', 0, 'x', CURRENT_TIMESTAMP, 0, 1)");
        }
        byte[] before = java.nio.file.Files.readAllBytes(file);

        Process launched = launch("--data-dir", dir.toString());
        assertThat(launched.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String stderr = new String(launched.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(launched.exitValue()).isEqualTo(Netdesk.EXIT_TOO_NEW);
        assertThat(stderr).contains("written by a newer version of Netdesk (schema version 99");
        assertThat(java.nio.file.Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void unknownArgumentIsExplained() throws Exception {
        Process process = launch("--colour", "blue");
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).isEqualTo(Netdesk.EXIT_USAGE);
        assertThat(stderr.strip()).isEqualTo("netdesk: unknown option --colour. See netdesk --help.");
    }

    private static Process launch(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Duser.language=en", "-Duser.country=GB",
                "-cp", System.getProperty("java.class.path"), Netdesk.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
    }
}
