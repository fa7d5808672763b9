package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.TextArea;
import org.jooq.exception.DataAccessException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
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
    Stage stage;

    @Start
    void start(Stage stage) {
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
        reporter = new ErrorReporter(new Messages(Locale.ENGLISH, Bundles.ALL), new MutableClock());
        this.stage = stage;
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

    private static DataAccessException diskFull() {
        return new DataAccessException("SQL [insert into contact …]; [SQLITE_FULL] Insertion failed because database is full",
                new SQLiteException("[SQLITE_FULL] Insertion failed because database is full (database or disk is full)",
                        SQLiteErrorCode.SQLITE_FULL));
    }

    @Test
    void diskFullIsSaidInPlainWordsAndTheRawTextIsOnlyInTheDetails(FxRobot robot) throws Exception {
        reporter.report(diskFull());
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane pane = robot.lookup("#failure-disk-full").queryAs(DialogPane.class);
        assertThat(((javafx.stage.Stage) pane.getScene().getWindow()).getTitle()).isEqualTo("Netdesk – disk full");
        assertThat(pane.getHeaderText()).isEqualTo("The disk is full, so Netdesk could not save.");
        assertThat(pane.getContentText()).startsWith("Nothing you saved before is lost").contains("Free some space")
                .doesNotContain("SQLITE");
        assertThat(((TextArea) pane.getExpandableContent()).getText()).contains("[SQLITE_FULL] Insertion failed");

        robot.clickOn("Copy details");
        String copied = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()));
        assertThat(copied).contains("org.sqlite.SQLiteException: [SQLITE_FULL]");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(b -> ((Button) b).getText().equals("Close"))
                .queryAs(Button.class));
    }

    @Test
    void eachKindHasItsOwnWordsInBothLanguages() throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("da"))) {
            Messages messages = new Messages(locale, Bundles.ALL);
            for (SQLiteErrorCode code : List.of(SQLiteErrorCode.SQLITE_FULL, SQLiteErrorCode.SQLITE_READONLY,
                    SQLiteErrorCode.SQLITE_BUSY, SQLiteErrorCode.SQLITE_CORRUPT)) {
                SQLiteException raw = new SQLiteException("[" + code.name() + "] raw", code);
                javafx.scene.control.Alert alert = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                        () -> ErrorDialog.build(null, messages, raw)));
                DialogPane pane = alert.getDialogPane();
                String key = ErrorDialog.messageKey(dk.netdesk.db.StorageFailure.of(raw));
                // The window title fits the kind: a full disk is not an "unexpected error".
                assertThat(alert.getTitle()).isEqualTo(messages.get(key + ".title"))
                        .isNotEqualTo(messages.get("error.title")).startsWith("Netdesk – ");
                assertThat(pane.getHeaderText()).isEqualTo(messages.get(key + ".header"));
                assertThat(pane.getContentText()).isEqualTo(messages.get(key + ".text")).doesNotContain(code.name());
            }
        }
        javafx.scene.control.Alert other = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                () -> ErrorDialog.build(null, new Messages(Locale.ENGLISH, Bundles.ALL), new IllegalStateException("a bug"))));
        assertThat(other.getTitle()).isEqualTo("Netdesk – unexpected error");
        assertThat(new Messages(Locale.forLanguageTag("da"), Bundles.ALL).get("failure.diskFull.header"))
                .isEqualTo("Disken er fuld, så Netdesk kunne ikke gemme.");
    }

    @Test
    void theSameKindIsShownOnceWhileItLastsThenAgainAfterAWriteOrTenMinutes() throws Exception {
        MutableClock clock = new MutableClock();
        List<Throwable> shown = new CopyOnWriteArrayList<>();
        ErrorReporter recording = new ErrorReporter((owner, error) -> shown.add(error), clock);
        recording.uiStarted(stage);

        for (int i = 0; i < 5; i++) {
            recording.report(diskFull());
            clock.advance(Duration.ofSeconds(20));
        }
        recording.report(new SQLiteException("[SQLITE_BUSY] locked", SQLiteErrorCode.SQLITE_BUSY));
        recording.report(new IllegalStateException("a bug"));
        recording.report(new IllegalStateException("another bug"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown).extracting(e -> ErrorDialog.messageKey(dk.netdesk.db.StorageFailure.of(e)))
                .containsExactly("failure.diskFull", "failure.locked", null, null);

        recording.writeSucceeded();
        recording.report(diskFull());
        clock.advance(FailureNotices.QUIET);
        recording.report(diskFull());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown).hasSize(6);
    }
}
