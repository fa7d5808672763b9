package dk.netdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.Changes;
import dk.netdesk.testing.AppWindowTest;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Shell;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The board built ahead of its first visit (issue 16, decision 0035): {@link Shell#prepare} builds it hidden behind
 * the shown screen, where it is styled and laid out; the first visit, also after another screen was visited in
 * between, only shows that same node, which never leaves the scene (leaving it would style it all over again).
 */
class BoardPreparedTest extends AppWindowTest {

    @Test
    void thePreparedBoardIsShownAsItIsOnItsFirstVisit(FxRobot robot) {
        app = TestApp.open(dir, Locale.ENGLISH);
        app.context().pipeline().load();
        long anna = People.service(app.database(), new Changes(), TestApp.CLOCK)
                .create(ContactDetails.named("Anna").withContact("", "", ""), null).id();
        Shell[] shell = new Shell[1];
        robot.interact(() -> {
            stage.setWidth(1200);
            stage.setHeight(800);
            shell[0] = app.showShell(stage);
            shell[0].prepare("pipeline");
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node board = robot.lookup("#pipeline").query();
        assertThat(board.isVisible()).as("hidden while Today is shown").isFalse();
        assertThat(robot.lookup("#today").query().isVisible()).isTrue();
        assertThat(robot.lookup("#pipeline-card-" + anna).tryQuery()).as("its cards made while hidden").isPresent();
        AtomicInteger sceneChanges = new AtomicInteger();
        board.sceneProperty().addListener((obs, old, now) -> sceneChanges.incrementAndGet());

        robot.interact(() -> shell[0].select("contacts"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(board.isVisible()).isFalse();
        robot.interact(() -> shell[0].select("pipeline"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat((Object) robot.lookup("#pipeline").query()).isSameAs(board);
        assertThat(board.isVisible()).isTrue();
        assertThat(sceneChanges.get()).as("times the board left or entered the scene").isZero();
        assertThat(robot.lookup("#contacts").tryQuery()).as("the screen left behind is gone").isEmpty();
    }
}
