package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.testing.KeyboardApp;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.FxBackground;
import dk.netdesk.ui.Messages;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An app opened as the real one is ({@code NetdeskApp.openWindow}, the real database thread, the board built
 * hidden once read), with one contact, for tests that drive it by keys alone ({@link KeyboardApp}).
 */
@ExtendWith(ApplicationExtension.class)
abstract class KeyboardWindowTest {

    @TempDir
    Path dir;
    Stage stage;
    Database database;
    FxBackground background;
    AppContext context;
    KeyboardApp keys;

    @BeforeEach
    void open(FxRobot robot) throws Exception {
        try (TestApp seed = TestApp.open(dir, Locale.ENGLISH)) {
            seed(People.service(seed.database(), new Changes(), TestApp.CLOCK));
        }
        stage = FxToolkit.toolkitContext().getRegisteredStage();
        database = Database.open(dir);
        background = new FxBackground(Throwable::printStackTrace);
        Messages messages = new Messages(Locale.ENGLISH, Bundles.ALL);
        context = new AppContext(database, background, messages, TestApp.CLOCK, (period, tick) -> { });
        context.shell().loadAtStart(Locale.ENGLISH);
        messages.setLocale(Locale.ENGLISH);
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(860);
            NetdeskApp.openWindow(stage, context, "test", shell -> {
                context.checkAndLoadTheRest();
                // as the app does once the board's cards are read (decision 0035)
                context.pipeline().loadedProperty().addListener((obs, was, now) -> {
                    if (now) {
                        Platform.runLater(() -> shell.prepare("pipeline"));
                    }
                });
            });
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, stage::isShowing);
        keys = new KeyboardApp(robot, background);
        keys.settle();
    }

    /** The contacts the app starts with: one, Anna Jensen, with no follow-up, unless a test says otherwise. */
    void seed(dk.netdesk.pipeline.ContactService people) {
        people.create(ContactDetails.named("Anna Jensen").withContact("", "", ""), null);
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        keys.closeDialogs(stage);
        robot.interact(stage::hide);
        background.close();
        database.close();
    }

    /**
     * As {@link #assertFocusIs}, after waiting up to 5 s for it: for a step whose focus moves once the database thread's
     * read is in (Enter opens a contact, and Name takes the focus when the contact shows).
     */
    void awaitFocus(String id) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
                Node focused = keys.focused();
                return focused != null && id.equals(focused.getId());
            });
        } catch (java.util.concurrent.TimeoutException e) {
            // said by the assertion below, with the node that has the focus
        }
        assertFocusIs(id);
    }

    void assertFocusIs(String id) {
        Node focused = keys.focused();
        assertThat(focused == null ? null : focused.getId()).as("focus owner: %s", KeyboardApp.describe(focused))
                .isEqualTo(id);
    }

}
