package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.ui.Messages;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The event and balance dialogs ask "Discard changes?" before changes are thrown away, and only then. */
@ExtendWith(ApplicationExtension.class)
class DiscardChangesTest {

    final Messages messages = new Messages(Locale.ENGLISH, Bundles.ALL);
    Stage stage;
    Dialog<?> dialog;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void closeLeftOpen(FxRobot robot) {
        robot.interact(() -> {
            if (dialog != null && dialog.isShowing()) {
                dialog.setResult(null);
                dialog.getDialogPane().getScene().getWindow().hide();
            }
        });
    }

    private EventForm newEvent() {
        EventForm form = new EventForm();
        form.edit(EventForm.newDraft(LocalDateTime.parse("2026-11-24T18:00"), LocalDateTime.parse("2026-11-24T19:00"),
                BalanceSettings.defaults()), List.of());
        return form;
    }

    private void show(FxRobot robot, java.util.function.Supplier<Dialog<?>> made) {
        robot.interact(() -> {
            dialog = made.get();
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean asked(FxRobot robot) {
        return robot.lookup("#discard-changes").tryQuery().isPresent();
    }

    @Test
    void escapeInANewEventWithATitleAsksAndKeepEditingKeepsIt(FxRobot robot) {
        EventForm form = newEvent();
        show(robot, () -> new EventDialog(stage, messages, form, false, false));
        robot.clickOn("#calendar-dialog-title").write("Night event");
        robot.type(KeyCode.ESCAPE);
        assertThat(asked(robot)).isTrue();
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAll().stream()
                .map(n -> ((Label) n).getText())).contains("Discard the changes you made?");
        robot.clickOn("#discard-keep");
        assertThat(dialog.isShowing()).as("Keep editing leaves it open").isTrue();
        assertThat(robot.lookup("#calendar-dialog-title").queryAs(TextField.class).getText()).isEqualTo("Night event");

        robot.clickOn("#calendar-dialog-cancel");
        assertThat(asked(robot)).as("Cancel asks too").isTrue();
        robot.clickOn("#discard-changes");
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult()).as("nothing to save").isNull();
    }

    @Test
    void theWindowsCloseButtonAsksWhenTheEventWasChanged(FxRobot robot) {
        EventForm form = newEvent();
        show(robot, () -> new EventDialog(stage, messages, form, true, false));
        robot.interact(() -> form.endDateProperty().set(form.dateProperty().get().plusDays(1)));
        Window window = dialog.getDialogPane().getScene().getWindow();
        // not through interact: the question waits for an answer inside the handler
        javafx.application.Platform.runLater(() -> window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked(robot)).isTrue();
        robot.clickOn("#discard-changes");
        assertThat(dialog.isShowing()).isFalse();
    }

    @Test
    void anUnchangedEventDialogClosesWithoutAQuestion(FxRobot robot) {
        show(robot, () -> new EventDialog(stage, messages, newEvent(), false, false));
        robot.clickOn("#calendar-dialog-title").write("x").type(KeyCode.BACK_SPACE);
        robot.type(KeyCode.ESCAPE);
        assertThat(asked(robot)).isFalse();
        assertThat(dialog.isShowing()).isFalse();
    }

    @Test
    void saveNeverAsks(FxRobot robot) {
        show(robot, () -> new EventDialog(stage, messages, newEvent(), false, false));
        robot.clickOn("#calendar-dialog-title").write("Gym");
        robot.clickOn("#calendar-dialog-save");
        assertThat(asked(robot)).isFalse();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(((EventDialog.Result) dialog.getResult()).draft().title()).isEqualTo("Gym");
    }

    @Test
    void theBalanceSettingsAskBeforeTheirChangesAreDropped(FxRobot robot) {
        BalanceForm form = new BalanceForm(messages.getLocale());
        form.edit(BalanceSettings.defaults());
        form.editZone(java.time.ZoneId.of("Europe/Copenhagen"));
        form.editHolidays("dk");
        show(robot, () -> new BalanceSettingsDialog(stage, messages, form));
        robot.type(KeyCode.ESCAPE);
        assertThat(asked(robot)).as("unchanged: no question").isFalse();
        assertThat(dialog.isShowing()).isFalse();

        show(robot, () -> new BalanceSettingsDialog(stage, messages, form));
        robot.interact(() -> form.budgetProperty().set("20"));
        robot.type(KeyCode.ESCAPE);
        assertThat(asked(robot)).isTrue();
        robot.clickOn("#discard-keep");
        assertThat(dialog.isShowing()).isTrue();
        assertThat(form.budgetProperty().get()).isEqualTo("20");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#discard-changes");
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult()).isNull();

        // Defaults is a change when it changes a field
        form.edit(new BalanceSettings(BalanceSettings.defaults().windows(), java.util.Map.of(), 20, 90));
        show(robot, () -> new BalanceSettingsDialog(stage, messages, form));
        robot.clickOn("#calendar-balance-reset");
        robot.type(KeyCode.ESCAPE);
        assertThat(asked(robot)).isTrue();
        robot.clickOn("#discard-changes");
        assertThat(dialog.isShowing()).isFalse();
    }
}
