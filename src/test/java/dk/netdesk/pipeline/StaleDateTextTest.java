package dk.netdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.Changes;
import dk.netdesk.testing.AppWindowTest;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.LeaveChoice;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A date typed wrongly in the details panel ("31/02") belongs to the contact it was typed for: once the user leaves
 * that contact (Discard), the next contact's date field shows its own date, not the old text, and is not held to be
 * unreadable (which refused its Save). New-user finding of stop 31.
 */
class StaleDateTextTest extends AppWindowTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"details-follow-up", "details-birthday", "details-schedule-date"})
    void aDateTypedWronglyDoesNotFollowTheUserToTheNextContact(String id, FxRobot robot) throws Exception {
        app = TestApp.open(dir, Locale.ENGLISH);
        ContactService people = People.service(app.database(), new Changes(), TestApp.CLOCK);
        long anna = people.create(ContactDetails.named("Anna"), null).id();
        long bo = people.create(ContactDetails.named("Bo"), null).id();
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(860);
            app.showShell(stage).select("pipeline");
        });
        ContactDetailsViewModel details = app.context().pipelineDetails();
        robot.interact(() -> details.open(anna));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> details.shows(anna));
        WaitForAsyncUtils.waitForFxEvents();

        DatePicker picker = robot.lookup("#" + id).queryAs(DatePicker.class);
        robot.interact(() -> {
            picker.getEditor().requestFocus();
            picker.getEditor().clear();
        });
        robot.write("31/02").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picker.getEditor().getText()).isEqualTo("31/02");

        robot.interact(() -> {
            details.setAskToLeave(() -> LeaveChoice.DISCARD);
            details.open(bo);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> details.shows(bo));
        WaitForAsyncUtils.waitForFxEvents();
        String expected = picker.getValue() == null ? "" : picker.getConverter().toString(picker.getValue());
        assertThat(picker.getEditor().getText()).as("Bo's own date, not Anna's typed text").isEqualTo(expected);
        assertThat(details.form().unreadableBirthdayProperty().get()).isNull();
        assertThat(details.activity().followUp().unreadableDateProperty().get()).isNull();
        assertThat(details.dirtyProperty().get()).as("Bo is unchanged").isFalse();
    }
}
