package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.db.BackupFolder;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The damaged-file dialog shows its text, and "Restore backup" restores. */
@ExtendWith(ApplicationExtension.class)
class DamagedFileDialogTest {

    @TempDir
    Path dir;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 600, 400));
        stage.show();
    }

    @Test
    void dialogShowsWhatIsWrongAndRestoresOnRequest(FxRobot robot) throws Exception {
        DataFileCheckTest.damagedDatabaseWithBackup(dir);
        Messages messages = new Messages(Locale.UK, Bundles.ALL);
        try (Database db = Database.open(dir)) {
            DataFileCheck check = new DataFileCheck(db, new BackupFolder(dir.resolve("backups")), new Changes(),
                    Background.direct(), messages, new StatusLine(), DataFileCheckTest.CLOCK);
            check.setOnDamaged(() -> DamagedFileDialog.show(stage, messages, check));
            Platform.runLater(check::start);
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(robot.lookup("#damaged-message").queryAs(Label.class).getText())
                    .startsWith("A check of " + db.file() + " found damage");
            assertThat(robot.lookup("#damaged-offer").queryAs(Label.class).getText())
                    .startsWith("Restore the newest good backup");
            assertThat(robot.lookup("#damaged-restore").queryAs(Button.class).getText()).isEqualTo("Restore backup");
            assertThat(robot.lookup("#damaged-keep").queryAs(Button.class).getText()).isEqualTo("Keep reading only");

            robot.clickOn("#damaged-restore");
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(robot.lookup("#damaged-dialog").tryQuery()).isEmpty();
            assertThat(check.damagedProperty().get()).isFalse();
            assertThat(db.writesStopped()).isFalse();
        }
    }
}
