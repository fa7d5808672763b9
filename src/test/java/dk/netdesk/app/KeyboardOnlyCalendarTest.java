package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.calendar.EventRow;
import dk.netdesk.calendar.Occurrence;
import dk.netdesk.testing.KeyboardApp;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Issue 18, "Done when": the calendar's main actions by keyboard alone — go to the calendar, choose a slot with the
 * arrows, create an event there, reach it with the arrows, open it, edit it — with the focus asserted after each
 * step. No mouse event is sent.
 */
class KeyboardOnlyCalendarTest extends KeyboardWindowTest {

    private String slot(FxRobot robot) {
        return robot.lookup("#calendar-slot-cursor").query().getAccessibleText();
    }

    private List<EventRow> events() {
        return context.calendarService().rowsInZone(context.calendar().zone());
    }

    @Test
    void createAnEventAtAChosenSlotThenOpenAndEditIt(FxRobot robot) {
        keys.ctrl(KeyCode.DIGIT4);
        Node grid = keys.focused();
        assertThat(grid.getStyleClass()).as("the grid has the focus: %s", KeyboardApp.describe(grid))
                .contains("calendar-focus-target");
        String start = slot(robot);

        // a slot one day to the left and an hour later than where the cursor starts
        keys.type(KeyCode.LEFT);
        keys.type(KeyCode.DOWN);
        keys.type(KeyCode.DOWN);
        assertThat(keys.focused()).as("the focus stays in the grid").isSameAs(grid);
        String chosen = slot(robot);
        assertThat(chosen).isNotEqualTo(start);

        keys.type(KeyCode.ENTER);
        assertFocusIs("calendar-dialog-title");
        keys.letters("team call");
        keys.type(KeyCode.ENTER);
        assertThat(keys.dialogs(stage)).as("Enter saves and closes the dialog").isEmpty();
        assertThat(events()).extracting(EventRow::title).containsExactly("team call");
        EventRow created = events().get(0);
        assertThat(keys.focused()).as("the focus is back in the calendar: %s", KeyboardApp.describe(keys.focused()))
                .satisfiesAnyOf(n -> assertThat(n).isSameAs(grid),
                        n -> assertThat(n.getUserData()).isInstanceOf(Occurrence.class));

        // the new event is reached with the arrows: the cursor is on its slot, one step away and back
        if (keys.focused() == grid) {
            keys.type(KeyCode.UP);
            keys.type(KeyCode.DOWN);
        }
        assertThat(keys.focused().getUserData()).as("the event on the slot has the focus")
                .isInstanceOfSatisfying(Occurrence.class, o -> assertThat(o.title()).isEqualTo("team call"));

        keys.type(KeyCode.ENTER);
        assertFocusIs("calendar-dialog-title");
        TextField title = robot.lookup("#calendar-dialog-title").queryAs(TextField.class);
        assertThat(title.getText()).isEqualTo("team call");
        keys.type(KeyCode.END);
        keys.letters(" with bo");
        keys.type(KeyCode.ENTER);
        assertThat(keys.dialogs(stage)).isEmpty();
        assertThat(events()).extracting(EventRow::title).containsExactly("team call with bo");
        EventRow edited = events().get(0);
        assertThat(edited.start()).as("the time is the chosen slot's, unchanged by the edit").isEqualTo(created.start());
        assertThat(chosen).as("the slot the cursor named")
                .contains(String.valueOf(created.start().getDayOfMonth()))
                .contains(String.format("%02d:%02d", created.start().getHour(), created.start().getMinute()));
        assertThat(created.end()).isEqualTo(created.start().plusHours(1));
        assertThat(keys.focused().getUserData()).as("the edited event keeps the focus")
                .isInstanceOfSatisfying(Occurrence.class, o -> assertThat(o.title()).isEqualTo("team call with bo"));
    }
}
