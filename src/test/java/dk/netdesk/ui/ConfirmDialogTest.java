package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The delete confirmation speaks the app's language, also on its Cancel button. */
@ExtendWith(ApplicationExtension.class)
class ConfirmDialogTest {

    Stage stage;
    final Messages danish = new Messages(new Locale("da"), Bundles.ALL);

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void danishDialogHasDanishButtonsAndCancelConfirmsNothing(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = ask();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getButtonTypes()).extracting(b -> b.getText()).containsExactly("Slet", "Annuller");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(b -> ((Button) b).getText().equals("Annuller"))
                .queryAs(Button.class));
        assertThat(WaitForAsyncUtils.waitFor(answer)).isFalse();

        CompletableFuture<Boolean> second = ask();
        robot.clickOn("#test-confirm");
        assertThat(WaitForAsyncUtils.waitFor(second)).isTrue();
    }

    @Test
    void anIrreversibleActionIsNeverTheDefaultSoEnterCancels(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(ConfirmDialog.ask(stage, danish, "Anonymisér", "Anonymisér Anna?",
                "Kan ikke fortrydes.", "Anonymisér", "test-confirm", true)));
        WaitForAsyncUtils.waitForFxEvents();
        Button confirm = robot.lookup("#test-confirm").queryButton();
        assertThat(confirm.isDefaultButton()).isFalse();
        assertThat(confirm.getStyleClass()).contains("danger");

        robot.type(javafx.scene.input.KeyCode.ENTER);

        assertThat(WaitForAsyncUtils.waitFor(answer)).as("Enter means Cancel").isFalse();
    }

    private CompletableFuture<Boolean> ask() {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(ConfirmDialog.ask(stage, danish, "Slet kontakt", "Slet Anna?",
                "Kontakten fjernes.", "Slet", "test-confirm")));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }
}
