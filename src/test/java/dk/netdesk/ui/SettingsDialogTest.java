package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.db.Settings;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The settings form: labelled fields in the app's language, applied on OK. */
@ExtendWith(ApplicationExtension.class)
class SettingsDialogTest {

    @TempDir
    Path dir;
    Stage stage;
    Database db;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void eachFieldHasItsLabelAndOkSavesTheOwnerName(FxRobot robot) throws Exception {
        db = Database.open(dir);
        ShellViewModel model = new ShellViewModel(new Settings(db, new Changes()), Background.direct(),
                new Messages(new Locale("da"), Bundles.ALL));
        Platform.runLater(() -> SettingsDialog.show(stage, model));
        WaitForAsyncUtils.waitForFxEvents();

        Label owner = robot.lookup(".dialog-pane .label").match(n -> ((Label) n).getLabelFor() != null
                && "settings-owner-name".equals(((Label) n).getLabelFor().getId())).queryAs(Label.class);
        assertThat(owner.getText()).isEqualTo(model.messages().get("settings.ownerName"));
        assertThat(robot.lookup(".dialog-pane .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Sprog", "Tema");

        robot.clickOn("#settings-owner-name").write("Maria Sørensen");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(b -> ((javafx.scene.control.Button) b).getText()
                .equals(ConfirmDialog.ok(model.messages()).getText())).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.ownerNameProperty().get()).isEqualTo("Maria Sørensen");
    }

    @Test
    void theLabelsKeepTheDialogPaddingFromTheLeftEdge(FxRobot robot) throws Exception {
        db = Database.open(dir);
        ShellViewModel model = new ShellViewModel(new Settings(db, new Changes()), Background.direct(),
                new Messages(Locale.ENGLISH, Bundles.ALL));
        Platform.runLater(() -> SettingsDialog.show(stage, model));
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        Label language = robot.lookup(".dialog-pane .label").match(n -> "Language".equals(((Label) n).getText()))
                .queryAs(Label.class);
        double left = language.localToScene(language.getBoundsInLocal()).getMinX()
                - pane.localToScene(pane.getBoundsInLocal()).getMinX();
        assertThat(left).as("space left of the first label").isGreaterThanOrEqualTo(DialogFit.PADDING.getLeft());
        robot.interact(() -> pane.getScene().getWindow().hide());
    }

    @Test
    void escapeAfterTypingAsksAndDiscardLeavesTheSettingsAsTheyWere(FxRobot robot) throws Exception {
        db = Database.open(dir);
        ShellViewModel model = new ShellViewModel(new Settings(db, new Changes()), Background.direct(),
                new Messages(Locale.ENGLISH, Bundles.ALL));
        Platform.runLater(() -> SettingsDialog.show(stage, model));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#settings-owner-name").write("Maria");
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#discard-keep");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#settings-owner-name").queryAs(javafx.scene.control.TextField.class).getText())
                .as("Keep editing keeps the dialog and the typed name").isEqualTo("Maria");

        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#discard-changes");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#settings-owner-name").tryQuery()).as("the dialog is closed").isEmpty();
        assertThat(model.ownerNameProperty().get()).as("nothing saved").isNotEqualTo("Maria");
    }
}
