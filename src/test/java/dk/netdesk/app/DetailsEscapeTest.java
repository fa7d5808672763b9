package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.Changes;
import dk.netdesk.pipeline.ContactDetailsViewModel;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.testing.AppWindowTest;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Escape on the board, Today and Contacts (issue 15, item 14): one behaviour on every screen. It closes the
 * contact panel; with unsaved changes it asks first (Save / Don't save / Cancel), Cancel keeps the panel and the
 * typed text; afterwards the focus is back on the card, the follow-up or the table it was on before.
 */
class DetailsEscapeTest extends AppWindowTest {

    private long anna;

    private AppContext open(FxRobot robot, String area) {
        app = TestApp.open(dir, Locale.ENGLISH);
        AppContext context = app.context();
        anna = People.service(app.database(), new Changes(), TestApp.CLOCK)
                .create(ContactDetails.named("Anna Jensen").withContact("", "", ""), null).id();
        new PipelineRepository(app.database(), new Changes(), TestApp.CLOCK).setNextFollowUp(anna, LocalDate.of(2026, 11, 27));
        robot.interact(() -> {
            app.showShell(stage).select(area);
            stage.setWidth(1280);
            stage.setHeight(860);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return context;
    }

    private Node focused() {
        return stage.getScene().getFocusOwner();
    }

    /** Types into the name field, then presses Escape twice: Cancel keeps the edits, Don't save drops them. */
    private void editThenEscape(FxRobot robot, ContactDetailsViewModel details, Node back) {
        TextField name = robot.lookup("#details-name").queryAs(TextField.class);
        robot.clickOn(name);
        robot.interact(() -> name.end());
        robot.write(" Hansen");
        assertThat(details.form().dirtyProperty().get()).isTrue();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#unsaved-cancel").tryQuery()).as("asks first").isPresent();
        robot.clickOn("#unsaved-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(details.openProperty().get()).as("Cancel keeps the panel").isTrue();
        assertThat(name.getText()).isEqualTo("Anna Jensen Hansen");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#unsaved-discard");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(details.openProperty().get()).as("Don't save closes it").isFalse();
        assertThat(People.service(app.database(), new Changes(), TestApp.CLOCK).find(anna).orElseThrow().name())
                .isEqualTo("Anna Jensen");
        assertThat(focused()).as("the focus is back where it was").isSameAs(back);
    }

    /** With nothing changed, Escape closes the panel at once, with no question, and the focus stays. */
    private void escapeWithoutChanges(FxRobot robot, ContactDetailsViewModel details, Node back) {
        assertThat(details.openProperty().get()).isTrue();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#unsaved-cancel").tryQuery()).as("no question").isEmpty();
        assertThat(details.openProperty().get()).isFalse();
        assertThat(focused()).isSameAs(back);
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
        escapeWithoutChanges(robot, context.pipelineDetails(), list);

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        editThenEscape(robot, context.pipelineDetails(), list);
        assertThat(context.pipeline().selectedProperty().get().contactId()).as("the card stays selected").isEqualTo(anna);
    }

    @Test
    void onToday(FxRobot robot) {
        AppContext context = open(robot, "today");
        Node list = robot.lookup("#today-list").query();
        robot.clickOn("#today-" + anna);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focused()).isSameAs(list);
        escapeWithoutChanges(robot, context.today().details(), list);

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        editThenEscape(robot, context.today().details(), list);
    }

    @Test
    void onContacts(FxRobot robot) {
        AppContext context = open(robot, "contacts");
        TableView<?> table = robot.lookup("#contact-table").queryAs(TableView.class);
        robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focused()).isSameAs(table);
        escapeWithoutChanges(robot, context.contactsEditor(), table);

        robot.interact(() -> context.contactsEditor().open(anna));
        WaitForAsyncUtils.waitForFxEvents();
        editThenEscape(robot, context.contactsEditor(), table);
    }
}
