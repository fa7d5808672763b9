package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.testing.AppWindowTest;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import java.util.Locale;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The time box beside "Plan in calendar" shows its whole time, "18:00", in both languages: it showed "18" in English
 * and nothing in Danish, squeezed by the date and the button (issue 15, item 16).
 */
class PlanTimeFitsTest extends AppWindowTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "da"})
    void theTimeBoxShowsTheWholeTime(String language, FxRobot robot) {
        app = TestApp.open(dir, new Locale(language));
        AppContext context = app.context();
        context.pipeline().load();
        Contact anna = People.service(app.database(), TestApp.CLOCK).create(ContactDetails.named("Anna Jensen").withContact("", "", ""), null);
        robot.interact(() -> {
            app.showShell(stage).select("pipeline");
            stage.setWidth(1024);
            stage.setHeight(700);
            context.pipelineDetails().open(anna.id());
        });
        WaitForAsyncUtils.waitForFxEvents();

        TextField time = robot.lookup("#details-schedule-time").queryAs(TextField.class);
        assertThat(time.getText()).isEqualTo("18:00");
        Text measure = new Text(time.getText());
        measure.setFont(time.getFont());
        double inside = time.getWidth() - time.getInsets().getLeft() - time.getInsets().getRight();
        assertThat(inside).as("room for the whole of \"18:00\" in the box").isGreaterThanOrEqualTo(measure.getLayoutBounds().getWidth());
    }
}
