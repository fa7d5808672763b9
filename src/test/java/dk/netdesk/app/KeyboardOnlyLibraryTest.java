package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.library.LibraryHit;
import dk.netdesk.testing.KeyboardApp;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Issue 18, "Done when": the library's main actions by keyboard alone — create an item, save it, open it for editing,
 * change it — with the focus asserted after each step (finding and copying an item: {@code LibraryCopyTest}).
 */
class KeyboardOnlyLibraryTest extends KeyboardWindowTest {

    /** Tab until the node with {@code id} has the focus, at most {@code most} times; fails when it never does. */
    private void tabTo(String id, int most) {
        java.util.List<String> passed = new java.util.ArrayList<>();
        for (int i = 0; i < most && !id.equals(idOfFocused()); i++) {
            keys.type(KeyCode.TAB);
            passed.add(KeyboardApp.describe(keys.focused()));
        }
        assertThat(idOfFocused()).as("Tab reaches #%s; it passed %s", id, passed).isEqualTo(id);
    }

    private String idOfFocused() {
        return keys.focused() == null ? null : keys.focused().getId();
    }

    @Test
    void createAnItemSaveItThenEditIt(FxRobot robot) {
        keys.ctrl(KeyCode.DIGIT5);
        assertFocusIs("library-search");
        keys.ctrl(KeyCode.N);
        assertFocusIs("library-title");
        keys.letters("closing questions");
        tabTo("library-body-editor", 30);
        keys.letters("ask what they liked most");
        keys.ctrl(KeyCode.S);
        assertThat(context.library().editingProperty().get()).as("Ctrl+S saved and closed the editor").isFalse();
        LibraryHit saved = context.library().selectedHitProperty().get();
        assertThat(saved).isNotNull();
        assertThat(saved.title()).isEqualTo("closing questions");
        String afterSave = idOfFocused();
        assertThat(afterSave).as("after saving, the focus is on the saved item: %s", KeyboardApp.describe(keys.focused()))
                .isIn("library-list", "library-edit", "library-body");

        tabTo("library-edit", 12);
        keys.type(KeyCode.SPACE);
        assertThat(context.library().editingProperty().get()).isTrue();
        assertFocusIs("library-title");
        keys.type(KeyCode.END);
        keys.letters(" two");
        keys.ctrl(KeyCode.S);
        assertThat(context.library().editingProperty().get()).isFalse();
        assertThat(context.library().selectedHitProperty().get().title()).isEqualTo("closing questions two");
        assertThat(robot.lookup("#library-search").queryAs(TextField.class).getText()).as("nothing typed into the search")
                .isEmpty();
    }
}
