package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.db.Changes;
import dk.netdesk.pipeline.Interaction;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.testing.TestApp;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A conversation logged with Ctrl+S from its own text field, undone with Ctrl+Z and redone with Ctrl+Shift+Z while
 * the focus stays in that (now empty) field comes back (new-user finding of stop 32: it did not).
 */
class RedoInTextFieldTest extends KeyboardWindowTest {

    private List<String> logged() {
        long anna = context.pipeline().columns().get(0).cards().get(0).contactId();
        return new PipelineRepository(database, new Changes(), TestApp.CLOCK).interactions(anna).stream()
                .map(Interaction::text).toList();
    }

    @Test
    void ctrlShiftZInTheEmptiedFieldRedoesTheLoggedConversation(FxRobot robot) throws Exception {
        keys.ctrl(KeyCode.DIGIT2);
        keys.type(KeyCode.ESCAPE);
        keys.type(KeyCode.DOWN);
        keys.type(KeyCode.ENTER);
        awaitFocus("details-name");
        robot.interact(() -> stage.getScene().lookup("#interaction-text").requestFocus());
        keys.write("Talked about shakes");
        keys.ctrl(KeyCode.S);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> logged().equals(List.of("Talked about shakes")));
        assertFocusIs("interaction-text");

        keys.ctrl(KeyCode.Z);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> logged().isEmpty());
        keys.ctrlShift(KeyCode.Z);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> logged().equals(List.of("Talked about shakes")));
    }
}
