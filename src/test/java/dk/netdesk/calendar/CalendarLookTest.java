package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.InWindow;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.Theme;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The calendar screen's look as a new user found it: buttons that stay put, even day headers, tooltips
 * with dates, the balance settings whole, and the same words everywhere.
 */
@ExtendWith(ApplicationExtension.class)
class CalendarLookTest {

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

    private void open(FxRobot robot, Locale locale, Theme theme, double width, double height) {
        if (app != null) {
            app.close();
        }
        app = TestApp.open(dir.resolve("d" + System.nanoTime()), locale, TestApp.CLOCK);
        model = app.context().calendar();
        model.load();
        robot.interact(() -> {
            app.context().shell().setTheme(theme);
            app.showShell(stage).select("calendar");
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static double sceneX(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node.localToScene(node.getBoundsInLocal()).getMinX();
    }

    // ---- 1: the toolbar's buttons stay where they are when the title grows ----------------------------

    @Test
    void theToolbarsButtonsStayPutWhenTheTitleGetsLonger(FxRobot robot) {
        List<String> ids = List.of("#calendar-previous", "#calendar-today", "#calendar-next", "#calendar-goto",
                "#calendar-mode-day", "#calendar-mode-week", "#calendar-mode-month", "#calendar-mode-agenda",
                "#calendar-new", "#calendar-balance", "#calendar-files", "#calendar-print");
        for (Locale locale : Messages.LANGUAGES) {
            for (double width : new double[] {1024, 1200, 1280}) {
                open(robot, locale, Theme.LIGHT, width, 700);
                robot.interact(() -> model.goTo(LocalDate.of(2026, 12, 9)));
                WaitForAsyncUtils.waitForFxEvents();
                String shortTitle = robot.lookup("#calendar-title").queryAs(Label.class).getText();
                List<Double> before = new ArrayList<>();
                List<Double> beforeY = new ArrayList<>();
                for (String id : ids) {
                    before.add(sceneX(robot, id));
                    Node node = robot.lookup(id).query();
                    beforeY.add(node.localToScene(node.getBoundsInLocal()).getMinY());
                }
                // the week of 28 Dec 2026 to 3 Jan 2027: two months and two years in the title
                robot.interact(() -> model.goTo(LocalDate.of(2026, 12, 30)));
                WaitForAsyncUtils.waitForFxEvents();
                String longTitle = robot.lookup("#calendar-title").queryAs(Label.class).getText();
                assertThat(longTitle.length()).as(longTitle + " against " + shortTitle).isGreaterThan(shortTitle.length() + 5);
                for (int i = 0; i < ids.size(); i++) {
                    Node node = robot.lookup(ids.get(i)).query();
                    String where = locale + " " + width + " " + ids.get(i);
                    assertThat(sceneX(robot, ids.get(i))).as(where + " x").isEqualTo(before.get(i));
                    assertThat(node.localToScene(node.getBoundsInLocal()).getMinY()).as(where + " y").isEqualTo(beforeY.get(i));
                }
                // the long title is shown whole
                Label title = robot.lookup("#calendar-title").queryAs(Label.class);
                assertThat(((Text) title.lookup(".text")).getText()).isEqualTo(longTitle);
            }
        }
    }

    /** Issue 18: "Arbejdstid…" was shortened with "…" at 1024 px in Danish; the toolbar fits whole in both languages. */
    @Test
    void theWorkHoursButtonIsWholeAndInTheWindowAt1024x700(FxRobot robot) {
        for (Locale locale : Messages.LANGUAGES) {
            for (Theme theme : Theme.values()) {
                open(robot, locale, theme, 1024, 700);
                javafx.scene.control.Button balance = robot.lookup("#calendar-balance").queryButton();
                Text shown = (Text) balance.lookup(".text");
                assertThat(shown.getText()).as(locale + " " + theme + ": the work hours button's text is not cut").isEqualTo(balance.getText());
                double right = balance.localToScene(balance.getLayoutBounds()).getMaxX();
                assertThat(right).as(locale + " " + theme + ": the button is inside the window").isLessThanOrEqualTo(balance.getScene().getWidth());
            }
        }
    }

    // ---- 5: the week's day headers take the same number of lines --------------------------------------

    @Test
    void theWeeksDayHeadersAllTakeTheSameNumberOfLinesAndAreWhole(FxRobot robot) {
        for (Locale locale : Messages.LANGUAGES) {
            for (double[] size : new double[][] {{1024, 700}, {1200, 800}, {1280, 800}}) {
                open(robot, locale, Theme.LIGHT, size[0], size[1]);
                String where = locale + " " + (int) size[0];
                // a week with the widest Danish names ("ons.", "tor.", "lør.") and two-digit days
                robot.interact(() -> model.goTo(LocalDate.of(2026, 11, 25)));
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.getScene().getRoot().layout());
                WaitForAsyncUtils.waitForFxEvents();
                List<Double> heights = new ArrayList<>();
                List<Integer> lines = new ArrayList<>();
                for (LocalDate d = LocalDate.of(2026, 11, 23); d.isBefore(LocalDate.of(2026, 11, 30)); d = d.plusDays(1)) {
                    Label date = dk.netdesk.testing.Keyed.node("calendar-day-" + d, Label.class);
                    Text text = (Text) date.lookup(".text");
                    assertThat(text.getText().replace('\n', ' ')).as(where + " whole").isEqualTo(date.getText().replace('\n', ' '));
                    heights.add(text.getLayoutBounds().getHeight());
                    lines.add(text.getText().split("\n").length);
                    Bounds b = text.localToScene(text.getBoundsInLocal());
                    Bounds cell = date.localToScene(date.getBoundsInLocal());
                    assertThat(b.getMinY()).as(where + " inside its cell").isGreaterThanOrEqualTo(cell.getMinY() - 0.5);
                    assertThat(b.getMaxY()).as(where + " inside its cell").isLessThanOrEqualTo(cell.getMaxY() + 0.5);
                }
                assertThat(lines).as(where + " lines").containsOnly(lines.get(0));
                assertThat(heights).as(where + " heights").containsOnly(heights.get(0));
                if (size[0] >= 1280) {
                    assertThat(lines.get(0)).as(where + ": room for one line").isEqualTo(1);
                }
            }
        }
    }

    /** A block's times show whole ("10:00–12:00") or as the start alone, never cut to "10:00–12:0". */
    @Test
    void anEventsTimesAreWholeOrTheStartAloneInANarrowColumn(FxRobot robot) {
        for (Locale locale : Messages.LANGUAGES) {
            for (double width : new double[] {1024, 1200}) {
                open(robot, locale, Theme.LIGHT, width, 760);
                robot.interact(() -> BusyWeek.plan(model, locale.getLanguage().equals("da")));
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.getScene().getRoot().layout());
                List<Node> times = robot.lookup(".calendar-event .calendar-event-time").queryAll().stream().toList();
                assertThat(times).isNotEmpty();
                for (Node node : times) {
                    Label time = (Label) node;
                    javafx.scene.layout.Region block = (javafx.scene.layout.Region) ancestor(time, "calendar-event");
                    if (width == 1200 && block.getWidth() >= 90 && !block.getStyleClass().contains("short")
                            && block.getUserData() instanceof Occurrence o && !o.isRecurring()) {
                        // a block that fills its day's column has room for its whole time here
                        assertThat(time.getText()).as(locale + " " + o.title()).contains("–");
                    }
                    if (!time.isVisible()) {
                        continue;
                    }
                    Text text = (Text) time.lookup(".text");
                    Bounds shown = text.localToScene(text.getBoundsInLocal());
                    Bounds inside = block.localToScene(block.getBoundsInLocal());
                    assertThat(shown.getMaxX()).as(locale + " " + time.getText() + " in its block").isLessThanOrEqualTo(inside.getMaxX() + 0.5);
                    assertThat(time.getText()).matches("\\d\\d:\\d\\d(–\\d\\d:\\d\\d)?");
                }
            }
        }
    }

    // ---- 6: a tooltip names both dates of an event over midnight ----------------------------------------

    @Test
    void anEventOverMidnightOrOverSeveralDaysNamesItsDatesInTheTooltip() {
        for (Locale locale : Messages.LANGUAGES) {
            Messages messages = new Messages(locale, dk.netdesk.app.Bundles.ALL);
            boolean da = locale.getLanguage().equals("da");
            java.time.ZoneId cph = java.time.ZoneId.of("Europe/Copenhagen");
            Occurrence night = occurrence("Night shift", "2026-11-24T22:00", "2026-11-25T02:00", false, cph);
            assertThat(EventNames.when(night, cph, messages)).isEqualTo(da
                    ? "tir. 24. nov. 2026 kl. 22:00 – ons. 25. nov. 2026 kl. 02:00"
                    : "Tue 24 Nov 2026, 22:00 – Wed 25 Nov 2026, 02:00");
            Occurrence evening = occurrence("Team call", "2026-11-24T19:00", "2026-11-24T20:00", false, cph);
            assertThat(EventNames.when(evening, cph, messages)).isEqualTo("19:00–20:00");
            Occurrence christmas = occurrence("Christmas", "2026-12-24T00:00", "2026-12-27T00:00", true, cph);
            assertThat(EventNames.when(christmas, cph, messages)).isEqualTo(da ? "24.–26. dec. 2026" : "24–26 Dec 2026");
            Occurrence birthday = occurrence("Birthday", "2026-11-26T00:00", "2026-11-27T00:00", true, cph);
            assertThat(EventNames.when(birthday, cph, messages)).isEqualTo(messages.get("calendar.allDay"));
        }
    }

    @Test
    void theTooltipsOfANightEventNameBothDaysInTheWeekTheMonthAndTheAgenda(FxRobot robot) {
        open(robot, DA, Theme.LIGHT, 1200, 800);
        robot.interact(() -> model.create(new EventDraft("Nattevagt", LocalDateTime.parse("2026-11-28T22:00"),
                LocalDateTime.parse("2026-11-29T02:00"), false, "", "", null, Kind.TRAINING, null, null)));
        WaitForAsyncUtils.waitForFxEvents();
        String when = "lør. 28. nov. 2026 kl. 22:00 – søn. 29. nov. 2026 kl. 02:00";
        List<Node> parts = robot.lookup(".calendar-event")
                .match(n -> n.getUserData() instanceof Occurrence o && o.title().equals("Nattevagt")).queryAll().stream().toList();
        assertThat(parts).as("one part each day").hasSize(2);
        for (Node part : parts) {
            // the tooltip is made on the first hover
            robot.interact(() -> javafx.event.Event.fireEvent(part, new javafx.scene.input.MouseEvent(
                    javafx.scene.input.MouseEvent.MOUSE_ENTERED, 0, 0, 0, 0, javafx.scene.input.MouseButton.NONE, 0,
                    false, false, false, false, false, false, false, false, false, false, null)));
            javafx.scene.control.Tooltip tip = (javafx.scene.control.Tooltip) part.getProperties().get(javafx.scene.control.Tooltip.class);
            assertThat(tip).isNotNull();
            assertThat(tip.getText()).startsWith("Nattevagt\n" + when + " · ");
        }
        robot.interact(() -> model.modeProperty().set(CalendarViewModel.Mode.MONTH));
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> chips = robot.lookup(".calendar-chip")
                .match(n -> n.getUserData() instanceof Occurrence o && o.title().equals("Nattevagt")).queryAll().stream().toList();
        assertThat(chips).isNotEmpty();
        for (Node chip : chips) {
            assertThat(((Label) chip).getTooltip().getText()).startsWith("Nattevagt\n" + when);
        }
        robot.interact(() -> model.modeProperty().set(CalendarViewModel.Mode.AGENDA));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> agenda = robot.lookup(".calendar-agenda-time").queryAll().stream()
                .map(n -> ((Label) n).getTooltip() == null ? "" : ((Label) n).getTooltip().getText()).toList();
        assertThat(agenda).contains(when);
    }

    private static Occurrence occurrence(String title, String start, String end, boolean allDay, java.time.ZoneId zone) {
        return EventNamesTest.event(title, start, end, allDay);
    }

    // ---- 4: the balance settings show whole, the time zone box too -------------------------------------

    @Test
    void theBalanceSettingsShowEveryFieldWholeAtTheDefaultSizeAndAt1024x700(FxRobot robot) {
        for (Locale locale : Messages.LANGUAGES) {
            for (Theme theme : Theme.values()) {
                open(robot, locale, theme, 1024, 700);
                robot.clickOn("#calendar-balance");
                WaitForAsyncUtils.waitForFxEvents();
                DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
                String where = locale + " " + theme;
                WaitForAsyncUtils.waitForAsyncFx(5000, () -> Screenshots.save(pane.getScene(),
                        "calendar-balance-" + locale.getLanguage() + "-" + theme.name().toLowerCase(Locale.ROOT)));
                Window window = pane.getScene().getWindow();
                assertThat(window.getHeight()).as(where + " fits a 700 pixel screen").isLessThanOrEqualTo(700);
                for (String id : List.of("#calendar-balance-zone", "#calendar-balance-holidays", "#calendar-balance-budget",
                        "#calendar-balance-break", "#calendar-balance-reset", "#calendar-balance-save",
                        "#calendar-balance-window-sunday", "#calendar-balance-protected-sunday")) {
                    Node node = robot.lookup(id).query();
                    assertThat(InWindow.isInside(node)).as(where + " " + id + " inside the dialog").isTrue();
                    Bounds b = node.localToScene(node.getBoundsInLocal());
                    assertThat(b.getMaxX()).as(where + " " + id + " right edge").isLessThanOrEqualTo(pane.getWidth() - 11.5);
                }
                // the time zone box is as wide as it asks to be: "Europe/Copenhagen" whole
                javafx.scene.control.ComboBox<?> zone = robot.lookup("#calendar-balance-zone").queryAs(javafx.scene.control.ComboBox.class);
                assertThat(zone.getWidth()).as(where + " zone box width").isGreaterThanOrEqualTo(zone.prefWidth(-1) - 0.5);
                Text zoneText = (Text) zone.getEditor().lookup(".text");
                Bounds shown = zoneText.localToScene(zoneText.getBoundsInLocal());
                Bounds field = zone.getEditor().localToScene(zone.getEditor().getBoundsInLocal());
                assertThat(shown.getMaxX()).as(where + " " + zoneText.getText() + " whole").isLessThanOrEqualTo(field.getMaxX());
                List<String> cut = new ArrayList<>();
                CalendarLayoutTest.collectCut(pane, where, cut);
                assertThat(cut).isEmpty();
                robot.type(KeyCode.ESCAPE);
            }
        }
    }

    // ---- 3: the break flag's hourglass reads well on a work block in both themes ------------------------

    @Test
    void theBreakFlagsHourglassAndWordsStandOutOnAWorkBlockInBothThemes(FxRobot robot) {
        for (Theme theme : Theme.values()) {
            open(robot, Locale.ENGLISH, theme, 1200, 800);
            robot.interact(() -> BusyWeek.plan(model, false));
            WaitForAsyncUtils.waitForFxEvents();
            List<Node> icons = robot.lookup(".calendar-event.work .calendar-flag-icon").queryAll().stream().toList();
            assertThat(icons).as(theme + " flagged work blocks").isNotEmpty();
            for (Node node : icons) {
                org.kordamp.ikonli.javafx.FontIcon icon = (org.kordamp.ikonli.javafx.FontIcon) node;
                javafx.scene.layout.Region block = (javafx.scene.layout.Region) ancestor(icon, "calendar-event");
                javafx.scene.paint.Color background = fill(block);
                javafx.scene.paint.Color color = (javafx.scene.paint.Color) icon.getIconColor();
                assertThat(contrast(color, background)).as(theme + " hourglass " + color + " on " + background)
                        .isGreaterThanOrEqualTo(4.5);
                Label words = (Label) icon.getParent();
                javafx.scene.paint.Color text = (javafx.scene.paint.Color) words.getTextFill();
                assertThat(contrast(text, background)).as(theme + " \"No break\" " + text + " on " + background)
                        .isGreaterThanOrEqualTo(4.5);
            }
        }
    }

    /**
     * The dark theme: every control of the toolbar (the view switch, the buttons, the date field, the file
     * menu) is edged in a dark line, normal and focused, also after switching from the light theme.
     */
    @Test
    void inTheDarkThemeNoToolbarControlHasALightEdge(FxRobot robot) {
        open(robot, DA, Theme.LIGHT, 1024, 700);
        robot.interact(() -> app.context().shell().setTheme(Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> light = new ArrayList<>();
        for (String id : List.of("#calendar-previous", "#calendar-today", "#calendar-next", "#calendar-goto",
                "#calendar-mode-day", "#calendar-mode-week", "#calendar-mode-month", "#calendar-mode-agenda",
                "#calendar-new", "#calendar-balance", "#calendar-files", "#calendar-print")) {
            javafx.scene.layout.Region control = robot.lookup(id).queryAs(javafx.scene.layout.Region.class);
            for (boolean focused : new boolean[] {false, true}) {
                if (focused) {
                    robot.interact(control::requestFocus);
                }
                WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
                    control.applyCss();
                    List<javafx.scene.paint.Paint> edges = new ArrayList<>();
                    if (control.getBackground() != null && !control.getBackground().getFills().isEmpty()) {
                        edges.add(control.getBackground().getFills().get(0).getFill());
                    }
                    if (control.getBorder() != null) {
                        control.getBorder().getStrokes().forEach(stroke -> edges.add(stroke.getTopStroke()));
                    }
                    for (javafx.scene.paint.Paint edge : edges) {
                        // the keyboard's focus ring is light in the dark theme on purpose (decision 0043: #C9D1D9)
                        boolean ring = focused && javafx.scene.paint.Color.web("#C9D1D9").equals(edge);
                        if (!ring && edge instanceof javafx.scene.paint.Color c && c.getOpacity() > 0.2 && luminance(c) > 0.35) {
                            light.add(id + (focused ? " focused " : " ") + c);
                        }
                    }
                });
            }
        }
        assertThat(light).isEmpty();
    }

    private static Node ancestor(Node node, String styleClass) {
        Node at = node;
        while (at != null && !at.getStyleClass().contains(styleClass)) {
            at = at.getParent();
        }
        return at;
    }

    /** The colour a block's inner area shows: its background fills painted over each other, last on top. */
    private static javafx.scene.paint.Color fill(javafx.scene.layout.Region block) {
        javafx.scene.paint.Color shown = javafx.scene.paint.Color.BLACK;
        for (javafx.scene.layout.BackgroundFill layer : block.getBackground().getFills()) {
            if (layer.getFill() instanceof javafx.scene.paint.Color c) {
                shown = over(c, shown);
            }
        }
        return shown;
    }

    private static javafx.scene.paint.Color over(javafx.scene.paint.Color top, javafx.scene.paint.Color under) {
        double a = top.getOpacity();
        return javafx.scene.paint.Color.color(top.getRed() * a + under.getRed() * (1 - a),
                top.getGreen() * a + under.getGreen() * (1 - a), top.getBlue() * a + under.getBlue() * (1 - a));
    }

    /** The WCAG contrast ratio of two opaque colours (1 to 21). */
    static double contrast(javafx.scene.paint.Color a, javafx.scene.paint.Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(javafx.scene.paint.Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
