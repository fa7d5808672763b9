package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Shell;
import dk.netdesk.ui.Theme;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
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

/** Issue 14, "Editing" and "On screen", tried as a user would: week 48 of 2026, today Saturday 28 November. */
@ExtendWith(ApplicationExtension.class)
class CalendarScreenTest {

    @TempDir
    static Path dir;
    TestApp app;
    CalendarViewModel model;
    Stage stage;
    Shell shell;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = TestApp.open(dir.resolve("d" + System.nanoTime()), Locale.ENGLISH);
        model = app.context().calendar();
        shell = app.showShell(stage);
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

    private Node event(FxRobot robot, String title) {
        return robot.lookup(".calendar-event").match(n -> n.getUserData() instanceof Occurrence o && o.title().equals(title)).query();
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

    private static DialogPane dialog(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    private Occurrence stored(String title) {
        return model.occurrences().stream().filter(o -> o.title().equals(title)).findFirst().orElseThrow();
    }

    // ---- item 9 ----------------------------------------------------------------------------------

    @Test
    void clickingAnAllDayChipSelectsItAndEveryDeleteQuestionNamesTheEventAndItsDate(FxRobot robot) {
        robot.interact(() -> {
            model.create(draft("Team call", "2026-11-24T19:00", "2026-11-24T20:00", Kind.TRAINING)
                    .withRepeat(new RepeatRule(RepeatRule.Freq.WEEKLY, 1, Set.of(java.time.DayOfWeek.TUESDAY), null, 5)));
            model.create(new EventDraft("Mum's birthday", LocalDateTime.parse("2026-11-26T00:00"),
                    LocalDateTime.parse("2026-11-27T00:00"), true, "", "", null, Kind.FAMILY, null, null));
        });
        robot.clickOn("#nav-calendar");
        showHour(robot, 16);
        robot.clickOn(event(robot, "Team call"));
        robot.clickOn(event(robot, "Mum's birthday"));
        robot.type(KeyCode.DELETE);
        assertThat(dialog(robot).getHeaderText()).isEqualTo("Delete “Mum's birthday” on Thu 26 Nov 2026?");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> ((javafx.scene.control.Button) n).isCancelButton())
                .queryButton());

        robot.clickOn(event(robot, "Team call"));
        robot.type(KeyCode.DELETE);
        assertThat(dialog(robot).getHeaderText()).isEqualTo("Delete which events?");
        assertThat(dialog(robot).getContentText()).isEqualTo("“Team call” on Tue 24 Nov 2026 at 19:00");
        robot.clickOn("#calendar-scope-this");
        assertThat(model.occurrences()).extracting(Occurrence::title).containsExactly("Mum's birthday");
    }

    // ---- item 10 ---------------------------------------------------------------------------------

    @Test
    void theEventDialogAndTheSettingsOpenWithTheFocusOnTheirFirstField(FxRobot robot) {
        robot.clickOn("#nav-calendar");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        Node focused = dialog(robot).getScene().getFocusOwner();
        assertThat(focused).isNotNull();
        assertThat(focused.getId()).isEqualTo("calendar-dialog-title");
        // keys pressed at once go to the title: letters, and a space that does not press Save
        robot.type(KeyCode.G, KeyCode.Y, KeyCode.M, KeyCode.SPACE, KeyCode.I);
        assertThat(robot.lookup("#calendar-dialog-title").queryTextInputControl().getText()).isEqualTo("gym i");
        assertThat(robot.lookup("#calendar-dialog-title").tryQuery()).as("the dialog is still open").isPresent();
        assertThat(model.occurrences()).as("the space typed did not save").isEmpty();
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#discard-changes"); // a title was typed: Escape asks first

        robot.clickOn("#calendar-balance");
        assertThat(dialog(robot).getScene().getFocusOwner().getId()).isEqualTo("calendar-balance-window-monday");
        robot.type(KeyCode.ESCAPE);
    }

    // ---- item 11 ---------------------------------------------------------------------------------

    @Test
    void resizingPutsTheEdgeOnThePointersLineShowsTheNewTimesAndWorksByTheTopEdge(FxRobot robot) {
        robot.interact(() -> model.create(draft("Prospecting", "2026-11-25T18:00", "2026-11-25T19:00", Kind.PROSPECTING)));
        robot.clickOn("#nav-calendar");
        Region body = showHour(robot, 14);
        Node node = event(robot, "Prospecting");
        Bounds b = node.getBoundsInLocal();
        Point2D bottomEdge = node.localToScreen(b.getWidth() / 2, b.getHeight() - 5);
        Point2D line20 = body.localToScreen(node.getBoundsInParent().getCenterX(), 20 * TimeGrid.HOUR);
        robot.moveTo(bottomEdge).press(MouseButton.PRIMARY).moveTo(bottomEdge.add(0, 10)).moveTo(line20);
        assertThat(((Label) node.lookup(".calendar-event-time")).getText()).as("the label while resizing").isEqualTo("18:00–20:00");
        robot.release(MouseButton.PRIMARY);
        assertThat(stored("Prospecting").start()).isEqualTo(LocalDateTime.parse("2026-11-25T18:00"));
        assertThat(stored("Prospecting").end()).isEqualTo(LocalDateTime.parse("2026-11-25T20:00"));

        node = event(robot, "Prospecting");
        Point2D topEdge = node.localToScreen(node.getBoundsInLocal().getWidth() / 2, 3);
        Point2D line17 = body.localToScreen(node.getBoundsInParent().getCenterX(), 17 * TimeGrid.HOUR);
        robot.moveTo(topEdge).press(MouseButton.PRIMARY).moveTo(topEdge.add(0, -10)).moveTo(line17);
        assertThat(((Label) node.lookup(".calendar-event-time")).getText()).isEqualTo("17:00–20:00");
        robot.release(MouseButton.PRIMARY);
        assertThat(stored("Prospecting").start()).isEqualTo(LocalDateTime.parse("2026-11-25T17:00"));
        assertThat(stored("Prospecting").end()).isEqualTo(LocalDateTime.parse("2026-11-25T20:00"));

        // moving shows the new times too
        node = event(robot, "Prospecting");
        Point2D middle = node.localToScreen(node.getBoundsInLocal().getWidth() / 2, node.getBoundsInLocal().getHeight() / 2);
        robot.moveTo(middle).press(MouseButton.PRIMARY).moveTo(middle.add(0, 10)).moveTo(middle.add(0, TimeGrid.HOUR));
        assertThat(((Label) node.lookup(".calendar-event-time")).getText()).isEqualTo("18:00–21:00");
        robot.release(MouseButton.PRIMARY);
        assertThat(stored("Prospecting").start()).isEqualTo(LocalDateTime.parse("2026-11-25T18:00"));
    }

    // ---- item 13 ---------------------------------------------------------------------------------

    @Test
    void workInProtectedTimeIsFlaggedInTheMonthTheAgendaAndTheLegend(FxRobot robot) {
        // Friday from 17:00 is protected
        robot.interact(() -> model.create(draft("Zoom", "2026-11-27T18:00", "2026-11-27T19:00", Kind.PRESENTATION)));
        robot.clickOn("#nav-calendar");
        assertThat(event(robot, "Zoom").getStyleClass()).contains("in-protected");
        assertThat(robot.lookup("#calendar-legend-in-protected").queryAs(Label.class).getText()).isEqualTo("Work in protected time");
        assertThat(robot.lookup("#calendar-legend-in-protected .calendar-swatch").query().getStyleClass()).contains("in-protected");

        robot.clickOn("#calendar-mode-month");
        assertThat(robot.from(dk.netdesk.testing.Keyed.node("calendar-month-2026-11-27")).lookup(".calendar-chip").query().getStyleClass()).contains("in-protected");

        robot.interact(() -> {
            model.modeProperty().set(CalendarViewModel.Mode.AGENDA);
            model.goTo(LocalDate.of(2026, 11, 23));
        });
        assertThat(robot.lookup("#calendar-agenda .calendar-flag-protected").queryAs(Label.class).getText())
                .isEqualTo("Work in protected time");
    }

    // ---- item 19 ---------------------------------------------------------------------------------

    @Test
    void shortEventsAreOneReadableLineAndOverlapsBeyondTheLanesBecomeAPlusChip(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 1; i <= 6; i++) {
                model.create(draft("Call " + i, "2026-11-25T18:00", "2026-11-25T19:00", Kind.FOLLOW_UP));
            }
            model.create(draft("Quick call", "2026-11-24T09:00", "2026-11-24T09:15", Kind.FOLLOW_UP));
        });
        robot.clickOn("#nav-calendar");
        showHour(robot, 8);
        Region quick = (Region) event(robot, "Quick call");
        assertThat(quick.getStyleClass()).contains("short");
        Label title = (Label) quick.lookup(".calendar-event-title");
        Label time = (Label) quick.lookup(".calendar-event-time");
        assertThat(time.getText() + " " + title.getText()).isEqualTo("09:00 Quick call");
        assertThat(quick.getHeight()).as("one whole line of text").isGreaterThanOrEqualTo(title.prefHeight(-1));
        assertThat(title.localToScene(title.getBoundsInLocal()).getMaxY())
                .isLessThanOrEqualTo(quick.localToScene(quick.getBoundsInLocal()).getMaxY() + 0.5);

        showHour(robot, 16);
        // a week column at 1200 pixels is about 100 pixels wide: room for one 48-pixel lane beside the 30-pixel "+N" strip
        assertThat(robot.lookup(".calendar-event").match(n -> n.getUserData() instanceof Occurrence o
                && o.title().startsWith("Call ")).queryAll()).hasSize(1);
        javafx.scene.control.Button more = dk.netdesk.testing.Keyed.node("calendar-more-2026-11-25-1080", javafx.scene.control.Button.class);
        assertThat(more.getText()).isEqualTo("+5");
        robot.clickOn(more);
        List<String> listed = new ArrayList<>();
        robot.lookup(".calendar-more-item").queryAll().forEach(n -> listed.add(((javafx.scene.control.Labeled) n
                .lookup(".label")).getText()));
        assertThat(listed).hasSize(5).allMatch(text -> text.startsWith("18:00–19:00  Call "));
        robot.clickOn((Node) robot.lookup(".calendar-more-item").nth(0).query());
        assertThat(robot.lookup("#calendar-dialog-title").queryTextInputControl().getText()).startsWith("Call ");
        robot.type(KeyCode.ESCAPE);
    }

    // ---- item 23 ---------------------------------------------------------------------------------

    @Test
    void theWeekOpensAnHourBeforeTheEarliestWorkWindow(FxRobot robot) {
        robot.clickOn("#nav-calendar");
        // the earliest window is Saturday 10:00
        assertThat(topHour(robot)).isCloseTo(9.0 - TimeGrid.LABEL_ROOM / TimeGrid.HOUR, org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void theWeekShownFirstAfterTheMonthAlsoOpensAtTheWorkWindows(FxRobot robot) {
        robot.interact(() -> model.modeProperty().set(CalendarViewModel.Mode.MONTH));
        robot.clickOn("#nav-calendar");
        robot.press(KeyCode.ALT, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.ALT);
        assertThat(topHour(robot)).isCloseTo(9.0 - TimeGrid.LABEL_ROOM / TimeGrid.HOUR, org.assertj.core.data.Offset.offset(0.05));
    }

    /** The hour at the top of the time grid's viewport. */
    private static double topHour(FxRobot robot) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Region body = robot.lookup("#calendar-body").queryAs(Region.class);
        ScrollPane scroll = robot.lookup("#calendar-scroll").queryAs(ScrollPane.class);
        double max = body.getHeight() - scroll.getViewportBounds().getHeight();
        return scroll.getVvalue() * max / TimeGrid.HOUR;
    }

    // ---- item 24 ---------------------------------------------------------------------------------

    @Test
    void aReminderToastFollowsTheDarkThemeOpensItsEventSnoozesAndLogsNoCssError(FxRobot robot) {
        robot.interact(() -> {
            model.create(draft("Call Anna", "2026-11-30T22:00", "2026-11-30T22:30", Kind.FOLLOW_UP));
            model.goTo(LocalDate.of(2026, 11, 30));
        });
        Occurrence anna = model.occurrencesOn(LocalDate.of(2026, 11, 30)).get(0);
        List<String> logged = new ArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                logged.add(r.getLevel() + " " + r.getMessage() + (r.getThrown() == null ? "" : " " + r.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.addHandler(capture);
        List<String> snoozed = new ArrayList<>();
        try {
            robot.interact(() -> app.context().shell().setTheme(Theme.DARK));
            ReminderNotifications toasts = app.context().reminderNotifications(() -> shell.select("calendar"));
            robot.interact(() -> toasts.showDue(List.of(anna)));
            Region toast = robot.lookup("#calendar-reminder-toast").queryAs(Region.class);
            assertThat(robot.lookup("#calendar-reminder-text").queryAs(Label.class).getText())
                    .isEqualTo("Call Anna on 30 Nov 2026 at 22:00");
            assertThat(luminance(toast)).as("a dark toast in the dark theme").isLessThan(0.25);
            assertThat(logged).as("the log while the toast shows").noneMatch(line -> line.contains("ClassCastException"));
            // every button shows its whole label (no "Snoo…", "O…")
            assertThat(robot.lookup("#calendar-reminder-toast .button").queryAllAs(javafx.scene.control.Button.class))
                    .isNotEmpty().allSatisfy(b -> assertThat(b.getWidth()).as(b.getText())
                            .isGreaterThanOrEqualTo(b.prefWidth(-1) - 0.5));

            robot.clickOn("#calendar-reminder-text");
            assertThat(robot.lookup("#calendar-dialog-title").queryTextInputControl().getText()).isEqualTo("Call Anna");
            assertThat(model.dateProperty().get()).isEqualTo(LocalDate.of(2026, 11, 30));
            robot.type(KeyCode.ESCAPE);

            ReminderNotifications snoozing = new ReminderNotifications(app.context().messages(), model::zone, o -> { },
                    (o, delay) -> snoozed.add(o.title() + " " + delay.toMinutes()));
            robot.interact(() -> app.context().shell().setTheme(Theme.LIGHT));
            robot.interact(() -> snoozing.showDue(List.of(anna)));
            assertThat(luminance(robot.lookup("#calendar-reminder-toast").queryAs(Region.class))).isGreaterThan(0.8);
            robot.clickOn("#calendar-reminder-snooze-10");
            assertThat(snoozed).containsExactly("Call Anna 10");
            assertThat(robot.lookup("#calendar-reminder-toast").tryQuery()).as("the toast closed").isEmpty();
        } finally {
            root.removeHandler(capture);
        }
        assertThat(logged).noneMatch(line -> line.contains("ClassCastException"));
    }

    /** The mean relative luminance (0 black to 1 white) of a node's middle row of pixels. */
    static double luminance(Region node) {
        double[] sum = new double[1];
        int[] count = new int[1];
        org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            Scene scene = node.getScene();
            javafx.scene.image.WritableImage image = scene.snapshot(null);
            Bounds b = node.localToScene(node.getBoundsInLocal());
            int y = (int) b.getCenterY();
            for (int x = (int) b.getMinX() + 10; x < b.getMaxX() - 10; x++) {
                javafx.scene.paint.Color c = image.getPixelReader().getColor(x, y);
                sum[0] += 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
                count[0]++;
            }
        });
        return sum[0] / Math.max(1, count[0]);
    }
}
