package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.KeyboardApp;
import dk.netdesk.ui.KeyboardFocus;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Every dialog opens with the keyboard focus on its first field, not on its default button (issue 18, item 4;
 * decision 0042): each is opened by keys alone on an app opened as the real one, and its focus owner must be an
 * input (a text field, list, choice, date picker, check box…), or, in the imports, whose first field is the file,
 * "Choose file…"; never a button of the button row, so that typing goes into the field and Space does not press
 * Save.
 */
class DialogFirstFieldTest extends KeyboardWindowTest {

    /** Presses {@code button} (found by id in the main window) by keyboard: focus, then Space. */
    private void press(FxRobot robot, String id) {
        Node button = robot.lookup(id).query();
        robot.interact(button::requestFocus);
        keys.type(KeyCode.SPACE);
    }

    private final List<String> wrong = new ArrayList<>();

    /** Checks the dialog now open, then closes it (Escape, and hides what is left). */
    private void check(String what, String expectedId) {
        List<Window> open = keys.dialogs(stage);
        if (open.isEmpty()) {
            wrong.add(what + ": no dialog opened");
            return;
        }
        Node focused = keys.focused();
        if (focused == null || focused.getScene() == null || focused.getScene().getWindow() == stage
                || KeyboardFocus.inButtonBar(focused) || focused instanceof Button b && b.isDefaultButton()
                || expectedId == null && !KeyboardFocus.isInput(focused)
                || expectedId != null && !expectedId.equals(focused.getId())) {
            wrong.add(what + ": " + KeyboardApp.describe(focused));
        }
        keys.type(KeyCode.ESCAPE);
        keys.closeDialogs(stage);
    }

    @Test
    void everyDialogOpensOnItsFirstField(FxRobot robot) {
        keys.ctrl(KeyCode.COMMA);
        check("Settings", "settings-language");

        keys.ctrl(KeyCode.DIGIT4);
        keys.ctrl(KeyCode.N);
        Window eventDialog = keys.active();
        check("New event", "calendar-dialog-title");
        assertThat(eventDialog.isShowing()).isFalse();

        keys.ctrl(KeyCode.DIGIT4);
        press(robot, "#calendar-balance");
        check("Work hours", "calendar-balance-window-monday-start-0");

        keys.ctrl(KeyCode.DIGIT4);
        keys.ctrl(KeyCode.F);
        check("Search the calendar", null);

        keys.ctrl(KeyCode.DIGIT4);
        keys.ctrlShift(KeyCode.I);
        check("Import calendar", "calendar-import-choose"); // its first field: the file

        keys.ctrl(KeyCode.DIGIT4);
        keys.ctrl(KeyCode.P);
        check("Print week", null);

        keys.ctrl(KeyCode.DIGIT2);
        press(robot, "#pipeline-stages");
        check("Stages", null);

        keys.ctrl(KeyCode.DIGIT3);
        keys.ctrlShift(KeyCode.R);
        check("Retention review", null);

        keys.ctrl(KeyCode.DIGIT3);
        press(robot, "#contacts-export");
        check("Export contacts", null);

        keys.ctrlShift(KeyCode.O);
        check("Import contacts", "import-choose");

        assertThat(wrong).as("dialogs whose focus is not on their first field").isEmpty();
    }

    @Test
    void spaceInTheNewEventTypesIntoTheTitleAndDoesNotSave(FxRobot robot) {
        keys.ctrl(KeyCode.DIGIT4);
        keys.ctrl(KeyCode.N);
        Window dialog = keys.active();
        keys.letters("a b");
        assertThat(dialog.isShowing()).as("Space did not press Save").isTrue();
        assertFocusIs("calendar-dialog-title");
    }
}
