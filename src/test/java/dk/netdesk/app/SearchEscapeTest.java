package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.Changes;
import dk.netdesk.pipeline.ContactDetailsViewModel;
import dk.netdesk.testing.AppWindowTest;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Escape in a search field with text clears the field and nothing else (the open contact stays open); in the
 * empty field Escape does what it does on the screen (closes the open contact).
 */
class SearchEscapeTest extends AppWindowTest {

    private long anna;

    private AppContext open(FxRobot robot, String area) {
        app = TestApp.open(dir, Locale.ENGLISH);
        anna = People.service(app.database(), new Changes(), TestApp.CLOCK)
                .create(ContactDetails.named("Anna Jensen").withContact("", "", ""), null).id();
        robot.interact(() -> {
            app.showShell(stage).select(area);
            stage.setWidth(1280);
            stage.setHeight(860);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return app.context();
    }

    private void escapeClearsTheSearchFirst(FxRobot robot, String searchId, ContactDetailsViewModel details) {
        assertThat(details.openProperty().get()).isTrue();
        TextField search = robot.lookup(searchId).queryAs(TextField.class);
        robot.clickOn(search);
        robot.write("Anna");
        WaitForAsyncUtils.waitForFxEvents();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(search.getText()).as("cleared").isEmpty();
        assertThat(details.openProperty().get()).as("the contact stays open").isTrue();
        assertThat(details.form().nameProperty().get()).isEqualTo("Anna Jensen");
        assertThat(stage.getScene().getFocusOwner()).as("the focus stays in the field").isSameAs(search);

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(details.openProperty().get()).as("in the empty field Escape closes the contact").isFalse();
    }

    @Test
    void onContacts(FxRobot robot) {
        AppContext context = open(robot, "contacts");
        robot.interact(() -> context.contactsEditor().open(anna));
        WaitForAsyncUtils.waitForFxEvents();
        escapeClearsTheSearchFirst(robot, "#contact-search", context.contactsEditor());
    }

    @Test
    void onTheBoard(FxRobot robot) {
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
        escapeClearsTheSearchFirst(robot, "#pipeline-search", context.pipelineDetails());
    }
}
