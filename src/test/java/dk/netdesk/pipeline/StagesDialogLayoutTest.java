package dk.netdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 15, item 11: the Stages dialog (in Danish, its longest texts) cuts no text, keeps the selected
 * stage through Move up and down, selects a stage it adds, and a refused delete says why in its body.
 */
@ExtendWith(ApplicationExtension.class)
class StagesDialogLayoutTest {

    @TempDir
    static Path dir;
    TestApp app;

    @Start
    void start(Stage stage) {
        app = TestApp.open(dir.resolve("d" + System.nanoTime()), new Locale("da"));
        app.context().pipeline().load();
        People.service(app.database(), TestApp.CLOCK).create(ContactDetails.named("Anna").withContact("", "", ""), null);
        stage.setWidth(1024);
        stage.setHeight(700);
        app.showShell(stage).select("pipeline");
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @SuppressWarnings("unchecked")
    private static ListView<StageColumn> list(FxRobot robot) {
        return robot.lookup("#stages-list").queryAs(ListView.class);
    }

    /** Every labelled node under {@code root} whose drawn text is not its whole text (cut with "…"). */
    private static List<String> cut(Node root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (node instanceof Labeled labeled && labeled.isVisible() && labeled.getText() != null
                && !labeled.getText().isEmpty()) {
            Node drawn = labeled.lookup(".text");
            if (drawn instanceof Text text && !text.getText().equals(labeled.getText())) {
                cut.add(labeled.getText() + " → " + text.getText());
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, cut));
        }
    }

    @Test
    void noTextIsCut(FxRobot robot) {
        robot.clickOn("#pipeline-stages");
        robot.interact(() -> list(robot).getSelectionModel().select(6));
        DialogPane pane = robot.lookup("#pipeline-stages-dialog").queryAs(DialogPane.class);
        assertThat(list(robot).getItems().get(6).stage().name()).isEqualTo("Teammedlem");
        assertThat(cut(pane)).isEmpty();
    }

    @Test
    void moveKeepsTheSelectionAndAddSelectsTheNewStage(FxRobot robot) {
        robot.clickOn("#pipeline-stages");
        ListView<StageColumn> list = list(robot);
        robot.interact(() -> list.getSelectionModel().select(1));
        long kontaktet = list.getSelectionModel().getSelectedItem().stage().id();
        robot.clickOn("#stages-right");
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(2);
        assertThat(list.getSelectionModel().getSelectedItem().stage().id()).isEqualTo(kontaktet);
        robot.clickOn("#stages-left");
        assertThat(list.getSelectionModel().getSelectedItem().stage().id()).isEqualTo(kontaktet);
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(1);

        robot.doubleClickOn("#stages-name").eraseText(12).write("Messegæster");
        robot.clickOn("#stages-add");
        assertThat(list.getSelectionModel().getSelectedItem().stage().name()).as("the new stage is selected")
                .isEqualTo("Messegæster");
        assertThat(robot.lookup("#stages-name").queryAs(TextField.class).getText()).isEqualTo("Messegæster");
        assertThat(list.getSelectionModel().getSelectedIndex()).as("before Kunde, Teammedlem and Ikke nu").isEqualTo(5);
    }

    @Test
    void aRefusedDeleteSaysWhyInItsBody(FxRobot robot) {
        robot.clickOn("#pipeline-stages");
        robot.interact(() -> list(robot).getSelectionModel().select(0));
        robot.clickOn("#stages-delete");
        DialogPane refused = robot.lookup(".dialog-pane").queryAll().stream()
                .filter(n -> n instanceof DialogPane p && p.getContentText() != null
                        && p.getContentText().contains("1 kontakt"))
                .map(DialogPane.class::cast).findFirst().orElseThrow();
        assertThat(refused.getHeaderText()).isNull();
        assertThat(refused.getContentText()).startsWith("Fasen Nyt emne har stadig 1 kontakt");
        robot.type(javafx.scene.input.KeyCode.ENTER);
    }
}
