package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.AppContext;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An unexpected failure is shown with a summary and a button that copies the details. */
@ExtendWith(ApplicationExtension.class)
class ErrorReporterTest {

    ErrorReporter reporter;

    @Start
    void start(Stage stage) {
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
        reporter = new ErrorReporter(new Messages(Locale.ENGLISH, AppContext.BUNDLES));
        reporter.uiStarted(stage);
    }

    @Test
    void failureShowsDialogWhoseCopyButtonPutsTheStackTraceOnTheClipboard(FxRobot robot) throws Exception {
        reporter.report(new IllegalStateException("outer", new java.io.IOException("disk full")));
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Something went wrong. Your saved data is safe.");
        assertThat(pane.getContentText()).isEqualTo("IOException: disk full");

        robot.clickOn("Copy details");
        String copied = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()));
        assertThat(copied).contains("java.lang.IllegalStateException: outer").contains("Caused by: java.io.IOException: disk full");

        robot.clickOn(robot.lookup(".dialog-pane .button").match(b -> ((Button) b).getText().equals("Close"))
                .queryAs(Button.class));
    }
}
