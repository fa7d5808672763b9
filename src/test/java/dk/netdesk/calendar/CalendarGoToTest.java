package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.Screenshots;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
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

/** "Go to date" with text that is no date: the calendar stays where it is and says what to type. */
@ExtendWith(ApplicationExtension.class)
class CalendarGoToTest {

    @TempDir
    Path dir;
    TestApp app;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void tearDown() {
        if (app != null) {
            app.close();
        }
    }

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
        assertThat(message.getText()).isEqualTo("»32.13.2026« er ikke en dato: skriv en dag, der findes, som 24.12.2026.");
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
