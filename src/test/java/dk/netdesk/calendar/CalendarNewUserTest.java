package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The calendar screen as a new user tried it: week 48 of 2026, today Saturday 28 November (item numbers of that test). */
@ExtendWith(ApplicationExtension.class)
class CalendarNewUserTest {

    static final Locale DA = new Locale("da");

    @TempDir
    static Path dir;
    TestApp app;
    CalendarViewModel model;
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

    private void open(FxRobot robot, Locale locale, Clock clock, double width, double height) {
        if (app != null) {
            app.close();
        }
        app = TestApp.open(dir.resolve("d" + System.nanoTime()), locale, clock);
        model = app.context().calendar();
        model.load();
        robot.interact(() -> {
            app.showShell(stage).select("calendar");
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void open(FxRobot robot) {
        open(robot, Locale.ENGLISH, TestApp.CLOCK, 1200, 760);
    }

    private static EventDraft draft(String title, String start, String end) {
        return new EventDraft(title, LocalDateTime.parse(start), LocalDateTime.parse(end), false, "", "", null, Kind.FOLLOW_UP, null, null);
    }

    private Node event(FxRobot robot, String title) {
        return robot.lookup(".calendar-event").match(n -> n.getUserData() instanceof Occurrence o && o.title().equals(title)).query();
    }

    private Occurrence stored(String title) {
        return model.occurrences().stream().filter(o -> o.title().equals(title)).findFirst().orElseThrow();
    }

    private Region showHour(FxRobot robot, double hour) {
        Region body = robot.lookup("#calendar-body").queryAs(Region.class);
        ScrollPane scroll = robot.lookup("#calendar-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> {
            double max = body.getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(Math.max(0, Math.min(1, hour * TimeGrid.HOUR / max)));
        });
        return body;
    }

    /** The point in the middle of a week column ({@code day} 0 is Monday) at a time of day, in hours. */
    private static Point2D at(Region body, int day, double hour) {
        double column = (body.getWidth() - TimeGrid.GUTTER) / 7;
        return body.localToScreen(TimeGrid.GUTTER + column * day + column / 2, hour * TimeGrid.HOUR);
    }

    private Node focused() {
        return stage.getScene().getFocusOwner();
    }

    private String title(FxRobot robot) {
        return robot.lookup("#calendar-title").queryAs(Label.class).getText();
    }

    // ---- item 1: everything fits at 1024 x 700 ---------------------------------------------------------

    @Test
    void theMonthAndTheWeekFitAt1024x700InEnglishAndDanish(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (Locale locale : dk.netdesk.ui.Messages.LANGUAGES) {
            open(robot, locale, TestApp.CLOCK, 1024, 700);
            robot.interact(() -> BusyWeek.plan(model, locale.getLanguage().equals("da")));
            for (CalendarViewModel.Mode mode : List.of(CalendarViewModel.Mode.MONTH, CalendarViewModel.Mode.WEEK,
                    CalendarViewModel.Mode.DAY, CalendarViewModel.Mode.AGENDA)) {
                robot.interact(() -> model.modeProperty().set(mode));
                WaitForAsyncUtils.waitForFxEvents();
                String where = locale.getLanguage() + " " + mode;
                for (String id : List.of("#calendar-previous", "#calendar-next", "#calendar-title", "#calendar-mode-agenda",
                        "#calendar-new", "#calendar-balance", "#calendar-print", "#calendar-budget-text",
                        "#calendar-summary", "#calendar-legend", "#calendar-root")) {
                    Node node = robot.lookup(id).query();
                    Bounds b = node.localToScene(node.getBoundsInLocal());
                    // the summary may reach below the window: it scrolls
                    boolean scrolls = id.equals("#calendar-summary") || id.equals("#calendar-legend");
                    if (b.getMaxX() > stage.getScene().getWidth() + 0.5 || !scrolls && b.getMaxY() > stage.getScene().getHeight() + 0.5) {
                        problems.add(where + " " + id + " reaches " + Math.round(b.getMaxX()) + "," + Math.round(b.getMaxY()));
                    }
                }
                // the summary and its legend can be read: shown whole, or scrolled to
                java.util.Optional<ScrollPane> side = robot.lookup("#calendar-summary-scroll").tryQueryAs(ScrollPane.class);
                Region summary = robot.lookup("#calendar-summary").queryAs(Region.class);
                Bounds legend = robot.lookup("#calendar-legend").query().localToScene(robot.lookup("#calendar-legend").query().getBoundsInLocal());
                if (side.isEmpty() && legend.getMaxY() > stage.getScene().getHeight() + 0.5) {
                    problems.add(where + " the legend is cut and cannot be scrolled to");
                }
                if (side.isPresent() && (summary.getWidth() < summary.prefWidth(-1) - 0.5
                        || summary.getWidth() > side.get().getViewportBounds().getWidth() + 0.5)) {
                    problems.add(where + " summary " + summary.getWidth() + " in " + side.get().getViewportBounds().getWidth());
                }
                CalendarLayoutTest.collectCut(stage.getScene().getRoot(), where, problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    // ---- item 2: the focus stays in the calendar after a save or a drag ------------------------------

    @Test
    void afterSavingTheDialogOrDraggingTheFocusIsOnTheEventNotOnPrevious(FxRobot robot) {
        open(robot);
        Region body = showHour(robot, 9);
        robot.drag(at(body, 1, 10.1), MouseButton.PRIMARY).moveBy(0, 20).dropTo(at(body, 1, 11.5));
        robot.clickOn("#calendar-dialog-title").write("Gym with Ida");
        robot.clickOn("#calendar-dialog-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focused()).isNotNull();
        assertThat(focused().getId()).isNotEqualTo("calendar-previous");
        assertThat(focused().getUserData()).as("the new event has the focus").isEqualTo(stored("Gym with Ida"));
        robot.type(KeyCode.SPACE);
        assertThat(title(robot)).as("Space went to no toolbar button").isEqualTo("Week 48 · Nov 2026");

        // a drag: the moved event keeps the focus
        Node gym = event(robot, "Gym with Ida");
        Point2D grab = gym.localToScreen(gym.getBoundsInLocal().getWidth() / 2, gym.getBoundsInLocal().getHeight() / 2);
        robot.drag(grab, MouseButton.PRIMARY).moveBy(0, 10).dropTo(grab.add(0, TimeGrid.HOUR));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored("Gym with Ida").start()).isEqualTo(LocalDateTime.parse("2026-11-24T11:00"));
        assertThat(focused().getUserData()).isEqualTo(stored("Gym with Ida"));
        robot.type(KeyCode.SPACE);
        assertThat(title(robot)).isEqualTo("Week 48 · Nov 2026");

        // editing in the dialog: the edited event has it again
        robot.type(KeyCode.ENTER);
        robot.doubleClickOn("#calendar-dialog-title").eraseText(12).write("Gym");
        robot.clickOn("#calendar-dialog-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focused().getUserData()).isEqualTo(stored("Gym"));

        // deleting it: the grid has the focus
        robot.type(KeyCode.DELETE);
        robot.clickOn("#calendar-confirm-delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.occurrences()).isEmpty();
        assertThat(focused().getId()).isEqualTo("calendar-scroll");
        // Enter on the grid now asks for a new event at the slot cursor (issue 18), never for the deleted one
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#calendar-dialog-title").queryTextInputControl().getText()).isEmpty();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.occurrences()).isEmpty();
        robot.type(KeyCode.SPACE);
        assertThat(title(robot)).isEqualTo("Week 48 · Nov 2026");
    }

    // ---- item 3: Escape cancels a drag ----------------------------------------------------------------

    @Test
    void escapeCancelsAMoveAResizeAndDrawingANewEvent(FxRobot robot) {
        open(robot);
        robot.interact(() -> model.create(draft("Prospecting", "2026-11-25T18:00", "2026-11-25T19:00")));
        Region body = showHour(robot, 14);
        Node node = event(robot, "Prospecting");
        Bounds before = node.getBoundsInParent();
        Label time = (Label) node.lookup(".calendar-event-time");

        Point2D middle = node.localToScreen(node.getBoundsInLocal().getWidth() / 2, node.getBoundsInLocal().getHeight() / 2);
        robot.moveTo(middle).press(MouseButton.PRIMARY).moveTo(middle.add(0, 10)).moveTo(middle.add(0, 2 * TimeGrid.HOUR));
        assertThat(time.getText()).isEqualTo("20:00–21:00");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(time.getText()).as("the times it had").isEqualTo("18:00–19:00");
        assertThat(node.getBoundsInParent().getMinY()).as("back in its place while the button is still down").isEqualTo(before.getMinY());
        robot.moveTo(middle.add(0, 3 * TimeGrid.HOUR)).release(MouseButton.PRIMARY);
        assertThat(stored("Prospecting").start()).isEqualTo(LocalDateTime.parse("2026-11-25T18:00"));
        assertThat(stored("Prospecting").end()).isEqualTo(LocalDateTime.parse("2026-11-25T19:00"));
        assertThat(node.getStyleClass()).doesNotContain("dragging");

        node = event(robot, "Prospecting");
        Point2D edge = node.localToScreen(node.getLayoutBounds().getWidth() / 2, node.getLayoutBounds().getHeight() - 2);
        robot.moveTo(edge).press(MouseButton.PRIMARY).moveTo(edge.add(0, 10)).moveTo(edge.add(0, 2 * TimeGrid.HOUR));
        robot.type(KeyCode.ESCAPE);
        robot.release(MouseButton.PRIMARY);
        assertThat(stored("Prospecting").end()).isEqualTo(LocalDateTime.parse("2026-11-25T19:00"));

        // drawing a new one: no ghost is left and no dialog opens
        robot.moveTo(at(body, 0, 15)).press(MouseButton.PRIMARY).moveTo(at(body, 0, 15.5)).moveTo(at(body, 0, 17));
        assertThat(robot.lookup("#calendar-ghost").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#calendar-ghost").tryQuery()).isEmpty();
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#calendar-dialog-title").tryQuery()).as("no event dialog").isEmpty();
        assertThat(model.occurrences()).hasSize(1);
    }

    // ---- item 4: "+n more" in the month ----------------------------------------------------------------

    @Test
    void plusMoreInTheMonthListsTheDaysEventsByAClickAndByTheKeyboard(FxRobot robot) {
        open(robot);
        robot.interact(() -> {
            for (int i = 1; i <= 5; i++) {
                model.create(draft("Call " + i, "2026-11-24T1" + i + ":00", "2026-11-24T1" + i + ":30"));
            }
            model.modeProperty().set(CalendarViewModel.Mode.MONTH);
        });
        Button more = dk.netdesk.testing.Keyed.node("calendar-month-more-2026-11-24", javafx.scene.control.Button.class);
        assertThat(more.getText()).isEqualTo("+2 more");
        assertThat(more.getAccessibleText()).isEqualTo("2 more events on Tuesday 24 November 2026: show all");
        robot.clickOn(more);
        List<String> listed = new ArrayList<>();
        robot.lookup(".calendar-month-more-item").queryAll().forEach(n -> listed.add(((javafx.scene.control.Labeled) n
                .lookup(".label")).getText()));
        assertThat(listed).containsExactly("11:00–11:30  Call 1", "12:00–12:30  Call 2", "13:00–13:30  Call 3",
                "14:00–14:30  Call 4", "15:00–15:30  Call 5");
        assertThat(model.modeProperty().get()).as("one click shows the list, it does not leave the month")
                .isEqualTo(CalendarViewModel.Mode.MONTH);
        robot.clickOn((Node) robot.lookup(".calendar-month-more-item").nth(4).query());
        assertThat(robot.lookup("#calendar-dialog-title").queryTextInputControl().getText()).isEqualTo("Call 5");
        robot.type(KeyCode.ESCAPE);

        // by the keyboard: Enter and Space show the list; "Open the day" shows the day
        Button again = dk.netdesk.testing.Keyed.node("calendar-month-more-2026-11-24", javafx.scene.control.Button.class);
        robot.interact(again::requestFocus);
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup(".calendar-month-more-item").queryAll()).hasSize(5);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(again::requestFocus);
        robot.type(KeyCode.SPACE);
        robot.clickOn("#calendar-month-more-day");
        assertThat(model.modeProperty().get()).isEqualTo(CalendarViewModel.Mode.DAY);
        assertThat(model.dateProperty().get()).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void theFirstItemOfPlusMoreActsOnEnterItShowsTheDay(FxRobot robot) {
        open(robot);
        robot.interact(() -> {
            for (int i = 1; i <= 5; i++) {
                model.create(draft("Call " + i, "2026-11-24T1" + i + ":00", "2026-11-24T1" + i + ":30"));
            }
            model.modeProperty().set(CalendarViewModel.Mode.MONTH);
        });
        Button more = dk.netdesk.testing.Keyed.node("calendar-month-more-2026-11-24", Button.class);
        robot.interact(more::requestFocus);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        // the keyboard is in the list at once, on the day (a disabled heading, where Enter did nothing)
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.modeProperty().get()).isEqualTo(CalendarViewModel.Mode.DAY);
        assertThat(model.dateProperty().get()).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    // ---- item 5: the dates over the week's columns stay apart ------------------------------------------

    @Test
    void theWeeksDatesStayApartAndWholeAt1024WithTheFullDateAndHolidayInATooltip(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (Locale locale : dk.netdesk.ui.Messages.LANGUAGES) {
            open(robot, locale, TestApp.CLOCK, 1024, 700);
            robot.interact(() -> model.goTo(LocalDate.of(2026, 12, 24)));
            WaitForAsyncUtils.waitForFxEvents();
            List<Label> dates = new ArrayList<>();
            for (LocalDate d = LocalDate.of(2026, 12, 21); d.isBefore(LocalDate.of(2026, 12, 28)); d = d.plusDays(1)) {
                dates.add(dk.netdesk.testing.Keyed.node("calendar-day-" + d, Label.class));
            }
            WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.getScene().getRoot().layout());
            for (int i = 0; i < dates.size(); i++) {
                Label date = dates.get(i);
                Text text = (Text) date.lookup(".text");
                if (!text.getText().replace('\n', ' ').equals(date.getText().replace('\n', ' '))) {
                    problems.add(locale + " cut: " + text.getText() + " of " + date.getText());
                }
                if (i > 0) {
                    Text left = (Text) dates.get(i - 1).lookup(".text");
                    double gap = text.localToScene(text.getBoundsInLocal()).getMinX() - left.localToScene(left.getBoundsInLocal()).getMaxX();
                    if (gap < 4) {
                        problems.add(locale + " " + left.getText() + " | " + text.getText() + ": " + Math.round(gap) + " px apart");
                    }
                }
            }
            String christmas = dates.get(4).getTooltip() == null ? "" : dates.get(4).getTooltip().getText();
            assertThat(christmas).isEqualTo(locale.getLanguage().equals("da")
                    ? "fredag 25. december 2026\nHelligdag: Juledag" : "Friday 25 December 2026\nPublic holiday: Christmas Day");
        }
        assertThat(problems).isEmpty();
    }

    // ---- item 6: drawing a new event shows its times ----------------------------------------------------

    @Test
    void drawingAnEventOnEmptyTimeShowsItsTimesOnTheGhost(FxRobot robot) {
        open(robot);
        Region body = showHour(robot, 16);
        robot.moveTo(at(body, 2, 18.05)).press(MouseButton.PRIMARY).moveTo(at(body, 2, 18.5)).moveTo(at(body, 2, 20));
        Label ghost = robot.lookup("#calendar-ghost").queryAs(Label.class);
        assertThat(ghost.getText()).isEqualTo("18:00–20:00");
        assertThat(ghost.isVisible()).isTrue();
        robot.release(MouseButton.PRIMARY);
        assertThat(robot.lookup("#calendar-dialog-start").queryTextInputControl().getText()).isEqualTo("18:00");
        assertThat(robot.lookup("#calendar-dialog-end").queryTextInputControl().getText()).isEqualTo("20:00");
        robot.type(KeyCode.ESCAPE);
    }

    // ---- item 7: a 15-minute event resizes by either edge ------------------------------------------------

    @Test
    void aQuarterHourEventResizesByItsTopEdgeAndByItsBottomEdge(FxRobot robot) {
        open(robot);
        robot.interact(() -> model.create(draft("Quick call", "2026-11-25T09:00", "2026-11-25T09:15")));
        Region body = showHour(robot, 7);
        Node quick = event(robot, "Quick call");
        Point2D top = quick.localToScreen(quick.getBoundsInLocal().getWidth() / 2, 1.5);
        Point2D line0830 = body.localToScreen(quick.getBoundsInParent().getCenterX(), 8.5 * TimeGrid.HOUR);
        robot.moveTo(top).press(MouseButton.PRIMARY).moveTo(top.add(0, -6)).moveTo(line0830).release(MouseButton.PRIMARY);
        assertThat(stored("Quick call").start()).isEqualTo(LocalDateTime.parse("2026-11-25T08:30"));
        assertThat(stored("Quick call").end()).as("the top edge resized it").isEqualTo(LocalDateTime.parse("2026-11-25T09:15"));

        quick = event(robot, "Quick call");
        Point2D bottom = quick.localToScreen(quick.getLayoutBounds().getWidth() / 2, quick.getLayoutBounds().getHeight() - 1.5);
        Point2D line1000 = body.localToScreen(quick.getBoundsInParent().getCenterX(), 10 * TimeGrid.HOUR);
        robot.moveTo(bottom).press(MouseButton.PRIMARY).moveTo(bottom.add(0, 6)).moveTo(line1000).release(MouseButton.PRIMARY);
        assertThat(stored("Quick call").start()).isEqualTo(LocalDateTime.parse("2026-11-25T08:30"));
        assertThat(stored("Quick call").end()).isEqualTo(LocalDateTime.parse("2026-11-25T10:00"));
    }

    // ---- item 8: the hour that does not exist when summer time begins -----------------------------------

    @Test
    void theSkippedHourIsMarkedAndAnEventDrawnInItStartsAtThree(FxRobot robot) {
        Clock march = Clock.fixed(LocalDateTime.parse("2027-03-26T10:00").atZone(CalendarViewModelTest.CPH).toInstant(),
                CalendarViewModelTest.CPH);
        open(robot, Locale.ENGLISH, march, 1200, 760);
        Region body = showHour(robot, 0);
        Label gap = dk.netdesk.testing.Keyed.node("calendar-gap-2027-03-28-120", Label.class);
        assertThat(gap.getTooltip().getText()).isEqualTo("This hour does not exist: clocks go forward");
        assertThat(new dk.netdesk.ui.Messages(DA, dk.netdesk.app.Bundles.ALL).get("calendar.gap.tooltip"))
                .isEqualTo("Denne time findes ikke: uret stilles en time frem");
        Bounds band = gap.getBoundsInParent();
        assertThat(band.getMinY()).isEqualTo(2 * TimeGrid.HOUR);
        assertThat(band.getHeight()).isEqualTo(TimeGrid.HOUR);
        assertThat(robot.lookup(".calendar-gap").queryAll()).as("only on Sunday").hasSize(1);

        // a double click in it: the hour from 03:00, as WallClock reads 02:00
        robot.doubleClickOn(at(body, 6, 2.5));
        assertThat(robot.lookup("#calendar-dialog-start").queryTextInputControl().getText()).isEqualTo("03:00");
        assertThat(robot.lookup("#calendar-dialog-end").queryTextInputControl().getText()).isEqualTo("04:00");
        robot.clickOn("#calendar-dialog-title").write("Early run");
        robot.clickOn("#calendar-dialog-save");
        Occurrence run = stored("Early run");
        assertThat(run.row().start()).as("stored as it was shown").isEqualTo(LocalDateTime.parse("2027-03-28T03:00"));
        assertThat(run.end()).isEqualTo(LocalDateTime.parse("2027-03-28T04:00"));

        // drawn from 01:00 into it: the end moves on by the hour that is skipped, and the ghost says so
        robot.moveTo(at(body, 6, 1.05)).press(MouseButton.PRIMARY).moveTo(at(body, 6, 1.5)).moveTo(at(body, 6, 2.5));
        assertThat(robot.lookup("#calendar-ghost").queryAs(Label.class).getText()).isEqualTo("01:00–03:30");
        robot.release(MouseButton.PRIMARY);
        assertThat(robot.lookup("#calendar-dialog-end").queryTextInputControl().getText()).isEqualTo("03:30");
        robot.type(KeyCode.ESCAPE);
    }

    // ---- cal7: the times label while dragging is whole and inside the block ----------------------------------

    @Test
    void theTimesWhileDraggingAreWholeAndInsideTheBlock(FxRobot robot) {
        open(robot, Locale.ENGLISH, TestApp.CLOCK, 1024, 700);
        robot.interact(() -> {
            model.create(draft("Late call", "2026-11-26T22:00", "2026-11-26T23:00"));
            model.create(draft("Early call", "2026-11-24T03:00", "2026-11-24T03:30"));
        });
        showHour(robot, 16);
        Region late = (Region) event(robot, "Late call");
        Point2D middle = late.localToScreen(late.getWidth() / 2, late.getHeight() / 2);
        robot.moveTo(middle).press(MouseButton.PRIMARY).moveTo(middle.add(0, 10)).moveTo(middle.add(0, 1.5 * TimeGrid.HOUR));
        WaitForAsyncUtils.waitForFxEvents();
        assertWholeInside(late, "23:30–00:30 (Fri)");
        robot.type(KeyCode.ESCAPE).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        showHour(robot, 2);
        Region early = (Region) event(robot, "Early call");
        middle = early.localToScreen(early.getWidth() / 2, early.getHeight() / 2);
        robot.moveTo(middle).press(MouseButton.PRIMARY).moveTo(middle.add(0, 10)).moveTo(middle.add(0, 1.5 * TimeGrid.HOUR));
        WaitForAsyncUtils.waitForFxEvents();
        assertWholeInside(early, "04:30–05:00");
        robot.type(KeyCode.ESCAPE).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Label time = (Label) early.lookup(".calendar-event-time");
        assertThat(time.getStyle()).as("its own font again after the drag").isEmpty();
        assertThat(early.lookup(".calendar-event-title").isVisible()).isTrue();
    }

    /** The dragged block's times label says {@code expected}, drawn whole (no "…", nothing cut) within the block. */
    private static void assertWholeInside(Region block, String expected) {
        Label time = (Label) block.lookup(".calendar-event-time");
        assertThat(time.getText()).isEqualTo(expected);
        Text text = (Text) time.lookup(".text");
        assertThat(text.getText()).as("the text drawn").isEqualTo(time.getText());
        Bounds drawn = block.sceneToLocal(text.localToScene(text.getBoundsInLocal()));
        assertThat(drawn.getMinX()).as("left").isGreaterThanOrEqualTo(-0.5);
        assertThat(drawn.getMinY()).as("top").isGreaterThanOrEqualTo(-0.5);
        assertThat(drawn.getMaxX()).as("right edge of " + expected).isLessThanOrEqualTo(block.getWidth() + 0.5);
        assertThat(drawn.getMaxY()).as("bottom edge of " + expected).isLessThanOrEqualTo(block.getHeight() + 0.5);
    }

    // ---- cal6: the times while moving, Enter in an open list, the occurrence the clock change moved ------------

    @Test
    void movingAnEventPastMidnightShowsItsNewTimesAndTheDayItEndsWhileDragging(FxRobot robot) {
        open(robot);
        robot.interact(() -> model.create(draft("Late call", "2026-11-25T22:00", "2026-11-25T23:00")));
        Region body = showHour(robot, 16);
        Region node = (Region) event(robot, "Late call");
        Point2D middle = node.localToScreen(node.getWidth() / 2, node.getHeight() / 2);
        robot.moveTo(middle).press(MouseButton.PRIMARY).moveTo(middle.add(0, 10)).moveTo(middle.add(0, 1.5 * TimeGrid.HOUR));
        WaitForAsyncUtils.waitForFxEvents();
        Label time = (Label) node.lookup(".calendar-event-time");
        assertThat(time.getText()).as("the label while moving").isEqualTo("23:30–00:30 (Thu)");
        // the block is cut at midnight, half an hour high: the times are in what shows of it
        Bounds shown = node.sceneToLocal(time.localToScene(time.getBoundsInLocal()));
        assertThat(time.isVisible()).isTrue();
        assertThat(shown.getMaxY()).as("the times label within the block").isLessThanOrEqualTo(node.getHeight() + 0.5);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored("Late call").start()).isEqualTo(LocalDateTime.parse("2026-11-25T23:30"));
        assertThat(stored("Late call").end()).isEqualTo(LocalDateTime.parse("2026-11-26T00:30"));
        assertThat(GridDrag.dragText(new LocalDateTime[] {LocalDateTime.parse("2026-11-25T23:30"),
                LocalDateTime.parse("2026-11-26T00:30")}, new dk.netdesk.ui.Messages(DA, dk.netdesk.app.Bundles.ALL)))
                .isEqualTo("23:30–00:30 (tor.)");
        assertThat(GridDrag.dragText(new LocalDateTime[] {LocalDateTime.parse("2026-11-25T23:00"),
                LocalDateTime.parse("2026-11-26T00:00")}, new dk.netdesk.ui.Messages(DA, dk.netdesk.app.Bundles.ALL)))
                .as("ending at midnight is no later day").isEqualTo("23:00–00:00");
    }

    /**
     * Takes the keyboard off the open list of {@code box} inside its popup, as a desktop may leave it (the popup window
     * has no focus of its own): keys then go to the dialog's focused field. Under Monocle the list keeps them, and
     * takes Enter before the dialog sees it.
     */
    private static void listWithoutKeyboard(FxRobot robot, javafx.scene.control.ComboBox<?> box) {
        Node list = ((javafx.scene.control.skin.ComboBoxListViewSkin<?>) box.getSkin()).getPopupContent();
        robot.interact(() -> list.getScene().getRoot().requestFocus());
    }

    @Test
    void enterInAnOpenListPicksTheItemAndOnlyTheNextEnterSaves(FxRobot robot) {
        open(robot);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.G, KeyCode.Y, KeyCode.M);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Category> category =
                robot.lookup("#calendar-dialog-category").queryAs(javafx.scene.control.ComboBox.class);
        Category before = category.getValue();
        KeyCode toOther = before == Category.WORK ? KeyCode.DOWN : KeyCode.UP;
        KeyCode back = before == Category.WORK ? KeyCode.UP : KeyCode.DOWN;

        // opened by a click: arrow, Enter picks and closes the list, the dialog stays
        robot.clickOn(category);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(category.isShowing()).isTrue();
        listWithoutKeyboard(robot, category);
        robot.type(toOther).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#calendar-dialog-title").tryQuery()).as("the dialog is still open").isPresent();
        assertThat(category.getValue()).isNotEqualTo(before);
        assertThat(category.isShowing()).as("the list closed").isFalse();
        assertThat(model.occurrences()).as("nothing saved").isEmpty();

        // opened with Alt+Down: the same, whether the list holds the keyboard or not
        for (boolean listHasKeys : new boolean[] {true, false}) {
            robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(category.isShowing()).isTrue();
            if (!listHasKeys) {
                listWithoutKeyboard(robot, category);
            }
            robot.type(category.getValue() == before ? toOther : back).type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#calendar-dialog-title").tryQuery()).isPresent();
            assertThat(category.isShowing()).isFalse();
        }
        assertThat(category.getValue()).isNotEqualTo(before);
        assertThat(model.occurrences()).isEmpty();

        // the list is closed: Enter presses Save
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#calendar-dialog-title").tryQuery()).as("saved and closed").isEmpty();
        assertThat(stored("gym").kind().category()).isNotEqualTo(before);
    }

    @Test
    void theOccurrenceTheSpringClockChangeMovedSaysSoInItsTooltipTheDialogAndTheAgenda(FxRobot robot) {
        Clock march = Clock.fixed(LocalDateTime.parse("2027-03-26T10:00").atZone(CalendarViewModelTest.CPH).toInstant(),
                CalendarViewModelTest.CPH);
        open(robot, Locale.ENGLISH, march, 1200, 760);
        robot.interact(() -> model.create(draft("Night check", "2027-03-22T02:30", "2027-03-22T03:00")
                .withRepeat(new RepeatRule(RepeatRule.Freq.DAILY, 1, java.util.Set.of(), null, 10))));
        showHour(robot, 0);
        String moved = "Moved to 03:30–04:00: 02:30 does not exist that day (clocks go forward)";
        List<Node> nights = robot.lookup(".calendar-event")
                .match(n -> n.getUserData() instanceof Occurrence o && o.title().equals("Night check")).queryAll().stream().toList();
        assertThat(nights).hasSize(7);
        for (Node night : nights) {
            robot.interact(() -> javafx.event.Event.fireEvent(night, new javafx.scene.input.MouseEvent(
                    javafx.scene.input.MouseEvent.MOUSE_ENTERED, 0, 0, 0, 0, MouseButton.NONE, 0,
                    false, false, false, false, false, false, false, false, false, false, null)));
            javafx.scene.control.Tooltip tip = (javafx.scene.control.Tooltip) night.getProperties().get(javafx.scene.control.Tooltip.class);
            boolean sunday = ((Occurrence) night.getUserData()).start().toLocalDate().equals(LocalDate.of(2027, 3, 28));
            if (sunday) {
                assertThat(tip.getText()).startsWith("Night check\n03:30–04:00").contains("\n" + moved);
            } else {
                assertThat(tip.getText()).doesNotContain("Moved");
            }
        }
        Node sunday = nights.stream()
                .filter(n -> ((Occurrence) n.getUserData()).start().toLocalDate().equals(LocalDate.of(2027, 3, 28))).findFirst().orElseThrow();
        robot.interact(sunday::requestFocus);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#calendar-dialog-times-note").queryAs(Label.class).getText()).isEqualTo(moved);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> model.modeProperty().set(CalendarViewModel.Mode.AGENDA));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".calendar-agenda-gap").queryAll()).extracting(n -> ((Label) n).getText()).containsExactly(moved);
    }
}
