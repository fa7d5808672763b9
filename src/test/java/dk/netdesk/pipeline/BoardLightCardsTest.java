package dk.netdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.Changes;
import dk.netdesk.testing.AppWindowTest;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The board's first visit makes only what is seen (issue 16, decision 0035): in a 1,200-pixel window the columns out
 * of view have no cards until they are scrolled into view; a card is a handful of nodes; no node on the board
 * carries a style sheet of its own (a do-not-contact card included).
 */
class BoardLightCardsTest extends AppWindowTest {

    private PipelineViewModel board;
    private long anna;
    private long bo;
    private long carl;

    private void open(FxRobot robot) {
        app = TestApp.open(dir, Locale.ENGLISH);
        board = app.context().pipeline();
        board.load();
        ContactService contacts = People.service(app.database(), new Changes(), TestApp.CLOCK);
        PipelineRepository pipeline = new PipelineRepository(app.database(), new Changes(), TestApp.CLOCK);
        anna = contacts.create(ContactDetails.named("Anna").withContact("", "", ""), null).id();
        bo = contacts.create(ContactDetails.named("Bo").withContact("", "", ""), null).id();
        carl = contacts.create(ContactDetails.named("Carl").withContact("", "", ""), null).id();
        List<Stage> stages = pipeline.stages();
        pipeline.move(bo, stages.get(stages.size() - 1).id(), 0);
        pipeline.setDoNotContact(carl, true, "Asked us to stop");
        robot.interact(() -> {
            stage.setWidth(1200);
            stage.setHeight(800);
            app.showShell(stage).select("pipeline");
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long lastStage() {
        return board.columns().get(board.columns().size() - 1).stage().id();
    }

    private static List<Node> all(Node node) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> nodes.addAll(all(child)));
        }
        return nodes;
    }

    @Test
    void aColumnOutOfViewHasNoCardsUntilItIsScrolledIntoView(FxRobot robot) {
        open(robot);
        Node firstList = robot.lookup("#pipeline-list-" + board.columns().get(0).stage().id()).query();
        Node lastColumn = robot.lookup("#pipeline-column-" + lastStage()).query();
        assertThat(robot.from(firstList).lookup(".pipeline-card-cell").queryAll()).as("the first column's cells").isNotEmpty();
        assertThat(robot.from(lastColumn).lookup(".pipeline-card-cell").queryAll()).as("cells of the column out of view").isEmpty();
        assertThat(robot.lookup("#pipeline-card-" + bo).tryQuery()).isEmpty();

        robot.interact(() -> robot.lookup("#pipeline-scroll").queryAs(ScrollPane.class).setHvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.from(lastColumn).lookup("#pipeline-list-" + lastStage()).tryQuery()).as("its list").isPresent();
        assertThat(robot.from(lastColumn).lookup("#pipeline-card-" + bo).tryQuery()).as("Bo's card, scrolled into view").isPresent();
    }

    @Test
    void aCardIsAHandfulOfNodesAndNoNodeOnTheBoardHasItsOwnStyleSheet(FxRobot robot) {
        open(robot);
        Node card = robot.lookup("#pipeline-card-" + anna).query();
        assertThat(all(card)).as("the nodes of a plain card").hasSizeLessThanOrEqualTo(12);
        Node blocked = robot.lookup("#pipeline-card-" + carl).query();
        assertThat(robot.from(blocked).lookup(".pipeline-dnc").queryLabeled().getText()).isEqualTo("Do not contact");
        assertThat(all(robot.lookup("#pipeline-board").query()))
                .filteredOn(node -> node instanceof Parent parent && !parent.getStylesheets().isEmpty())
                .as("nodes with a style sheet of their own").isEmpty();
    }
}
