package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.netdesk.db.Database;
import dk.netdesk.db.DatabaseDamagedException;
import dk.netdesk.db.DatabaseReadOnlyException;
import dk.netdesk.db.NotNetdeskDatabaseException;
import dk.netdesk.ui.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refused file gets words that say what is wrong and what to do, in both languages; only a plain
 * I/O error gets the advice to check the folder.
 */
class StartupRefusalTest {

    @TempDir
    Path dir;

    /** The launched JVM's temporary folder. */
    @TempDir
    Path tmp;

    final Messages english = new Messages(Locale.UK, Bundles.ALL);
    final Messages danish = new Messages(new Locale("da"), Bundles.ALL);

    @Test
    void emptiedFileIsRefusedByTheLauncherAndLeftEmpty() throws Exception {
        Path file = Files.createFile(dir.resolve(Database.FILE_NAME));

        Process launched = launch("--data-dir", dir.toString());
        assertThat(launched.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String stderr = new String(launched.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(launched.exitValue()).isEqualTo(Netdesk.EXIT_DAMAGED);
        assertThat(stderr).contains("The database file " + file + " is empty")
                .contains("Netdesk has not changed it.")
                .contains("There is no backup to restore: Netdesk found no good backup in " + dir.resolve("backups"))
                .contains("move " + file + " to another folder")
                .doesNotContain("Check that the folder exists");
        assertThat(Files.size(file)).isZero();
        // The log is in the data folder (LogSetup), not in the temporary folder the launcher is given.
        assertThat(dir.resolve("logs/netdesk.log")).content().contains("Refused the database file");
        assertThat(tmp.resolve("netdesk-logs")).doesNotExist();
    }

    /**
     * Without a display the launcher never restores by itself: it names the newest good backup and how
     * to put it in place by hand, and leaves every file as it was.
     */
    @Test
    void withoutADisplayADamagedFileWithABackupGetsTheHintAndIsNotRestored() throws Exception {
        Path backup = databaseWithBackup(dir, 12);
        Path file = dir.resolve(Database.FILE_NAME);
        Files.write(file, new byte[0]);

        Process launched = launch("--data-dir", dir.toString());
        assertThat(launched.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String stderr = new String(launched.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(launched.exitValue()).isEqualTo(Netdesk.EXIT_DAMAGED);
        assertThat(stderr).contains("The database file " + file + " is empty")
                .contains("What to do: restore the newest good backup, " + backup + ", from ")
                .contains("move " + file + " (and " + file + "-wal and " + file + "-shm, if they are there)")
                .contains("copy that backup into the data folder and name it netdesk.db")
                .doesNotContain("There is no backup");
        assertThat(Files.size(file)).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains("damaged-"));
        }
    }

    @Test
    void aDamagedFileWithABackupCarriesTheOfferInBothLanguages() throws Exception {
        Path backup = databaseWithBackup(dir, 3);
        Files.setLastModifiedTime(backup, java.nio.file.attribute.FileTime.from(
                java.time.Instant.parse("2026-11-30T19:05:00Z")));
        Path file = dir.resolve(Database.FILE_NAME);
        Files.write(file, new byte[0]);
        java.time.ZoneId copenhagen = java.time.ZoneId.of("Europe/Copenhagen");
        Throwable failure = new DatabaseDamagedException(file, DatabaseDamagedException.Reason.EMPTY, null);

        Netdesk.Refusal en = Netdesk.refusal(failure, english, dir, copenhagen);
        Netdesk.Refusal da = Netdesk.refusal(failure, danish, dir, copenhagen);

        assertThat(en.exitCode()).isEqualTo(Netdesk.EXIT_DAMAGED);
        assertThat(en.offer().backup()).isEqualTo(backup);
        assertThat(en.offer().file()).isEqualTo(file);
        // The time in the backup's name, as the restore list shows it (not the file's modification time), to the second.
        assertThat(en.offer().takenAt().toLocalTime()).isEqualTo(java.time.LocalTime.of(20, 0));
        assertThat(english.dateTimeSeconds(en.offer().takenAt())).isEqualTo("30 Nov 2026, 20:00:00");
        assertThat(danish.dateTimeSeconds(da.offer().takenAt())).isEqualTo("30. nov. 2026 kl. 20:00:00");
        assertThat(en.offer().text()).startsWith("The database file " + file + " is empty")
                .contains("Netdesk can restore the newest good backup, from " + english.dateTimeSeconds(en.offer().takenAt()))
                .contains("netdesk.db.damaged-<time>").doesNotContain("{");
        assertThat(da.offer().text()).startsWith("Databasefilen " + file + " er tom")
                .contains("Netdesk kan gendanne den nyeste gode sikkerhedskopi, fra "
                        + danish.dateTimeSeconds(da.offer().takenAt()))
                .contains("netdesk.db.damaged-<tid>").doesNotContain("{");
        assertThat(da.text()).contains("Det kan du gøre: gendan den nyeste gode sikkerhedskopi, " + backup);
        assertThat(Netdesk.refusal(new NotNetdeskDatabaseException(file, "x"), english, dir).offer())
                .as("only a damaged file is offered a backup").isNull();
    }

    /**
     * What "Restore" does after the dialog: the damaged file is kept aside, the backup put in place and
     * the app opened on it, as a normal start opens it.
     */
    @Test
    void restoringAtStartOpensTheAppOnTheBackupAndKeepsTheDamagedFile() throws Exception {
        Path backup = databaseWithBackup(dir, 7);
        Path file = dir.resolve(Database.FILE_NAME);
        byte[] damaged = "not what it was".getBytes(StandardCharsets.UTF_8);
        Files.write(file, damaged);
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2026-11-30T22:15:00Z"),
                java.time.ZoneId.of("Europe/Copenhagen"));
        dk.netdesk.ui.FxBackground background = new dk.netdesk.ui.FxBackground(e -> { });
        try {
            Netdesk.Restored restored = Netdesk.restoreAndOpen(dir, backup, background, english, clock,
                    new dk.netdesk.ui.ErrorReporter(english, clock));
            try {
                assertThat(restored.kept()).isEqualTo(dir.resolve("netdesk.db.damaged-20261130T221500Z"));
                assertThat(Files.readAllBytes(restored.kept())).isEqualTo(damaged);
                assertThat(((Number) restored.context().database().dsl().fetchValue("SELECT count(*) FROM contact"))
                        .intValue()).isEqualTo(7);
                assertThatThrownBy(() -> dk.netdesk.db.InstanceLock.acquire(dir))
                        .as("the restored app holds the data folder")
                        .isInstanceOf(dk.netdesk.db.InstanceLock.AlreadyRunningException.class);
            } finally {
                restored.context().database().close();
            }
        } finally {
            background.close();
        }
    }

    /** A database of {@code contacts} contacts with a backup of it in {@code backups/}; returns the backup. */
    private static Path databaseWithBackup(Path dir, int contacts) throws Exception {
        Path backup = Files.createDirectories(dir.resolve("backups")).resolve("netdesk-2026-11-30T19-00-00Z.db");
        try (Database db = Database.open(dir)) {
            for (int i = 0; i < contacts; i++) {
                db.dsl().execute("INSERT INTO contact (name, created_at, updated_at) VALUES ('Person " + i
                        + "', '2026-11-30', '2026-11-30')");
            }
            db.dsl().execute("VACUUM INTO '" + backup + "'");
        }
        return backup;
    }

    @Test
    void aForeignDatabaseIsToldOfABackupOnlyWhereThereIsOne() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        Throwable failure = new NotNetdeskDatabaseException(file, "no history");
        Path backups = dir.resolve("backups");

        String none = Netdesk.refusal(failure, english, dir).text();
        assertThat(backups).doesNotExist();
        assertThat(none).contains("is an SQLite database, but not a Netdesk database", "Netdesk has not changed it")
                .contains("Netdesk found no backup to put in its place (none in " + backups + ")")
                .doesNotContain("copy your newest backup from");
        assertThat(Netdesk.refusal(failure, danish, dir).text())
                .contains("Netdesk fandt ingen sikkerhedskopi at sætte i stedet (ingen i " + backups + ")");

        Path other = dir.resolve("other");
        Path backup = databaseWithBackup(other, 2);
        Files.createDirectories(backups);
        Files.copy(backup, backups.resolve(backup.getFileName()));
        assertThat(Netdesk.refusal(failure, english, dir).text())
                .contains("copy your newest backup from " + backups + " into its place as netdesk.db")
                .doesNotContain("found no backup");
    }

    @Test
    void eachRefusalSaysWhatIsWrongAndWhatToDoInBothLanguages() {
        Path file = dir.resolve(Database.FILE_NAME);
        List<Throwable> failures = List.of(
                new DatabaseDamagedException(file, DatabaseDamagedException.Reason.EMPTY, null),
                new DatabaseDamagedException(file, DatabaseDamagedException.Reason.NOT_SQLITE, "x"),
                new DatabaseDamagedException(file, DatabaseDamagedException.Reason.DAMAGED, "malformed"),
                new NotNetdeskDatabaseException(file, "no history"),
                new DatabaseReadOnlyException(file));
        List<String> wrong = List.of("is empty", "is not a database Netdesk can read", "is damaged",
                "is an SQLite database, but not a Netdesk database", "Netdesk may not write to");
        List<String> forkert = List.of("er tom", "er ikke en database, Netdesk kan læse", "er beskadiget",
                "er en SQLite-database, men ikke en Netdesk-database", "Netdesk må ikke skrive i");
        List<Integer> codes = List.of(Netdesk.EXIT_DAMAGED, Netdesk.EXIT_DAMAGED, Netdesk.EXIT_DAMAGED,
                Netdesk.EXIT_NOT_NETDESK, Netdesk.EXIT_READ_ONLY);
        for (int i = 0; i < failures.size(); i++) {
            Netdesk.Refusal en = Netdesk.refusal(failures.get(i), english, dir);
            Netdesk.Refusal da = Netdesk.refusal(failures.get(i), danish, dir);
            assertThat(en.exitCode()).isEqualTo(codes.get(i));
            assertThat(en.text()).contains(file.toString()).contains(wrong.get(i)).contains("What to do:")
                    .doesNotContain("Check that the folder exists").doesNotContain("{");
            assertThat(da.text()).contains(file.toString()).contains(forkert.get(i)).contains("Det kan du gøre:")
                    .doesNotContain("Kontrollér, at mappen findes").doesNotContain("{");
        }
        assertThat(Netdesk.refusal(new IOException("disk error"), english, dir).text())
                .contains("Check that the folder exists");
    }

    /**
     * A write-protected file. Root writes through chmod, so the file is made immutable ({@code chattr +i}),
     * which stops root too; skipped where chattr is not allowed (no CAP_LINUX_IMMUTABLE, tmpfs).
     */
    @Test
    void writeProtectedDatabaseIsRefusedAtStartWithoutChangingIt() throws Exception {
        Database.open(dir).close();
        Path file = dir.resolve(Database.FILE_NAME);
        assumeTrue(chattr("+i", file), "chattr +i is not allowed here");
        try {
            byte[] before = Files.readAllBytes(file);
            assertThatThrownBy(() -> Database.open(dir)).isInstanceOfSatisfying(DatabaseReadOnlyException.class,
                    e -> assertThat(e.path()).isEqualTo(file));

            Process launched = launch("--data-dir", dir.toString());
            assertThat(launched.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String stderr = new String(launched.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(launched.exitValue()).isEqualTo(Netdesk.EXIT_READ_ONLY);
            assertThat(stderr).contains("Netdesk may not write to " + file).contains("remove the write protection");
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        } finally {
            chattr("-i", file);
        }
    }

    @Test
    void writeProtectedDataFolderIsRefusedAtStart() throws Exception {
        Database.open(dir).close();
        assumeTrue(chattr("+i", dir), "chattr +i is not allowed here");
        try {
            assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(DatabaseReadOnlyException.class);
            Process launched = launch("--data-dir", dir.toString());
            assertThat(launched.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String stderr = new String(launched.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(launched.exitValue()).isEqualTo(Netdesk.EXIT_READ_ONLY);
            assertThat(stderr).contains("Netdesk may not write to " + dir);
        } finally {
            chattr("-i", dir);
        }
    }

    private static boolean chattr(String flag, Path path) {
        try {
            Process p = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Starts the launcher in its own JVM, with no display and {@code tmp} as its temporary folder. */
    private Process launch(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Duser.language=en", "-Duser.country=GB",
                "-Djava.io.tmpdir=" + tmp,
                "-cp", System.getProperty("java.class.path"), Netdesk.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
    }
}
