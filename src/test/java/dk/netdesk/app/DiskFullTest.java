package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.netdesk.calendar.EventDraft;
import dk.netdesk.calendar.Occurrence;
import dk.netdesk.db.Database;
import dk.netdesk.db.StorageFailure;
import dk.netdesk.library.LibraryViewModel;
import dk.netdesk.pipeline.ContactDetailsViewModel;
import dk.netdesk.testing.MutableClock;
import dk.netdesk.ui.Background;
import dk.netdesk.ui.ErrorDialog;
import dk.netdesk.ui.ErrorReporter;
import dk.netdesk.ui.LeaveChoice;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.ShellViewModel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import dk.netdesk.testing.FailingBackground;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A full disk, as the whole app meets it: the user's save says so in plain words, once, and keeps the
 * typed text; the reminder check and the window size fail into the log without a dialog; quitting asks
 * about the unsaved text; a later successful write ends the quiet. Once with an injected failure (a
 * real {@link SQLiteException} with {@code SQLITE_FULL}), once on a small tmpfs that really is full
 * (only where the test may mount one, as root on Linux).
 */
@ExtendWith(ApplicationExtension.class)
class DiskFullTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock();
    private final List<Throwable> shown = new CopyOnWriteArrayList<>();
    private final ErrorReporter errors = new ErrorReporter((owner, error) -> shown.add(error), clock);
    private Database database;
    private Path mounted;

    /** A write to a full disk, as SQLite reports it through jOOQ. */
    private static Exception diskFull() {
        return new DataAccessException("SQL [insert …]; [SQLITE_FULL] database or disk is full",
                new SQLiteException("[SQLITE_FULL] database or disk is full (database or disk is full)",
                        SQLiteErrorCode.SQLITE_FULL));
    }

    /** Runs work on the calling thread, with failures going where the app sends them. */
    private final FailingBackground background = new FailingBackground(DiskFullTest::diskFull, e -> errors.report(e));

    private AppContext open(Path dataDir) throws Exception {
        database = Database.open(dataDir);
        Messages messages = new Messages(Locale.ENGLISH, Bundles.ALL);
        AppContext context = new AppContext(database, background, messages, clock, (period, tick) -> { });
        context.shell().loadAtStart(Locale.ENGLISH);
        context.whenWritten(errors::writeSucceeded);
        errors.uiStarted(null);
        context.reminders().start();
        return context;
    }

    @AfterEach
    void closeAndUnmount() throws Exception {
        if (database != null) {
            database.close();
        }
        if (mounted != null) {
            new ProcessBuilder("umount", mounted.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private List<String> shownKeys() {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> keys = new ArrayList<>();
        for (Throwable error : shown) {
            keys.add(ErrorDialog.messageKey(StorageFailure.of(error)));
        }
        return keys;
    }

    private static ContactDetailsViewModel typeNewContact(AppContext context) {
        ContactDetailsViewModel editor = context.contactsEditor();
        editor.newContact();
        editor.form().nameProperty().set("Anna Jensen");
        editor.form().notesProperty().set("Call her on Monday about the starter kit.");
        return editor;
    }

    private static void assertTextKept(ContactDetailsViewModel editor) {
        assertThat(editor.form().nameProperty().get()).isEqualTo("Anna Jensen");
        assertThat(editor.form().notesProperty().get()).isEqualTo("Call her on Monday about the starter kit.");
        assertThat(editor.dirtyProperty().get()).isTrue();
        assertThat(editor.contactIdProperty().get()).as("still the unsaved new contact").isNull();
    }

    @Test
    void injectedDiskFullIsShownOnceKeepsEveryFormsTextAndLeavesBackgroundWritesQuiet() throws Exception {
        AppContext context = open(dir);
        ContactDetailsViewModel editor = typeNewContact(context);
        LibraryViewModel library = context.library();
        library.newItem();
        library.form().titleProperty().set("Opening script");
        List<EventDraft> reopened = new ArrayList<>();
        context.calendar().setOnSaveFailed((Occurrence occurrence, EventDraft draft) -> reopened.add(draft));
        background.failing = true;

        clock.advance(Duration.ofSeconds(20));
        context.reminders().check();
        context.shell().saveBounds(new ShellViewModel.Bounds(10, 20, 900, 700, false));
        assertThat(shownKeys()).as("background writes fail into the log only").isEmpty();

        assertThat(editor.save()).isTrue();
        assertThat(shownKeys()).containsExactly("failure.diskFull");
        assertTextKept(editor);
        assertThat(context.status().textProperty().get()).isEqualTo("The change was not saved.");

        editor.save();
        library.save();
        EventDraft draft = new EventDraft("Home party", LocalDateTime.of(2026, 12, 3, 19, 0),
                LocalDateTime.of(2026, 12, 3, 21, 0), false, "", "", null, dk.netdesk.calendar.Kind.values()[0], null, null);
        context.calendar().create(draft);
        clock.advance(Duration.ofSeconds(20));
        context.reminders().check();
        assertThat(shownKeys()).as("the same failure is not shown again while it lasts").containsExactly("failure.diskFull");
        assertThat(library.editingProperty().get()).isTrue();
        assertThat(library.form().titleProperty().get()).isEqualTo("Opening script");
        assertThat(reopened).as("the event dialog opens again with the typed event").containsExactly(draft);

        editor.setAskToLeave(() -> LeaveChoice.CANCEL);
        assertThat(context.closeEditors()).as("quitting asks about the unsaved contact, and Cancel stays").isFalse();
        editor.setAskToLeave(() -> LeaveChoice.DISCARD);
        library.setAskToLeave(() -> LeaveChoice.CANCEL);
        assertThat(context.closeEditors()).as("then about the library editor's text").isFalse();
        assertThat(library.form().titleProperty().get()).isEqualTo("Opening script");

        clock.advance(Duration.ofMinutes(11));
        library.save();
        assertThat(shownKeys()).as("after ten minutes it is said once more").hasSize(2);

        background.failing = false;
        library.save();
        assertThat(library.editingProperty().get()).isFalse();
        background.failing = true;
        library.newItem();
        library.form().titleProperty().set("Second script");
        library.save();
        assertThat(shownKeys()).as("a write went through, so the next failure is news").hasSize(3);
    }

    @Test
    void aReallyFullTmpfsGivesThePlainDiskFullMessageOnceAndLosesNothing() throws Exception {
        mounted = dir.resolve("small");
        Files.createDirectories(mounted);
        assumeTrue(mount(mounted), "needs permission to mount a tmpfs (root on Linux)");
        AppContext context = open(mounted);
        ContactDetailsViewModel editor = typeNewContact(context);
        String boundsBefore = setting("app.window");
        var reminderBefore = context.calendarService().lastReminderCheck();
        database.dsl().fetch("PRAGMA wal_checkpoint(TRUNCATE)");
        Path filler = fill(mounted.resolve("filler.bin"));

        clock.advance(Duration.ofSeconds(20));
        context.reminders().check();
        context.shell().saveBounds(new ShellViewModel.Bounds(10, 20, 900, 700, false));
        assertThat(shownKeys()).as("background writes fail into the log only").isEmpty();
        assertThat(setting("app.window")).as("the window size was not written: the disk is full").isEqualTo(boundsBefore);
        assertThat(context.calendarService().lastReminderCheck()).isEqualTo(reminderBefore);

        editor.save();
        editor.save();
        assertThat(shownKeys()).containsExactly("failure.diskFull");
        assertTextKept(editor);

        Files.delete(filler);
        editor.save();
        assertThat(editor.contactIdProperty().get()).as("saved once there is room").isNotNull();
        assertThat(context.contactService().findAll()).extracting(c -> c.name()).containsExactly("Anna Jensen");
        assertThat(database.dsl().fetchValue("PRAGMA integrity_check")).isEqualTo("ok");
    }

    private String setting(String key) {
        Object value = database.dsl().fetchValue("SELECT value FROM setting WHERE key = ?", key);
        return value == null ? null : value.toString();
    }

    private static boolean mount(Path target) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) {
            return false;
        }
        try {
            Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", target.toString())
                    .redirectErrorStream(true).start();
            return mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Writes until the file system has no room left; returns the file that holds it. */
    private static Path fill(Path file) throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            assertThat(StorageFailure.of(full)).isEqualTo(StorageFailure.DISK_FULL);
        }
        return file;
    }
}
