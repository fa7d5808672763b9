package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.BackupFile;
import dk.netdesk.db.Database;
import dk.netdesk.db.StorageFailure;
import dk.netdesk.library.LibraryViewModel;
import dk.netdesk.pipeline.ContactDetailsViewModel;
import dk.netdesk.testing.MutableClock;
import dk.netdesk.ui.Background;
import dk.netdesk.ui.ErrorDialog;
import dk.netdesk.ui.ErrorReporter;
import dk.netdesk.ui.FxBackground;
import dk.netdesk.ui.LeaveChoice;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.Shell;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Save" in the unsaved-changes question waits for the save, with the app's own database thread
 * ({@link FxBackground}) and a real window: when the save fails (a full disk, writes stopped on a
 * damaged file) the window stays open, the form keeps its text and the failure is said once; only a
 * saved edit lets the window close. A contact a restore removed keeps the user's edits, says it is
 * gone, cannot be deleted, and Save stores the edits as a new contact, undoably.
 */
@ExtendWith(ApplicationExtension.class)
class SaveBeforeLeavingTest {

    @TempDir
    Path dir;
    Stage stage;
    Database database;
    AppContext context;
    Shell shell;
    final MutableClock clock = new MutableClock();
    final List<Throwable> shown = new CopyOnWriteArrayList<>();
    final ErrorReporter errors = new ErrorReporter((owner, error) -> shown.add(error), clock);
    final FxBackground fx = new FxBackground(errors::report);
    final FailingBackground background = new FailingBackground();

    /** The app's database thread, with a full disk that can be switched on: every write then fails with SQLITE_FULL. */
    final class FailingBackground implements Background {
        volatile boolean diskFull;
        final AtomicInteger failedWrites = new AtomicInteger();

        private <T> Callable<T> maybeFull(Callable<T> work) {
            return () -> {
                if (diskFull) {
                    failedWrites.incrementAndGet();
                    throw new DataAccessException("SQL [insert …]; [SQLITE_FULL] database or disk is full",
                            new SQLiteException("[SQLITE_FULL] database or disk is full (database or disk is full)",
                                    SQLiteErrorCode.SQLITE_FULL));
                }
                return work.call();
            };
        }

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            fx.run(maybeFull(work), onSuccess, onFailure);
        }

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess) {
            fx.run(maybeFull(work), onSuccess);
        }

        @Override
        public <T> T runAndWait(Callable<T> work) throws Exception {
            return fx.runAndWait(maybeFull(work));
        }

        @Override
        public void onUiThread(Runnable action) {
            fx.onUiThread(action);
        }

        @Override
        public void report(Throwable error) {
            fx.report(error);
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        for (javafx.stage.Window window : new ArrayList<>(javafx.stage.Window.getWindows())) {
            if (window != stage && window instanceof Stage other) {
                other.close();
            }
        }
        Platform.setImplicitExit(false);
        this.stage = stage;
        database = Database.open(dir.resolve("data"));
        Messages messages = new Messages(Locale.ENGLISH, Bundles.ALL);
        context = new AppContext(database, background, messages, clock, (period, tick) -> { });
        context.shell().loadAtStart(Locale.ENGLISH);
        context.whenWritten(errors::writeSucceeded);
        errors.uiStarted(stage);
        errors.setQuietWhile(database::writesStopped);
        shell = new Shell(stage, context.shell(), context.undo(), context.status(), context.areas(),
                database.dataDir(), "test", uri -> { });
        shell.setCanClose(context::closeEditors);
        shell.show();
        context.startLoading();
        stage.setWidth(1200);
        stage.setHeight(760);
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.close();
        database.close();
    }

    private void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        settle();
    }

    /** Lets the database thread and the JavaFX thread finish what they were asked to do. */
    private void settle() {
        for (int i = 0; i < 3; i++) {
            try {
                fx.runAndWait(() -> null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private ContactDetailsViewModel editor() {
        return context.contactsEditor();
    }

    private List<String> shownKeys() {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> keys = new ArrayList<>();
        for (Throwable error : shown) {
            keys.add(ErrorDialog.messageKey(StorageFailure.of(error)));
        }
        return keys;
    }

    private List<String> storedNames() throws Exception {
        return fx.runAndWait(() -> context.contactService().findAll()).stream().map(Contact::name).toList();
    }

    /** On the Contacts screen: Ctrl+N, then a name and notes typed. */
    private void typeNewContact(FxRobot robot, String name, String notes) throws Exception {
        robot.interact(() -> shell.select("contacts"));
        shortcut(robot, KeyCode.N);
        waitUntil(() -> editor().openProperty().get());
        robot.clickOn("#details-name").write(name);
        robot.clickOn("#details-notes").write(notes);
    }

    private void assertKept(String name, String notes) {
        assertThat(stage.isShowing()).as("the window stays open").isTrue();
        assertThat(robot().lookup("#details-name").queryTextInputControl().getText()).isEqualTo(name);
        assertThat(robot().lookup("#details-notes").queryTextInputControl().getText()).isEqualTo(notes);
        assertThat(editor().dirtyProperty().get()).isTrue();
    }

    private final FxRobot robot = new FxRobot();

    private FxRobot robot() {
        return robot;
    }

    /** Ctrl+Q, then the question's button {@code answer}; waits for what follows. */
    private void quitAnswering(FxRobot robot, String answer) {
        shortcut(robot, KeyCode.Q);
        assertThat(robot.lookup("#unsaved-save").tryQuery()).as("quitting asks about the unsaved contact").isPresent();
        robot.clickOn(answer);
        settle();
    }

    @Test
    void saveAtQuitOnAFullDiskKeepsTheWindowAndTheTextAndSaysItOnce(FxRobot robot) throws Exception {
        typeNewContact(robot, "Ida DiskFull", "Met at the fair");
        background.diskFull = true;
        shortcut(robot, KeyCode.S);
        assertThat(shownKeys()).containsExactly("failure.diskFull");
        assertKept("Ida DiskFull", "Met at the fair");
        int failedBefore = background.failedWrites.get();

        quitAnswering(robot, "#unsaved-save");
        assertThat(background.failedWrites.get()).as("Save at quit really tried to save").isGreaterThan(failedBefore);
        assertKept("Ida DiskFull", "Met at the fair");
        assertThat(shownKeys()).as("said once while it lasts").containsExactly("failure.diskFull");
        assertThat(context.status().textProperty().get()).isEqualTo("The change was not saved.");

        background.diskFull = false;
        quitAnswering(robot, "#unsaved-save");
        assertThat(stage.isShowing()).as("saved, so the window closes").isFalse();
        assertThat(storedNames()).containsExactly("Ida DiskFull");
    }

    @Test
    void saveWhenSwitchingContactOrStartingANewOneOnAFullDiskStaysOnTheEditedContact(FxRobot robot) throws Exception {
        long[] anna = {fx.runAndWait(() -> context.contactService().create(ContactDetails.named("Anna Jensen"), null)).id()};
        typeNewContact(robot, "Ida DiskFull", "Met at the fair");
        background.diskFull = true;
        editor().setAskToLeave(() -> LeaveChoice.SAVE);
        boolean[] left = new boolean[2];
        robot.interact(() -> {
            left[0] = editor().open(anna[0]);
            left[1] = editor().newContact();
        });
        settle();
        assertThat(left).as("neither the other contact nor a new one is opened").containsExactly(false, false);
        assertKept("Ida DiskFull", "Met at the fair");
        assertThat(shownKeys()).containsExactly("failure.diskFull");

        background.diskFull = false;
        robot.interact(() -> left[0] = editor().open(anna[0]));
        settle();
        assertThat(left[0]).isTrue();
        assertThat(storedNames()).containsExactly("Anna Jensen", "Ida DiskFull");
        assertThat(robot.lookup("#details-title").queryLabeled().getText()).isEqualTo("Anna Jensen");
    }

    @Test
    void saveAtQuitWithTheLibraryEditorOnAFullDiskKeepsTheWindowAndTheText(FxRobot robot) throws Exception {
        LibraryViewModel library = context.library();
        robot.interact(() -> {
            library.newItem();
            library.form().titleProperty().set("Opening script");
            library.setAskToLeave(() -> LeaveChoice.SAVE);
        });
        background.diskFull = true;
        boolean[] closed = new boolean[2];
        robot.interact(() -> {
            closed[0] = context.closeEditors();
            closed[1] = library.newItem();
        });
        settle();
        assertThat(closed).containsExactly(false, false);
        assertThat(library.editingProperty().get()).isTrue();
        assertThat(library.form().titleProperty().get()).isEqualTo("Opening script");
        assertThat(shownKeys()).containsExactly("failure.diskFull");

        background.diskFull = false;
        robot.interact(() -> closed[0] = context.closeEditors());
        settle();
        assertThat(closed[0]).isTrue();
        assertThat(library.editingProperty().get()).isFalse();
    }

    @Test
    void saveAtQuitWithWritesStoppedKeepsTheWindowAndTheText(FxRobot robot) throws Exception {
        typeNewContact(robot, "Ida Damaged", "Wants the catalogue");
        fx.runAndWait(() -> {
            database.stopWriting();
            return null;
        });

        quitAnswering(robot, "#unsaved-save");
        assertKept("Ida Damaged", "Wants the catalogue");
        assertThat(context.status().textProperty().get()).isEqualTo("The change was not saved.");
        assertThat(shownKeys()).as("the damaged-file dialog said it already; this failure goes to the log").isEmpty();
        assertThat(storedNames()).isEmpty();

        quitAnswering(robot, "#unsaved-cancel");
        assertKept("Ida Damaged", "Wants the catalogue");
    }

    /** Ida is stored after the backup; she is open with unsaved notes when that backup is restored. */
    private void restoreWithoutTheOpenContact(FxRobot robot) throws Exception {
        fx.runAndWait(() -> context.contactService().create(ContactDetails.named("Anna Jensen"), null));
        BackupFile backup = fx.runAndWait(() -> context.backups().backUp(BackupFile.Reason.MANUAL));
        fx.runAndWait(() -> context.contactService().create(ContactDetails.named("Ida Restored"), null));
        robot.interact(() -> shell.select("contacts"));
        settle();
        robot.clickOn("Ida Restored");
        waitUntil(() -> editor().contactIdProperty().get() != null);
        robot.clickOn("#details-notes").write("Call back on Friday");
        fx.runAndWait(() -> context.backups().restore(backup.path()));
        settle();
    }

    @Test
    void aContactARestoreRemovedKeepsTheEditsSaysItIsGoneAndSaveKeepsThemAsANewContact(FxRobot robot) throws Exception {
        restoreWithoutTheOpenContact(robot);
        assertKept("Ida Restored", "Call back on Friday");
        assertThat(robot.lookup("#details-title").queryLabeled().getText()).as("not turned into a new contact form")
                .isEqualTo("Ida Restored");
        Node gone = robot.lookup("#details-gone").query();
        assertThat(gone.isVisible()).isTrue();
        assertThat(robot.lookup("#details-gone-text").queryAs(Label.class).getText())
                .startsWith("This contact no longer exists").contains("Save keeps them as a new contact");
        assertThat(robot.lookup("#details-out-of-date").query().isVisible()).as("no Reload of a stored version").isFalse();
        assertThat(robot.lookup("#details-delete").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(context.status().textProperty().get()).contains("Save keeps your edits as a new contact");

        shortcut(robot, KeyCode.S);
        assertThat(storedNames()).containsExactly("Anna Jensen", "Ida Restored");
        Contact again = fx.runAndWait(() -> context.contactService().findAll()).stream()
                .filter(c -> c.name().equals("Ida Restored")).findFirst().orElseThrow();
        assertThat(again.details().notes()).isEqualTo("Call back on Friday");
        assertThat(context.status().textProperty().get())
                .isEqualTo("Saved your edits as a new contact, Ida Restored. Press Ctrl+Z to undo.");
        assertThat(editor().contactIdProperty().get()).isEqualTo(again.id());
        assertThat(editor().goneProperty().get()).isFalse();
        assertThat(gone.isVisible()).isFalse();
        assertThat(robot.lookup("#details-delete").queryAs(Button.class).isDisabled()).isFalse();

        robot.interact(() -> context.undo().undo());
        settle();
        assertThat(storedNames()).as("the new contact can be undone").containsExactly("Anna Jensen");
    }

    @Test
    void saveAtQuitOfAContactARestoreRemovedStoresTheEditsBeforeTheWindowCloses(FxRobot robot) throws Exception {
        restoreWithoutTheOpenContact(robot);
        background.diskFull = true;
        quitAnswering(robot, "#unsaved-save");
        assertKept("Ida Restored", "Call back on Friday");
        assertThat(editor().goneProperty().get()).isTrue();
        assertThat(shownKeys()).containsExactly("failure.diskFull");

        background.diskFull = false;
        quitAnswering(robot, "#unsaved-save");
        assertThat(stage.isShowing()).isFalse();
        List<Contact> stored = fx.runAndWait(() -> context.contactService().findAll());
        assertThat(stored).extracting(Contact::name).containsExactly("Anna Jensen", "Ida Restored");
        assertThat(stored.get(1).details().notes()).isEqualTo("Call back on Friday");
    }
}
