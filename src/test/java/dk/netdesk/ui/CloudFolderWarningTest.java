package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A data folder in Dropbox is warned about once, remembered across restarts; the warning points to "Choose backup folder". */
@ExtendWith(ApplicationExtension.class)
class CloudFolderWarningTest {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
    }

    @Test
    void warnedOnceAndRememberedAfterARestart() {
        Path synced = dir.resolve("Dropbox").resolve("Netdesk");
        try (TestApp app = TestApp.open(synced, Locale.ENGLISH)) {
            CloudFolderWarning warning = app.context().cloudWarning();
            assertThat(warning.check(synced)).contains("Dropbox");
            warning.shown();
            assertThat(warning.check(synced)).isEmpty();
        }
        try (TestApp again = TestApp.open(synced, Locale.ENGLISH)) {
            assertThat(again.context().cloudWarning().check(synced)).as("remembered in the settings").isEmpty();
        }
    }

    @Test
    void anOrdinaryFolderIsNotWarnedAbout() {
        Path plain = dir.resolve("netdesk");
        try (TestApp app = TestApp.open(plain, Locale.ENGLISH)) {
            assertThat(app.context().cloudWarning().check(plain)).isEmpty();
        }
    }

    @Test
    void theWarningNamesTheToolAndPointsToTheBackupFolderInBothLanguages() throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("da"))) {
            Messages messages = new Messages(locale, Bundles.ALL);
            DialogPane pane = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                    () -> CloudFolderDialog.build(null, messages, "OneDrive").getDialogPane()));
            String text = ((Label) pane.lookup("#cloud-warning-text")).getText();
            assertThat(pane.getHeaderText()).contains("OneDrive");
            assertThat(text).contains("OneDrive")
                    .contains(locale.getLanguage().equals("da") ? "Vælg mappe til sikkerhedskopier" : "Choose backup folder");
        }
    }
}
