package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.testing.InWindow;
import dk.netdesk.ui.Messages;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The balance settings dialog keeps Save and Cancel in its window when an error message appears. */
@ExtendWith(ApplicationExtension.class)
class BalanceSettingsDialogTest {

    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    /**
     * A refused Save focuses the first problem's own field: the budget, a day's protected time, the zone — not
     * Monday's work windows, the first field of the form, whatever was wrong.
     */
    @Test
    void aRefusedSaveFocusesTheFieldInError(FxRobot robot) {
        Messages messages = new Messages(Locale.ENGLISH, Bundles.ALL);
        record Case(String what, java.util.function.Consumer<BalanceForm> spoil, String focused) {
        }
        for (Case c : java.util.List.of(
                new Case("budget", f -> f.budgetProperty().set("lots"), "#calendar-balance-budget"),
                new Case("break", f -> f.breakMinutesProperty().set("\u0662"), "#calendar-balance-break"),
                new Case("Wednesday's protected time", f -> {
                    f.budgetProperty().set("lots");
                    f.protectedProperty(java.time.DayOfWeek.WEDNESDAY).set("25:00-26:00");
                }, "#calendar-balance-protected-wednesday"),
                new Case("zone", f -> f.homeZoneProperty().set("Europa/København"), "#calendar-balance-zone"))) {
            BalanceForm form = new BalanceForm(messages.getLocale());
            form.edit(BalanceSettings.defaults());
            BalanceSettingsDialog[] dialog = new BalanceSettingsDialog[1];
            robot.interact(() -> {
                dialog[0] = new BalanceSettingsDialog(stage, messages, form);
                dialog[0].show();
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> c.spoil().accept(form));
            robot.clickOn("#calendar-balance-save");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(dialog[0].isShowing()).as(c.what() + ": refused").isTrue();
            Node expected = dialog[0].getDialogPane().lookup(c.focused());
            Node owner = dialog[0].getDialogPane().getScene().getFocusOwner();
            assertThat(owner == expected || (owner != null && owner.getParent() != null && isWithin(owner, expected)))
                    .as(c.what() + ": focus on " + c.focused() + ", not " + (owner == null ? null : owner.getId())).isTrue();
            robot.interact(() -> dialog[0].close());
        }
    }

    private static boolean isWithin(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theZoneErrorDoesNotPushTheButtonsOutOfTheWindow(FxRobot robot) {
        Messages messages = new Messages(new Locale("da"), Bundles.ALL);
        BalanceForm form = new BalanceForm(messages.getLocale());
        form.edit(BalanceSettings.defaults());
        BalanceSettingsDialog[] dialog = new BalanceSettingsDialog[1];
        robot.interact(() -> {
            dialog[0] = new BalanceSettingsDialog(stage, messages, form);
            dialog[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node save = robot.lookup("#calendar-balance-save").query();
        assertThat(InWindow.isInside(save)).isTrue();

        robot.interact(() -> form.homeZoneProperty().set("Europa/København"));
        robot.interact(() -> ((javafx.scene.control.Button) save).fire()); // refused: the dialog stays open
        WaitForAsyncUtils.waitForFxEvents();

        Label error = robot.lookup("#calendar-balance-zone-error").queryAs(Label.class);
        assertThat(error.getText()).isEqualTo(messages.get("calendar.balance.errorZone"));
        assertThat(InWindow.isInside(error)).as("the message").isTrue();
        assertThat(InWindow.isInside(save)).as("Save").isTrue();
        assertThat(robot.lookup(".dialog-pane .button-bar .button").queryAll()).hasSize(3)
                .allMatch(n -> InWindow.isInside((Node) n), "Save, Cancel and Defaults inside the window");
        // closed by code: TestFX's clean-up closes windows as the close button does, and the changed form would ask
        robot.interact(() -> dialog[0].close());
    }

    @Test
    void everyWrongFieldIsShownAtOnceWithWhatToType(FxRobot robot) {
        Messages messages = new Messages(Locale.ENGLISH, Bundles.ALL);
        BalanceForm form = new BalanceForm(messages.getLocale());
        form.edit(BalanceSettings.defaults());
        BalanceSettingsDialog[] dialog = new BalanceSettingsDialog[1];
        robot.interact(() -> {
            dialog[0] = new BalanceSettingsDialog(stage, messages, form);
            dialog[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            form.windowRows(java.time.DayOfWeek.MONDAY).rows().get(0).startProperty().set("22:00");
            robot.lookup("#calendar-balance-window-monday-end-0").queryAs(javafx.scene.control.ComboBox.class).getEditor()
                    .setText("02:00");
            robot.lookup("#calendar-balance-budget").queryAs(javafx.scene.control.TextField.class).setText("1,500");
        });
        robot.interact(() -> robot.lookup("#calendar-balance-save").queryAs(javafx.scene.control.Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        Label monday = robot.lookup("#calendar-balance-window-monday-error").queryAs(Label.class);
        Label budget = robot.lookup("#calendar-balance-budget-error").queryAs(Label.class);
        assertThat(monday.getText()).isEqualTo("Monday: the work window 22:00-02:00 ends after midnight. A work window must end on "
                + "the same day: split it into 22:00-24:00 on Monday and 00:00-02:00 on the next day.");
        assertThat(budget.getText()).isEqualTo(
                "Weekly work budget: “1,500” can be read two ways. Write decimals with “.” and no thousands separator: "
                + "type 1.5 or 1500.");
        assertThat(robot.lookup("#calendar-balance-save").tryQuery()).as("the dialog stays open").isPresent();
        robot.interact(() -> robot.lookup("#calendar-balance-budget").queryAs(javafx.scene.control.TextField.class).setText("7.5"));
        assertThat(budget.isVisible()).as("the budget's message goes as soon as it is right").isFalse();
        assertThat(monday.getText()).as("Monday's stays").startsWith("Monday:");
        robot.interact(() -> dialog[0].close());
    }
}
