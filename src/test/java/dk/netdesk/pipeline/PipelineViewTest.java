package dk.netdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.pipeline.ContactService;
import dk.netdesk.testing.Shortcut;
import dk.netdesk.testing.MonocleDrag;
import dk.netdesk.testing.People;
import dk.netdesk.db.Changes;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The board with a real window: drag-and-drop with the mouse robot, the keyboard route, undo. */
@ExtendWith(ApplicationExtension.class)
class PipelineViewTest {

    @TempDir
    static Path dir;
    Path data;
    Stage stage;
    TestApp app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        data = dir.resolve("d" + System.nanoTime());
        app = TestApp.open(data, Locale.ENGLISH);
        MonocleDrag.forgetEarlierDrags(); // a text selection of an earlier test must not break these drags
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

    private long id(String name) {
        return app.context().pipeline().columns().stream().flatMap(c -> c.cards().stream())
                .filter(c -> c.name().equals(name)).findFirst().orElseThrow().contactId();
    }

    private long stageId(int column) {
        return app.context().pipeline().columns().get(column).stage().id();
    }

    @SuppressWarnings("unchecked")
    private List<String> shown(FxRobot robot, int column) {
        ListView<Card> list = robot.lookup("#pipeline-list-" + stageId(column)).queryAs(ListView.class);
        return list.getItems().stream().map(Card::name).toList();
    }

    private List<String> stored(int column) {
        long stageId = stageId(column);
        return new PipelineRepository(app.database(), new Changes(), TestApp.CLOCK).loadBoard().cards().stream()
                .filter(c -> c.stageId() == stageId).map(Card::name).toList();
    }

    private Node card(FxRobot robot, String name) {
        return robot.lookup("#pipeline-card-" + id(name)).query();
    }

    /** Closes the app and opens it again on the same database, so the board is built from what was stored. */
    private void reopen(FxRobot robot) {
        robot.interact(() -> {
            app.close();
            app = TestApp.open(data, Locale.ENGLISH);
            app.showShell(stage).select("pipeline");
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aCardDraggedToAPositionInAnotherColumnStaysThereAfterTheBoardIsRebuilt(FxRobot robot) {
        assertThat(shown(robot, 0)).containsExactly("Anna", "Bo", "Carl");
        assertThat(shown(robot, 1)).containsExactly("Dorte", "Erik");
        robot.drag(card(robot, "Bo")).dropTo(card(robot, "Erik"));

        assertThat(shown(robot, 0)).containsExactly("Anna", "Carl");
        assertThat(shown(robot, 1)).containsExactly("Dorte", "Bo", "Erik");
        assertThat(robot.lookup("#pipeline-count-" + stageId(1)).queryLabeled().getText()).isEqualTo("3");
        assertThat(app.context().status().textProperty().get()).startsWith("Moved Bo to Contacted.");

        reopen(robot);
        assertThat(shown(robot, 0)).containsExactly("Anna", "Carl");
        assertThat(shown(robot, 1)).containsExactly("Dorte", "Bo", "Erik");
    }

    @Test
    void theSameMoveWithTheKeyboard(FxRobot robot) {
        // Reach the board without the mouse: Ctrl+F puts the focus in the search field, Tab walks on to the first column.
        robot.clickOn("#nav-pipeline");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        for (int i = 0; i < 12 && !(robot.targetWindow(stage).lookup("#pipeline-list-" + stageId(0)).query().isFocused()); i++) {
            robot.type(KeyCode.TAB);
        }
        Node firstColumn = robot.lookup("#pipeline-list-" + stageId(0)).query();
        assertThat(firstColumn.isFocused()).isTrue();
        robot.type(KeyCode.DOWN);
        assertThat(app.context().pipeline().selectedProperty().get().name()).isEqualTo("Anna");
        robot.type(KeyCode.DOWN);
        assertThat(app.context().pipeline().selectedProperty().get().name()).isEqualTo("Bo");

        robot.press(KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL);
        assertThat(shown(robot, 1)).containsExactly("Bo", "Dorte", "Erik");
        robot.press(KeyCode.CONTROL, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.CONTROL);
        assertThat(shown(robot, 0)).containsExactly("Anna", "Carl");
        assertThat(shown(robot, 1)).containsExactly("Dorte", "Bo", "Erik");
        assertThat(robot.lookup("#pipeline-list-" + stageId(1)).query().isFocused()).as("focus follows the card").isTrue();

        reopen(robot);
        assertThat(shown(robot, 1)).containsExactly("Dorte", "Bo", "Erik");
    }

    @Test
    void ctrlZUndoesTheDropRestoringStageAndPosition(FxRobot robot) {
        robot.drag(card(robot, "Bo")).dropTo(card(robot, "Dorte"));
        assertThat(shown(robot, 1)).containsExactly("Bo", "Dorte", "Erik");

        Shortcut.undo(robot);
        assertThat(shown(robot, 0)).containsExactly("Anna", "Bo", "Carl");
        assertThat(shown(robot, 1)).containsExactly("Dorte", "Erik");
        assertThat(stored(0)).containsExactly("Anna", "Bo", "Carl");
        assertThat(stored(1)).containsExactly("Dorte", "Erik");
    }

    @Test
    void aDoNotContactCardIsGreyedWithItsReasonAndRefusesAnOpenColumn(FxRobot robot) {
        robot.interact(() -> new PipelineRepository(app.database(), new Changes(), TestApp.CLOCK)
                .setDoNotContact(id("Carl"), true, "Asked us to stop"));
        robot.interact(() -> app.context().pipeline().load());
        Node carl = card(robot, "Carl");
        assertThat(carl.getPseudoClassStates()).extracting(Object::toString).contains("dnc");
        assertThat(robot.from(carl).lookup(".pipeline-dnc-reason").queryLabeled().getText())
                .isEqualTo("Asked us to stop");
        assertThat(robot.from(carl).lookup(".pipeline-dnc").queryLabeled().getText()).isEqualTo("Do not contact");

        robot.drag(carl).dropTo(card(robot, "Erik"));
        assertThat(shown(robot, 1)).containsExactly("Dorte", "Erik");
        assertThat(app.context().status().textProperty().get()).startsWith("Not moved: Carl is marked do not contact");
    }
}
