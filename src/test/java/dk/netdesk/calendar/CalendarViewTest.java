package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.Shortcut;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class CalendarViewTest {

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

    private void openCalendar(FxRobot robot) {
        robot.clickOn("#nav-calendar");
    }

    /** Scrolls the time grid so that {@code hour} is near the top and returns the body. */
    private Region showHour(FxRobot robot, double hour) {
        Region body = robot.lookup("#calendar-body").queryAs(Region.class);
        ScrollPane scroll = robot.lookup("#calendar-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> {
            double max = body.getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(Math.max(0, Math.min(1, hour * TimeGrid.HOUR / max)));
        });
        return body;
    }

    private Point2D at(Region body, int dayIndex, double hour) {
        double column = (body.getWidth() - TimeGrid.GUTTER) / 7;
        return body.localToScreen(TimeGrid.GUTTER + column * dayIndex + column / 2, hour * TimeGrid.HOUR);
    }

    private void drag(FxRobot robot, Point2D from, Point2D to) {
        robot.moveTo(from);
        robot.press(MouseButton.PRIMARY);
        robot.moveTo(from.add(0, (to.getY() - from.getY()) / 2).add((to.getX() - from.getX()) / 2, 0));
        robot.moveTo(to);
        robot.release(MouseButton.PRIMARY);
    }

    private String budgetText(FxRobot robot) {
        return robot.lookup("#calendar-budget-text").queryAs(Label.class).getText();
    }

    @Test
    void weekViewShowsTheIsoWeekTodayAndTheBalanceShading(FxRobot robot) {
        openCalendar(robot);
        assertThat(robot.lookup("#calendar-title").queryAs(Label.class).getText()).isEqualTo("Week 48 · Nov 2026");
        assertThat(robot.lookup("#calendar-weeknumber").queryAs(Label.class).getText()).isEqualTo("W48");
        assertThat(dk.netdesk.testing.Keyed.node("calendar-day-2026-11-28", Label.class).getStyleClass()).contains("today");
        assertThat(robot.lookup(".calendar-window").queryAll()).hasSize(5);
        assertThat(robot.lookup(".calendar-protected").queryAll()).hasSize(2);
        assertThat(robot.lookup("#calendar-print").query().isVisible()).as("the app wires Print week").isTrue();

        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        assertThat(robot.lookup("#calendar-title").queryAs(Label.class).getText()).startsWith("Week 49");
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        assertThat(robot.lookup("#calendar-title").queryAs(Label.class).getText()).startsWith("Week 48");
        robot.press(KeyCode.ALT, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.ALT);
        assertThat(robot.lookup("#calendar-title").queryAs(Label.class).getText()).isEqualTo("November 2026");
        assertThat(robot.lookup(".calendar-month-cell").queryAll()).hasSize(42);
    }

    @Test
    void printWeekIsShownWhenACallbackIsSetAndGetsTheMonday(FxRobot robot) {
        LocalDate[] printed = new LocalDate[1];
        openCalendar(robot);
        robot.interact(() -> model.onPrintWeekProperty().set(null));
        assertThat(robot.lookup("#calendar-print").query().isVisible()).isFalse();
        robot.interact(() -> model.onPrintWeekProperty().set(monday -> printed[0] = monday));
        assertThat(robot.lookup("#calendar-print").query().isVisible()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        assertThat(printed[0]).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void ctrlPOpensThePrintPreviewOfTheShownWeek(FxRobot robot) {
        openCalendar(robot);
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        assertThat(robot.lookup("#print-heading").queryAs(Label.class).getText()).isEqualTo("Week 49");
        robot.clickOn("#print-close");
        assertThat(robot.lookup("#print-dialog").tryQuery()).isEmpty();
    }

    @Test
    void draggingOverEmptyTimeCreatesAnEvent(FxRobot robot) {
        openCalendar(robot);
        Region body = showHour(robot, 9);
        drag(robot, at(body, 0, 10.1), at(body, 0, 11.5));

        robot.clickOn("#calendar-dialog-title").write("Gym with Ida");
        robot.clickOn("#calendar-dialog-save");

        List<Occurrence> stored = storedWeek();
        assertThat(stored).hasSize(1);
        Occurrence gym = stored.get(0);
        assertThat(gym.title()).isEqualTo("Gym with Ida");
        assertThat(gym.start()).isEqualTo(LocalDateTime.parse("2026-11-23T10:00"));
        assertThat(gym.end()).isEqualTo(LocalDateTime.parse("2026-11-23T11:30"));
        assertThat(gym.kind().category()).isEqualTo(Category.PERSONAL);
        assertThat(robot.lookup(".calendar-event.personal").queryAll()).isNotEmpty();

        Shortcut.undo(robot);
        assertThat(storedWeek()).isEmpty();
    }

    @Test
    void draggingAnEventMovesItAndTheBudgetFigureFollows(FxRobot robot) {
        robot.interact(() -> {
            // no protected time, so the move asks nothing
            model.saveBalance(new BalanceSettings(BalanceSettings.defaults().windows(), Map.of(), 12, 90));
            model.create(new EventDraft("Prospecting", LocalDateTime.parse("2026-11-24T18:00"),
                    LocalDateTime.parse("2026-11-24T19:00"), false, "", "", null, Kind.PROSPECTING, null, null));
            // Sunday 23:00 to Monday 01:00: one of its two hours falls in this week
            model.create(new EventDraft("Overseas call", LocalDateTime.parse("2026-11-29T23:00"),
                    LocalDateTime.parse("2026-11-30T01:00"), false, "", "", null, Kind.FOLLOW_UP, null, null));
        });
        openCalendar(robot);
        assertThat(budgetText(robot)).isEqualTo("2 h of 12 h");

        // move Tuesday's event to Wednesday 19:00
        Region body = showHour(robot, 16);
        Node prospecting = robot.lookup(".calendar-event").match(n -> n.getUserData() instanceof Occurrence o
                && o.title().equals("Prospecting")).query();
        Point2D grab = prospecting.localToScreen(prospecting.getBoundsInLocal().getWidth() / 2, 10);
        drag(robot, grab, grab.add(at(body, 2, 0).getX() - at(body, 1, 0).getX(), TimeGrid.HOUR));
        Occurrence moved = storedWeek().stream().filter(o -> o.title().equals("Prospecting")).findFirst().orElseThrow();
        assertThat(moved.start()).isEqualTo(LocalDateTime.parse("2026-11-25T19:00"));
        assertThat(moved.end()).isEqualTo(LocalDateTime.parse("2026-11-25T20:00"));
        assertThat(budgetText(robot)).isEqualTo("2 h of 12 h");

        // move the late Sunday call two hours earlier: now both its hours are in this week
        body = showHour(robot, 24);
        Node call = robot.lookup(".calendar-event").match(n -> n.getUserData() instanceof Occurrence o
                && o.title().equals("Overseas call")).query();
        Point2D grabCall = call.localToScreen(call.getBoundsInLocal().getWidth() / 2, 12);
        drag(robot, grabCall, grabCall.add(0, -2 * TimeGrid.HOUR));
        Occurrence earlier = storedWeek().stream().filter(o -> o.title().equals("Overseas call")).findFirst().orElseThrow();
        assertThat(earlier.start()).isEqualTo(LocalDateTime.parse("2026-11-29T21:00"));
        assertThat(budgetText(robot)).isEqualTo("3 h of 12 h");
        assertThat(robot.lookup("#calendar-summary-outside").queryAs(Label.class).getText()).isEqualTo("2 h");
    }

    @Test
    void draggingAnEventDownPastMidnightMovesItIntoTheNextDay(FxRobot robot) {
        robot.interact(() -> {
            model.saveBalance(new BalanceSettings(BalanceSettings.defaults().windows(), Map.of(), 12, 90));
            model.create(new EventDraft("Late call", LocalDateTime.parse("2026-11-24T23:00"),
                    LocalDateTime.parse("2026-11-25T00:00"), false, "", "", null, Kind.FOLLOW_UP, null, null));
        });
        openCalendar(robot);
        showHour(robot, 24);
        Node call = robot.lookup(".calendar-event").match(n -> n.getUserData() instanceof Occurrence o
                && o.title().equals("Late call")).query();
        Point2D grab = call.localToScreen(call.getBoundsInLocal().getWidth() / 2, call.getBoundsInLocal().getHeight() / 2);
        drag(robot, grab, grab.add(0, TimeGrid.HOUR));
        Occurrence moved = storedWeek().stream().filter(o -> o.title().equals("Late call")).findFirst().orElseThrow();
        assertThat(moved.start()).isEqualTo(LocalDateTime.parse("2026-11-25T00:00"));
        assertThat(moved.end()).isEqualTo(LocalDateTime.parse("2026-11-25T01:00"));
    }

    private Node event(FxRobot robot, String title) {
        return robot.lookup(".calendar-event").match(n -> n.getUserData() instanceof Occurrence o && o.title().equals(title)).query();
    }

    private String deleteQuestion(FxRobot robot) {
        return robot.lookup(".dialog-pane .header-panel .label").queryAll().stream()
                .map(n -> ((Label) n).getText()).filter(t -> t.startsWith("Delete")).findFirst().orElse("");
    }

    @Test
    void clickingEventBAfterEventAThenDeleteAsksAboutB(FxRobot robot) {
        robot.interact(() -> {
            model.create(new EventDraft("Call Anna", LocalDateTime.parse("2026-11-24T10:00"),
                    LocalDateTime.parse("2026-11-24T11:00"), false, "", "", null, Kind.FOLLOW_UP, null, null));
            model.create(new EventDraft("Meet Bo", LocalDateTime.parse("2026-11-26T10:00"),
                    LocalDateTime.parse("2026-11-26T11:00"), false, "", "", null, Kind.FOLLOW_UP, null, null));
        });
        openCalendar(robot);
        showHour(robot, 9);
        robot.clickOn(event(robot, "Call Anna"));
        assertThat(event(robot, "Call Anna").getStyleClass()).contains(EventNodes.SELECTED);
        robot.clickOn(event(robot, "Meet Bo"));
        assertThat(event(robot, "Meet Bo").getStyleClass()).contains(EventNodes.SELECTED);
        assertThat(event(robot, "Meet Bo").isFocused()).isTrue();
        assertThat(event(robot, "Call Anna").getStyleClass()).as("one selected event").doesNotContain(EventNodes.SELECTED);
        robot.interact(() -> dk.netdesk.testing.Screenshots.save(robot.lookup("#calendar-root").query().getScene(),
                "calendar-selected-event"));
        robot.type(KeyCode.DELETE);
        assertThat(deleteQuestion(robot)).contains("Meet Bo", "26 Nov").doesNotContain("Call Anna");
        robot.clickOn("#calendar-confirm-delete");
        assertThat(storedWeek()).extracting(Occurrence::title).containsExactly("Call Anna");

        // the month view: a click selects a chip too, and Delete asks about it
        robot.press(KeyCode.ALT, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.ALT);
        robot.interact(() -> model.create(new EventDraft("Meet Bo", LocalDateTime.parse("2026-11-26T10:00"),
                LocalDateTime.parse("2026-11-26T11:00"), false, "", "", null, Kind.FOLLOW_UP, null, null)));
        robot.clickOn(event(robot, "Call Anna"));
        robot.clickOn(event(robot, "Meet Bo"));
        assertThat(event(robot, "Meet Bo").getStyleClass()).contains(EventNodes.SELECTED);
        robot.type(KeyCode.DELETE);
        assertThat(deleteQuestion(robot)).contains("Meet Bo", "26 Nov");
        robot.clickOn("#calendar-confirm-delete");
        assertThat(storedWeek()).extracting(Occurrence::title).containsExactly("Call Anna");
    }

    @Test
    void draggingTheLowerEdgeResizesAndWorkInProtectedTimeAsksFirst(FxRobot robot) {
        robot.interact(() -> model.create(new EventDraft("Zoom", LocalDateTime.parse("2026-11-27T15:00"),
                LocalDateTime.parse("2026-11-27T16:00"), false, "", "", null, Kind.PRESENTATION, null, null)));
        openCalendar(robot);
        Region body = showHour(robot, 12);
        Node zoom = robot.lookup(".calendar-event").match(n -> n.getUserData() instanceof Occurrence).query();
        double height = zoom.getBoundsInLocal().getHeight();
        Point2D edge = zoom.localToScreen(zoom.getBoundsInLocal().getWidth() / 2, height - 2);
        // Friday from 17:00 is protected: stretching to 18:00 asks, Cancel leaves it as it was
        drag(robot, edge, edge.add(0, 2 * TimeGrid.HOUR));
        robot.clickOn("#calendar-protected-cancel");
        assertThat(storedWeek().get(0).end()).isEqualTo(LocalDateTime.parse("2026-11-27T16:00"));

        zoom = robot.lookup(".calendar-event").match(n -> n.getUserData() instanceof Occurrence).query();
        // the layout bounds: the focused event's shadow (decision 0028) widens its bounds in local
        edge = zoom.localToScreen(zoom.getLayoutBounds().getWidth() / 2, zoom.getLayoutBounds().getHeight() - 2);
        drag(robot, edge, edge.add(0, 2 * TimeGrid.HOUR));
        robot.clickOn("#calendar-protected-confirm");
        assertThat(storedWeek().get(0).end()).isEqualTo(LocalDateTime.parse("2026-11-27T18:00"));
        assertThat(budgetText(robot)).isEqualTo("3 h of 12 h");
        assertThat(robot.lookup("#calendar-summary-protected").queryAs(Label.class).getText()).isEqualTo("1 event");
        assertThat(body).isNotNull();
    }

    @Test
    void editingOneOccurrenceThroughTheDialogAsksForTheScope(FxRobot robot) {
        robot.interact(() -> model.create(new EventDraft("Team call", LocalDateTime.parse("2026-11-23T19:00"),
                LocalDateTime.parse("2026-11-23T20:00"), false, "", "", null, Kind.TRAINING,
                new RepeatRule(RepeatRule.Freq.DAILY, 1, java.util.Set.of(), null, 3), null)));
        openCalendar(robot);
        showHour(robot, 16);
        Node tuesday = robot.lookup(".calendar-event").match(n -> n.getUserData() instanceof Occurrence o
                && o.start().toLocalDate().equals(LocalDate.of(2026, 11, 24))).query();
        robot.doubleClickOn(tuesday);
        robot.doubleClickOn("#calendar-dialog-title").eraseText(9).write("Leaders call");
        robot.clickOn("#calendar-dialog-save");
        robot.clickOn("#calendar-scope-this");
        assertThat(storedWeek()).extracting(o -> o.start().toLocalDate().getDayOfMonth() + " " + o.title())
                .containsExactly("23 Team call", "24 Leaders call", "25 Team call");

        Node wednesday = robot.lookup(".calendar-event").match(n -> n.getUserData() instanceof Occurrence o
                && o.start().toLocalDate().equals(LocalDate.of(2026, 11, 25))).query();
        robot.doubleClickOn(wednesday);
        robot.clickOn("#calendar-dialog-delete");
        robot.clickOn("#calendar-scope-all");
        assertThat(storedWeek()).isEmpty();
        Shortcut.undo(robot);
        assertThat(storedWeek()).hasSize(3);
    }

    @Test
    void balanceSettingsRejectBadTimesAndSaveGoodOnes(FxRobot robot) {
        openCalendar(robot);
        assertThat(robot.lookup(".calendar-window").queryAll()).hasSize(5);
        robot.clickOn("#calendar-balance");
        robot.doubleClickOn("#calendar-balance-window-friday").write("19:00-18:00");
        robot.clickOn("#calendar-balance-save");
        assertThat(robot.lookup("#calendar-balance-window-friday-error").queryAs(Label.class).getText())
                .isEqualTo("Friday: the work window 19:00-18:00 ends after midnight. A work window must end on the same day: "
                        + "split it into 19:00-24:00 on Friday and 00:00-18:00 on the next day.");
        javafx.scene.control.TextField friday = robot.lookup("#calendar-balance-window-friday").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> friday.setText("09:00-12:00, 13:00-15:00"));
        javafx.scene.control.TextField budget = robot.lookup("#calendar-balance-budget").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> budget.setText("10"));
        robot.clickOn("#calendar-balance-save");
        assertThat(robot.lookup(".calendar-window").queryAll()).hasSize(7);
        assertThat(budgetText(robot)).isEqualTo("0 h of 10 h");
        assertThat(app.context().calendarService().balanceSettings().windows(java.time.DayOfWeek.FRIDAY))
                .containsExactly(TimeSpan.of(9, 0, 12, 0), TimeSpan.of(13, 0, 15, 0));
    }

    @Test
    void monthAndAgendaListTheEventsAndADoubleClickedDayOpensInTheDayView(FxRobot robot) {
        robot.interact(() -> model.create(new EventDraft("Home party", LocalDateTime.parse("2026-11-24T18:30"),
                LocalDateTime.parse("2026-11-24T20:00"), false, "Odense", "", null, Kind.PRESENTATION, null, null)));
        openCalendar(robot);
        robot.clickOn("#calendar-mode-agenda");
        // from today (28 Nov) on: no events, only the headings of Christmas's public holidays (item 25)
        assertThat(robot.lookup("#calendar-agenda").<AgendaList.Item>queryListView().getItems())
                .allMatch(item -> item.occurrence() == null)
                .extracting(AgendaList.Item::date).containsExactly(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));
        robot.clickOn("#calendar-mode-month");
        assertThat(robot.from(dk.netdesk.testing.Keyed.node("calendar-month-2026-11-24")).lookup(".calendar-chip").queryAs(Label.class).getText())
                .isEqualTo("18:30 Home party");
        assertThat(dk.netdesk.testing.Keyed.node("calendar-month-2026-11-28", Region.class).getStyleClass()).contains("today");
        robot.doubleClickOn(dk.netdesk.testing.Keyed.node("calendar-month-2026-11-24"));
        assertThat(model.modeProperty().get()).isEqualTo(CalendarViewModel.Mode.DAY);
        assertThat(robot.lookup("#calendar-title").queryAs(Label.class).getText()).startsWith("Week 48 · Tue");
        robot.clickOn("#calendar-mode-agenda");
        assertThat(robot.lookup("#calendar-agenda").queryListView().getItems()).hasSize(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aViewThatIsDroppedLeavesNothingOnTheViewModel(FxRobot robot) throws InterruptedException {
        openCalendar(robot);
        java.lang.ref.WeakReference<CalendarView>[] dropped = new java.lang.ref.WeakReference[1];
        robot.interact(() -> {
            // what a language change does: a new view over the same long-lived view-model
            CalendarView view = new CalendarView(model, app.context().messages());
            view.build();
            dropped[0] = new java.lang.ref.WeakReference<>(view);
        });
        for (int i = 0; i < 100 && dropped[0].get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(dropped[0].get()).as("the view-model does not keep the dropped view").isNull();
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        assertThat(robot.lookup("#calendar-title").queryAs(Label.class).getText()).startsWith("Week 49");
    }

    private List<Occurrence> storedWeek() {
        CalendarRepository repository = new CalendarRepository(app.database(), new dk.netdesk.db.Changes());
        java.time.ZoneId zone = TestApp.CLOCK.getZone();
        return repository.occurrences(LocalDate.of(2026, 11, 23).atStartOfDay(zone).toInstant(),
                LocalDate.of(2026, 11, 30).atStartOfDay(zone).toInstant());
    }

}
