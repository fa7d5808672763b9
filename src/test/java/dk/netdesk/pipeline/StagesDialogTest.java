package dk.netdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Stages dialog: add, rename, reorder, and a stage with contacts is not deleted. */
@ExtendWith(ApplicationExtension.class)
class StagesDialogTest {

    @TempDir
    static Path dir;
    TestApp app;

    @Start
    void start(Stage stage) {
        app = TestApp.open(dir.resolve("d" + System.nanoTime()), Locale.ENGLISH);
        app.context().pipeline().load();
        People.service(app.database(), TestApp.CLOCK).create(ContactDetails.named("Anna").withContact("", "", ""), null);
        app.showShell(stage).select("pipeline");
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    private java.util.List<String> stageNames() {
        return app.context().pipeline().columns().stream().map(c -> c.stage().name()).toList();
    }

    @Test
    void inTheListTheFirstDownSelectsTheFirstStageAndEscapeCloses(FxRobot robot) {
        robot.clickOn("#pipeline-stages");
        @SuppressWarnings("unchecked")
        ListView<StageColumn> list = robot.lookup("#stages-list").queryAs(ListView.class);
        robot.interact(list::requestFocus);
        assertThat(list.getSelectionModel().isEmpty()).isTrue();
        robot.type(javafx.scene.input.KeyCode.DOWN);
        assertThat(list.getSelectionModel().getSelectedIndex()).as("the first Down: the first stage").isZero();
        robot.type(javafx.scene.input.KeyCode.DOWN);
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(list.isFocused()).isTrue();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(robot.lookup("#pipeline-stages-dialog").tryQuery()).as("Escape in the list closes the dialog").isEmpty();
    }

    @Test
    void addRenameMoveAndRefuseToDeleteAFullStage(FxRobot robot) {
        robot.clickOn("#pipeline-stages");
        robot.clickOn("#stages-name").write("Event guests");
        robot.clickOn("#stages-add");
        assertThat(stageNames()).as("after the open stages, before the won and parked ones").hasSize(9)
                .element(5).isEqualTo("Event guests");
        assertThat(robot.lookup("#pipeline-title-" + app.context().pipeline().columns().get(5).stage().id())
                .queryLabeled().getText()).isEqualTo("Event guests");

        @SuppressWarnings("unchecked")
        ListView<StageColumn> list = robot.lookup("#stages-list").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(5));
        robot.clickOn("#stages-left");
        assertThat(stageNames().get(4)).isEqualTo("Event guests");

        robot.interact(() -> list.getSelectionModel().select(0));
        robot.doubleClickOn("#stages-name").eraseText(8).write("Leads");
        robot.clickOn("#stages-save");
        assertThat(stageNames().get(0)).isEqualTo("Leads");

        robot.clickOn("#stages-delete");
        assertThat(app.context().status().textProperty().get())
                .isEqualTo("The stage Leads still holds 1 contact: move them to another stage first.");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertThat(stageNames()).hasSize(9).first().isEqualTo("Leads");
    }

    @Test
    void staleDaysThatAreNoWholeNumberInRangeStayWithAMessageAndSaveWaits(FxRobot robot) {
        robot.clickOn("#pipeline-stages");
        @SuppressWarnings("unchecked")
        ListView<StageColumn> list = robot.lookup("#stages-list").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(0));
        int before = app.context().pipeline().columns().get(0).stage().staleDays();
        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Integer> stale = robot.lookup("#stages-stale").queryAs(javafx.scene.control.Spinner.class);
        javafx.scene.control.Label message = robot.lookup("#stages-stale-error").queryAs(javafx.scene.control.Label.class);

        robot.clickOn(stale.getEditor());
        robot.interact(stale.getEditor()::selectAll);
        robot.write("two weeks");
        robot.clickOn("#stages-save");
        assertThat(stale.getEditor().getText()).isEqualTo("two weeks");
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("“two weeks” is not a whole number. Type a whole number from 1 to 3650.");

        robot.clickOn(stale.getEditor());
        robot.interact(stale.getEditor()::selectAll);
        robot.write("0");
        robot.clickOn("#stages-name").write("Cold");
        robot.clickOn("#stages-add");
        assertThat(stageNames()).as("Add waits too").hasSize(8);
        assertThat(message.getText()).isEqualTo("0 is less than 1. Type a whole number from 1 to 3650.");
        assertThat(app.context().pipeline().columns().get(0).stage().staleDays()).isEqualTo(before);

        // typed and straight to Save: the typed number is saved
        robot.clickOn(stale.getEditor());
        robot.interact(stale.getEditor()::selectAll);
        robot.write("45");
        robot.clickOn("#stages-save");
        assertThat(message.isVisible()).isFalse();
        assertThat(app.context().pipeline().columns().get(0).stage().staleDays()).isEqualTo(45);
    }

    @Test
    void aMessageAboutTheNameGoesOnceTheNameIsTypedAndWhenTheDialogCloses(FxRobot robot) {
        robot.clickOn("#pipeline-stages");
        robot.clickOn("#stages-add");
        assertThat(app.context().status().textProperty().get()).isEqualTo("Give the stage a name.");
        robot.clickOn("#stages-name").write("C");
        assertThat(app.context().status().textProperty().get()).isEmpty();

        javafx.scene.control.TextField name = robot.lookup("#stages-name").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> name.setText("Cold\uD83D"));
        robot.clickOn("#stages-add");
        assertThat(app.context().status().textProperty().get()).contains("broken character");
        robot.interact(() -> name.setText("Cold"));
        assertThat(app.context().status().textProperty().get()).isEmpty();
        assertThat(stageNames()).hasSize(8);

        robot.interact(() -> name.setText(""));
        robot.clickOn("#stages-add");
        assertThat(app.context().status().textProperty().get()).isEqualTo("Give the stage a name.");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(app.context().status().textProperty().get()).isEmpty();
    }

    @Test
    void afterADeleteTheFormIsClearedAndSaveRenamesNoOtherStage(FxRobot robot) {
        robot.clickOn("#pipeline-stages");
        robot.clickOn("#stages-name").write("Smagsprøve");
        robot.clickOn("#stages-add");
        assertThat(stageNames()).contains("Smagsprøve");
        @SuppressWarnings("unchecked")
        ListView<StageColumn> list = robot.lookup("#stages-list").queryAs(ListView.class);
        javafx.scene.control.TextField name = robot.lookup("#stages-name").queryAs(javafx.scene.control.TextField.class);
        assertThat(list.getSelectionModel().getSelectedItem().stage().name()).isEqualTo("Smagsprøve");
        java.util.List<String> before = new java.util.ArrayList<>(stageNames());
        before.remove("Smagsprøve");

        robot.clickOn("#stages-delete");
        robot.clickOn(robot.lookup(".button").match((javafx.scene.control.Button b) -> "Delete".equals(b.getText())
                && !"stages-delete".equals(b.getId())).queryButton());
        assertThat(stageNames()).isEqualTo(before);
        StageColumn shown = list.getSelectionModel().getSelectedItem();
        assertThat(name.getText()).as("the form shows the selected stage, or is blank when none is")
                .isEqualTo(shown == null ? "" : shown.stage().name());

        if (!robot.lookup("#stages-save").queryButton().isDisabled()) {
            robot.clickOn("#stages-save");
        }
        assertThat(stageNames()).as("no stage renamed").isEqualTo(before);
    }
}
