package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.LoggerContext;
import dk.netdesk.db.AttachmentStore;
import dk.netdesk.db.StoredFile;
import dk.netdesk.db.Database;
import dk.netdesk.db.FileModes;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On POSIX every folder Netdesk keeps data in is 0700 and every file it writes there 0600, whatever the
 * umask. The JVM cannot set its own umask, so the files are made here (umask of the test run, 022 in
 * the build) and the modes on disk are read back; files made with the umask's 0644/0755 are tightened.
 */
class FileModesTest {

    @TempDir
    Path root;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileModes.posix(root), "no POSIX permissions on this file system");
    }

    @Test
    void aStartLeavesOnlyPrivateFoldersAndFiles() throws Exception {
        Path dataDir = root.resolve("netdesk");
        assertThat(Netdesk.tighten(dataDir)).isNull();

        // Logging as the app sets it up (LogSetup), with the log folder in the data folder.
        LoggerContext logging = new LoggerContext();
        LogSetup.configure(logging, dataDir.resolve("logs"));
        logging.getLogger("test").info("Anna Jensen, +45 12 34 56 78");
        // After a roll-over logback renames netdesk.log (the mode goes with it) and opens a new file through
        // openFile, as here: that new file must be 0600 too.
        PrivateRollingFileAppender appender = (PrivateRollingFileAppender) logging.getLogger("ROOT").getAppender("FILE");
        Files.move(dataDir.resolve("logs/netdesk.log"), dataDir.resolve("logs/netdesk.2026-11-30.0.log"));
        appender.openFile(dataDir.resolve("logs/netdesk.log").toString());
        logging.getLogger("test").info("after the roll-over");

        Path picture = root.resolve("photo.png");
        Files.write(picture, new byte[] {1, 2, 3});
        try (Database db = Database.open(dataDir)) {
            db.dsl().execute("INSERT INTO setting (key, value) VALUES ('x', '1')");
            StoredFile stored = new AttachmentStore(dataDir).store(picture);
            assertThat(stored.size()).isEqualTo(3);
            assertThat(dataDir.resolve(Database.FILE_NAME + "-wal")).exists();
            assertThat(dataDir.resolve(Database.FILE_NAME + "-shm")).exists();
            assertModes(dataDir, 3, 7); // data folder, logs, attachments; db, -wal, -shm, lock, two logs, one attachment
        }
        logging.stop();

        assertThat(mode(dataDir)).isEqualTo("rwx------");
        assertThat(mode(dataDir.resolve("logs"))).isEqualTo("rwx------");
        assertThat(mode(dataDir.resolve("logs/netdesk.log"))).isEqualTo("rw-------");
        try (Stream<Path> logs = Files.list(dataDir.resolve("logs"))) {
            assertThat(logs.count()).as("netdesk.log and one rotated log").isEqualTo(2);
        }
    }

    @Test
    void anOlderInstallIsTightenedAtStartTheDatabaseOnceItIsAccepted() throws Exception {
        Path dataDir = Files.createDirectories(root.resolve("netdesk"));
        Database.open(dataDir).close();
        List<Path> files = new ArrayList<>();
        for (String name : List.of("netdesk.lock", "netdesk.db.damaged-20261130T221500Z",
                "logs/netdesk.log", "logs/netdesk.2026-11-29.0.log", "attachments/abc.pdf",
                "backups/netdesk-20261130.db", "backups/old/netdesk-2025.db")) {
            Path file = dataDir.resolve(name);
            Files.createDirectories(file.getParent());
            files.add(Files.write(file, new byte[] {1}));
        }
        try (Stream<Path> all = Files.walk(dataDir)) {
            for (Path path : (Iterable<Path>) all::iterator) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                        Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        Path elsewhere = Files.write(root.resolve("not-ours.txt"), new byte[] {1});
        Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(Netdesk.tighten(dataDir)).isNull();

        assertThat(mode(dataDir.resolve(Database.FILE_NAME))).as("left to Database.open, which may refuse it")
                .isEqualTo("rw-r--r--");
        for (Path file : files) {
            assertThat(mode(file)).as(file.toString()).isEqualTo("rw-------");
        }
        assertThat(mode(elsewhere)).as("outside the data folder nothing changes").isEqualTo("rw-r--r--");
        try (Database open = Database.open(dataDir)) {
            assertThat(dataDir.resolve(Database.FILE_NAME + "-wal")).exists();
            assertModes(dataDir, 5, files.size() + 3);
        }
    }

    @Test
    void anotherProgramsDatabaseThatIsRefusedKeepsItsModeAndBytes() throws Exception {
        Path dataDir = Files.createDirectories(root.resolve("foreign"));
        Path file = dataDir.resolve(Database.FILE_NAME);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, amount REAL)");
            s.execute("INSERT INTO invoice (amount) VALUES (12.5)");
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        byte[] bytes = Files.readAllBytes(file);

        assertThat(Netdesk.tighten(dataDir)).isNull();
        assertThatThrownBy(() -> Database.open(dataDir)).isInstanceOf(dk.netdesk.db.NotNetdeskDatabaseException.class);

        assertThat(mode(file)).as("\"Netdesk has not changed it\" holds for its mode too").isEqualTo("rw-r--r--");
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    /** Every folder under {@code dataDir} is 0700 and every file 0600; returns nothing, checks the counts seen. */
    private static void assertModes(Path dataDir, int minFolders, int minFiles) throws Exception {
        int folders = 0;
        int files = 0;
        try (Stream<Path> all = Files.walk(dataDir)) {
            for (Path path : (Iterable<Path>) all::iterator) {
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    assertThat(mode(path)).as(path.toString()).isEqualTo("rwx------");
                    folders++;
                } else {
                    assertThat(mode(path)).as(path.toString()).isEqualTo("rw-------");
                    files++;
                }
            }
        }
        assertThat(folders).isGreaterThanOrEqualTo(minFolders);
        assertThat(files).isGreaterThanOrEqualTo(minFiles);
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }
}
