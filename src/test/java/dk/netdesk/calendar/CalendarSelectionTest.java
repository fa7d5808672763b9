package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.Screenshots;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Theme;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.effect.DropShadow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The selected event in the week grid, tried as a new user would (week 48 of 2026, today Saturday 28 November):
 * a click on empty space clears the selection, the selection looks unlike the warnings, and the protected-time
 * mark of an event's part follows the one rule the week's figure counts by (decision 0028).
 */
@ExtendWith(ApplicationExtension.class)
class CalendarSelectionTest {

    @TempDir
    static Path dir;
    TestApp app;
    CalendarViewModel model;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
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

    static EventDraft draft(String title, String start, String end, Kind kind) {
        return new EventDraft(title, LocalDateTime.parse(start), LocalDateTime.parse(end), false, "", "", null, kind, null, null);
    }

    private Region event(FxRobot robot, String title) {
        return (Region) robot.lookup(".calendar-event")
                .match(n -> n.getUserData() instanceof Occurrence o && o.title().equals(title)).query();
    }

    private void showHour(FxRobot robot, double hour) {
        Region body = robot.lookup("#calendar-body").queryAs(Region.class);
        ScrollPane scroll = robot.lookup("#calendar-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> {
            double max = body.getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(Math.max(0, Math.min(1, hour * TimeGrid.HOUR / max)));
        });
    }

    /** The screen point of a time on a day column of the week grid (0 = Monday). */
    private Point2D gridPoint(FxRobot robot, int day, double hour) {
        Region body = robot.lookup("#calendar-body").queryAs(Region.class);
        double column = (body.getWidth() - TimeGrid.GUTTER) / 7;
        return body.localToScreen(TimeGrid.GUTTER + column * (day + 0.5), hour * TimeGrid.HOUR);
    }

    private long selectedCount(FxRobot robot) {
        return robot.lookup("." + EventNodes.SELECTED).queryAll().size();
    }

    // ---- 4: a click on empty space clears the selection -----------------------------------------------------

    @Test
    void aClickOnEmptySpaceOfTheGridOrOnTheDatesClearsTheSelectionSoDeleteDeletesNothing(FxRobot robot) {
        robot.interact(() -> model.create(draft("Call Carl", "2026-11-26T18:00", "2026-11-26T19:00", Kind.FOLLOW_UP)));
        robot.clickOn("#nav-calendar");
        showHour(robot, 16);

        robot.clickOn(event(robot, "Call Carl"));
        assertThat(event(robot, "Call Carl").getStyleClass()).contains(EventNodes.SELECTED);
        // empty grid on Tuesday at 17:30
        robot.clickOn(gridPoint(robot, 1, 17.5));
        assertThat(selectedCount(robot)).isZero();
        assertThat(event(robot, "Call Carl").isFocused()).isFalse();
        robot.type(KeyCode.DELETE);
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();

        // the dates above the grid are empty space too
        robot.clickOn(event(robot, "Call Carl"));
        robot.clickOn(dk.netdesk.testing.Keyed.node("calendar-day-2026-11-24"));
        assertThat(selectedCount(robot)).isZero();
        robot.type(KeyCode.DELETE);
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(model.occurrences()).extracting(Occurrence::title).containsExactly("Call Carl");

        // a click on an event still selects it, and Delete asks about it
        robot.clickOn(event(robot, "Call Carl"));
        robot.type(KeyCode.DELETE);
        assertThat(robot.lookup("#calendar-confirm-delete").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
    }

    // ---- 5: the selection looks unlike the "no break" warning ----------------------------------------------

    @Test
    void theSelectionIsAThickAccentOutlineWithAShadowAndKeepsAWarningsLineInBothThemes(FxRobot robot) {
        robot.interact(() -> {
            model.create(draft("Plain", "2026-11-24T18:00", "2026-11-24T19:00", Kind.ADMIN));
            // 18:00-20:00 without a break: longer than the 90 minutes of the default break rule
            model.create(draft("No pause", "2026-11-25T18:00", "2026-11-25T20:00", Kind.ADMIN));
            model.create(draft("Selected no pause", "2026-11-26T18:00", "2026-11-26T20:00", Kind.ADMIN));
        });
        robot.clickOn("#nav-calendar");
        showHour(robot, 16);
        for (Theme theme : Theme.values()) {
            robot.interact(() -> app.context().shell().setTheme(theme));
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn(event(robot, "Selected no pause"));
            robot.clickOn(event(robot, "Plain"));
            // the flagged one is selected (not focused) and the plain one has the focus: both looks are seen
            robot.interact(() -> event(robot, "Selected no pause").getStyleClass().add(EventNodes.SELECTED));
            WaitForAsyncUtils.waitForFxEvents();
            Region plain = event(robot, "Plain");
            Region flagged = event(robot, "No pause");
            Region both = event(robot, "Selected no pause");
            assertThat(flagged.getStyleClass()).contains("break-flag").doesNotContain(EventNodes.SELECTED);

            // the focused one has the keyboard's focus ring outside its selection outline (decision 0043)
            assertThat(plain.getBorder().getStrokes()).as(theme + " focus ring, outline, gap").hasSize(3);
            BorderStroke selectedEdge = plain.getBorder().getStrokes().get(1);
            BorderStroke warningEdge = flagged.getBorder().getStrokes().get(0);
            assertThat(selectedEdge.getWidths().getTop()).as(theme + " selection outline").isGreaterThanOrEqualTo(4);
            assertThat(warningEdge.getWidths().getTop()).as(theme + " no-break line").isLessThanOrEqualTo(2);
            assertThat(hueDistance((Color) selectedEdge.getTopStroke(), (Color) warningEdge.getTopStroke()))
                    .as(theme + " " + selectedEdge.getTopStroke() + " against " + warningEdge.getTopStroke())
                    .isGreaterThan(90);
            assertThat(plain.getEffect()).as(theme + " selection shadow").isInstanceOf(DropShadow.class);
            assertThat(flagged.getEffect()).as(theme + " no shadow on a warning").isNull();
            // selected and flagged: the outline, and the red line inside it
            assertThat(both.getEffect()).isInstanceOf(DropShadow.class);
            assertThat(both.getBorder().getStrokes()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(both.getBorder().getStrokes().get(0).getTopStroke()).isEqualTo(selectedEdge.getTopStroke());
            assertThat(both.getBorder().getStrokes().get(1).getTopStroke()).isEqualTo(warningEdge.getTopStroke());

            robot.interact(() -> {
                Node grid = robot.lookup("#calendar-body").query();
                Bounds a = plain.getBoundsInParent();
                javafx.scene.SnapshotParameters area = new javafx.scene.SnapshotParameters();
                area.setViewport(new javafx.geometry.Rectangle2D(a.getMinX() - 20, a.getMinY() - 20,
                        (a.getWidth() + 4) * 3 + 40, a.getHeight() * 2 + 40));
                area.setTransform(javafx.scene.transform.Transform.scale(1, 1));
                Screenshots.save(grid, "calendar-selection-" + theme.name().toLowerCase(Locale.ROOT), area);
            });
        }
    }

    private static double hueDistance(Color a, Color b) {
        double d = Math.abs(a.getHue() - b.getHue()) % 360;
        return Math.min(d, 360 - d);
    }

    // ---- 3: the part drawn in protected time is the part the figure counts ---------------------------------

    @Test
    void workFromSundayNightIntoAProtectedMondayHourIsMarkedOnMondayAloneAndCountedThere(FxRobot robot) {
        robot.interact(() -> {
            model.saveBalance(new BalanceSettings(BalanceSettings.defaults().windows(),
                    Map.of(DayOfWeek.MONDAY, BalanceSettings.parseSpans("00:00-01:00")), 12, 600));
            model.create(draft("Night deploy", "2026-11-29T22:00", "2026-11-30T01:00", Kind.ADMIN));
        });
        robot.clickOn("#nav-calendar");
        assertThat(event(robot, "Night deploy").getStyleClass()).doesNotContain("in-protected");
        assertThat(robot.lookup("#calendar-summary-protected").tryQuery()).isPresent();
        assertThat(model.summaryProperty().get().protectedExceptions()).isZero();
        robot.interact(model::next);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(event(robot, "Night deploy").getStyleClass()).contains("in-protected");
        assertThat(model.summaryProperty().get().protectedExceptions()).isEqualTo(1);
    }
}
