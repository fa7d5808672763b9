package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.BackupFile;
import dk.netdesk.db.BackupSummary;
import dk.netdesk.testing.MutableClock;
import dk.netdesk.testing.TestApp;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** The restore dialog lists the backups with what they hold, restores one after asking, and refuses a damaged one. */
@ExtendWith(ApplicationExtension.class)
class RestoreDialogTest {

    @TempDir
    Path dir;
    Stage stage;
    TestApp app;
    final MutableClock clock = new MutableClock();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    private void addContact(String name) {
        app.context().contactService().create(ContactDetails.named(name), null);
    }

    /** Issue 15: on a 1,024 px wide screen the dialog fits, its Close button included (the table's columns shrink). */
    @Test
    void theDialogFitsAScreen1024Wide() throws Exception {
        app = TestApp.open(dir, Locale.forLanguageTag("da"), clock);
        app.context().backups().backUp(BackupFile.Reason.MANUAL);
        RestoreViewModel model = app.context().shell().backups().restoreModel();
        double[] width = WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.control.Dialog<?> dialog = new RestoreDialog(model).build(stage);
            return new double[] {dialog.getDialogPane().minWidth(-1), dialog.getDialogPane().prefWidth(-1)};
        }).get();
        org.assertj.core.api.Assertions.assertThat(width[0]).as("smallest width").isLessThanOrEqualTo(1000);
        org.assertj.core.api.Assertions.assertThat(width[1]).as("width it opens at").isGreaterThanOrEqualTo(1000);
    }

    @Test
    void theListShowsCountsAndRestoreBringsTheOldDataBack(FxRobot robot) throws Exception {
        app = TestApp.open(dir, Locale.ENGLISH, clock);
        addContact("Anna Jensen");
        app.database().dsl().execute("INSERT INTO calendar_event (title, start_local, end_local, zone, category, kind) "
                + "VALUES ('Kaffemøde', '2026-12-01T10:00', '2026-12-01T11:00', 'Europe/Copenhagen', 'WORK', 'PRESENTATION')");
        app.context().backups().backUp(BackupFile.Reason.MANUAL);
        clock.advance(Duration.ofMinutes(40));
        addContact("Bo Nielsen");
        addContact("Carl Holm");
        app.context().backups().backUp(BackupFile.Reason.AUTOMATIC);
        clock.advance(Duration.ofMinutes(5));
        addContact("Dorte Berg");
        app.context().undo().done(UndoManager.Command.of(() -> "test", () -> { }, () -> { }));

        RestoreViewModel model = app.context().shell().backups().restoreModel();
        Platform.runLater(() -> new RestoreDialog(model).show(stage));
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        TableView<BackupSummary> table = robot.lookup("#restore-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(BackupSummary::contacts).containsExactly(3, 1);
        assertThat(table.getItems()).extracting(BackupSummary::events).containsExactly(1, 1);
        List<String> cells = robot.lookup("#restore-table .table-cell").queryAllAs(javafx.scene.control.TableCell.class)
                .stream().map(c -> c.getText() == null ? "" : c.getText()).toList();
        assertThat(cells).contains("28 Nov 2026, 10:40:00", "28 Nov 2026, 10:00:00", "Automatic", "Backed up by hand", "3", "1");
        assertThat(table.getSelectionModel().getSelectedIndex()).as("the newest is chosen").isZero();

        // The older one, by keyboard: Down, then Enter asks first.
        robot.clickOn(robot.lookup("#restore-table .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.type(javafx.scene.input.KeyCode.DOWN);
        assertThat(model.selectedProperty().get().contacts()).isEqualTo(1);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node confirm = robot.lookup("#restore-confirm").queryButton();
        while (!(confirm instanceof javafx.scene.control.DialogPane)) {
            confirm = confirm.getParent();
        }
        assertThat(((javafx.scene.control.DialogPane) confirm).getHeaderText())
                .isEqualTo("Restore the backup from 28 Nov 2026, 10:00:00?");
        robot.clickOn("#restore-confirm");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.context().contactService().findAll()).extracting(c -> c.details().name())
                .containsExactly("Anna Jensen");
        assertThat(robot.lookup("#restore-status").queryAs(Label.class).getText())
                .isEqualTo("Restored the backup from 28 Nov 2026, 10:00:00. The data as it was before is in the backup from "
                        + "28 Nov 2026, 10:45:00.");
        assertThat(app.context().status().textProperty().get()).startsWith("Restored the backup");
        assertThat(app.context().undo().canUndoProperty().get()).as("undo history refers to data that is gone").isFalse();
        // The list is read again and shows the backup of the data before, with all four contacts.
        assertThat(table.getItems()).extracting(BackupSummary::contacts).containsExactly(4, 3, 1);
        assertThat(table.getItems().get(0).file().reason()).isEqualTo(BackupFile.Reason.BEFORE_RESTORE);

        robot.clickOn("#restore-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#restore-table").tryQuery()).isEmpty();
    }

    @Test
    void aDamagedBackupIsRefusedWithAPlainMessage(FxRobot robot) throws Exception {
        app = TestApp.open(dir, Locale.ENGLISH, clock);
        for (int i = 0; i < 300; i++) {
            addContact("Kontakt " + i + " med et langt navn, så tabellen fylder flere sider");
        }
        BackupFile good = app.context().backups().backUp(BackupFile.Reason.MANUAL);
        Path damaged = good.path().resolveSibling("netdesk-2026-11-28T08-00-00Z.db");
        Files.copy(good.path(), damaged);
        try (RandomAccessFile file = new RandomAccessFile(damaged.toFile(), "rw")) {
            byte[] noise = new byte[4096];
            new java.util.Random(11).nextBytes(noise);
            file.seek(4096L * (file.length() / 4096 / 2));
            file.write(noise);
        }
        RestoreViewModel model = app.context().shell().backups().restoreModel();
        Platform.runLater(() -> new RestoreDialog(model).show(stage));
        WaitForAsyncUtils.waitForFxEvents();
        BackupSummary chosen = model.rows().stream().filter(b -> b.file().path().equals(damaged)).findFirst().orElseThrow();

        Platform.runLater(() -> model.restore(chosen));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#restore-status").queryAs(Label.class).getText()).isEqualTo(
                "This backup is damaged: it failed SQLite's integrity check. Nothing was changed. Choose another backup.");
        assertThat(model.failedProperty().get()).isTrue();
        assertThat(app.context().contactService().findAll()).hasSize(300);
        assertThat(robot.lookup("#restore-restore").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void aDamagedBackupIsMarkedNeverChosenAndCannotBeRestored(FxRobot robot) throws Exception {
        app = TestApp.open(dir, Locale.ENGLISH, clock);
        for (int i = 0; i < 300; i++) {
            addContact("Kontakt " + i + " med et langt navn, så tabellen fylder flere sider");
        }
        BackupFile good = app.context().backups().backUp(BackupFile.Reason.MANUAL);
        // The newest backup is the damaged one.
        Path damaged = good.path().resolveSibling("netdesk-2026-11-28T09-30-00Z-exit.db");
        Files.copy(good.path(), damaged);
        try (RandomAccessFile file = new RandomAccessFile(damaged.toFile(), "rw")) {
            byte[] noise = new byte[4096];
            new java.util.Random(11).nextBytes(noise);
            file.seek(4096L * (file.length() / 4096 / 2));
            file.write(noise);
        }
        RestoreViewModel model = app.context().shell().backups().restoreModel();
        Platform.runLater(() -> new RestoreDialog(model).show(stage));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.rows()).extracting(b -> b.file().path()).containsExactly(damaged, good.path());
        assertThat(model.rows().get(0).condition()).isEqualTo(BackupSummary.Condition.DAMAGED);
        assertThat(model.selectedProperty().get().file().path()).as("the newest good one is chosen").isEqualTo(good.path());
        javafx.scene.control.TableRow<?> first = robot.lookup("#restore-table .table-row-cell").nth(0)
                .queryAs(javafx.scene.control.TableRow.class);
        assertThat(first.getPseudoClassStates()).extracting(Object::toString).contains("unusable");
        List<String> cells = robot.lookup("#restore-table .table-cell").queryAllAs(javafx.scene.control.TableCell.class)
                .stream().filter(c -> c.getTableRow() == first).map(c -> c.getText() == null ? "" : c.getText()).toList();
        assertThat(cells).contains("28 Nov 2026, 10:30:00", "Damaged — cannot be restored", "–").doesNotContain("300");
        assertThat(robot.lookup("#restore-restore").queryAs(Button.class).isDisabled()).isFalse();

        robot.clickOn(first);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selectedProperty().get().file().path()).isEqualTo(damaged);
        assertThat(robot.lookup("#restore-restore").queryAs(Button.class).isDisabled()).isTrue();
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#restore-confirm").tryQuery()).as("Enter does not offer a damaged backup").isEmpty();
    }

    @Test
    void withTheDataFileDamagedTheDialogSaysItIsKeptAsideAndWhereAndReopensWithoutTheOldResult(FxRobot robot)
            throws Exception {
        app = TestApp.open(dir, Locale.ENGLISH, clock);
        addContact("Anna Jensen");
        BackupFile annaOnly = app.context().backups().backUp(BackupFile.Reason.MANUAL);
        clock.advance(Duration.ofMinutes(3));
        addContact("Bo Nielsen");
        // As after "Keep reading only" in the damaged-file dialog.
        app.database().stopWriting();
        RestoreViewModel model = app.context().shell().backups().restoreModel();
        Platform.runLater(() -> new RestoreDialog(model).show(stage));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#restore-intro").queryAs(Label.class).getText())
                .contains("kept aside, unchanged, beside the data as netdesk.db.damaged-<time>");
        assertThat(model.confirmText(model.selectedProperty().get())).contains("The damaged data file is kept aside");

        Platform.runLater(() -> model.restore(model.selectedProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#restore-status").queryAs(Label.class).getText()).isEqualTo(
                "Restored the backup from 28 Nov 2026, 10:00:00. The damaged data file is kept as "
                        + "netdesk.db.damaged-20261128T090300Z in " + dir + "; it has not been deleted. Saving works again.");
        assertThat(model.failedProperty().get()).isFalse();
        assertThat(dir.resolve("netdesk.db.damaged-20261128T090300Z")).exists();
        assertThat(app.context().contactService().findAll()).extracting(c -> c.details().name()).containsExactly("Anna Jensen");
        assertThat(app.database().writesStopped()).isFalse();
        assertThat(annaOnly.path()).exists();

        robot.clickOn("#restore-close");
        WaitForAsyncUtils.waitForFxEvents();
        Platform.runLater(() -> new RestoreDialog(model).show(stage));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#restore-status").queryAs(Label.class).getText()).isEmpty();
        assertThat(robot.lookup("#restore-intro").queryAs(Label.class).getText())
                .isEqualTo(model.messages().get("restore.intro"));
        robot.clickOn("#restore-close");
    }

    @Test
    void theBackupFolderIsShownWholeInDanishSelectableAndInItsTooltip(FxRobot robot) throws Exception {
        app = TestApp.open(dir, new Locale("da"), clock);
        Path chosen = Files.createDirectories(dir.resolve("home").resolve("Dropbox").resolve("Netdesk sikkerhedskopier"));
        app.context().backups().setFolder(chosen);
        ShellViewModel shell = app.context().shell();
        Platform.runLater(() -> SettingsDialog.show(stage, shell));
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.TextField folder = robot.lookup("#settings-backup-folder").queryAs(javafx.scene.control.TextField.class);
        assertThat(folder.getText()).isEqualTo(chosen.toString());
        assertThat(folder.isEditable()).isFalse();
        assertThat(folder.getTooltip().getText()).isEqualTo(chosen.toString());
        javafx.scene.text.Text measured = new javafx.scene.text.Text(chosen.toString());
        measured.setFont(folder.getFont());
        assertThat(folder.getWidth() - folder.getPadding().getLeft() - folder.getPadding().getRight())
                .as("the whole path fits, next to the Danish button").isGreaterThanOrEqualTo(measured.getLayoutBounds().getWidth());
        Platform.runLater(folder::selectAll);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(folder.getSelectedText()).isEqualTo(chosen.toString());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void noBlankGapUnderTheBackupsRowAndTheStatusShowsWholeWhenItComes(FxRobot robot) throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, new Locale("da"))) {
            app = TestApp.open(dir.resolve(locale.getLanguage()), locale, clock);
            addContact("Anna Jensen");
            ShellViewModel shell = app.context().shell();
            Platform.runLater(() -> SettingsDialog.show(stage, shell));
            WaitForAsyncUtils.waitForFxEvents();

            javafx.scene.Node now = robot.lookup("#settings-backup-now").query();
            javafx.scene.layout.GridPane grid = (javafx.scene.layout.GridPane) now.getParent().getParent();
            double rowBottom = now.getParent().localToScene(now.getParent().getLayoutBounds()).getMaxY();
            double nextTop = grid.getChildren().stream().filter(n -> n.isManaged() && n.isVisible())
                    .mapToDouble(n -> n.localToScene(n.getLayoutBounds()).getMinY())
                    .filter(y -> y > rowBottom - 1).min()
                    .orElse(grid.localToScene(grid.getLayoutBounds()).getMaxY());
            assertThat(nextTop - rowBottom).as(locale + ": the gap under the Backups row").isLessThan(24);

            robot.clickOn("#settings-backup-now");
            WaitForAsyncUtils.waitForFxEvents();
            Label status = robot.lookup("#settings-backup-status").queryAs(Label.class);
            assertThat(status.getText()).isNotEmpty();
            javafx.scene.text.Text shown = (javafx.scene.text.Text) status.lookup(".text");
            assertThat(shown.getText()).as("shown whole").isEqualTo(status.getText());
            javafx.geometry.Bounds pane = robot.lookup(".dialog-pane").query().localToScene(
                    robot.lookup(".dialog-pane").query().getLayoutBounds());
            assertThat(status.localToScene(status.getLayoutBounds()).getMaxY()).isLessThanOrEqualTo(pane.getMaxY());
            robot.type(javafx.scene.input.KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
            app.close();
            app = null;
        }
    }

    @Test
    void backUpNowInSettingsSaysWhatItDidAndAnUnwritableFolderIsRefused(FxRobot robot) throws Exception {
        app = TestApp.open(dir, new Locale("da"), clock);
        addContact("Anna Jensen");
        ShellViewModel shell = app.context().shell();
        Platform.runLater(() -> SettingsDialog.show(stage, shell));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#settings-backup-folder").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo(dir.resolve("backups").toString());

        robot.clickOn("#settings-backup-now");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#settings-backup-status").queryAs(Label.class).getText())
                .startsWith("Sikkerhedskopi taget: 28. nov. 2026").contains("netdesk-2026-11-28T09-00-00Z-manual.db");
        assertThat(app.context().backups().files()).hasSize(1);

        Path aFile = Files.writeString(dir.resolve("en-fil.txt"), "ikke en mappe");
        Platform.runLater(() -> shell.backups().chooseFolder(aFile));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#settings-backup-status").queryAs(Label.class).getText())
                .startsWith("Netdesk kan ikke skrive i mappen " + aFile);
        assertThat(robot.lookup("#settings-backup-folder").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo(dir.resolve("backups").toString());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }
}
