package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.AppWindowTest;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.testing.TestApp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The week view's legend says on which day of the shown week the clock changes in the home zone (Copenhagen): the
 * hour that happens twice in autumn, the hour that does not exist in spring; other weeks say nothing of it.
 */
class ClockChangeLegendTest extends AppWindowTest {

    private void open(FxRobot robot, Locale locale, String now) {
        Clock clock = Clock.fixed(LocalDateTime.parse(now).atZone(ClockChangeTest.CPH).toInstant(), ClockChangeTest.CPH);
        app = TestApp.open(dir.resolve("d" + System.nanoTime()), locale, clock);
        app.context().calendar().load();
        robot.interact(() -> {
            app.showShell(stage).select("calendar");
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theAutumnWeekSaysTwoToThreeHappensTwiceOnSunday(FxRobot robot) {
        open(robot, Locale.ENGLISH, "2027-10-27T10:00");
        Label note = dk.netdesk.testing.Keyed.node("calendar-clock-fold-2027-10-31", Label.class);
        assertThat(note.getText()).isEqualTo("Sun 31 Oct: 02:00–03:00 happens twice (clocks go back)");
        assertThat(note.getTooltip().getText()).isEqualTo(
                "Events at these times are in the first of the two, still summer time; one that ends after the repeated hour "
                        + "starts in the second, so it keeps its length.");
        assertThat(note.isVisible()).isTrue();
        assertThat(robot.lookup("#calendar-legend").queryAs(javafx.scene.layout.VBox.class).getChildren()).contains(note);
        assertThat(robot.lookup(".calendar-clock-note").queryAll()).hasSize(1);
        robot.interact(() -> Screenshots.save(stage.getScene(), "calendar-week-clock-fold-en"));

        // the next week has no such line
        robot.interact(() -> app.context().calendar().dateProperty().set(java.time.LocalDate.of(2027, 11, 3)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".calendar-clock-note").queryAll()).isEmpty();
    }

    @Test
    void theSpringWeekSaysTheSkippedHourInWordsInDanish(FxRobot robot) {
        open(robot, new Locale("da"), "2027-03-24T10:00");
        Label note = dk.netdesk.testing.Keyed.node("calendar-clock-gap-2027-03-28", Label.class);
        assertThat(note.getText()).isEqualTo("Søn. 28. mar.: 02:00–03:00 findes ikke (uret stilles frem)");
        assertThat(note.getTooltip().getText()).isEqualTo("Denne time findes ikke: uret stilles en time frem");
        robot.interact(() -> Screenshots.save(stage.getScene(), "calendar-week-clock-gap-da"));
    }
}
