package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18, item 12: the work hours are behind a labelled "Work hours…" button ("Arbejdstid…"), each span is
 * picked from two lists of times (or typed), "Add time" and a remove button per span, and one click makes a day
 * free (no work window, all of it protected). What is saved is read back from the stored settings.
 */
@ExtendWith(ApplicationExtension.class)
class WorkHoursTest {

    @TempDir
    static Path dir;
    TestApp app;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = TestApp.open(dir.resolve("d" + System.nanoTime()), Locale.ENGLISH);
        app.showShell(stage);
        stage.setWidth(1200);
        stage.setHeight(760);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        // a failed check leaves the dialog open: close it without asking, so the next test starts clean
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).toList()
                .forEach(w -> ((Stage) w).close()));
        app.close();
    }

    private BalanceSettings stored() {
        return app.context().calendarService().balanceSettings();
    }

    /** Stores {@code windows} and {@code protectedTime} (the defaults' budget and break) as the user's settings. */
    private void store(FxRobot robot, Map<DayOfWeek, List<TimeSpan>> windows, Map<DayOfWeek, List<TimeSpan>> protectedTime) {
        BalanceSettings settings = new BalanceSettings(windows, protectedTime, 12, 90);
        robot.interact(() -> app.context().calendar().saveBalance(settings, app.context().calendar().zone()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored()).isEqualTo(settings);
    }

    /** The focus owner of the work hours dialog while it is open, else of the main window. */
    private Node focused() {
        Window window = Window.getWindows().stream().filter(w -> w != stage && w.isShowing()
                && w.getScene().lookup("#calendar-balance-save") != null).findFirst().orElse(stage);
        return window.getScene().getFocusOwner();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    /** Opens {@code combo}'s list with the mouse and clicks {@code time} in it. */
    private static void pick(FxRobot robot, ComboBox<String> combo, String time) {
        robot.clickOn(combo.lookup(".arrow-button"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(combo.isShowing()).as("the list is open").isTrue();
        @SuppressWarnings("unchecked")
        ListView<String> list = (ListView<String>) ((ComboBoxListViewSkin<String>) combo.getSkin()).getPopupContent();
        robot.interact(() -> list.scrollTo(time));
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.from(list).lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && time.equals(c.getText())).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(combo.isShowing()).as("the list closed").isFalse();
    }

    @Test
    void theToolbarButtonSaysWorkHoursInEnglishAndDanish(FxRobot robot) {
        robot.clickOn("#nav-calendar");
        for (String[] language : List.of(new String[] {"en", "Work hours\u2026"}, new String[] {"da", "Arbejdstid\u2026"})) {
            robot.interact(() -> app.context().shell().setLanguage(Locale.forLanguageTag(language[0])));
            WaitForAsyncUtils.waitForFxEvents();
            Button button = robot.lookup("#calendar-balance").queryButton();
            assertThat(button.getText()).as(language[0]).isEqualTo(language[1]);
            assertThat(button.getGraphic()).as(language[0] + ": the icon stays beside the words").isInstanceOf(FontIcon.class);
            assertThat(button.getAccessibleText()).as(language[0]).isEqualTo(language[1]);
            assertThat(button.getTooltip().getText()).as(language[0]).isNotBlank().isNotEqualTo(language[1]);
            Text shown = (Text) button.lookup(".text");
            assertThat(shown.getText()).as(language[0] + ": the words whole, not cut with …").isEqualTo(language[1]);
            robot.clickOn(button);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#calendar-balance-window-monday").tryQuery()).as(language[0] + ": it opens the work hours")
                    .isPresent();
            robot.type(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void tuesdaysTimesPickedFromTheListsAreStored(FxRobot robot) {
        store(robot, Map.of(DayOfWeek.TUESDAY, List.of(TimeSpan.of(8, 0, 10, 0))), Map.of());
        robot.clickOn("#nav-calendar");
        robot.clickOn("#calendar-balance");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<String> start = combo(robot, "#calendar-balance-window-tuesday-start-0");
        ComboBox<String> end = combo(robot, "#calendar-balance-window-tuesday-end-0");
        assertThat(start.getEditor().getText()).isEqualTo("08:00");
        assertThat(end.getEditor().getText()).isEqualTo("10:00");
        assertThat(start.getItems()).as("half-hour steps").startsWith("00:00", "00:30", "01:00").endsWith("23:30");
        assertThat(end.getItems()).endsWith("23:30", "24:00");

        pick(robot, start, "19:00");
        assertThat(start.getEditor().getText()).isEqualTo("19:00");
        assertThat(focused()).as("the focus stays on the list picked from").isSameAs(start);
        pick(robot, end, "21:00");
        assertThat(end.getEditor().getText()).isEqualTo("21:00");
        assertThat(focused()).isSameAs(end);
        robot.clickOn("#calendar-balance-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#calendar-balance-save").tryQuery()).as("the dialog closed").isEmpty();
        assertThat(stored().windows(DayOfWeek.TUESDAY)).containsExactly(TimeSpan.of(19, 0, 21, 0));
        assertThat(focused()).as("back on the button that opened it").isSameAs(robot.lookup("#calendar-balance").query());
    }

    @Test
    void aTimeCanStillBeTypedAndEachDayHoldsSeveral(FxRobot robot) {
        robot.clickOn("#nav-calendar");
        robot.clickOn("#calendar-balance");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#calendar-balance-window-tuesday-add");
        assertThat(focused().getId()).as("the new time's start").isEqualTo("calendar-balance-window-tuesday-start-1");
        robot.write("21:30");
        robot.type(KeyCode.TAB);
        assertThat(focused().getId()).isEqualTo("calendar-balance-window-tuesday-end-1");
        robot.write("22:15");
        robot.type(KeyCode.TAB);

        Button remove = robot.lookup("#calendar-balance-window-tuesday-remove-0").queryButton();
        assertThat(remove.getAccessibleText()).isEqualTo("Tuesday, Work windows: remove 18:00-21:00");
        assertThat(remove.getTooltip().getText()).isEqualTo("Remove 18:00-21:00");
        robot.clickOn(remove);
        assertThat(focused().getId()).as("the time now in its place").isEqualTo("calendar-balance-window-tuesday-start-0");
        assertThat(combo(robot, "#calendar-balance-window-tuesday-start-0").getEditor().getText()).isEqualTo("21:30");
        robot.clickOn("#calendar-balance-window-tuesday-remove-0");
        assertThat(focused().getId()).as("no time left: Add time").isEqualTo("calendar-balance-window-tuesday-add");
        robot.clickOn("#calendar-balance-window-tuesday-add");
        robot.write("06:00");
        robot.type(KeyCode.TAB);
        robot.write("07:00");
        robot.clickOn("#calendar-balance-window-tuesday-add");
        robot.write("21:30");
        robot.type(KeyCode.TAB);
        robot.write("22:15");
        robot.clickOn("#calendar-balance-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stored().windows(DayOfWeek.TUESDAY)).containsExactly(TimeSpan.of(6, 0, 7, 0), TimeSpan.of(21, 30, 22, 15));
        assertThat(stored().windows(DayOfWeek.MONDAY)).as("the other days as they were").containsExactly(TimeSpan.of(18, 0, 21, 0));
    }

    @Test
    void keepSundayFreeIsOneClickAndUncheckingGivesTheTimesBack(FxRobot robot) {
        store(robot, Map.of(DayOfWeek.SUNDAY, List.of(TimeSpan.of(10, 0, 12, 0))),
                Map.of(DayOfWeek.SUNDAY, List.of(TimeSpan.of(18, 0, 24, 0))));
        robot.clickOn("#nav-calendar");
        robot.clickOn("#calendar-balance");
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox free = robot.lookup("#calendar-balance-free-sunday").queryAs(CheckBox.class);
        assertThat(free.getText()).isEqualTo("Free day");
        assertThat(free.getAccessibleText()).isEqualTo("Sunday: free day");
        assertThat(free.isSelected()).isFalse();
        assertThat(robot.lookup("#calendar-balance-free-saturday").queryAs(CheckBox.class).isSelected()).isFalse();

        robot.clickOn(free);
        assertThat(free.isSelected()).isTrue();
        assertThat(focused()).as("the focus stays on Free day").isSameAs(free);
        assertThat(robot.lookup("#calendar-balance-window-sunday-start-0").tryQuery()).as("no work window").isEmpty();
        assertThat(robot.lookup("#calendar-balance-window-sunday-add").tryQuery()).isPresent();
        assertThat(combo(robot, "#calendar-balance-protected-sunday-start-0").getEditor().getText()).isEqualTo("00:00");
        assertThat(combo(robot, "#calendar-balance-protected-sunday-end-0").getEditor().getText()).isEqualTo("24:00");
        assertThat(robot.lookup("#calendar-balance-protected-sunday-start-1").tryQuery()).isEmpty();

        robot.clickOn(free);
        assertThat(free.isSelected()).isFalse();
        assertThat(focused()).isSameAs(free);
        assertThat(combo(robot, "#calendar-balance-window-sunday-start-0").getEditor().getText()).as("what was there before")
                .isEqualTo("10:00");
        assertThat(combo(robot, "#calendar-balance-window-sunday-end-0").getEditor().getText()).isEqualTo("12:00");
        assertThat(combo(robot, "#calendar-balance-protected-sunday-start-0").getEditor().getText()).isEqualTo("18:00");

        robot.clickOn(free);
        robot.clickOn("#calendar-balance-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored().windows(DayOfWeek.SUNDAY)).as("no work window").isEmpty();
        assertThat(stored().protectedTime(DayOfWeek.SUNDAY)).containsExactly(TimeSpan.of(0, 0, 24, 0));
    }

    @Test
    void aDaySetFreeByHandIsShownAsFreeAndTheDefaultsSundayToo(FxRobot robot) {
        robot.clickOn("#nav-calendar");
        robot.clickOn("#calendar-balance");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#calendar-balance-free-sunday").queryAs(CheckBox.class).isSelected())
                .as("the defaults protect all of Sunday").isTrue();
        CheckBox saturday = robot.lookup("#calendar-balance-free-saturday").queryAs(CheckBox.class);
        assertThat(saturday.isSelected()).isFalse();
        robot.clickOn("#calendar-balance-window-saturday-remove-0");
        robot.clickOn("#calendar-balance-protected-saturday-add");
        robot.write("0:00");
        robot.type(KeyCode.TAB);
        robot.write("24:00");
        assertThat(saturday.isSelected()).as("no work and all of it protected: a free day").isTrue();
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#discard-changes");
    }
}
