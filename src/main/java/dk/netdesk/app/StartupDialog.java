package dk.netdesk.app;

import dk.netdesk.ui.DialogFit;
import dk.netdesk.ui.Messages;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;

/**
 * The dialog that says why Netdesk will not start (already running, made by a newer Netdesk,
 * cannot open, damaged), and for a damaged file with a good backup, the offer to restore it. It is built and shown from a {@link Platform#runLater} task, never inside
 * the {@link Platform#startup} runnable: that runnable runs before the toolkit draws frames, and a
 * dialog shown there stays a blank window.
 */
final class StartupDialog {

    private StartupDialog() {
    }

    /** The dialog for {@code text}, not yet shown: the app's name as title, "Netdesk cannot start" as header. Call on the JavaFX thread. */
    static Alert build(Messages messages, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        DialogFit.onScreen(alert);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get("startup.cannotStart"));
        Label content = new Label(text);
        content.setId("startup-message");
        content.setWrapText(true);
        // A wrapping label's preferred width is its whole text on one line: fix it, so the text wraps.
        content.setPrefWidth(520);
        content.setMaxWidth(520);
        content.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("startup-dialog");
        return alert;
    }

    /**
     * The dialog for a damaged database with a good backup, not yet shown: {@code offer}'s text (what
     * is wrong, what restoring does), a default button "Restore the backup of <date and time>"
     * ({@code #startup-restore}) and "Quit" ({@code #startup-quit}, also Escape). Its result is the
     * restore button's type when the user chose to restore. Call on the JavaFX thread.
     */
    static Alert buildRestoreOffer(Messages messages, Netdesk.RestoreOffer offer) {
        Alert alert = build(messages, offer.text());
        alert.setHeaderText(messages.get("startup.damaged.header"));
        ButtonType restore = new ButtonType(messages.format("startup.damaged.restoreButton",
                messages.dateTimeSeconds(offer.takenAt())), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(messages.get("startup.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(restore, quit);
        alert.getDialogPane().lookupButton(restore).setId("startup-restore");
        alert.getDialogPane().lookupButton(quit).setId("startup-quit");
        // "Quit" keeps its own width beside the long restore button.
        ButtonBar.setButtonUniformSize(alert.getDialogPane().lookupButton(quit), false);
        return alert;
    }

    /** Whether the user chose "Restore" in {@code alert} from {@link #buildRestoreOffer} (after it closed). */
    static boolean restoreChosen(Alert alert) {
        ButtonType result = alert.getResult();
        return result != null && result.getButtonData() == ButtonBar.ButtonData.OK_DONE;
    }

    /** Shows {@link #buildRestoreOffer} and waits; true when the user chose to restore. Call on the JavaFX thread. */
    static boolean askRestore(Messages messages, Netdesk.RestoreOffer offer) {
        Alert alert = buildRestoreOffer(messages, offer);
        alert.showAndWait();
        return restoreChosen(alert);
    }

    /**
     * Shows the dialog and waits until the user closes it; call off the JavaFX thread. Starts the
     * toolkit when it is not running yet (a refusal before the app window exists), and then shows the
     * dialog from a later task, once the toolkit runs. Throws when there is no usable display.
     */
    static void showAndWait(Messages messages, String text) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await();
        CountDownLatch closed = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                build(messages, text).showAndWait();
            } finally {
                closed.countDown();
            }
        });
        closed.await();
    }
}
