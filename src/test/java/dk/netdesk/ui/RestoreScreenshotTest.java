package dk.netdesk.ui;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.BackupFile;
import dk.netdesk.testing.MutableClock;
import dk.netdesk.testing.ScreenshotRun;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.testing.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code mvn -B -Pscreenshots verify -Dtest=RestoreScreenshotTest}: the restore dialog in English and
 * Danish (light theme) over a week of backups, one of them damaged, to {@code target/screenshots/restore-<lang>.png}.
 */
@Tag("screenshots")
class RestoreScreenshotTest {

    private static final String[] NAMES = {"Anna Jensen", "Bo Nielsen", "Carl Holm", "Dorte Berg", "Emil Skov",
        "Freja Lund", "Gustav Møller", "Hanne Friis", "Ib Kjær", "Julie Bak", "Kasper Vinther", "Line Dahl",
        "Mads Krogh", "Nanna Juhl", "Ole Bruun", "Pia Lauridsen"};

    @Test
    void restoreDialog() throws Exception {
        FxToolkit.registerPrimaryStage();
        for (ScreenshotRun run : ScreenshotRun.all()) {
            Locale locale = run.locale();
            Path dir = Files.createTempDirectory("netdesk-restore-shot");
            MutableClock clock = new MutableClock();
            clock.advance(Duration.ofDays(-6));
            try (TestApp app = TestApp.open(dir, locale, clock)) {
                int added = 0;
                BackupFile.Reason[] reasons = {BackupFile.Reason.BEFORE_UPDATE, BackupFile.Reason.AUTOMATIC,
                    BackupFile.Reason.EXIT, BackupFile.Reason.AUTOMATIC, BackupFile.Reason.MANUAL,
                    BackupFile.Reason.AUTOMATIC, BackupFile.Reason.EXIT, BackupFile.Reason.BEFORE_RESTORE};
                for (int step = 0; step < reasons.length; step++) {
                    for (int i = 0; i < 2 && added < NAMES.length; i++) {
                        app.context().contactService().create(ContactDetails.named(NAMES[added++]), null);
                    }
                    app.database().dsl().execute("INSERT INTO calendar_event (title, start_local, end_local, zone, "
                            + "category, kind) VALUES ('Møde', '2026-12-01T10:00', '2026-12-01T11:00', 'Europe/Copenhagen', "
                            + "'WORK', 'PRESENTATION')");
                    app.database().dsl().execute("INSERT INTO library_item (title, kind, created_at, updated_at) "
                            + "VALUES ('Indvending " + step + "', 'OBJECTION_SCRIPT', '2026-11-01T10:00:00Z', "
                            + "'2026-11-01T10:00:00Z')");
                    app.context().backups().backUp(reasons[step]);
                    clock.advance(step % 2 == 0 ? Duration.ofHours(3).plusMinutes(17) : Duration.ofHours(17).plusMinutes(41));
                }
                // One backup damaged after it was written (a sync tool, a bad disk): marked, and never chosen.
                BackupFile second = app.context().backups().files().get(1);
                Path damaged = second.path().resolveSibling(BackupFile.fileName(second.takenAt().plusSeconds(41),
                        BackupFile.Reason.AUTOMATIC));
                Files.copy(second.path(), damaged);
                try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(damaged.toFile(), "rw")) {
                    byte[] noise = new byte[4096];
                    new java.util.Random(7).nextBytes(noise);
                    file.seek(4096L * 2);
                    file.write(noise);
                }
                RestoreViewModel model = app.context().shell().backups().restoreModel();
                WaitForAsyncUtils.asyncFx(() -> {
                    run.theme().apply();
                    Stage owner = FxToolkit.toolkitContext().getRegisteredStage();
                    if (owner.getScene() == null) {
                        owner.setScene(new Scene(new StackPane(), 400, 300));
                    }
                    Dialog<?> dialog = new RestoreDialog(model).build(owner);
                    dialog.getDialogPane().getStyleClass().add(run.theme().styleClass());
                    dialog.show();
                    dialog.setWidth(Math.min(980, run.size().width()));
                    dialog.setHeight(Math.min(620, run.size().height()));
                    model.selectedProperty().set(model.rows().get(2));
                }).get();
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.asyncFx(() -> {
                    Window window = Window.getWindows().stream()
                            .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                            .findFirst().orElseThrow();
                    Screenshots.saveDialog(window, run, run.name("restore"));
                    ((Stage) window).close();
                }).get();
            }
            try (var files = Files.walk(dir)) {
                for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
