package dk.netdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.calendar.Category;
import dk.netdesk.testing.InWindow;
import dk.netdesk.testing.TestApp;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
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

/** "Import calendar…" on the calendar screen: opened by its shortcut, walked to the summary. */
@ExtendWith(ApplicationExtension.class)
class CalendarFilesDialogTest {

    @TempDir
    static Path dir;
    TestApp app;

    @Start
    void start(Stage stage) {
        app = TestApp.open(dir.resolve("d" + System.nanoTime()), Locale.ENGLISH);
        app.showShell(stage).select("calendar");
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void theShortcutOpensTheDialogWhichImportsAndShowsTheSummary(FxRobot robot) throws Exception {
        MenuButton menu = robot.lookup("#calendar-files").queryAs(MenuButton.class);
        assertThat(menu.getAccessibleText()).isEqualTo("Import calendar… / Export calendar…");
        assertThat(menu.getItems()).extracting(i -> i.getText()).containsExactly("Import calendar…", "Export calendar…");

        robot.clickOn("#calendar-today");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I).release(KeyCode.I, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        robot.lookup("#calendar-import-dialog").queryAs(DialogPane.class);
        Button run = robot.lookup("#calendar-import-run").queryButton();
        assertThat(run.isDefaultButton()).isTrue();
        assertThat(run.isDisabled()).as("no file chosen yet").isTrue();
        assertThat(robot.lookup("#calendar-import-file").queryAs(Label.class).getText()).isEqualTo("No file chosen");
        assertThat(robot.lookup("#calendar-import-work").queryAs(RadioButton.class).isSelected()).isTrue();

        Path file = dir.resolve("outlook-" + System.nanoTime() + ".ics");
        try (InputStream in = getClass().getResourceAsStream("ics/outlook.ics")) {
            Files.copy(in, file);
        }
        robot.interact(() -> app.context().calendarFiles().fileProperty().set(file));
        robot.clickOn("#calendar-import-personal");
        assertThat(app.context().calendarFiles().categoryProperty().get()).isEqualTo(Category.PERSONAL);
        assertThat(robot.lookup("#calendar-import-file").queryAs(Label.class).getText()).isEqualTo(file.toString());
        robot.interact(run::requestFocus);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#calendar-import-summary").queryAs(Label.class).getText())
                .isEqualTo("Created: 4  ·  Updated: 0  ·  Left out: 0");
        assertThat(robot.lookup("#calendar-import-rejected").queryAs(ListView.class).isVisible()).isFalse();
        assertThat(robot.lookup("#calendar-import-dialog").tryQuery()).as("stays open on the summary").isPresent();

        robot.clickOn("#calendar-import-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#calendar-import-dialog").tryQuery()).isEmpty();
    }

    @Test
    void afterAnErrorAndThirtyLeftOutEventsTheButtonsStayInsideTheWindow(FxRobot robot) throws Exception {
        robot.clickOn("#calendar-today");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I).release(KeyCode.I, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Button run = robot.lookup("#calendar-import-run").queryButton();
        Button close = robot.lookup("#calendar-import-close").queryButton();

        Path truncated = dir.resolve("truncated-" + System.nanoTime() + ".ics");
        try (InputStream in = getClass().getResourceAsStream("ics/truncated.ics")) {
            Files.copy(in, truncated);
        }
        robot.interact(() -> app.context().calendarFiles().fileProperty().set(truncated));
        robot.interact(run::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.context().calendarFiles().failedProperty().get()).isTrue();
        assertThat(InWindow.isInside(run)).as("Import after an error").isTrue();
        assertThat(InWindow.isInside(close)).as("Close after an error").isTrue();

        StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n");
        for (int i = 1; i <= 30; i++) {
            ics.append("BEGIN:VEVENT\r\nUID:no-start-").append(i).append("\r\nSUMMARY:Møde uden starttid nummer ")
                    .append(i).append(" med en lang titel der fylder\r\nEND:VEVENT\r\n");
        }
        ics.append("END:VCALENDAR\r\n");
        Path noStarts = dir.resolve("no-starts-" + System.nanoTime() + ".ics");
        Files.writeString(noStarts, ics);
        robot.interact(() -> app.context().calendarFiles().fileProperty().set(noStarts));
        robot.interact(run::fire);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.context().calendarFiles().rejected()).hasSize(30);
        assertThat(robot.lookup("#calendar-import-rejected").queryAs(ListView.class).isVisible()).isTrue();
        assertThat(InWindow.isInside(run)).as("Import after 30 left out").isTrue();
        assertThat(InWindow.isInside(close)).as("Close after 30 left out").isTrue();
        assertThat(InWindow.isInside(robot.lookup("#calendar-import-summary").queryAs(Label.class))).isTrue();
    }
}
