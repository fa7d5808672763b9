package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.calendar.EventRow;
import dk.netdesk.db.Changes;
import dk.netdesk.pipeline.Card;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.testing.KeyboardApp;
import dk.netdesk.testing.TestApp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Issue 18, "Done when": the board's main actions by keyboard alone — reach a card, open it, edit and save it, move it
 * to the next column, plan a follow-up in the calendar — with the focus asserted after each step (creating a contact
 * with its stage and follow-up: {@code NewContactFormKeysTest}).
 */
class KeyboardOnlyBoardTest extends KeyboardWindowTest {

    private Card anna() {
        return new PipelineRepository(database, new Changes(), TestApp.CLOCK).loadBoard().cards().stream()
                .filter(c -> c.name().startsWith("Anna")).findFirst().orElseThrow();
    }

    private long stageId(int column) {
        return context.pipeline().columns().get(column).stage().id();
    }

    @Test
    void openEditMoveAndPlanAFollowUp(FxRobot robot) {
        keys.ctrl(KeyCode.DIGIT2);
        assertFocusIs("pipeline-search");
        keys.type(KeyCode.ESCAPE);
        assertFocusIs("pipeline-list-" + stageId(0));
        keys.type(KeyCode.DOWN);
        assertThat(context.pipeline().selectedProperty().get().name()).isEqualTo("Anna Jensen");

        // open and edit
        keys.type(KeyCode.ENTER);
        assertThat(context.pipelineDetails().openProperty().get()).as("Enter opens the card").isTrue();
        awaitFocus("details-name");
        keys.type(KeyCode.END);
        keys.letters(" b");
        keys.ctrl(KeyCode.S);
        assertThat(anna().name()).as("Ctrl+S saved the name").isEqualTo("Anna Jensen b");
        assertFocusIs("details-name");
        keys.type(KeyCode.ESCAPE);
        assertFocusIs("pipeline-list-" + stageId(0));

        // to the next column
        keys.ctrl(KeyCode.RIGHT);
        assertThat(anna().stageId()).as("Ctrl+→ moved the card to the next stage").isEqualTo(stageId(1));
        assertFocusIs("pipeline-list-" + stageId(1));
        assertThat(context.pipeline().selectedProperty().get().name()).isEqualTo("Anna Jensen b");

        // plan a follow-up from the card's menu: date and time, then "Plan in calendar"
        keys.shift(KeyCode.F10);
        keys.type(KeyCode.DOWN);
        keys.type(KeyCode.DOWN);
        keys.type(KeyCode.ENTER);
        awaitFocus("details-schedule-date");
        LocalDate day = LocalDate.now(TestApp.CLOCK).plusDays(3);
        robot.interact(() -> ((javafx.scene.control.DatePicker) keys.focused()).getEditor().clear());
        keys.write(day.toString());
        keys.type(KeyCode.TAB);
        assertFocusIs("details-schedule-time");
        robot.interact(() -> ((javafx.scene.control.TextField) keys.focused()).clear());
        keys.write("18:30");
        keys.type(KeyCode.TAB);
        assertFocusIs("details-schedule");
        keys.type(KeyCode.SPACE);
        List<EventRow> events = context.calendarService().rowsInZone(context.calendar().zone());
        assertThat(events).as("one follow-up planned in the calendar").hasSize(1);
        assertThat(events.get(0).start()).isEqualTo(LocalDateTime.of(day, java.time.LocalTime.of(18, 30)));
        assertThat(anna().nextFollowUp()).as("the next follow-up follows the linked event").isEqualTo(day);
        assertThat(keys.focused()).as("the focus stays in the panel: %s", KeyboardApp.describe(keys.focused()))
                .isNotNull();
    }
}
