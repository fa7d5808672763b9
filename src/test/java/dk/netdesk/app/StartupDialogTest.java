package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.db.DatabaseTooNewException;
import dk.netdesk.ui.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dialogs that say why Netdesk will not start carry their message, drawn in a shown window:
 * "already running", "made by a newer Netdesk" and "cannot open", in both languages.
 */
@ExtendWith(ApplicationExtension.class)
class StartupDialogTest {

    private static final Path DIR = Path.of("/home/anna/Netdesk");

    @Start
    void start(Stage stage) {
        // The toolkit runs, as it does once the launcher has started it.
    }

    private static List<String> refusals(Messages messages) {
        return List.of(
                messages.format("startup.alreadyRunning", DIR),
                Netdesk.refusal(new DatabaseTooNewException(DIR.resolve("netdesk.db"), "9", "4"), messages, DIR).text(),
                Netdesk.refusal(new IOException("Permission denied"), messages, DIR).text());
    }

    @Test
    void eachRefusalIsBuiltWithItsMessageInBothLanguages() throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("da"))) {
            Messages messages = new Messages(locale, Bundles.ALL);
            for (String text : refusals(messages)) {
                DialogPane pane = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                        () -> StartupDialog.build(messages, text).getDialogPane()));
                assertThat(pane.getHeaderText()).isEqualTo(messages.get("startup.cannotStart"));
                assertThat(((Label) pane.lookup("#startup-message")).getText()).isEqualTo(text).isNotBlank();
            }
        }
        assertThat(refusals(new Messages(Locale.ENGLISH, Bundles.ALL)).get(0))
                .startsWith("Netdesk is already running with the data folder " + DIR);
    }

    @Test
    void shownFromOffTheFxThreadTheDialogIsDrawnWithItsTextAndWaitsForTheUser(FxRobot robot) throws Exception {
        Messages messages = new Messages(Locale.ENGLISH, Bundles.ALL);
        String text = messages.format("startup.alreadyRunning", DIR);
        CompletableFuture<Void> closed = CompletableFuture.runAsync(() -> {
            try {
                StartupDialog.showAndWait(messages, text);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#startup-message").tryQuery()
                .map(label -> label.getScene().getWindow().isShowing() && label.getLayoutBounds().getWidth() > 100)
                .orElse(false));
        Label message = robot.lookup("#startup-message").queryAs(Label.class);
        assertThat(message.getText()).isEqualTo(text);
        Window window = message.getScene().getWindow();
        assertThat(window.isShowing()).isTrue();
        assertThat(message.getWidth()).as("laid out, so drawn").isGreaterThan(100);
        assertThat(message.getHeight()).isGreaterThan(5);
        assertThat(closed).isNotDone();

        robot.clickOn(robot.lookup("#startup-dialog .button").queryAs(Button.class));
        closed.get(10, TimeUnit.SECONDS);
        assertThat(window.isShowing()).isFalse();
    }

    private static Netdesk.RestoreOffer offer(Messages messages) {
        java.time.ZonedDateTime takenAt = java.time.ZonedDateTime.of(2026, 11, 30, 20, 5, 0, 0,
                java.time.ZoneId.of("Europe/Copenhagen"));
        Path file = DIR.resolve("netdesk.db");
        return new Netdesk.RestoreOffer(file, DIR.resolve("backups/netdesk-2026-11-30T19-05-00Z.db"), takenAt,
                messages.format("startup.damaged.empty", file) + "\n\n"
                        + messages.format("startup.damaged.restoreOffer", messages.dateTimeSeconds(takenAt)));
    }

    /** Shows the restore offer from a later task, as the app does; completes with the user's choice. */
    private static CompletableFuture<Boolean> ask(Messages messages, Netdesk.RestoreOffer offer) {
        CompletableFuture<Boolean> chosen = new CompletableFuture<>();
        javafx.application.Platform.runLater(() -> chosen.complete(StartupDialog.askRestore(messages, offer)));
        return chosen;
    }

    private static void waitUntilShown(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#startup-restore").tryQuery()
                .map(button -> button.getScene().getWindow().isShowing() && button.getLayoutBounds().getWidth() > 50)
                .orElse(false));
    }

    @Test
    void theRestoreOfferSaysWhatIsWrongNamesTheBackupsTimeAndQuitRestoresNothing(FxRobot robot) throws Exception {
        Messages messages = new Messages(Locale.UK, Bundles.ALL);
        Netdesk.RestoreOffer offer = offer(messages);
        String when = messages.dateTimeSeconds(offer.takenAt());
        assertThat(when).contains("2026").contains("20:05");
        CompletableFuture<Boolean> chosen = ask(messages, offer);
        waitUntilShown(robot);

        DialogPane pane = robot.lookup("#startup-dialog").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Your data file cannot be used");
        assertThat(robot.lookup("#startup-message").queryAs(Label.class).getText()).isEqualTo(offer.text())
                .startsWith("The database file " + DIR.resolve("netdesk.db") + " is empty")
                .contains("Netdesk can restore the newest good backup, from " + when + ",");
        Button restore = robot.lookup("#startup-restore").queryAs(Button.class);
        assertThat(restore.getText()).isEqualTo("Restore the backup of " + when);
        assertThat(restore.isDefaultButton()).isTrue();
        assertThat(restore.getWidth()).as("the whole text fits").isGreaterThanOrEqualTo(restore.prefWidth(-1) - 0.5);
        Button quit = robot.lookup("#startup-quit").queryAs(Button.class);
        assertThat(quit.getText()).isEqualTo("Quit");
        assertThat(chosen).isNotDone();

        robot.clickOn(quit);

        assertThat(chosen.get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(robot.lookup("#startup-dialog").tryQuery()).isEmpty();
    }

    @Test
    void enterChoosesTheRestoreAndTheButtonSpeaksDanish(FxRobot robot) throws Exception {
        Messages messages = new Messages(Locale.forLanguageTag("da"), Bundles.ALL);
        CompletableFuture<Boolean> chosen = ask(messages, offer(messages));
        waitUntilShown(robot);

        assertThat(robot.lookup("#startup-restore").queryAs(Button.class).getText())
                .isEqualTo("Gendan sikkerhedskopien fra " + messages.dateTimeSeconds(offer(messages).takenAt()))
                .contains("30. nov. 2026");
        assertThat(robot.lookup("#startup-quit").queryAs(Button.class).getText()).isEqualTo("Afslut");

        robot.type(javafx.scene.input.KeyCode.ENTER);

        assertThat(chosen.get(10, TimeUnit.SECONDS)).isTrue();
    }
}
