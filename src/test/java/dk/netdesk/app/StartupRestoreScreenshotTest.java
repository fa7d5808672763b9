package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.ScreenshotRun;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.ui.Messages;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code mvn -B -Pscreenshots verify -Dtest=StartupRestoreScreenshotTest}: the start-up offer to restore
 * a backup over a damaged file, in English and Danish, to {@code target/screenshots/startup-restore-<lang>.png}.
 * It is drawn as the app draws it at start: before any window has set the app's theme, so in JavaFX's own look.
 */
@Tag("screenshots")
class StartupRestoreScreenshotTest {

    @Test
    void startupRestoreDialog() throws Exception {
        FxToolkit.registerPrimaryStage();
        Path dataDir = Path.of("/home/anna/.local/share/netdesk");
        Path file = dataDir.resolve("netdesk.db");
        ZonedDateTime takenAt = ZonedDateTime.of(2026, 11, 30, 20, 5, 0, 0, ZoneId.of("Europe/Copenhagen"));
        for (ScreenshotRun run : ScreenshotRun.all()) {
            Locale locale = run.locale();
            Messages messages = new Messages(locale, Bundles.ALL);
            Netdesk.RestoreOffer offer = new Netdesk.RestoreOffer(file,
                    dataDir.resolve("backups/netdesk-2026-11-30T19-05-00Z.db"), takenAt,
                    messages.format("startup.damaged.damaged", file) + "\n\n"
                            + messages.format("startup.damaged.restoreOffer", messages.dateTimeSeconds(takenAt)));
            Alert[] shown = new Alert[1];
            WaitForAsyncUtils.asyncFx(() -> {
                Application.setUserAgentStylesheet(Application.STYLESHEET_MODENA);
                shown[0] = StartupDialog.buildRestoreOffer(messages, offer);
                shown[0].show();
            }).get();
            WaitForAsyncUtils.waitForFxEvents();
            Path png = WaitForAsyncUtils.asyncFx(() -> {
                Path saved = Screenshots.save(shown[0].getDialogPane().getScene(),
                        run.name("startup-restore"));
                ((Stage) shown[0].getDialogPane().getScene().getWindow()).close();
                return saved;
            }).get();
            assertThat(png).exists();
        }
    }
}
