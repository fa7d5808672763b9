package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.print.PageElement;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * New-user fixes to the week's figures and the delete question, tried as a user would (today Saturday
 * 28 November 2026, Danish public holidays): the summary beside the calendar and the printed week's summary
 * line say the same (decision 0020).
 */
@ExtendWith(ApplicationExtension.class)
class WeekFiguresScreenAndPaperTest {

    static final LocalDate CHRISTMAS_WEEK = LocalDate.of(2026, 12, 21);
    static final LocalDate THIS_WEEK = LocalDate.of(2026, 11, 23);

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

    /** The summary's figures as the user reads them, row by row: "name: figure". */
    private List<String> summaryRows(FxRobot robot) {
        GridPane grid = robot.lookup("#calendar-summary .calendar-summary-grid").queryAs(GridPane.class);
        List<String> rows = new ArrayList<>();
        robot.interact(() -> {
            String name = null;
            for (Node node : grid.getChildren()) {
                Integer column = GridPane.getColumnIndex(node);
                String text = ((Label) node).getText();
                if (column != null && column == 1) {
                    rows.add(name + ": " + text);
                    name = null;
                } else {
                    if (name != null) {
                        rows.add(name);
                    }
                    name = text;
                }
            }
            if (name != null) {
                rows.add(name);
            }
        });
        return rows;
    }

    /** The printed week's summary line (one or two lines joined). */
    private String printedSummary(FxRobot robot, LocalDate monday) {
        List<String> lines = new ArrayList<>();
        robot.interact(() -> {
            app.context().print().open(monday);
            // top to bottom (the footer is laid out from the bottom up)
            app.context().print().previewProperty().get().flatten().stream().filter(e -> e.role().equals("summary"))
                    .map(PageElement.Label.class::cast)
                    .sorted(java.util.Comparator.comparingDouble(PageElement.Label::baseline))
                    .forEach(e -> lines.add(e.text()));
        });
        return String.join(" ", lines);
    }

    private static DialogPane dialog(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    private Node event(FxRobot robot, String title) {
        return robot.lookup(".calendar-event").match(n -> n.getUserData() instanceof Occurrence o && o.title().equals(title)).query();
    }

    // ---- item 1: a public holiday is time off, not planned personal time ---------------------------

    @Test
    void anEmptyWeekWithAPublicHolidaySaysTheWorkWindowsAreOffAndHasNoPersonalTimeOnScreenAndOnPaper(FxRobot robot) {
        robot.clickOn("#nav-calendar");
        robot.interact(() -> model.goTo(CHRISTMAS_WEEK));
        // Sat 26 Dec (2. juledag) has the default work window 10-13; Fri 25 (Juledag) has none
        assertThat(summaryRows(robot)).containsSubsequence("Work: 0 h", "Personal time: 0 h", "Off on public holidays: 3 h");
        assertThat(robot.lookup("#calendar-personal-text").queryAs(Label.class).getText()).isEqualTo("Personal time: 0 h");
        assertThat(printedSummary(robot, CHRISTMAS_WEEK)).contains("Personal time: 0 h", "Off on public holidays: 3 h");

        robot.interact(() -> model.goTo(THIS_WEEK));
        assertThat(summaryRows(robot)).noneMatch(row -> row.startsWith("Off on public holidays"));
        assertThat(printedSummary(robot, THIS_WEEK)).doesNotContain("public holidays");
    }

    // ---- item 2: kinds at the same time ------------------------------------------------------------

    @Test
    void kindsPlannedAtTheSameTimeShowWhatTheyShareSoTheFiguresAddUp(FxRobot robot) {
        robot.interact(() -> {
            model.create(new EventDraft("Call Anna", LocalDateTime.parse("2026-11-24T19:00"), LocalDateTime.parse("2026-11-24T21:00"),
                    false, "", "", null, Kind.FOLLOW_UP, null, null));
            model.create(new EventDraft("Show the range", LocalDateTime.parse("2026-11-24T20:00"),
                    LocalDateTime.parse("2026-11-24T21:00"), false, "", "", null, Kind.PRESENTATION, null, null));
        });
        robot.clickOn("#nav-calendar");
        // 2 h + 1 h - 1 h = 2 h, as the week's work total and the printed page say
        assertThat(summaryRows(robot)).containsSubsequence("Work: 2 h", "Follow-up: 2 h", "Presentation: 1 h",
                "Overlapping, counted once: -1 h", "Personal time: 0 h");
        assertThat(printedSummary(robot, THIS_WEEK)).startsWith("Work planned: 2 h of 12 h budget");

        robot.interact(() -> model.delete(model.occurrences().stream().filter(o -> o.title().equals("Show the range"))
                .findFirst().orElseThrow(), EditScope.ALL));
        assertThat(summaryRows(robot)).noneMatch(row -> row.startsWith("Overlapping"));
    }

    // ---- item 3: the delete question names the whole span ------------------------------------------

    @Test
    void deletingAMultiDayEventAsksAboutAndReportsAllItsDays(FxRobot robot) {
        robot.interact(() -> {
            model.create(new EventDraft("Christmas visit", LocalDateTime.parse("2026-12-24T00:00"),
                    LocalDateTime.parse("2026-12-27T00:00"), true, "", "", null, Kind.FAMILY, null, null));
            model.create(new EventDraft("Night shift", LocalDateTime.parse("2026-12-22T22:00"),
                    LocalDateTime.parse("2026-12-23T02:00"), false, "", "", null, Kind.NETWORKING, null, null));
        });
        robot.clickOn("#nav-calendar");
        robot.interact(() -> model.goTo(CHRISTMAS_WEEK));

        robot.clickOn(event(robot, "Christmas visit"));
        robot.type(KeyCode.DELETE);
        assertThat(dialog(robot).getHeaderText()).isEqualTo("Delete “Christmas visit” on 24–26 Dec 2026?");
        robot.clickOn("#calendar-confirm-delete");
        assertThat(app.context().status().textProperty().get()).isEqualTo("Deleted “Christmas visit” on 24–26 Dec 2026.");
        assertThat(app.context().undo().undoDescriptionProperty().get()).isEqualTo("deletion of “Christmas visit” on 24–26 Dec 2026");

        // the part on Tuesday evening, 22:00-24:00, scrolled into view
        javafx.scene.control.ScrollPane scroll = robot.lookup("#calendar-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(1));
        javafx.geometry.Bounds view = scroll.localToScreen(scroll.getBoundsInLocal());
        Node tuesday = robot.lookup(".calendar-event").match(n -> n.getUserData() instanceof Occurrence o
                && o.title().equals("Night shift") && view.contains(n.localToScreen(n.getBoundsInLocal()).getCenterX(),
                n.localToScreen(n.getBoundsInLocal()).getCenterY())).query();
        robot.clickOn(tuesday);
        robot.type(KeyCode.DELETE);
        assertThat(dialog(robot).getHeaderText())
                .isEqualTo("Delete “Night shift” from Tue 22 Dec 2026 at 22:00 to Wed 23 Dec 2026 at 02:00?");
        robot.clickOn("#calendar-confirm-delete");
        assertThat(app.context().status().textProperty().get())
                .isEqualTo("Deleted “Night shift” from Tue 22 Dec 2026 at 22:00 to Wed 23 Dec 2026 at 02:00.");
        assertThat(model.occurrences()).isEmpty();
    }

    // ---- decision 0023: the DST fold week, all-day work, work on a public holiday, labels -------------

    @Test
    void aDailyWorkSeriesInTheAutumnFoldWeekReadsTheSameOnScreenAndOnPaper(FxRobot robot) {
        LocalDate week43 = LocalDate.of(2027, 10, 25);
        robot.interact(() -> model.create(new EventDraft("Night call", LocalDateTime.parse("2027-10-25T02:30"),
                LocalDateTime.parse("2027-10-25T03:00"), false, "", "", null, Kind.PROSPECTING, RepeatRule.parse("FREQ=DAILY"), null)));
        robot.clickOn("#nav-calendar");
        robot.interact(() -> model.goTo(week43));
        // 7 × 30 min: 31 Oct 02:30-03:00 starts at the second 02:30 and keeps its 30 minutes (decision 0003)
        assertThat(summaryRows(robot)).containsSubsequence("Work: 3 h 30 min", "Prospecting: 3 h 30 min");
        assertThat(printedSummary(robot, week43)).contains("Work planned: 3 h 30 min of 12 h budget");
        robot.interact(() -> model.goTo(week43.plusWeeks(1)));
        assertThat(summaryRows(robot)).contains("Work: 3 h 30 min");
    }

    @Test
    void aThreeDayConventionIsAllDayWorkOnScreenAndOnPaper(FxRobot robot) {
        robot.interact(() -> model.create(new EventDraft("Convention", LocalDateTime.parse("2026-11-27T00:00"),
                LocalDateTime.parse("2026-11-30T00:00"), true, "", "", null, Kind.PRESENTATION, null, null)));
        robot.clickOn("#nav-calendar");
        assertThat(summaryRows(robot)).containsSubsequence("Work: 0 h", "All-day work: 3 days", "Personal time: 0 h");
        assertThat(printedSummary(robot, THIS_WEEK)).contains("All-day work: 3 days");
        Label days = robot.lookup("#calendar-summary-allday").queryAs(Label.class);
        assertThat(days.getTooltip().getText()).startsWith("Days this week covered by all-day work events");
    }

    @Test
    void workInTheWindowOnAPublicHolidayHasItsOwnLineOnScreenAndOnPaper(FxRobot robot) {
        // Sat 26 Dec 2026 (2. juledag): the usual window is 10:00-13:00
        robot.interact(() -> model.create(new EventDraft("Stock count", LocalDateTime.parse("2026-12-26T10:00"),
                LocalDateTime.parse("2026-12-26T11:00"), false, "", "", null, Kind.ADMIN, null, null)));
        robot.clickOn("#nav-calendar");
        robot.interact(() -> model.goTo(CHRISTMAS_WEEK));
        assertThat(summaryRows(robot)).containsSubsequence("Work: 1 h", "Personal time: 0 h", "Off on public holidays: 2 h",
                "Work on public holidays: 1 h", "Work outside work windows: 0 h");
        String printed = printedSummary(robot, CHRISTMAS_WEEK);
        // (the printed line may wrap, never inside "holidays: 1 h")
        assertThat(printed).contains("Off on public holidays: 2 h", "Work on public holidays: 1 h").doesNotContain("outside");
        assertThat(app.context().calendarService().weekPlan(CHRISTMAS_WEEK).summary().holidayWorkHours()).isEqualTo(1.0);
    }

    @Test
    void countsSayTheyAreEventsAndEveryLineSaysWhatItCounts(FxRobot robot) {
        robot.clickOn("#nav-calendar");
        robot.interact(() -> model.goTo(CHRISTMAS_WEEK));
        assertThat(summaryRows(robot)).contains("Work in protected time: 0 events", "Events without a break: 0 events");
        assertThat(robot.lookup("#calendar-summary-protected").queryAs(Label.class).getTooltip().getText())
                .isEqualTo("How many work events reach into your protected time this week, all-day work on a day that is wholly protected included (a number of events, not hours).");
        assertThat(robot.lookup("#calendar-summary-holiday").queryAs(Label.class).getTooltip().getText())
                .startsWith("Hours of your usual work windows that fall on public holidays");
        assertThat(robot.lookup("#calendar-summary-outside").queryAs(Label.class).getAccessibleText())
                .isEqualTo("Work outside work windows: 0 h");
    }
}
