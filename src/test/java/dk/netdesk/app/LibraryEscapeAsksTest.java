package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.library.LibraryHit;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Issue 18 (polish): Escape, Cancel or Ctrl+N in the library's editor with typed changes asks "Save the changes…?"
 * (Save / Discard / Cancel) as the contact editor does, by keyboard alone; with nothing changed it closes at once.
 */
class LibraryEscapeAsksTest extends KeyboardWindowTest {

    private static final String TITLE = "escape question";

    private boolean asking() {
        return !keys.dialogs(stage).isEmpty();
    }

    private String focusedId() {
        return keys.focused() == null ? null : keys.focused().getId();
    }

    /** Tab in the question until {@code id} has the focus, then Space presses it. */
    private void press(String id) {
        for (int i = 0; i < 4 && !id.equals(focusedId()); i++) {
            keys.type(KeyCode.TAB);
        }
        assertThat(focusedId()).as("Tab reaches #%s in the question", id).isEqualTo(id);
        keys.type(KeyCode.SPACE);
    }

    private boolean saved(String title) {
        keys.settle();
        return context.library().hits().stream().map(LibraryHit::title).anyMatch(title::equals);
    }

    private String typedTitle(FxRobot robot) {
        return robot.lookup("#library-title").queryAs(TextField.class).getText();
    }

    @Test
    void escapeWithATypedTitleAsksAndCancelKeepsTheEditor(FxRobot robot) {
        keys.ctrl(KeyCode.DIGIT5);
        keys.ctrl(KeyCode.N);
        assertFocusIs("library-title");
        keys.letters(TITLE);

        keys.type(KeyCode.ESCAPE);
        assertThat(asking()).as("Escape with a typed title asks first").isTrue();
        assertThat(robot.lookup("#unsaved-save").tryQuery()).isPresent();
        assertThat(robot.lookup("#unsaved-discard").tryQuery()).isPresent();

        keys.type(KeyCode.ESCAPE); // Cancel: stay
        assertThat(asking()).isFalse();
        assertThat(context.library().editingProperty().get()).as("Cancel keeps the editor open").isTrue();
        assertThat(typedTitle(robot)).isEqualTo(TITLE);
        assertFocusIs("library-title");

        keys.type(KeyCode.ESCAPE);
        assertThat(asking()).isTrue();
        press("unsaved-discard");
        assertThat(asking()).isFalse();
        assertThat(context.library().editingProperty().get()).as("Discard closes the editor").isFalse();
        assertThat(saved(TITLE)).as("Discard saves nothing").isFalse();

        keys.ctrl(KeyCode.N);
        assertFocusIs("library-title");
        keys.letters(TITLE);
        keys.type(KeyCode.ESCAPE);
        assertThat(asking()).isTrue();
        press("unsaved-save");
        assertThat(asking()).isFalse();
        assertThat(context.library().editingProperty().get()).as("Save closes the editor").isFalse();
        assertThat(saved(TITLE)).as("Save saves the item").isTrue();
    }

    @Test
    void escapeWithNothingTypedClosesWithoutAsking() {
        keys.ctrl(KeyCode.DIGIT5);
        keys.ctrl(KeyCode.N);
        assertFocusIs("library-title");
        keys.type(KeyCode.ESCAPE);
        assertThat(asking()).as("nothing typed: no question").isFalse();
        assertThat(context.library().editingProperty().get()).isFalse();
    }

    @Test
    void theCancelButtonAndCtrlNAskToo(FxRobot robot) {
        keys.ctrl(KeyCode.DIGIT5);
        keys.ctrl(KeyCode.N);
        keys.letters(TITLE);

        // Ctrl+N again would start another, empty item
        keys.ctrl(KeyCode.N);
        assertThat(asking()).as("Ctrl+N over typed text asks first").isTrue();
        keys.type(KeyCode.ESCAPE);
        assertThat(typedTitle(robot)).isEqualTo(TITLE);
        assertFocusIs("library-title");

        // the editor's Cancel button, reached by Tab
        for (int i = 0; i < 40 && !"library-cancel".equals(focusedId()); i++) {
            keys.type(KeyCode.TAB);
        }
        assertFocusIs("library-cancel");
        keys.type(KeyCode.SPACE);
        assertThat(asking()).as("the Cancel button with typed text asks first").isTrue();
        keys.type(KeyCode.ESCAPE);
        assertThat(context.library().editingProperty().get()).isTrue();
        assertThat(typedTitle(robot)).isEqualTo(TITLE);
        assertFocusIs("library-cancel");
    }

    @Test
    void leavingTheScreenKeepsTheTypedTitle(FxRobot robot) {
        keys.ctrl(KeyCode.DIGIT5);
        keys.ctrl(KeyCode.N);
        keys.letters(TITLE);
        keys.ctrl(KeyCode.DIGIT1);
        assertThat(asking()).as("another screen: the editor waits there, nothing is lost").isFalse();
        keys.ctrl(KeyCode.DIGIT5);
        assertThat(context.library().editingProperty().get()).isTrue();
        assertThat(typedTitle(robot)).isEqualTo(TITLE);
    }
}
