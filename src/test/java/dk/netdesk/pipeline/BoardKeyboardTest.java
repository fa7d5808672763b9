package dk.netdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.Changes;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The board by keyboard alone (issue 18, item 6): Left/Right between columns, Up/Down between cards, the focused card
 * selected, columns under the details panel scrolled into view, Escape back to the board unscrolled, and the card
 * menu (Shift+F10 / the Menu key) with "Move to stage".
 */
@ExtendWith(ApplicationExtension.class)
class BoardKeyboardTest {

    @TempDir
    static Path dir;
    Stage stage;
    TestApp app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = TestApp.open(dir.resolve("d" + System.nanoTime()), Locale.ENGLISH);
        app.context().pipeline().load();
        ContactService contacts = People.service(app.database(), new Changes(), TestApp.CLOCK);
        PipelineRepository pipeline = new PipelineRepository(app.database(), new Changes(), TestApp.CLOCK);
        long second = pipeline.stages().get(1).id();
        for (String name : List.of("Anna", "Bo", "Carl", "Dorte", "Erik")) {
            long id = contacts.create(ContactDetails.named(name).withContact("", "", ""), null).id();
            if (name.compareTo("D") >= 0) {
                pipeline.move(id, second, 9);
            }
        }
        app.showShell(stage).select("pipeline");
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    private long stageId(int column) {
        return app.context().pipeline().columns().get(column).stage().id();
    }

    private int columns() {
        return app.context().pipeline().columns().size();
    }

    private String selected() {
        Card card = app.context().pipeline().selectedProperty().get();
        return card == null ? null : card.name();
    }

    private String focusOwner() {
        Node owner = stage.getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    private List<String> stored(int column) {
        long stageId = stageId(column);
        return new PipelineRepository(app.database(), new Changes(), TestApp.CLOCK).loadBoard().cards().stream()
                .filter(c -> c.stageId() == stageId).map(Card::name).toList();
    }

    private void key(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Ctrl+F, then Escape in the empty search field: the focus is on the board's first column. */
    private void toTheBoard(FxRobot robot) {
        key(robot, KeyCode.CONTROL, KeyCode.F);
        assertThat(focusOwner()).isEqualTo("pipeline-search");
        key(robot, KeyCode.ESCAPE);
        assertThat(focusOwner()).as("Escape in the empty search goes to the board").isEqualTo("pipeline-list-" + stageId(0));
    }

    /** True when the node is wholly inside the board's viewport (not under the details panel, not scrolled away). */
    private boolean inView(FxRobot robot, Node node) {
        ScrollPane scroll = robot.lookup("#pipeline-scroll").queryAs(ScrollPane.class);
        Bounds view = scroll.localToScreen(scroll.getLayoutBounds());
        Bounds at = node.localToScreen(node.getLayoutBounds());
        return at.getMinX() >= view.getMinX() - 1 && at.getMaxX() <= view.getMaxX() + 1;
    }

    @Test
    void leftAndRightMoveBetweenColumnsAndUpAndDownBetweenCards(FxRobot robot) {
        toTheBoard(robot);
        assertThat(selected()).as("nothing is selected before the first Down").isNull();
        key(robot, KeyCode.DOWN);
        assertThat(selected()).isEqualTo("Anna");
        key(robot, KeyCode.DOWN);
        assertThat(selected()).isEqualTo("Bo");

        key(robot, KeyCode.RIGHT);
        assertThat(focusOwner()).isEqualTo("pipeline-list-" + stageId(1));
        assertThat(selected()).as("the same row in the next column").isEqualTo("Erik");
        key(robot, KeyCode.UP);
        assertThat(selected()).isEqualTo("Dorte");
        key(robot, KeyCode.LEFT);
        assertThat(focusOwner()).isEqualTo("pipeline-list-" + stageId(0));
        assertThat(selected()).isEqualTo("Anna");
        key(robot, KeyCode.LEFT);
        assertThat(focusOwner()).as("nothing left of the first column").isEqualTo("pipeline-list-" + stageId(0));
        assertThat(selected()).isEqualTo("Anna");

        key(robot, KeyCode.RIGHT);
        key(robot, KeyCode.RIGHT);
        assertThat(focusOwner()).as("an empty column takes the focus").isEqualTo("pipeline-list-" + stageId(2));
        assertThat(selected()).as("an empty column selects nothing").isNull();
        // the focused card is marked: its cell is the list's selected, focused cell
        key(robot, KeyCode.LEFT);
        Node erik = robot.lookup("#pipeline-card-" + app.context().pipeline().selectedProperty().get().contactId()).query();
        assertThat(erik.getPseudoClassStates()).extracting(Object::toString).contains("selected", "focused");
    }

    @Test
    void ctrlZOfAMoveByKeysLeavesTheFocusOnTheCardWhereItWentBack(FxRobot robot) throws Exception {
        toTheBoard(robot);
        key(robot, KeyCode.DOWN);
        key(robot, KeyCode.DOWN);
        assertThat(selected()).isEqualTo("Bo");
        key(robot, KeyCode.CONTROL, KeyCode.RIGHT);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> stored(1).contains("Bo"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusOwner()).isEqualTo("pipeline-list-" + stageId(1));

        key(robot, KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> stored(0).contains("Bo"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored(0)).containsExactly("Anna", "Bo", "Carl");
        assertThat(focusOwner()).as("the focus follows the card back").isEqualTo("pipeline-list-" + stageId(0));
        assertThat(selected()).isEqualTo("Bo");
        javafx.scene.control.ListView<?> first = robot.lookup("#pipeline-list-" + stageId(0))
                .queryAs(javafx.scene.control.ListView.class);
        assertThat(first.getFocusModel().getFocusedIndex()).as("the focused card is Bo, not the first").isEqualTo(1);
        key(robot, KeyCode.DOWN);
        assertThat(selected()).as("Down goes on from Bo").isEqualTo("Carl");
    }

    @Test
    void withThePanelOpenRightScrollsEachColumnIntoViewAndEscapeLeavesTheBoardUnscrolled(FxRobot robot) {
        stage.setWidth(1000);
        WaitForAsyncUtils.waitForFxEvents();
        toTheBoard(robot);
        key(robot, KeyCode.DOWN);
        key(robot, KeyCode.ENTER);
        assertThat(app.context().pipelineDetails().openProperty().get()).isTrue();
        ScrollPane scroll = robot.lookup("#pipeline-scroll").queryAs(ScrollPane.class);
        double before = scroll.getHvalue();

        // back to the board (the panel took the focus), then walk right to the last column
        robot.interact(() -> robot.lookup("#pipeline-list-" + stageId(0)).query().requestFocus());
        for (int i = 1; i < columns(); i++) {
            key(robot, KeyCode.RIGHT);
            assertThat(focusOwner()).isEqualTo("pipeline-list-" + stageId(i));
            Node column = robot.lookup("#pipeline-column-" + stageId(i)).query();
            assertThat(inView(robot, column)).as("column %d is not under the panel", i).isTrue();
        }
        assertThat(scroll.getHvalue()).as("the board scrolled to reach the last column").isNotEqualTo(before);

        key(robot, KeyCode.ESCAPE);
        assertThat(app.context().pipelineDetails().openProperty().get()).isFalse();
        assertThat(scroll.getHvalue()).as("the board is back as it was").isEqualTo(before);
        assertThat(focusOwner()).startsWith("pipeline-list-");
    }

    @Test
    void shiftF10OnACardOffersItsMenuAndMoveToStageMovesItInTheDatabase(FxRobot robot) {
        toTheBoard(robot);
        key(robot, KeyCode.DOWN);
        key(robot, KeyCode.DOWN);
        assertThat(selected()).isEqualTo("Bo");

        key(robot, KeyCode.SHIFT, KeyCode.F10);
        ContextMenu menu = shownMenu();
        assertThat(menu).as("Shift+F10 opens the card menu").isNotNull();
        assertThat(menu.getItems()).extracting(i -> i.getId()).containsExactly("pipeline-menu-open", "pipeline-menu-move",
                "pipeline-menu-follow-up", "pipeline-menu-dnc", null, "pipeline-menu-delete");
        assertThat(menu.getItems()).extracting(i -> i.getText())
                .containsExactly("Open", "Move to stage", "Plan follow-up…", "Do not contact…", null, "Delete…");

        // "Move to stage" offers the other stages only: Enter on any of its items acts (the card's own stage was
        // offered disabled, the focus stopped on it and Enter did nothing)
        javafx.scene.control.Menu move = (javafx.scene.control.Menu) menu.getItems().get(1);
        assertThat(move.getItems()).extracting(i -> i.getId()).doesNotContain("pipeline-menu-move-" + stageId(0))
                .contains("pipeline-menu-move-" + stageId(1));
        assertThat(move.getItems()).noneMatch(javafx.scene.control.MenuItem::isDisable);
        // Down to "Move to stage", Right into its stages, Enter on the first: the next stage
        key(robot, KeyCode.DOWN);
        key(robot, KeyCode.RIGHT);
        key(robot, KeyCode.ENTER);
        assertThat(stored(0)).containsExactly("Anna", "Carl");
        assertThat(stored(1)).containsExactly("Bo", "Dorte", "Erik");
        assertThat(selected()).isEqualTo("Bo");
        assertThat(focusOwner()).as("the focus follows the card").isEqualTo("pipeline-list-" + stageId(1));
    }

    @Test
    void theMenuKeyOpensTheSameMenuAndOpenShowsTheCard(FxRobot robot) {
        toTheBoard(robot);
        key(robot, KeyCode.DOWN);
        key(robot, KeyCode.CONTEXT_MENU);
        assertThat(shownMenu()).isNotNull();
        key(robot, KeyCode.ENTER);
        assertThat(app.context().pipelineDetails().openProperty().get()).isTrue();
        assertThat(app.context().pipelineDetails().form().nameProperty().get()).isEqualTo("Anna");
    }

    private ContextMenu shownMenu() {
        WaitForAsyncUtils.waitForFxEvents();
        for (Window w : Window.getWindows()) {
            if (w instanceof ContextMenu menu && menu.isShowing() && "pipeline-card-menu".equals(menu.getId())) {
                return menu;
            }
        }
        return null;
    }
}
