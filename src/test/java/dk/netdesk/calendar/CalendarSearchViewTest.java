package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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

/** Issue 14, items 25 and 26 on screen: Ctrl+F finds an event and Enter jumps to it; holidays in the week. */
@ExtendWith(ApplicationExtension.class)
class CalendarSearchViewTest {

    @TempDir
    static Path dir;
    TestApp app;
    CalendarViewModel model;

    @Start
    void start(Stage stage) {
        app = TestApp.open(dir.resolve("d" + System.nanoTime()), Locale.ENGLISH);
        model = app.context().calendar();
        model.load();
        model.create(new EventDraft("Præsentation hos Ærø", LocalDateTime.parse("2027-03-24T18:00"),
                LocalDateTime.parse("2027-03-24T19:00"), false, "", "", null, Kind.PRESENTATION, null, null));
        app.showShell(stage);
        stage.setWidth(1200);
        stage.setHeight(760);
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void ctrlFTypeEnterJumpsToTheEventAndSelectsIt(FxRobot robot) {
        robot.clickOn("#nav-calendar");
        robot.clickOn("#calendar-body");
        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Node field = robot.lookup("#calendar-search-field").query();
        assertThat(field.isFocused()).isTrue();
        robot.interact(() -> ((javafx.scene.control.TextField) field).setText("ÆRØ"));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> results = robot.lookup("#calendar-search-results").queryAs(ListView.class);
        assertThat(results.getItems()).hasSize(1);
        assertThat(results.getAccessibleText()).isEqualTo("Events found");
        assertThat(robot.lookup("#calendar-search-status").queryAs(Label.class).getText()).startsWith("One event.");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#calendar-search").tryQuery()).isEmpty();
        assertThat(model.dateProperty().get()).isEqualTo(LocalDate.of(2027, 3, 24));
        Node event = robot.lookup(".calendar-event").match(n -> n.getUserData() instanceof Occurrence o
                && o.title().startsWith("Præsentation")).query();
        assertThat(event.isFocused()).isTrue();
        assertThat(model.revealProperty().get()).isNull();
        // the week of 24 March 2027 has Maundy Thursday and Good Friday
        assertThat(dk.netdesk.testing.Keyed.node("calendar-holiday-2027-03-25", Label.class).getText()).isEqualTo("Maundy Thursday");
        assertThat(dk.netdesk.testing.Keyed.node("calendar-holiday-2027-03-26", Label.class).getAccessibleText())
                .isEqualTo("Public holiday: Good Friday");
    }

    @Test
    void escClosesTheSearch(FxRobot robot) {
        robot.clickOn("#nav-calendar");
        robot.clickOn("#calendar-body");
        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#calendar-search-field").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#calendar-search-field").tryQuery()).isEmpty();
        assertThat(model.dateProperty().get()).isEqualTo(LocalDate.of(2026, 11, 28));
    }
}
