package dk.netdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.Changes;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
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

/**
 * A card's editor by keyboard alone (issue 18): Enter (or the card menu's Open) puts the focus in Name with the
 * panel scrolled to its top, Escape from the editor gives the focus back to the opened card (selected), and the card
 * that takes the focus after Escape from the board search is the selected one.
 */
@ExtendWith(ApplicationExtension.class)
class CardEditorKeysTest {

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
        for (String name : List.of("Anna", "Bo", "Carl")) {
            contacts.create(ContactDetails.named(name).withContact("", "", ""), null);
        }
        app.showShell(stage).select("pipeline");
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    private String firstList() {
        return "pipeline-list-" + app.context().pipeline().columns().get(0).stage().id();
    }

    private String selected() {
        Card card = app.context().pipeline().selectedProperty().get();
        return card == null ? null : card.name();
    }

    private String focusOwner() {
        Node owner = stage.getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    private void key(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void toTheBoard(FxRobot robot) {
        key(robot, KeyCode.CONTROL, KeyCode.F);
        key(robot, KeyCode.ESCAPE);
        assertThat(focusOwner()).isEqualTo(firstList());
    }

    private double panelScroll(FxRobot robot) {
        return robot.lookup("#contact-details-scroll").queryAs(ScrollPane.class).getVvalue();
    }

    private void focusedCardIsSelected(FxRobot robot, String name) {
        assertThat(selected()).isEqualTo(name);
        Node cell = robot.lookup("#pipeline-card-" + app.context().pipeline().selectedProperty().get().contactId()).query();
        assertThat(cell.getPseudoClassStates()).extracting(Object::toString).contains("selected", "focused");
    }

    @Test
    void enterOnACardPutsTheFocusInNameWithThePanelAtItsTop(FxRobot robot) {
        toTheBoard(robot);
        key(robot, KeyCode.DOWN);
        key(robot, KeyCode.ENTER);
        assertThat(app.context().pipelineDetails().openProperty().get()).isTrue();
        assertThat(focusOwner()).as("Enter puts the focus in the editor's first field").isEqualTo("details-name");
        assertThat(panelScroll(robot)).as("Name is in view").isZero();

        // another card opened while the panel is open: the same
        key(robot, KeyCode.ESCAPE);
        key(robot, KeyCode.DOWN);
        assertThat(focusOwner()).isEqualTo(firstList());
        key(robot, KeyCode.ENTER);
        assertThat(app.context().pipelineDetails().form().nameProperty().get()).isEqualTo("Bo");
        assertThat(focusOwner()).isEqualTo("details-name");
        assertThat(panelScroll(robot)).isZero();
    }

    @Test
    void theCardMenusOpenPutsTheFocusInName(FxRobot robot) {
        toTheBoard(robot);
        key(robot, KeyCode.DOWN);
        key(robot, KeyCode.CONTEXT_MENU);
        key(robot, KeyCode.ENTER);
        assertThat(app.context().pipelineDetails().form().nameProperty().get()).isEqualTo("Anna");
        assertThat(focusOwner()).isEqualTo("details-name");
        assertThat(panelScroll(robot)).isZero();
    }

    @Test
    void escapeFromNameGivesTheFocusBackToTheOpenedCard(FxRobot robot) {
        toTheBoard(robot);
        key(robot, KeyCode.DOWN);
        key(robot, KeyCode.DOWN);
        key(robot, KeyCode.ENTER);
        // Tab to Name, as a user does when Enter leaves the focus on the board (no Tab needed once it goes to Name)
        for (int i = 0; i < 30 && !"details-name".equals(focusOwner()); i++) {
            key(robot, KeyCode.TAB);
        }
        assertThat(focusOwner()).isEqualTo("details-name");

        key(robot, KeyCode.ESCAPE);
        assertThat(app.context().pipelineDetails().openProperty().get()).isFalse();
        assertThat(focusOwner()).as("the focus is back on the board").isEqualTo(firstList());
        focusedCardIsSelected(robot, "Bo");
        key(robot, KeyCode.DOWN);
        assertThat(focusOwner()).isEqualTo(firstList());
        assertThat(selected()).as("Down goes on from the opened card").isEqualTo("Carl");
    }

    @Test
    void afterEscapeFromTheSearchTheFocusedCardIsSelected(FxRobot robot) {
        toTheBoard(robot);
        key(robot, KeyCode.DOWN);
        assertThat(selected()).isEqualTo("Anna");
        // a search that hides the selected card, then Escape (clears it) and Escape (back to the board)
        key(robot, KeyCode.CONTROL, KeyCode.F);
        robot.write("Bo");
        WaitForAsyncUtils.waitForFxEvents();
        key(robot, KeyCode.ESCAPE);
        key(robot, KeyCode.ESCAPE);
        assertThat(focusOwner()).isEqualTo(firstList());
        String card = selected();
        assertThat(card).as("the focused card is selected").isNotNull();
        focusedCardIsSelected(robot, card);
        key(robot, KeyCode.DOWN);
        List<String> order = List.of("Anna", "Bo", "Carl");
        assertThat(selected()).as("Down goes to the next card").isEqualTo(order.get(order.indexOf(card) + 1));
    }
}
