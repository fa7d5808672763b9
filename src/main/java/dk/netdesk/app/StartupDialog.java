package dk.netdesk.app;

import dk.netdesk.ui.Messages;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;

/**
 * The dialog that says why Netdesk will not start (already running, made by a newer Netdesk,
 * cannot open, damaged). It is built and shown from a {@link Platform#runLater} task, never inside
 * the {@link Platform#startup} runnable: that runnable runs before the toolkit draws frames, and a
 * dialog shown there stays a blank window.
 */
final class StartupDialog {

    private StartupDialog() {
    }

    /** The dialog for {@code text}, not yet shown: the app's name as title, "Netdesk cannot start" as header. Call on the JavaFX thread. */
    static Alert build(Messages messages, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get("startup.cannotStart"));
        Label content = new Label(text);
        content.setId("startup-message");
        content.setWrapText(true);
        content.setMaxWidth(520);
        content.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("startup-dialog");
        return alert;
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
