package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The protected-time warning (issue 18): Cancel, Escape and a plain Enter go back to the event dialog with what was
 * typed, the focus on the start time; only "Save anyway" saves. The same for an existing event's dialog.
 */
@ExtendWith(ApplicationExtension.class)
class ProtectedWarningTest {

    @TempDir
    static Path dir;
    TestApp app;
    CalendarViewModel model;

    @Start
    void start(Stage stage) {
        app = TestApp.open(dir.resolve("d" + System.nanoTime()), Locale.ENGLISH);
        model = app.context().calendar();
        app.showShell(stage);
        stage.setWidth(1200);
        stage.setHeight(760);
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void cancelEscapeAndEnterGoBackToTheNewEventWithWhatWasTyped(FxRobot robot) {
        robot.clickOn("#nav-calendar");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.clickOn("#calendar-dialog-title").write("Quarterly report");
        // Sunday is protected all day by default; work there asks first
        robot.interact(() -> {
            robot.lookup("#calendar-dialog-date").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 11, 29));
            robot.lookup("#calendar-dialog-start").queryTextInputControl().setText("10:00");
            robot.lookup("#calendar-dialog-end").queryTextInputControl().setText("11:00");
            category(robot).setValue(Category.WORK);
        });

        assertThat(robot.lookup("#calendar-dialog-title").queryTextInputControl().getText()).isEqualTo("Quarterly report");
        robot.clickOn("#calendar-dialog-save");
        assertThat(robot.lookup("#calendar-protected-dialog").tryQuery())
                .as(() -> "asked; stored " + stored() + ", date error " + robot.lookup("#calendar-dialog-date-error").tryQuery()
                        .map(n -> ((javafx.scene.control.Label) n).getText()).orElse("-")).isPresent();
        robot.type(KeyCode.ESCAPE);
        assertBackInTheDialog(robot, "Escape");

        robot.clickOn("#calendar-dialog-save");
        robot.clickOn("#calendar-protected-cancel");
        assertBackInTheDialog(robot, "Cancel");

        robot.clickOn("#calendar-dialog-save");
        assertThat(robot.lookup("#calendar-protected-cancel").queryButton().isDefaultButton())
                .as("Cancel (go back) is the default button").isTrue();
        assertThat(robot.lookup("#calendar-protected-confirm").queryButton().isDefaultButton()).isFalse();
        robot.type(KeyCode.ENTER);
        assertBackInTheDialog(robot, "Enter");

        robot.clickOn("#calendar-dialog-save");
        robot.clickOn("#calendar-protected-confirm");
        assertThat(robot.lookup("#calendar-dialog-title").tryQuery()).isEmpty();
        assertThat(stored()).extracting(Occurrence::title).containsExactly("Quarterly report");
    }

    @Test
    void cancelWhileEditingAnExistingEventGoesBackToItsDialog(FxRobot robot) {
        robot.interact(() -> model.create(new EventDraft("Budget", LocalDateTime.parse("2026-11-27T10:00"),
                LocalDateTime.parse("2026-11-27T11:00"), false, "", "", null, Kind.PRESENTATION, null, null)));
        robot.clickOn("#nav-calendar");
        Node budget = robot.lookup(".calendar-event").match(n -> n.getUserData() instanceof Occurrence).query();
        robot.interact(budget::requestFocus);
        robot.type(KeyCode.ENTER);
        robot.interact(() -> robot.lookup("#calendar-dialog-date").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 11, 29)));
        robot.clickOn("#calendar-dialog-save");
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#calendar-dialog-date").queryAs(DatePicker.class).getValue()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(robot.lookup("#calendar-dialog-start").query().isFocused()).isTrue();
        assertThat(stored()).extracting(o -> o.start().toLocalDate()).containsExactly(LocalDate.of(2026, 11, 27));
        robot.clickOn("#calendar-dialog-save");
        robot.clickOn("#calendar-protected-confirm");
        assertThat(stored()).extracting(o -> o.start().toLocalDate()).containsExactly(LocalDate.of(2026, 11, 29));
    }

    private void assertBackInTheDialog(FxRobot robot, String how) {
        assertThat(robot.lookup("#calendar-protected-dialog").tryQuery()).as(how + " closes the warning").isEmpty();
        assertThat(robot.lookup("#calendar-dialog-title").queryTextInputControl().getText())
                .as(how + " keeps the dialog and the typed title").isEqualTo("Quarterly report");
        assertThat(robot.lookup("#calendar-dialog-date").queryAs(DatePicker.class).getValue()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(robot.lookup("#calendar-dialog-start").query().isFocused()).as(how + ": the focus on the start time").isTrue();
        assertThat(stored()).as(how + " saves nothing").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Category> category(FxRobot robot) {
        return robot.lookup("#calendar-dialog-category").queryAs(ComboBox.class);
    }

    private List<Occurrence> stored() {
        CalendarRepository repository = new CalendarRepository(app.database(), new dk.netdesk.db.Changes());
        java.time.ZoneId zone = TestApp.CLOCK.getZone();
        return repository.occurrences(LocalDate.of(2026, 11, 23).atStartOfDay(zone).toInstant(),
                LocalDate.of(2026, 11, 30).atStartOfDay(zone).toInstant());
    }
}
