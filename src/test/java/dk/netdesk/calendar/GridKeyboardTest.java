package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The day and week grids by keyboard (issue 18, item 7): the arrows move a slot cursor by 30 minutes and by a day,
 * Enter on a free slot opens New event at that start, an event under the cursor takes the focus and Enter opens it,
 * and Alt+arrows still change the week. Today in the test app is Saturday 28 November 2026 (week 48).
 */
@ExtendWith(ApplicationExtension.class)
class GridKeyboardTest {

    @TempDir
    static Path dir;
    TestApp app;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = TestApp.open(dir.resolve("d" + System.nanoTime()), Locale.ENGLISH);
        app.showShell(stage);
        stage.setWidth(1200);
        stage.setHeight(760);
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    private void key(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node focusOwner() {
        return stage.getScene().getFocusOwner();
    }

    private String cursorText(FxRobot robot) {
        return robot.lookup("#calendar-slot-cursor").query().getAccessibleText();
    }

    /** Opens the calendar with 09:00 at the top of the grid and puts the keyboard focus in the grid. */
    private void focusGridAtNine(FxRobot robot) {
        robot.clickOn("#nav-calendar");
        Region body = robot.lookup("#calendar-body").queryAs(Region.class);
        ScrollPane scroll = robot.lookup("#calendar-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> {
            double max = body.getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue((9 * TimeGrid.HOUR - TimeGrid.LABEL_ROOM) / max);
            scroll.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theArrowsMoveAVisibleSlotCursorAndEnterOpensNewEventThere(FxRobot robot) {
        focusGridAtNine(robot);
        Node cursor = robot.lookup("#calendar-slot-cursor").query();
        assertThat(cursor.isVisible()).as("the cursor shows while the grid has the focus").isTrue();
        assertThat(cursor.getStyleClass()).contains("calendar-slot-cursor");
        assertThat(cursorText(robot)).isEqualTo("Saturday 28 November, 09:00");

        key(robot, KeyCode.DOWN);
        key(robot, KeyCode.DOWN);
        key(robot, KeyCode.DOWN);
        assertThat(cursorText(robot)).isEqualTo("Saturday 28 November, 10:30");
        key(robot, KeyCode.UP);
        key(robot, KeyCode.LEFT);
        key(robot, KeyCode.LEFT);
        key(robot, KeyCode.LEFT);
        assertThat(cursorText(robot)).isEqualTo("Wednesday 25 November, 10:00");
        assertThat(focusOwner().getId()).isEqualTo("calendar-scroll");
        assertThat(focusOwner().getAccessibleText()).as("a screen reader hears the slot").isEqualTo("Wednesday 25 November, 10:00");
        // the cursor is drawn over Wednesday's column at 10:00
        Region body = robot.lookup("#calendar-body").queryAs(Region.class);
        double column = (body.getWidth() - TimeGrid.GUTTER) / 7;
        assertThat(cursor.getBoundsInParent().getMinX()).isCloseTo(TimeGrid.GUTTER + 2 * column, org.assertj.core.data.Offset.offset(1.0));
        assertThat(cursor.getBoundsInParent().getMinY()).isEqualTo(10 * TimeGrid.HOUR);
        assertThat(cursor.getBoundsInParent().getHeight()).isEqualTo(TimeGrid.HOUR / 2);

        key(robot, KeyCode.ENTER);
        assertThat(robot.lookup("#calendar-dialog-start").queryTextInputControl().getText()).isEqualTo("10:00");
        assertThat(robot.lookup("#calendar-dialog-end").queryTextInputControl().getText()).isEqualTo("11:00");
        assertThat(robot.lookup("#calendar-dialog-date").queryAs(DatePicker.class).getValue())
                .isEqualTo(LocalDate.of(2026, 11, 25));
        key(robot, KeyCode.ESCAPE);
    }

    @Test
    void ctrlNAndTheNewEventButtonOpenAtTheSlotCursorAsEnterDoes(FxRobot robot) {
        focusGridAtNine(robot);
        key(robot, KeyCode.DOWN);
        key(robot, KeyCode.DOWN);
        key(robot, KeyCode.LEFT);
        assertThat(cursorText(robot)).isEqualTo("Friday 27 November, 10:00");
        key(robot, KeyCode.CONTROL, KeyCode.N);
        assertNewEventAt(robot, LocalDate.of(2026, 11, 27), "10:00", "11:00");
        key(robot, KeyCode.ESCAPE);
        // the button too, though it took the focus from the grid
        javafx.scene.control.Button create = robot.lookup("#calendar-new").queryButton();
        // the dialog waits (showAndWait): fired later, so that the robot is not held up
        robot.interact(() -> javafx.application.Platform.runLater(create::fire));
        WaitForAsyncUtils.waitForFxEvents();
        assertNewEventAt(robot, LocalDate.of(2026, 11, 27), "10:00", "11:00");
        key(robot, KeyCode.ESCAPE);
    }

    @Test
    void withoutASlotCursorCtrlNOpensAtTheNextFreeHalfHourToday(FxRobot robot) {
        // now is Saturday 28 November 2026, 10:00 in Copenhagen; 10:00–11:15 is taken
        CalendarViewModel model = app.context().calendar();
        robot.interact(() -> model.create(new EventDraft("Coffee with Anna", LocalDateTime.parse("2026-11-28T10:00"),
                LocalDateTime.parse("2026-11-28T11:15"), false, "", "", null, Kind.TRAINING, null, null)));
        robot.clickOn("#nav-calendar");
        robot.interact(() -> model.modeProperty().set(CalendarViewModel.Mode.MONTH));
        WaitForAsyncUtils.waitForFxEvents();
        key(robot, KeyCode.CONTROL, KeyCode.N);
        assertNewEventAt(robot, LocalDate.of(2026, 11, 28), "11:30", "12:30");
        key(robot, KeyCode.ESCAPE);
    }

    private void assertNewEventAt(FxRobot robot, LocalDate date, String start, String end) {
        assertThat(robot.lookup("#calendar-dialog-date").queryAs(DatePicker.class).getValue()).isEqualTo(date);
        assertThat(robot.lookup("#calendar-dialog-start").queryTextInputControl().getText()).isEqualTo(start);
        assertThat(robot.lookup("#calendar-dialog-end").queryTextInputControl().getText()).isEqualTo(end);
    }

    @Test
    void anEventUnderTheCursorTakesTheFocusAndEnterOpensIt(FxRobot robot) {
        CalendarViewModel model = app.context().calendar();
        robot.interact(() -> model.create(new EventDraft("Coffee with Anna", LocalDateTime.parse("2026-11-27T10:00"),
                LocalDateTime.parse("2026-11-27T11:00"), false, "", "", null, Kind.TRAINING, null, null)));
        focusGridAtNine(robot);
        key(robot, KeyCode.LEFT);
        key(robot, KeyCode.DOWN);
        assertThat(focusOwner().getId()).isEqualTo("calendar-scroll");
        key(robot, KeyCode.DOWN);
        assertThat(cursorText(robot)).isEqualTo("Friday 27 November, 10:00");
        assertThat(focusOwner().getUserData()).as("the event on the slot has the focus")
                .isInstanceOfSatisfying(Occurrence.class, o -> assertThat(o.title()).isEqualTo("Coffee with Anna"));
        assertThat(focusOwner().getStyleClass()).contains("calendar-selected");
        key(robot, KeyCode.DOWN);
        assertThat(focusOwner().getUserData()).as("still on the event at 10:30").isInstanceOf(Occurrence.class);

        key(robot, KeyCode.ENTER);
        assertThat(robot.lookup("#calendar-dialog-title").queryTextInputControl().getText()).isEqualTo("Coffee with Anna");
        key(robot, KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        key(robot, KeyCode.DOWN);
        assertThat(cursorText(robot)).isEqualTo("Friday 27 November, 11:00");
        assertThat(focusOwner().getId()).as("a free slot: the grid again").isEqualTo("calendar-scroll");
        assertThat(robot.lookup(".calendar-selected").queryAll()).as("nothing selected on a free slot").isEmpty();
    }

    @Test
    void altArrowsStillChangeTheWeekAndTheCursorKeepsItsWeekdayAndTime(FxRobot robot) {
        focusGridAtNine(robot);
        key(robot, KeyCode.LEFT);
        key(robot, KeyCode.ALT, KeyCode.RIGHT);
        assertThat(robot.lookup("#calendar-title").queryAs(Label.class).getText()).startsWith("Week 49");
        assertThat(cursorText(robot)).isEqualTo("Friday 4 December, 09:00");
    }
}
