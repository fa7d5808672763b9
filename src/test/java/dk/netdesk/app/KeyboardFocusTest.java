package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.KeyboardApp;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Where the keyboard focus goes (issue 18, items 1–3 and 9; decision 0042), driven by keys alone on an app opened
 * as the real one is ({@code NetdeskApp.openWindow}, the real database thread, the board built hidden): every
 * screen takes the focus when shown and its shortcuts work at once, on the first visit and after a language
 * switch; Ctrl+N puts the focus in the new thing's first field; Tab leaves text areas; Space opens dropdowns.
 */
class KeyboardFocusTest extends KeyboardWindowTest {

    @Test
    void theLibraryTakesTheFocusOnItsFirstVisitAndItsShortcutsWorkAtOnce(FxRobot robot) {
        keys.ctrl(KeyCode.DIGIT5);
        assertFocusIs("library-search");
        keys.type(KeyCode.TAB);
        keys.ctrl(KeyCode.F);
        assertFocusIs("library-search");
        keys.ctrl(KeyCode.N);
        assertFocusIs("library-title");
    }

    @Test
    void tabLeavesTheLibraryBodyAndCtrlTabTypesATab(FxRobot robot) {
        keys.ctrl(KeyCode.DIGIT5);
        keys.ctrl(KeyCode.N);
        TextArea body = robot.lookup("#library-body-editor").queryAs(TextArea.class);
        robot.interact(body::requestFocus);
        keys.write("Hi");
        keys.type(KeyCode.TAB);
        assertThat(keys.focused()).as("Tab moves on: %s", KeyboardApp.describe(keys.focused())).isNotSameAs(body);
        assertThat(body.getText()).isEqualTo("Hi");
        keys.shift(KeyCode.TAB);
        assertFocusIs("library-body-editor");
        robot.interact(body::end);
        keys.ctrl(KeyCode.TAB);
        assertThat(body.getText()).as("Ctrl+Tab types a tab").isEqualTo("Hi\t");
        assertFocusIs("library-body-editor");
    }

    @Test
    void contactsTakeTheFocusAndCtrlNPutsItInTheNewContactsName(FxRobot robot) {
        keys.ctrl(KeyCode.DIGIT3);
        assertFocusIs("contact-search");
        keys.ctrl(KeyCode.N);
        assertFocusIs("details-name");
        keys.write("Mette");
        assertThat(context.contactsEditor().form().nameProperty().get()).isEqualTo("Mette");

        TextArea notes = robot.lookup("#details-notes").queryAs(TextArea.class);
        robot.interact(notes::requestFocus);
        keys.write("Met at the fair");
        keys.type(KeyCode.TAB);
        assertThat(keys.focused()).as("Tab leaves Notes: %s", KeyboardApp.describe(keys.focused())).isNotSameAs(notes);
        assertThat(notes.getText()).isEqualTo("Met at the fair");
    }

    @Test
    void ctrlNOnTheBoardTypesTheNameIntoTheNewContactNotTheBoardFilter(FxRobot robot) {
        keys.ctrl(KeyCode.DIGIT2);
        assertFocusIs("pipeline-search");
        // The database thread is busy (a backup, a slow disk) while the user presses Ctrl+N and types at once:
        // the letters must not reach the board search.
        java.util.concurrent.CountDownLatch busy = new java.util.concurrent.CountDownLatch(1);
        background.run(() -> busy.await(20, TimeUnit.SECONDS), done -> { }, failed -> { });
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.write("Mette");
        WaitForAsyncUtils.waitForFxEvents();
        busy.countDown();
        keys.settle();
        assertFocusIs("details-name");
        assertThat(robot.lookup("#details-name").queryAs(TextField.class).getText()).isEqualTo("Mette");
        assertThat(robot.lookup("#pipeline-search").queryAs(TextField.class).getText()).as("the board filter").isEmpty();
        assertThat(context.pipeline().searchProperty().get()).isEmpty();
    }

    @Test
    void spaceOpensADropdownOnAScreen(FxRobot robot) {
        keys.ctrl(KeyCode.DIGIT2);
        @SuppressWarnings("unchecked")
        ComboBox<String> tags = robot.lookup("#pipeline-tag-filter").queryAs(ComboBox.class);
        robot.interact(tags::requestFocus);
        keys.type(KeyCode.SPACE);
        assertThat(tags.isShowing()).as("Space opens the tag filter").isTrue();
        keys.type(KeyCode.ESCAPE);
        assertThat(tags.isShowing()).isFalse();
    }

    @Test
    void theCalendarFocusesItsGridAndCtrlNTheNewEventsTitle(FxRobot robot) {
        keys.ctrl(KeyCode.DIGIT4);
        Node focused = keys.focused();
        assertThat(focused.getStyleClass()).as("the grid, not a toolbar button: %s", KeyboardApp.describe(focused))
                .contains("calendar-focus-target");
        keys.ctrl(KeyCode.N);
        assertFocusIs("calendar-dialog-title");
        // key by key: TestFX's write() aims at the window it thinks is in front, which headless is the main one
        keys.letters("call");
        assertThat(robot.lookup("#calendar-dialog-title").queryAs(TextField.class).getText()).isEqualTo("call");
    }

    @Test
    void afterSwitchingToDanishByKeyboardTheScreensShortcutsStillWork(FxRobot robot) {
        keys.ctrl(KeyCode.DIGIT5);
        keys.ctrl(KeyCode.COMMA);
        assertFocusIs("settings-language");
        keys.type(KeyCode.SPACE);
        @SuppressWarnings("unchecked")
        ComboBox<Locale> language = (ComboBox<Locale>) keys.focused();
        assertThat(language.isShowing()).as("Space opens the language list").isTrue();
        keys.type(KeyCode.DOWN);
        keys.type(KeyCode.ENTER);
        assertThat(language.isShowing()).isFalse();
        assertThat(language.getValue().getLanguage()).isEqualTo("da");
        keys.type(KeyCode.ENTER);
        assertThat(context.messages().getLocale().getLanguage()).isEqualTo("da");
        assertThat(keys.dialogs(stage)).isEmpty();

        assertFocusIs("library-search");
        keys.type(KeyCode.TAB);
        keys.ctrl(KeyCode.F);
        assertFocusIs("library-search");
        keys.ctrl(KeyCode.DIGIT3);
        assertFocusIs("contact-search");
        keys.ctrl(KeyCode.N);
        assertFocusIs("details-name");
    }
}
