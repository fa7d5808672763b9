package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.AppWindowTest;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.testing.TestApp;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** "Go to date" with text that is no date: the calendar stays where it is and says what to type. */
class CalendarGoToTest extends AppWindowTest {

    @Test
    void anUnreadableDateLeavesTheCalendarWhereItIsAndSaysWhatToType(FxRobot robot) {
        app = TestApp.open(dir.resolve("goto"), new Locale("da"));
        CalendarViewModel model = app.context().calendar();
        model.load();
        robot.interact(() -> {
            app.showShell(stage).select("calendar");
            stage.setWidth(1280);
            stage.setHeight(800);
            model.goTo(LocalDate.of(2026, 12, 1));
        });
        DatePicker goTo = robot.lookup("#calendar-goto").queryAs(DatePicker.class);
        robot.clickOn(goTo.getEditor());
        robot.interact(() -> goTo.getEditor().selectAll());
        robot.write("32.13.2026");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.dateProperty().get()).isEqualTo(LocalDate.of(2026, 12, 1));
        Label message = robot.lookup("#calendar-goto-error").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("„32.13.2026“ er ikke en dato: skriv en dag, der findes, som 24.12.2026, 24. dec. 2026 eller 2026-12-24.");
        javafx.scene.text.Text shown = (javafx.scene.text.Text) message.lookup(".text");
        assertThat(shown.getText()).as("not cut").isEqualTo(message.getText());
        robot.interact(() -> Screenshots.save(stage.getScene(), "calendar-goto-bad-date-da"));

        robot.interact(() -> goTo.getEditor().selectAll());
        robot.write("24.12.2026");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.dateProperty().get()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(message.isVisible()).isFalse();
    }
}
