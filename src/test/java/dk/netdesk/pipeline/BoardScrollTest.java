package dk.netdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.Changes;
import dk.netdesk.testing.AppWindowTest;
import dk.netdesk.testing.MonocleDrag;
import dk.netdesk.testing.People;
import dk.netdesk.testing.Shortcut;
import dk.netdesk.testing.TestApp;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The board in a 1,200-pixel window, where the last columns are off screen (issue 15, item 10): a card held
 * at the board's right edge scrolls it until "Not now" can be reached and dropped on; Ctrl+→ onto an
 * off-screen column follows the card there, which keeps the focus and the selection.
 */
class BoardScrollTest extends AppWindowTest {

    private long bo;

    private PipelineViewModel open(FxRobot robot) {
        app = TestApp.open(dir, Locale.ENGLISH);
        MonocleDrag.forgetEarlierDrags(); // a text selection of an earlier test must not break this drag
        PipelineViewModel board = app.context().pipeline();
        board.load();
        bo = People.service(app.database(), new Changes(), TestApp.CLOCK)
                .create(ContactDetails.named("Bo").withContact("", "", ""), null).id();
        robot.interact(() -> {
            stage.setWidth(1200);
            stage.setHeight(800);
            app.showShell(stage).select("pipeline");
        });
        WaitForAsyncUtils.waitForFxEvents();
        return board;
    }

    private long lastStage(PipelineViewModel board) {
        return board.columns().get(board.columns().size() - 1).stage().id();
    }

    /** True when the whole column of {@code stageId} is inside the board's visible part. */
    private boolean inView(FxRobot robot, long stageId) {
        ScrollPane scroll = robot.lookup("#pipeline-scroll").queryAs(ScrollPane.class);
        Node column = robot.lookup("#pipeline-column-" + stageId).query();
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        Bounds at = column.localToScene(column.getLayoutBounds());
        return at.getMinX() >= view.getMinX() - 1 && at.getMaxX() <= view.getMaxX() + 1;
    }

    @Test
    void aCardHeldAtTheRightEdgeScrollsTheBoardUntilNotNowCanBeReached(FxRobot robot) throws Exception {
        PipelineViewModel board = open(robot);
        long notNow = lastStage(board);
        assertThat(board.columns().get(board.columns().size() - 1).stage().name()).isEqualTo("Not now");
        assertThat(inView(robot, notNow)).as("off screen at 1,200 px").isFalse();

        ScrollPane scroll = robot.lookup("#pipeline-scroll").queryAs(ScrollPane.class);
        Bounds view = scroll.localToScreen(scroll.getLayoutBounds());
        robot.drag(robot.lookup("#pipeline-card-" + bo).queryAs(Node.class), MouseButton.PRIMARY);
        robot.moveTo(new Point2D(view.getMaxX() - 8, view.getMinY() + view.getHeight() / 2));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> inView(robot, notNow));

        robot.moveTo(robot.lookup("#pipeline-list-" + notNow).queryAs(Node.class));
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(board.find(bo).stageId()).isEqualTo(notNow);
    }

    @Test
    void ctrlRightOntoAnOffScreenColumnFollowsTheCard(FxRobot robot) {
        PipelineViewModel board = open(robot);
        long first = board.columns().get(0).stage().id();
        ListView<?> list = robot.lookup("#pipeline-list-" + first).queryAs(ListView.class);
        robot.interact(() -> {
            list.requestFocus();
            board.select(bo);
        });
        for (int i = 1; i < board.columns().size(); i++) {
            robot.press(KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            long now = board.columns().get(i).stage().id();
            assertThat(board.find(bo).stageId()).isEqualTo(now);
            assertThat(inView(robot, now)).as("column %d is scrolled into view", i).isTrue();
            assertThat(stage.getScene().getFocusOwner()).as("the focus follows the card")
                    .isSameAs(robot.lookup("#pipeline-list-" + now).query());
            assertThat(board.selectedProperty().get().contactId()).isEqualTo(bo);
        }
        Shortcut.undo(robot);
        assertThat(app.context().status().textProperty().get()).isEqualTo("Undone: move of Bo.");
    }
}
