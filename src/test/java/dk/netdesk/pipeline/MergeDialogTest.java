package dk.netdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.Source;
import dk.netdesk.testing.Shortcut;
import dk.netdesk.testing.DatabaseDump;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Shell;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
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

/**
 * The merge view with a real window: open it from Contacts with Ctrl+Shift+D, pick the other contact's city,
 * merge with Alt+M, close it with Escape, and undo the merge with Ctrl+Z.
 */
@ExtendWith(ApplicationExtension.class)
class MergeDialogTest {

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

    private static void shortcut(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
    }

    @Test
    void findPickAFieldMergeAndUndo(FxRobot robot) {
        ContactService contacts = app.context().contactService();
        Contact anna = contacts.create(new ContactDetails("Anna Søgaard", List.of("20 30 40 50"), List.of(), "", "", "",
                "", "Aarhus", null, Source.EVENT, null, null, List.of(), ""), null);
        Contact anne = contacts.create(new ContactDetails("Anna Soegaard", List.of("+45 20 30 40 50"),
                List.of("anna@example.dk"), "", "", "", "", "Århus", null, null, null, null, List.of(), ""), null);
        contacts.create(ContactDetails.named("Bo Ibsen"), null);
        String before = DatabaseDump.dump(app.database());

        shortcut(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        robot.clickOn("#contact-search");
        shortcut(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);

        assertThat(robot.lookup("#merge-dialog").tryQuery()).isPresent();
        @SuppressWarnings("unchecked")
        ListView<DuplicateFinder.Pair> pairs = robot.lookup("#merge-pairs").queryAs(ListView.class);
        assertThat(pairs.getItems()).hasSize(1);
        assertThat(pairs.isFocused()).isTrue();
        assertThat(robot.lookup("#merge-pair-" + DuplicateFinder.pairKey(anna.id(), anne.id())).tryQuery()).isPresent();
        assertThat(robot.lookup("#merge-kept-name").queryAs(Label.class).getText()).isEqualTo("Anna Søgaard");
        RadioButton other = robot.lookup("#merge-field-city-other").queryAs(RadioButton.class);
        assertThat(other.getText()).isEqualTo("Århus");
        assertThat(other.getAccessibleText()).isEqualTo("City: Keep Århus from Anna Soegaard");
        assertThat(robot.lookup("#merge-field-city-kept").queryAs(RadioButton.class).isSelected()).isTrue();

        robot.clickOn("#merge-field-city-other");
        assertThat(other.isSelected()).isTrue();
        shortcut(robot, KeyCode.ALT, KeyCode.M); // "_Merge"

        assertThat(contacts.find(anne.id())).isEmpty();
        assertThat(contacts.find(anna.id()).orElseThrow().details().city()).isEqualTo("Århus");
        assertThat(contacts.find(anna.id()).orElseThrow().details().emails()).containsExactly("anna@example.dk");
        assertThat(robot.lookup("#merge-status").queryAs(Label.class).getText())
                .isEqualTo("Merged Anna Soegaard into Anna Søgaard. Press Ctrl+Z to undo.");
        assertThat(pairs.getItems()).isEmpty();

        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#merge-dialog").tryQuery()).isEmpty();
        Shortcut.undo(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(DatabaseDump.dump(app.database())).isEqualTo(before);
        assertThat(app.context().contacts().allContacts()).hasSize(3);
    }

    @Test
    void findDuplicatesAsksAboutAnUnsavedContactFirstAndCancelKeepsTheEdit(FxRobot robot) {
        ContactService contacts = app.context().contactService();
        robot.interact(() -> {
            contacts.create(new ContactDetails("Jens Hansen", List.of(), List.of("jens@example.dk"), "", "", "", "", "",
                    null, null, null, null, List.of(), ""), null);
            contacts.create(new ContactDetails("Jens Hansen", List.of(), List.of("JENS@example.dk"), "", "", "", "", "",
                    null, null, null, null, List.of(), ""), null);
        });
        robot.interact(() -> shell.select("contacts"));
        robot.clickOn("#contact-table");
        robot.type(KeyCode.HOME);
        robot.clickOn("#details-city").write("Odense");

        shortcut(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);
        assertThat(robot.lookup("#unsaved-cancel").tryQuery()).as("the unsaved-edits question").isPresent();
        robot.clickOn("#unsaved-cancel");

        assertThat(robot.lookup("#merge-dialog").tryQuery()).isEmpty();
        assertThat(robot.lookup("#details-city").queryTextInputControl().getText()).isEqualTo("Odense");

        shortcut(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);
        robot.clickOn("#unsaved-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#merge-dialog").tryQuery()).isPresent();
        assertThat(contacts.findAll()).extracting(c -> c.details().city()).contains("Odense");
    }
}
