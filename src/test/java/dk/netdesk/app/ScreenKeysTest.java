package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.calendar.CalendarViewModel;
import dk.netdesk.testing.KeyboardApp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A new user's keyboard findings (issue 18, "Keyboard-first and easy to discover"), by keys alone on an app opened as
 * the real one: a screen's shortcut (Ctrl+1…5) puts the focus on the screen's main area every time, also when the
 * screen is shown already; the calendar's view switch never shows one view while another is selected; Down in a
 * search field goes to the first result; Tab goes from the library's search to its results.
 */
class ScreenKeysTest extends KeyboardWindowTest {

    private static final KeyCode[] SCREENS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5};

    @Test
    void aScreensShortcutRefocusesItsMainAreaWhenTheScreenIsShownAlready(FxRobot robot) {
        for (KeyCode screen : SCREENS) {
            keys.ctrl(screen);
            Node start = keys.focused();
            assertThat(start).as("Ctrl+%s focuses something", screen).isNotNull();
            Node other = lastFocusableInScreen(start);
            if (other == start) {
                continue; // Today with no contact open: its list is all there is to focus
            }
            robot.interact(other::requestFocus);
            keys.settle();
            // (a board column not built yet hands the focus to its list)
            assertThat(keys.focused()).as("focused elsewhere on the screen").isNotSameAs(start).isNotNull();
            keys.ctrl(screen);
            assertThat(keys.focused()).as("Ctrl+%s again: %s", screen, KeyboardApp.describe(keys.focused()))
                    .isSameAs(start);
        }
    }

    @Test
    void ctrl4OnTheCalendarPutsTheArrowsBackInTheGrid(FxRobot robot) {
        keys.ctrl(KeyCode.DIGIT4);
        ToggleButton week = robot.lookup("#calendar-mode-week").queryAs(ToggleButton.class);
        robot.interact(week::requestFocus);
        keys.ctrl(KeyCode.DIGIT4);
        assertThat(keys.focused().getStyleClass()).as("the grid: %s", KeyboardApp.describe(keys.focused()))
                .contains("calendar-focus-target");
    }

    @Test
    void theArrowsInTheViewSwitchNeverLeaveAnotherViewSelectedThanShown(FxRobot robot) {
        keys.ctrl(KeyCode.DIGIT4);
        CalendarViewModel calendar = context.calendar();
        for (KeyCode arrow : List.of(KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.LEFT, KeyCode.DOWN, KeyCode.UP)) {
            ToggleButton shown = robot.lookup("#calendar-mode-" + calendar.modeProperty().get().name()
                    .toLowerCase(Locale.ROOT)).queryAs(ToggleButton.class);
            robot.interact(shown::requestFocus);
            keys.type(arrow);
            List<String> selected = new ArrayList<>();
            for (CalendarViewModel.Mode mode : CalendarViewModel.Mode.values()) {
                ToggleButton button = robot.lookup("#calendar-mode-" + mode.name().toLowerCase(Locale.ROOT))
                        .queryAs(ToggleButton.class);
                if (button.isSelected()) {
                    selected.add(mode.name());
                }
            }
            assertThat(selected).as("after %s", arrow).containsExactly(calendar.modeProperty().get().name());
        }
    }

    @Test
    void downInTheLibrarySearchGoesToTheFirstHitAndSelectsIt(FxRobot robot) {
        keys.ctrl(KeyCode.DIGIT5);
        @SuppressWarnings("unchecked")
        ListView<Object> list = robot.lookup("#library-list").queryAs(ListView.class);
        assertThat(list.getItems()).as("the starter library").isNotEmpty();
        keys.type(KeyCode.DOWN);
        assertFocusIs("library-list");
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(context.library().selectedHitProperty().get()).isSameAs(list.getItems().get(0));
    }

    @Test
    void tabGoesFromTheLibrarySearchToItsHitsAndThenToTheFilters(FxRobot robot) {
        keys.ctrl(KeyCode.DIGIT5);
        keys.type(KeyCode.TAB);
        assertFocusIs("library-list");
        keys.type(KeyCode.TAB);
        assertFocusIs("library-filter-kind");
        keys.shift(KeyCode.TAB);
        assertFocusIs("library-list");
        keys.shift(KeyCode.TAB);
        assertFocusIs("library-search");
    }

    @Test
    void downInTheContactsSearchGoesToTheFirstContactAndSelectsIt(FxRobot robot) {
        keys.ctrl(KeyCode.DIGIT3);
        keys.type(KeyCode.DOWN);
        assertFocusIs("contact-table");
        @SuppressWarnings("unchecked")
        TableView<dk.netdesk.contacts.Contact> table = robot.lookup("#contact-table").queryAs(TableView.class);
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(context.contacts().selectedProperty().get().name()).isEqualTo("Anna Jensen");
    }

    @Test
    void downInTheBoardSearchGoesToTheFirstCardAndSelectsIt(FxRobot robot) {
        keys.ctrl(KeyCode.DIGIT2);
        assertFocusIs("pipeline-search");
        keys.type(KeyCode.DOWN);
        assertThat(keys.focused().getId()).as(KeyboardApp.describe(keys.focused())).startsWith("pipeline-list-");
        assertThat(context.pipeline().selectedProperty().get()).isNotNull();
        assertThat(context.pipeline().selectedProperty().get().name()).isEqualTo("Anna Jensen");
    }

    /** The last shown, enabled, focus-traversable node of the screen {@code inside} is on (the shell's content). */
    private static Node lastFocusableInScreen(Node inside) {
        Node screen = inside;
        while (screen.getParent() != null && !screen.getParent().getStyleClass().contains("nd-content")) {
            screen = screen.getParent();
        }
        List<Node> found = new ArrayList<>();
        collect(screen, found);
        return found.isEmpty() ? inside : found.get(found.size() - 1);
    }

    private static void collect(Node node, List<Node> found) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable() && node.getScene() != null) {
            found.add(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }
}
