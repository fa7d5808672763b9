package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.calendar.CalendarViewModel;
import dk.netdesk.testing.AppWindowTest;
import dk.netdesk.testing.FocusRing;
import dk.netdesk.testing.TestApp;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18 (decisions 0043 and 0048): the focus ring of a button or toggle shows after a key, not after a mouse
 * click; a text field keeps it whenever focused. And rings and hints keep off the edges: the calendar's agenda
 * rings inside its place, Today's hint keeps its padding from the divider.
 */
class ClickOrKeyRingTest extends AppWindowTest {

    private AppContext open(FxRobot robot, String area, double width) {
        app = TestApp.open(dir, Locale.ENGLISH);
        robot.interact(() -> {
            app.showShell(stage).select(area);
            stage.setWidth(width);
            stage.setHeight(760);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return app.context();
    }

    private static FocusRing.Result ring(Node node) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> FocusRing.measure(node)).get();
    }

    @Test
    void aClickedToggleShowsNoRingAKeyShowsIt(FxRobot robot) throws Exception {
        open(robot, "calendar", 1280);
        ToggleButton month = robot.lookup("#calendar-mode-month").queryAs(ToggleButton.class);
        robot.clickOn(month);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(month.isFocused()).isTrue();
        FocusRing.Result clicked = ring(month);
        assertThat(clicked.seen()).as("after a click: %s", clicked).isFalse();

        // a key (here Shift+Tab back from the next control) shows it again
        robot.interact(month::requestFocus);
        robot.type(KeyCode.TAB);
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        FocusRing.Result keyed = ring(month);
        assertThat(keyed.seen()).as("after a key: %s", keyed).isTrue();
    }

    @Test
    void aClickedTextFieldKeepsItsRing(FxRobot robot) throws Exception {
        open(robot, "contacts", 1280);
        TextField search = robot.lookup("#contact-search").queryAs(TextField.class);
        robot.clickOn(search);
        WaitForAsyncUtils.waitForFxEvents();
        FocusRing.Result clicked = ring(search);
        assertThat(clicked.seen()).as("a caret's place: %s", clicked).isTrue();
    }

    @Test
    void theAgendasRingStaysInsideItsPlace(FxRobot robot) {
        AppContext context = open(robot, "calendar", 1280);
        robot.interact(() -> context.calendar().modeProperty().set(CalendarViewModel.Mode.AGENDA));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> agenda = robot.lookup("#calendar-agenda").queryAs(ListView.class);
        robot.interact(() -> {
            agenda.requestFocus();
            agenda.applyCss();
        });
        assertThat(agenda.isFocused()).isTrue();
        assertThat(agenda.getBorder()).isNotNull();
        assertThat(agenda.getBorder().getOutsets().getTop()).as("the ring reaches no further out than the grid's")
                .isLessThanOrEqualTo(1.0);
        assertThat(agenda.getBorder().getOutsets().getRight()).isLessThanOrEqualTo(1.0);
    }

    @Test
    void todaysHintKeepsItsPaddingFromTheDivider(FxRobot robot) {
        open(robot, "today", 900);
        Label hint = robot.lookup(n -> n instanceof Label l && l.getStyleClass().contains("text-muted")
                && l.getParent() instanceof javafx.scene.layout.StackPane && l.isVisible()
                && l.getText().equals(app.context().messages().get("pipeline.today.pick"))).queryAs(Label.class);
        javafx.geometry.Bounds in = hint.getBoundsInParent();
        assertThat(in.getMinX()).as("from the divider").isGreaterThanOrEqualTo(12);
        assertThat(((javafx.scene.layout.Region) hint.getParent()).getWidth() - in.getMaxX())
                .as("from the right edge").isGreaterThanOrEqualTo(12);
    }
}
