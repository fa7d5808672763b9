package dk.netdesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.testing.MutableClock;
import dk.netdesk.testing.TestApp;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups written with VACUUM INTO and checked, restored into the open database, and refused when bad. */
class BackupsTest {

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock();
    TestApp app;

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    private Backups open() {
        app = TestApp.open(dir, Locale.ENGLISH, clock);
        return app.context().backups();
    }

    private Contact addContact(String name) {
        return app.context().contactService().create(ContactDetails.named(name), null);
    }

    @Test
    void aBackupIsACheckedCopyBesideTheDatabaseNamedByItsUtcTime() throws Exception {
        Backups backups = open();
        addContact("Anna Jensen");
        app.database().dsl().execute("INSERT INTO calendar_event (title, start_local, end_local, zone, category, kind) "
                + "VALUES ('Kaffemøde', '2026-12-01T10:00', '2026-12-01T11:00', 'Europe/Copenhagen', 'WORK', 'PRESENTATION')");

        BackupFile file = backups.backUp(BackupFile.Reason.MANUAL);

        assertThat(file.path()).isEqualTo(dir.resolve("backups").resolve("netdesk-2026-11-28T09-00-00Z-manual.db"));
        assertThat(file.sizeBytes()).isEqualTo(Files.size(file.path())).isPositive();
        assertThat(Backups.quickCheck(file.path())).isNull();
        // Checked read-only: no journal files are left beside the backup.
        try (var entries = Files.list(file.path().getParent())) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactly(file.path().getFileName().toString());
        }
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path()))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path().getParent())))
                    .isEqualTo("rwx------");
        }
        assertThat(backups.list()).singleElement().satisfies(summary -> {
            assertThat(summary.readable()).isTrue();
            assertThat(summary.contacts()).isEqualTo(1);
            assertThat(summary.events()).isEqualTo(1);
            assertThat(summary.file().reason()).isEqualTo(BackupFile.Reason.MANUAL);
        });
        // A second backup in the same second gets the next second, not the same name.
        assertThat(backups.backUp(BackupFile.Reason.AUTOMATIC).path().getFileName())
                .hasToString("netdesk-2026-11-28T09-00-01Z.db");
    }

    @Test
    void restoreReplacesTheDataAndKeepsABackupOfWhatWasThere() throws Exception {
        Backups backups = open();
        addContact("Anna Jensen");
        BackupFile annaOnly = backups.backUp(BackupFile.Reason.MANUAL);
        clock.advance(Duration.ofMinutes(5));
        addContact("Bo Nielsen");
        Set<Changes.Topic> published = EnumSet.noneOf(Changes.Topic.class);
        for (Changes.Topic topic : Changes.Topic.values()) {
            app.context().changes().subscribe(topic, change -> published.add(change.topic()));
        }

        BackupFile before = backups.restore(annaOnly.path()).before().orElseThrow();

        assertThat(names()).containsExactly("Anna Jensen");
        assertThat(published).containsExactlyInAnyOrder(Changes.Topic.values());
        assertThat(before.reason()).isEqualTo(BackupFile.Reason.BEFORE_RESTORE);
        assertThat(before.path().getFileName()).hasToString("netdesk-2026-11-28T09-05-00Z-before-restore.db");
        assertThat(contactNames(before.path())).containsExactlyInAnyOrder("Anna Jensen", "Bo Nielsen");
        // The live database is still in WAL mode and takes writes after the restore.
        assertThat(app.database().dsl().fetchValue("PRAGMA journal_mode")).isEqualTo("wal");
        addContact("Carl Holm");
        assertThat(names()).containsExactly("Anna Jensen", "Carl Holm");

        // Restoring the backup taken first undoes the restore.
        backups.restore(before.path());
        assertThat(names()).containsExactly("Anna Jensen", "Bo Nielsen");
    }

    @Test
    void aDamagedBackupIsRefusedAndNothingChanges() throws Exception {
        Backups backups = open();
        for (int i = 0; i < 300; i++) {
            addContact("Kontakt " + i + " med et langt navn, så tabellen fylder flere sider");
        }
        BackupFile good = backups.backUp(BackupFile.Reason.MANUAL);
        Path damaged = good.path().resolveSibling("netdesk-2026-11-28T08-00-00Z.db");
        Files.copy(good.path(), damaged);
        try (RandomAccessFile file = new RandomAccessFile(damaged.toFile(), "rw")) {
            byte[] noise = new byte[4096];
            new java.util.Random(11).nextBytes(noise);
            file.seek(4096L * (file.length() / 4096 / 2));
            file.write(noise);
        }
        assertThat(Backups.quickCheck(damaged)).isNotNull();
        clock.advance(Duration.ofMinutes(1));
        addContact("Bo Nielsen");

        assertThatThrownBy(() -> backups.restore(damaged)).isInstanceOf(BackupException.class)
                .extracting(e -> ((BackupException) e).problem()).isEqualTo(BackupException.Problem.DAMAGED);

        assertThat(names()).hasSize(301).contains("Bo Nielsen");
        assertThat(backups.files()).extracting(BackupFile::reason).doesNotContain(BackupFile.Reason.BEFORE_RESTORE);
    }

    @Test
    void aFileThatIsNotANetdeskBackupOrIsFromANewerNetdeskIsRefused() throws Exception {
        Backups backups = open();
        addContact("Anna Jensen");
        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE notes (text TEXT)");
        }
        assertThatThrownBy(() -> backups.restore(other)).isInstanceOf(BackupException.class)
                .extracting(e -> ((BackupException) e).problem()).isEqualTo(BackupException.Problem.NOT_NETDESK);

        Path newer = backups.backUp(BackupFile.Reason.MANUAL).path();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, installed_by, "
                    + "execution_time, success) VALUES (99, '99.1', 'future', 'SQL', 'V99_1__future.sql', 'x', 0, 1)");
        }
        assertThatThrownBy(() -> backups.restore(newer)).isInstanceOf(BackupException.class)
                .extracting(e -> ((BackupException) e).problem()).isEqualTo(BackupException.Problem.TOO_NEW);
        assertThat(names()).containsExactly("Anna Jensen");
    }

    @Test
    void aChosenFolderMustBeWritableAndThenTakesTheBackups() throws Exception {
        Backups backups = open();
        Path aFile = Files.writeString(dir.resolve("a-file.txt"), "not a folder");

        assertThatThrownBy(() -> backups.setFolder(aFile.resolve("backups"))).isInstanceOf(BackupException.class)
                .extracting(e -> ((BackupException) e).problem()).isEqualTo(BackupException.Problem.FOLDER_NOT_WRITABLE);
        assertThat(backups.folder()).isEqualTo(dir.resolve("backups"));

        assertThat(BackupFolderPointer.read(dir)).as("a refused folder is not noted").isEmpty();
        Path synced = dir.resolve("Dropbox").resolve("Netdesk backups");
        backups.setFolder(synced);
        assertThat(backups.folder()).isEqualTo(synced);
        // Noted beside the database too, where a start with a damaged database finds it.
        assertThat(BackupFolderPointer.read(dir)).contains(synced);
        if (FileModes.posix(dir)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    dir.resolve(BackupFolderPointer.FILE_NAME)))).isEqualTo("rw-------");
        }
        assertThat(backups.backUp(BackupFile.Reason.MANUAL).path().getParent()).isEqualTo(synced);

        // A backup from before the folder was chosen does not take the choice back when restored.
        Path elsewhere = dir.resolve("USB");
        backups.setFolder(elsewhere);
        BackupFile withOldFolder = backups.backUp(BackupFile.Reason.MANUAL);
        backups.setFolder(synced);
        BackupFile before = backups.restore(withOldFolder.path()).before().orElseThrow();
        assertThat(backups.folder()).isEqualTo(synced);
        assertThat(before.path().getParent()).isEqualTo(synced);
        assertThat(BackupFolderPointer.read(dir)).contains(synced);
    }

    @Test
    void aFolderChosenBeforeThePointerFileExistedIsNotedAtTheNextBackup() throws Exception {
        Backups backups = open();
        Path chosen = Files.createDirectories(dir.resolve("chosen"));
        new Settings(app.database(), new Changes()).put(Backups.FOLDER_SETTING, chosen.toString());
        assertThat(BackupFolderPointer.read(dir)).isEmpty();

        backups.backUp(BackupFile.Reason.AUTOMATIC);

        assertThat(BackupFolderPointer.read(dir)).contains(chosen);
    }

    @Test
    void anOlderDatabaseIsBackedUpBeforeItIsMigratedAndThatBackupCanBeRestored() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration")
                .target("3").load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO contact (name, created_at, updated_at) VALUES ('Anna Jensen', '2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z')");
        }

        Backups backups = open();

        BackupFile before = backups.files().get(0);
        assertThat(before.reason()).isEqualTo(BackupFile.Reason.BEFORE_UPDATE);
        assertThat(contactNames(before.path())).containsExactly("Anna Jensen");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + before.path()); Statement s = c.createStatement();
             ResultSet library = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'library_item'")) {
            library.next();
            assertThat(library.getInt(1)).as("the backup has the old structure").isZero();
        }

        addContact("Bo Nielsen");
        backups.restore(before.path());
        assertThat(names()).containsExactly("Anna Jensen");
        // The old backup was brought up to date on the way in: the library works.
        assertThat(app.database().dsl().fetchValue("SELECT count(*) FROM library_item")).isEqualTo(0);
        try (var entries = Files.list(dir)) {
            assertThat(entries.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("restore-"));
        }
    }

    @Test
    void theRotationRemovesOnlyBackupsItDoesNotKeepAndLeavesOtherFilesAlone() throws Exception {
        Backups backups = open();
        Path folder = backups.folder();
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("notes.txt"), "mine");
        // One every 3 hours before now (28 November 09:00 UTC): made[k] is 3k hours old, back to 24 November.
        List<Path> made = new ArrayList<>();
        made.add(null);
        for (int k = 1; k <= 30; k++) {
            made.add(Files.createFile(folder.resolve(BackupFile.fileName(
                    clock.instant().minus(Duration.ofHours(3L * k)), BackupFile.Reason.AUTOMATIC))));
        }

        backups.backUp(BackupFile.Reason.MANUAL);

        // The 24 newest (the new one and made[1..23]), and made[28], the last of 24 November in Copenhagen.
        assertThat(backups.files()).hasSize(24 + 1);
        assertThat(made.get(23)).exists();
        assertThat(made.get(28)).exists();
        for (int k : new int[] {24, 25, 26, 27, 29, 30}) {
            assertThat(made.get(k)).doesNotExist();
        }
        assertThat(folder.resolve("notes.txt")).exists();
    }

    @Test
    void aBackupCutShortByAKillIsNeverListedAndIsRemovedOnceItIsAnHourOld() throws Exception {
        Backups backups = open();
        addContact("Anna Jensen");
        BackupFile good = backups.backUp(BackupFile.Reason.MANUAL);
        Path folder = good.path().getParent();
        // What a run killed during VACUUM INTO leaves: part of a backup under its partial name.
        byte[] bytes = Files.readAllBytes(good.path());
        Path old = folder.resolve(BackupFile.fileName(clock.instant().plusSeconds(30), BackupFile.Reason.AUTOMATIC)
                + ".partial");
        Files.write(old, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(clock.instant().minus(Duration.ofHours(2))));
        Path oldJournal = old.resolveSibling(old.getFileName() + "-journal");
        Files.write(oldJournal, new byte[] {1});
        Files.setLastModifiedTime(oldJournal, java.nio.file.attribute.FileTime.from(clock.instant().minus(Duration.ofHours(2))));
        Path recent = folder.resolve(BackupFile.fileName(clock.instant().plusSeconds(40), BackupFile.Reason.EXIT)
                + ".partial");
        Files.write(recent, new byte[0]);
        Files.write(recent.resolveSibling(recent.getFileName() + "-journal"), new byte[] {1});
        Files.setLastModifiedTime(recent, java.nio.file.attribute.FileTime.from(clock.instant().minus(Duration.ofMinutes(10))));

        assertThat(backups.files()).extracting(BackupFile::path).containsExactly(good.path());
        assertThat(backups.list()).singleElement().satisfies(summary -> assertThat(summary.readable()).isTrue());
        assertThat(backups.newestGood()).contains(good.path());

        clock.advance(Duration.ofMinutes(1));
        BackupFile next = backups.backUp(BackupFile.Reason.AUTOMATIC);

        assertThat(old).doesNotExist();
        assertThat(oldJournal).doesNotExist();
        assertThat(recent).as("may still be written by another Netdesk on a shared folder").exists();
        assertThat(recent.resolveSibling(recent.getFileName() + "-journal")).exists();
        assertThat(backups.files()).extracting(BackupFile::path).containsExactly(next.path(), good.path());
    }

    private List<String> names() {
        return app.context().contactService().findAll().stream().map(c -> c.details().name()).sorted().toList();
    }

    private static List<String> contactNames(Path file) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT name FROM contact ORDER BY name")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
