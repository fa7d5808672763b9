package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.Changes;
import dk.netdesk.testing.AppWindowTest;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** After a contact is deleted, the focus goes to the table or the board it was chosen on, not to another button. */
class DeleteFocusTest extends AppWindowTest {

    private long anna;

    private AppContext open(FxRobot robot, String area) {
        app = TestApp.open(dir, Locale.ENGLISH);
        var people = People.service(app.database(), new Changes(), TestApp.CLOCK);
        anna = people.create(ContactDetails.named("Anna Jensen").withContact("", "", ""), null).id();
        people.create(ContactDetails.named("Bo Nielsen").withContact("", "", ""), null);
        robot.interact(() -> {
            app.showShell(stage).select(area);
            stage.setWidth(1280);
            stage.setHeight(860);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return app.context();
    }

    private Node focused() {
        return stage.getScene().getFocusOwner();
    }

    @Test
    void onContactsTheTableHasTheFocusOnTheRowThatTookThePlace(FxRobot robot) {
        open(robot, "contacts");
        TableView<?> table = robot.lookup("#contact-table").queryAs(TableView.class);
        robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#contact-delete");
        robot.clickOn("#confirm-delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(1);
        assertThat(focused()).isSameAs(table);
        assertThat(table.getFocusModel().getFocusedIndex()).isEqualTo(0);
    }

    @Test
    void onTheBoardTheFocusGoesBackToTheList(FxRobot robot) {
        AppContext context = open(robot, "pipeline");
        long stage = context.pipeline().columns().get(0).stage().id();
        @SuppressWarnings("unchecked")
        ListView<Object> list = robot.lookup("#pipeline-list-" + stage).queryAs(ListView.class);
        robot.interact(() -> {
            list.requestFocus();
            context.pipeline().select(anna);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.pipelineDetails().openProperty().get()).isTrue();
        robot.clickOn("#details-delete");
        robot.clickOn("#confirm-delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.pipelineDetails().openProperty().get()).isFalse();
        assertThat(focused()).isSameAs(list);
    }
}
