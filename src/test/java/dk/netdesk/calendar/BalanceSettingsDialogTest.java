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

        Label error = robot.lookup("#calendar-balance-error").queryAs(Label.class);
        assertThat(error.getText()).isEqualTo(messages.get("calendar.balance.errorZone"));
        assertThat(InWindow.isInside(error)).as("the message").isTrue();
        assertThat(InWindow.isInside(save)).as("Save").isTrue();
        assertThat(robot.lookup(".dialog-pane .button-bar .button").queryAll()).hasSize(2)
                .allMatch(n -> InWindow.isInside((Node) n), "Save and Cancel inside the window");
        // closed by code: TestFX's clean-up closes windows as the close button does, and the changed form would ask
        robot.interact(() -> dialog[0].close());
    }
}
