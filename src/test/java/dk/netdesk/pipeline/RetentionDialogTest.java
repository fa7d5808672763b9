package dk.netdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Shell;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The retention review by keyboard only: open it from Contacts, keep one contact, anonymise another, close. */
@ExtendWith(ApplicationExtension.class)
class RetentionDialogTest {

    @TempDir
    static Path dir;
    TestApp app;
    Stage stage;
    Shell shell;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = TestApp.open(dir.resolve("d" + System.nanoTime()), Locale.ENGLISH);
        shell = app.showShell(stage);
    }

    @AfterEach
    void tearDown() {
        Platform.runLater(() -> Window.getWindows().stream().filter(w -> w != stage).toList()
                .forEach(w -> ((Stage) w).close()));
        WaitForAsyncUtils.waitForFxEvents();
        app.close();
    }

    private long blocked(String name) {
        long id = app.context().contactService().create(ContactDetails.named(name), null).id();
        new PipelineRepository(app.database(), app.context().changes(), TestApp.CLOCK)
                .setDoNotContact(id, true, "Asked us to stop");
        return id;
    }

    private static void shortcut(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<RetentionCandidate> table(FxRobot robot) {
        return robot.lookup("#retention-table").queryAs(TableView.class);
    }

    @Test
    void keepAndAnonymiseByKeyboard(FxRobot robot) {
        long bo = blocked("Bo Nielsen");
        blocked("Anna Jensen");
        shortcut(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        robot.clickOn("#contact-search");
        shortcut(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);

        assertThat(robot.lookup("#retention-dialog").tryQuery()).isPresent();
        assertThat(table(robot).getItems()).extracting(RetentionCandidate::name).containsExactly("Anna Jensen", "Bo Nielsen");
        assertThat(table(robot).isFocused()).isTrue();

        // The period can be typed; what is not a number leaves it as it was.
        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Integer> period = robot.lookup("#retention-period").queryAs(javafx.scene.control.Spinner.class);
        robot.interact(() -> {
            period.getEditor().setText("6");
            period.commitValue();
        });
        assertThat(app.context().retention().periodProperty().get()).isEqualTo(6);
        robot.interact(() -> {
            period.getEditor().setText("six");
            period.commitValue();
        });
        assertThat(app.context().retention().periodProperty().get()).isEqualTo(6);
        robot.interact(() -> {
            period.getEditor().setText("24");
            period.commitValue();
        });
        robot.interact(table(robot)::requestFocus);

        // Keep Anna: Enter (Keep is the default button) without a reason says what to do and moves to the field.
        robot.type(KeyCode.HOME);
        assertThat(app.context().retention().selectedProperty().get().name()).isEqualTo("Anna Jensen");
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#retention-status").queryAs(Label.class).getText()).contains("Reason to keep");
        assertThat(robot.lookup("#retention-reason").queryAs(TextField.class).isFocused()).isTrue();
        // TestFX writes text to its target window's focus owner: the dialog's.
        robot.targetWindow(robot.lookup("#retention-dialog").query().getScene().getWindow());
        robot.write("Customer, orders every year").type(KeyCode.ENTER);
        assertThat(table(robot).getItems()).extracting(RetentionCandidate::name).containsExactly("Bo Nielsen");
        assertThat(robot.lookup("#retention-status").queryAs(Label.class).getText()).startsWith("Kept Anna Jensen.");

        // Anonymise Bo: back to the table, Alt+A. It cannot be undone, so Enter cancels.
        shortcut(robot, KeyCode.SHIFT, KeyCode.TAB);
        robot.type(KeyCode.HOME);
        assertThat(app.context().retention().selectedProperty().get().name()).isEqualTo("Bo Nielsen");
        shortcut(robot, KeyCode.ALT, KeyCode.A);
        assertThat(robot.lookup("#retention-confirm-anonymise").tryQuery()).isPresent();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.context().contactService().find(bo).orElseThrow().name()).as("Enter cancelled").isEqualTo("Bo Nielsen");
        // Tab to the action's own button and press Space.
        shortcut(robot, KeyCode.ALT, KeyCode.A);
        javafx.scene.control.Button confirm = robot.lookup("#retention-confirm-anonymise").queryButton();
        assertThat(confirm.isDefaultButton()).isFalse();
        robot.interact(confirm::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems()).isEmpty();
        assertThat(app.context().contactService().find(bo).orElseThrow().name()).startsWith("Anonymised ");

        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#retention-dialog").tryQuery()).isEmpty();
    }

    @Test
    void theStartUpReminderIsABannerWhoseReviewOpensTheList(FxRobot robot) {
        blocked("Carl Holm");
        robot.interact(() -> app.context().startRetentionReminder(stage, shell::showNotice));
        Node banner = robot.lookup("#retention-reminder").query();
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getScene().getWindow()).as("in the main window, not a dialog").isSameAs(stage);
        assertThat(robot.lookup("#retention-reminder .label").queryAs(Label.class).getText())
                .isEqualTo("One contact is due for a retention review.");

        robot.interact(() -> robot.lookup("#retention-reminder-review").query().requestFocus());
        robot.type(KeyCode.SPACE);
        assertThat(banner.isVisible()).isFalse();
        assertThat(table(robot).getItems()).extracting(RetentionCandidate::name).containsExactly("Carl Holm");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aPeriodThatIsNoWholeNumberOfMonthsStaysWithAMessageAndTheActionsWait(FxRobot robot) {
        blocked("Anna Jensen");
        shortcut(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        robot.clickOn("#contact-search");
        shortcut(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        int before = app.context().retention().periodProperty().get();
        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Integer> period = robot.lookup("#retention-period").queryAs(javafx.scene.control.Spinner.class);
        Label message = robot.lookup("#retention-period-error").queryAs(Label.class);
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.targetWindow(robot.lookup("#retention-dialog").query().getScene().getWindow());
        robot.clickOn("#retention-reason").write("Customer");

        robot.clickOn(period.getEditor());
        robot.interact(period.getEditor()::selectAll);
        robot.write("500");
        // Enter takes the text in; Keep (the default button) waits while it cannot be read
        robot.type(KeyCode.ENTER);
        assertThat(period.getEditor().getText()).isEqualTo("500");
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("500 is more than 120. Type a whole number from 1 to 120.");
        assertThat(app.context().retention().periodProperty().get()).isEqualTo(before);
        assertThat(table(robot).getItems()).extracting(RetentionCandidate::name).containsExactly("Anna Jensen");

        robot.clickOn(period.getEditor());
        robot.interact(period.getEditor()::selectAll);
        robot.write("18");
        robot.clickOn("#retention-keep");
        assertThat(message.isVisible()).isFalse();
        assertThat(app.context().retention().periodProperty().get()).isEqualTo(18);
    }
}
