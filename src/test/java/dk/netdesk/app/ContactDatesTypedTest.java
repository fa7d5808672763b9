package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.Changes;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.testing.AppWindowTest;
import dk.netdesk.testing.People;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.testing.TestApp;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The contact panel's typed dates and time, as a new user met them: text that is no date ("tomorrow")
 * is not dropped while the old date is used; the field says what to type and the button does nothing.
 */
class ContactDatesTypedTest extends AppWindowTest {

    /** Types into a field that may be scrolled out of sight: focus it and type, as the keyboard would. */
    private void type(FxRobot robot, javafx.scene.Node focus, TextField field, String text) {
        robot.interact(() -> {
            focus.requestFocus();
            field.selectAll();
        });
        robot.write(text);
    }

    private void press(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void unreadableFollowUpBirthdayAndTimeAreRefusedWithAMessageUnderTheField(FxRobot robot) {
        app = TestApp.open(dir, new Locale("da"));
        AppContext context = app.context();
        context.pipeline().load();
        Contact anna = People.service(app.database(), TestApp.CLOCK).create(ContactDetails.named("Anna Jensen").withContact("", "", ""), null);
        PipelineRepository pipeline = new PipelineRepository(app.database(), new Changes(), TestApp.CLOCK);
        robot.interact(() -> {
            app.showShell(stage).select("pipeline");
            stage.setWidth(1280);
            stage.setHeight(800);
            context.pipelineDetails().open(anna.id());
        });
        WaitForAsyncUtils.waitForFxEvents();

        DatePicker followUp = robot.lookup("#details-follow-up").queryAs(DatePicker.class);
        robot.interact(() -> followUp.setValue(LocalDate.of(2026, 12, 1)));
        type(robot, followUp, followUp.getEditor(), "tomorrow");
        press(robot, "#details-follow-up-set");
        assertThat(pipeline.status(anna.id()).nextFollowUp()).as("the old date was not set instead").isNull();
        Label message = robot.lookup("#details-follow-up-error").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("„tomorrow“ er ikke en dato: skriv en dag, der findes, som 24.12.2026, 24. dec. 2026 eller 2026-12-24.");

        TextField time = robot.lookup("#details-schedule-time").queryAs(TextField.class);
        robot.interact(() -> context.pipelineDetails().activity().scheduleDateProperty().set(LocalDate.of(2026, 12, 2)));
        type(robot, time, time, "25:99");
        press(robot, "#details-schedule");
        Label timeMessage = robot.lookup("#details-schedule-time-error").queryAs(Label.class);
        assertThat(timeMessage.isVisible()).isTrue();
        assertThat(timeMessage.getText()).isEqualTo("„25:99“ kan ikke læses som et klokkeslæt. Skriv det som 18:30.");
        robot.interact(() -> Screenshots.save(stage.getScene(), "contact-typed-dates-da"));

        DatePicker birthday = robot.lookup("#details-birthday").queryAs(DatePicker.class);
        type(robot, birthday, birthday.getEditor(), "32.13.1980");
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.pipelineDetails().form().unreadableBirthdayProperty().get()).isEqualTo("32.13.1980");
        assertThat(context.pipelineDetails().form().validateAll()).as("the contact cannot be saved").isFalse();
        assertThat(robot.lookup("#details-birthday-error").queryAs(Label.class).isVisible()).isTrue();
    }
}
