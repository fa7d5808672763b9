package dk.netdesk.calendar;

import static dk.netdesk.testing.FieldMessages.assertUnder;
import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.testing.InWindow;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.ui.Messages;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A refused Save in the balance settings shows each message right under its own field (a day's work windows or
 * protected time, the budget, the break rule), not in one list at the foot of the form; the focus goes to the
 * first wrong field; a fixed field loses its message; and at a 1024x700 main window the dialog stays on the
 * screen with Save in sight.
 */
@ExtendWith(ApplicationExtension.class)
class BalanceErrorsUnderFieldsTest {

    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 1024, 700));
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage.show();
    }

    private static void typeInto(FxRobot robot, Node pane, String id, String text) {
        Node node = pane.lookup("#" + id);
        // a day's start or end is an editable list of times: the text is typed into its editor
        TextField field = node instanceof javafx.scene.control.ComboBox<?> combo ? combo.getEditor() : (TextField) node;
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text);
    }

    @Test
    void eachMessageIsUnderItsOwnFieldInBothLanguages(FxRobot robot) {
        for (Locale locale : List.of(Locale.ENGLISH, new Locale("da"))) {
            String where = locale.getLanguage();
            Messages messages = new Messages(locale, Bundles.ALL);
            BalanceForm form = new BalanceForm(locale);
            form.edit(BalanceSettings.defaults());
            BalanceSettingsDialog[] dialog = new BalanceSettingsDialog[1];
            robot.interact(() -> {
                dialog[0] = new BalanceSettingsDialog(stage, messages, form);
                dialog[0].show();
            });
            WaitForAsyncUtils.waitForFxEvents();
            Node pane = dialog[0].getDialogPane();
            typeInto(robot, pane, "calendar-balance-window-wednesday-end-0", "25:00");
            typeInto(robot, pane, "calendar-balance-protected-friday-start-0", "x");
            // a time with a start and no end yet: Tuesday's protected time gets a second one, 21:00 to nothing
            robot.clickOn("#calendar-balance-protected-tuesday-add");
            robot.write("21:00");
            typeInto(robot, pane, "calendar-balance-budget", "-5");
            typeInto(robot, pane, "calendar-balance-break", "abc");
            robot.clickOn("#calendar-balance-save");
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(dialog[0].isShowing()).as(where + ": refused").isTrue();
            Label wednesday = (Label) pane.lookup("#calendar-balance-window-wednesday-error");
            Label friday = (Label) pane.lookup("#calendar-balance-protected-friday-error");
            Label budget = (Label) pane.lookup("#calendar-balance-budget-error");
            Label breakRule = (Label) pane.lookup("#calendar-balance-break-error");
            assertThat(List.of(String.valueOf(wednesday), String.valueOf(friday), String.valueOf(budget), String.valueOf(breakRule)))
                    .as(where + ": a message label per field").doesNotContain("null");
            assertThat(wednesday.getText()).as(where).contains(DayOfWeek.WEDNESDAY.getDisplayName(TextStyle.FULL, locale))
                    .contains("18:00-25:00").doesNotContain("\n");
            assertThat(friday.getText()).as(where).isEqualTo(messages.format("calendar.balance.errorProtectedText",
                    DayOfWeek.FRIDAY.getDisplayName(TextStyle.FULL, locale), "x-24:00"));
            Label tuesday = (Label) pane.lookup("#calendar-balance-protected-tuesday-error");
            assertThat(tuesday.getText()).as(where + ": a time without its end").isEqualTo(messages.format(
                    "calendar.balance.errorProtectedText", DayOfWeek.TUESDAY.getDisplayName(TextStyle.FULL, locale), "21:00"));
            assertUnder(tuesday, pane.lookup("#calendar-balance-protected-tuesday"), where);
            assertThat(((Label) pane.lookup("#calendar-balance-window-tuesday-error")).isVisible())
                    .as(where + ": not under Tuesday's work windows").isFalse();
            assertThat(budget.getText()).as(where).isEqualTo(messages.get("calendar.balance.errorBudget"));
            assertThat(breakRule.getText()).as(where).startsWith(messages.format("calendar.balance.errorBreakNumber", ""))
                    .hasSizeGreaterThan(messages.format("calendar.balance.errorBreakNumber", "").length());
            assertUnder(wednesday, pane.lookup("#calendar-balance-window-wednesday"), where);
            assertUnder(friday, pane.lookup("#calendar-balance-protected-friday"), where);
            assertUnder(budget, pane.lookup("#calendar-balance-budget"), where);
            assertUnder(breakRule, pane.lookup("#calendar-balance-break"), where);
            assertThat(((Label) pane.lookup("#calendar-balance-protected-wednesday-error")).isVisible())
                    .as(where + ": Wednesday's protected time is fine").isFalse();
            assertThat(pane.getScene().getFocusOwner()).as(where + ": the focus is in the first wrong field, Tuesday's protected time")
                    .isSameAs(pane.lookup("#calendar-balance-protected-tuesday-start-0"));

            // on the screen, Save in sight: the dialog scrolls inside rather than grow past the bottom
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            assertThat(dialog[0].getY() + dialog[0].getHeight()).as(where + ": the dialog ends on the screen")
                    .isLessThanOrEqualTo(screen.getMaxY() + 0.5);
            assertThat(InWindow.isInside(pane.lookup("#calendar-balance-save"))).as(where + ": Save in the window").isTrue();
            robot.interact(() -> Screenshots.save(pane.getScene(), "calendar-balance-errors-" + where));

            robot.interact(() -> form.budgetProperty().set("10"));
            assertThat(budget.isVisible()).as(where + ": a fixed field loses its message").isFalse();
            robot.clickOn("#calendar-balance-protected-tuesday-end-0");
            robot.write("22:00");
            assertThat(tuesday.isVisible()).as(where + ": the end picked, the message goes").isFalse();
            assertThat(wednesday.isVisible()).as(where + ": the others keep theirs").isTrue();
            assertThat(breakRule.isVisible()).as(where).isTrue();
            robot.interact(() -> dialog[0].close());
        }
    }
}
