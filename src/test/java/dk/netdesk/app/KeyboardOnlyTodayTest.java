package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.db.Changes;
import dk.netdesk.pipeline.Card;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.testing.TestApp;
import java.time.LocalDate;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Issue 18, "Done when": Today's main actions by keyboard alone — reach the follow-ups due, open one, edit the contact
 * and save, go back to the list — with the focus asserted after each step.
 */
class KeyboardOnlyTodayTest extends KeyboardWindowTest {

    private PipelineRepository pipeline() {
        return new PipelineRepository(database, new Changes(), TestApp.CLOCK);
    }

    private Card anna() {
        return pipeline().loadBoard().cards().stream().filter(c -> c.name().startsWith("Anna")).findFirst().orElseThrow();
    }

    @Test
    void openADueFollowUpEditItAndComeBack(FxRobot robot) {
        pipeline().setNextFollowUp(anna().contactId(), LocalDate.now(TestApp.CLOCK));
        robot.interact(() -> context.today().load());
        keys.settle();

        keys.ctrl(KeyCode.DIGIT1);
        assertFocusIs("today-list");
        keys.type(KeyCode.DOWN);
        keys.type(KeyCode.ENTER);
        assertThat(context.today().details().openProperty().get()).as("Enter opens the contact").isTrue();
        assertFocusIs("details-name");
        keys.type(KeyCode.END);
        keys.letters(" t");
        keys.ctrl(KeyCode.S);
        assertThat(anna().name()).as("Ctrl+S saved the name").isEqualTo("Anna Jensen t");
        keys.type(KeyCode.ESCAPE);
        assertFocusIs("today-list");
    }
}
