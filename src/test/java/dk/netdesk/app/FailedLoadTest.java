package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Background;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.Shell;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import dk.netdesk.testing.FailingBackground;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A screen whose data could not be read says so; it never shows the "nothing here yet" text that
 * invites a fresh start (the tester's damaged contact table showed "No contacts yet").
 */
@ExtendWith(ApplicationExtension.class)
class FailedLoadTest {

    /** A read of a damaged file, as SQLite reports it through jOOQ. */
    private static Exception damage() {
        return new DataAccessException("SQL [select …]; [SQLITE_CORRUPT] database disk image is malformed",
                new SQLiteException("[SQLITE_CORRUPT] database disk image is malformed", SQLiteErrorCode.SQLITE_CORRUPT));
    }

    final List<Throwable> reported = new ArrayList<>();
    final FailingBackground background = new FailingBackground(FailedLoadTest::damage, reported::add);

    @TempDir
    Path dir;
    Stage stage;
    Database database;
    AppContext context;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    private Messages open(Path dataDir) throws Exception {
        database = Database.open(dataDir);
        Messages messages = new Messages(Locale.ENGLISH, Bundles.ALL);
        context = new AppContext(database, background, messages, TestApp.CLOCK, (period, tick) -> { });
        context.shell().loadAtStart(Locale.ENGLISH);
        messages.setLocale(Locale.ENGLISH);
        return messages;
    }

    private Shell show() {
        Shell[] shell = new Shell[1];
        Platform.runLater(() -> {
            shell[0] = new Shell(stage, context.shell(), context.undo(), context.status(), context.areas(),
                    database.dataDir(), "test", uri -> { });
            shell[0].show();
            context.startLoading();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return shell[0];
    }

    private void select(Shell shell, String area) {
        Platform.runLater(() -> shell.select(area));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String placeholder(FxRobot robot, String id) {
        Node list = robot.lookup(id).query();
        Node placeholder = list instanceof TableView<?> table ? table.getPlaceholder() : ((ListView<?>) list).getPlaceholder();
        // Contacts' placeholder is the text with a "Clear the search" button under it (issue 18)
        Node label = placeholder instanceof Label ? placeholder : placeholder.lookup(".label");
        return ((Label) label).getText();
    }

    private static boolean shown(FxRobot robot, String id) {
        Control banner = robot.lookup(id).queryAs(Control.class);
        return banner.isVisible() && banner.isManaged();
    }

    @Test
    void everyScreenSaysItsDataCouldNotBeReadAndShowsItsEmptyTextAgainOnceItCan(FxRobot robot) throws Exception {
        Messages messages = open(dir);
        background.failing = true;
        Shell shell = show();

        assertThat(placeholder(robot, "#today-list")).isEqualTo(messages.get("load.failed.followUps"));
        select(shell, "contacts");
        assertThat(placeholder(robot, "#contact-table")).isEqualTo(messages.get("load.failed.contacts"))
                .startsWith("Your contacts could not be read. This does not mean they are gone");
        select(shell, "pipeline");
        assertThat(shown(robot, "#pipeline-load-failed")).isTrue();
        select(shell, "library");
        assertThat(placeholder(robot, "#library-list")).isEqualTo(messages.get("load.failed.library"));
        select(shell, "calendar");
        assertThat(shown(robot, "#calendar-load-failed")).isTrue();
        assertThat(reported).as("each failure also goes to the error handler").isNotEmpty();

        background.failing = false;
        Platform.runLater(() -> {
            for (Changes.Topic topic : Changes.Topic.values()) {
                context.changes().publish(topic);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shown(robot, "#calendar-load-failed")).isFalse();
        select(shell, "pipeline");
        assertThat(shown(robot, "#pipeline-load-failed")).isFalse();
        select(shell, "contacts");
        assertThat(placeholder(robot, "#contact-table")).isEqualTo(messages.get("contact.empty"));
        select(shell, "today");
        assertThat(placeholder(robot, "#today-list")).isEqualTo(messages.get("pipeline.today.empty"));
        select(shell, "library");
        assertThat(placeholder(robot, "#library-list")).isNotEqualTo(messages.get("load.failed.library"));
    }

    @Test
    void aDamagedContactTableIsNotShownAsNoContacts(FxRobot robot) throws Exception {
        long rootPage;
        try (TestApp app = TestApp.open(dir, Locale.ENGLISH)) {
            for (int i = 0; i < 400; i++) {
                app.context().contactService().create(ContactDetails.named("Person " + i + " " + "x".repeat(150)), null);
            }
            rootPage = ((Number) app.database().dsl()
                    .fetchValue("SELECT rootpage FROM sqlite_master WHERE name = 'contact'")).longValue();
        }
        // One page of the contact table overwritten with noise, as the tester did.
        byte[] noise = new byte[4096];
        new java.util.Random(3).nextBytes(noise);
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(dir.resolve(Database.FILE_NAME).toFile(), "rw")) {
            file.seek((rootPage - 1) * 4096);
            file.write(noise);
        }
        Messages messages = open(dir);
        Shell shell = show();
        assertThat(database.writesStopped()).as("the start-up check found the damage").isTrue();

        select(shell, "contacts");

        assertThat(context.contacts().visibleContacts()).isEmpty();
        assertThat(placeholder(robot, "#contact-table")).isEqualTo(messages.get("load.failed.contacts"))
                .isNotEqualTo(messages.get("contact.empty"));
    }
}
