package dk.netdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.Changes;
import dk.netdesk.pipeline.ContactService;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.RadioButton;
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

/** "Export contacts…" on the Contacts screen: reached by keyboard, the dialog, and the do-not-contact question. */
@ExtendWith(ApplicationExtension.class)
class ContactsExportDialogTest {

    @TempDir
    static Path dir;
    TestApp app;

    @Start
    void start(Stage stage) {
        app = TestApp.open(dir.resolve("d" + System.nanoTime()), Locale.ENGLISH);
        ContactService contacts = People.service(app.database(), TestApp.CLOCK);
        PipelineRepository pipeline = new PipelineRepository(app.database(), new Changes(), TestApp.CLOCK);
        app.context().pipeline().load();
        contacts.create(ContactDetails.named("Anna Jensen"), null);
        long bent = contacts.create(ContactDetails.named("Bent Blokeret"), null).id();
        pipeline.setDoNotContact(bent, true, "Nej tak");
        long bo = contacts.create(ContactDetails.named("Bo Berg"), null).id();
        pipeline.setDoNotContact(bo, true, "Flyttet");
        app.showShell(stage).select("contacts");
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void theDialogOpensByKeyboardAndAsksBeforeIncludingDoNotContactPeople(FxRobot robot) {
        Button open = robot.lookup("#contacts-export").queryButton();
        assertThat(open.getText()).isEqualTo("Export contacts…");
        assertThat(open.isFocusTraversable()).isTrue();
        robot.interact(open::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane pane = robot.lookup("#contacts-export-dialog").queryAs(DialogPane.class);
        javafx.stage.Window window = pane.getScene().getWindow();
        assertThat(robot.lookup("#contacts-export-csv").queryAs(RadioButton.class).isSelected()).isTrue();
        CheckBox blocked = robot.lookup("#contacts-export-include-blocked").queryAs(CheckBox.class);
        assertThat(blocked.isSelected()).as("left out by default").isFalse();
        assertThat(blocked.getText()).isEqualTo("Include people marked do not contact (2)");
        Button run = (Button) robot.lookup("#contacts-export-run").query();
        assertThat(run.isDefaultButton()).isTrue();
        assertThat(run.getText()).isEqualTo("Export…");

        robot.clickOn("#contacts-export-vcard");
        assertThat(app.context().contactsExport().formatProperty().get()).isEqualTo(ExportFormat.VCARD);
        robot.clickOn(blocked);
        assertThat(app.context().contactsExport().includeBlockedProperty().get()).isTrue();
        robot.clickOn(run);
        WaitForAsyncUtils.waitForFxEvents();

        Node confirm = robot.lookup("#contacts-export-confirm").query();
        Node up = confirm;
        while (!(up instanceof DialogPane)) {
            up = up.getParent();
        }
        DialogPane question = (DialogPane) up;
        assertThat(question.getHeaderText()).isEqualTo("Include 2 people marked do not contact?");
        assertThat(((Button) confirm).getText()).isEqualTo("Include them");
        Button cancel = (Button) question.getButtonTypes().stream()
                .filter(t -> t.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE)
                .map(question::lookupButton).findFirst().orElseThrow();
        robot.clickOn(cancel);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#contacts-export-confirm").tryQuery()).as("the question is gone").isEmpty();
        assertThat(window.isShowing()).as("the export dialog stays open").isTrue();
        assertThat(app.context().contactsExport().resultProperty().get()).as("nothing was exported").isNull();
        robot.clickOn("#contacts-export-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.isShowing()).isFalse();
    }
}
