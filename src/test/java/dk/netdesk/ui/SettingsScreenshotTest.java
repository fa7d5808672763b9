package dk.netdesk.ui;

import dk.netdesk.testing.ScreenshotRun;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.testing.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code mvn -B -Pscreenshots verify -Dtest=SettingsScreenshotTest}: Settings in English and Danish with a
 * chosen backup folder in a synced folder, to {@code target/screenshots/settings-<lang>.png} (the whole
 * path must be readable).
 */
@Tag("screenshots")
class SettingsScreenshotTest {

    @Test
    void settingsDialog() throws Exception {
        FxToolkit.registerPrimaryStage();
        for (ScreenshotRun run : ScreenshotRun.all()) {
            Locale locale = run.locale();
            Path dir = Files.createTempDirectory("netdesk-settings-shot");
            try (TestApp app = TestApp.open(dir, locale)) {
                app.context().backups().setFolder(Files.createDirectories(
                        dir.resolve("home/anna/Dropbox/Netdesk backups")));
                ShellViewModel shell = app.context().shell();
                WaitForAsyncUtils.asyncFx(() -> {
                    run.theme().apply();
                    Stage owner = FxToolkit.toolkitContext().getRegisteredStage();
                    if (owner.getScene() == null) {
                        owner.setScene(new Scene(new StackPane(), 400, 300));
                    }
                    // show() waits for the dialog; the screenshot is taken while it is open.
                    Platform.runLater(() -> SettingsDialog.show(owner, shell));
                });
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.asyncFx(() -> {
                    Window window = Window.getWindows().stream()
                            .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                            .findFirst().orElseThrow();
                    Screenshots.saveDialog(window, run, run.name("settings"));
                    ((Stage) window).close();
                }).get();
                WaitForAsyncUtils.waitForFxEvents();
            }
        }
    }
}
