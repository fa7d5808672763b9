package dk.netdesk.app;

import dk.netdesk.calendar.CalendarRepository;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.ContactRepository;
import dk.netdesk.db.BackupFile;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.library.LibraryRepository;
import dk.netdesk.pipeline.ErasureLogRepository;
import dk.netdesk.pipeline.PersonErase;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.testing.MutableClock;
import dk.netdesk.testing.ScreenshotRun;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.RestoreDialog;
import dk.netdesk.ui.RestoreViewModel;
import dk.netdesk.ui.SettingsDialog;
import dk.netdesk.ui.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
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
 * {@code mvn -B -Pscreenshots verify -Dtest=ErasureScreenshotTest}: in English and Danish, Settings with the
 * handling of backups made before an erase and the erasure log after two erasures (the first one's backup
 * re-written), to {@code target/screenshots/settings-erasure-<lang>.png}; and the restore list with the
 * backups that still hold the second, not yet handled, erased person, to {@code restore-erased-<lang>.png}.
 */
@Tag("screenshots")
class ErasureScreenshotTest {

    @Test
    void settingsAndRestoreList() throws Exception {
        FxToolkit.registerPrimaryStage();
        for (ScreenshotRun run : ScreenshotRun.all()) {
            Locale locale = run.locale();
            Path dir = Files.createTempDirectory("netdesk-erasure-shot");
            MutableClock clock = new MutableClock();
            clock.advance(Duration.ofDays(-3));
            try (TestApp app = TestApp.open(dir, locale, clock)) {
                AppContext context = app.context();
                for (String name : new String[] {"Anna Jensen", "Bo Nielsen", "Carl Holm"}) {
                    context.contactService().create(ContactDetails.named(name), null);
                }
                long first = context.contactService().create(ContactDetails.named("Dorte Berg"), null).id();
                long second = context.contactService().create(ContactDetails.named("Emil Skov"), null).id();
                context.backups().backUp(BackupFile.Reason.AUTOMATIC);
                clock.advance(Duration.ofHours(5).plusMinutes(12));
                context.backups().backUp(BackupFile.Reason.EXIT);
                clock.advance(Duration.ofHours(20).plusMinutes(3));
                // Handled at once: both backups are re-written without her.
                context.personErase().erase(first, Map.of());
                clock.advance(Duration.ofHours(2).plusMinutes(31));
                context.backups().backUp(BackupFile.Reason.MANUAL);
                clock.advance(Duration.ofHours(1).plusMinutes(4));
                quietErase(app, clock).erase(second, Map.of());
                clock.advance(Duration.ofMinutes(47));
                context.backups().backUp(BackupFile.Reason.AUTOMATIC);

                showAndSave(run, () -> Platform.runLater(() -> SettingsDialog.show(owner(), context.shell())),
                        run.name("settings-erasure"), 0, 0);
                RestoreViewModel restore = context.shell().backups().restoreModel();
                showAndSave(run, () -> {
                    Dialog<?> dialog = new RestoreDialog(restore).build(owner());
                    dialog.getDialogPane().getStyleClass().add(run.theme().styleClass());
                    dialog.show();
                }, run.name("restore-erased"), 1060, 460);
            }
            try (var files = Files.walk(dir)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** An erase whose changes reach none of the app's listeners, so its backups stay marked for the picture. */
    private static PersonErase quietErase(TestApp app, MutableClock clock) {
        Database db = app.database();
        PipelineRepository pipeline = new PipelineRepository(db, new Changes(), clock);
        FeatureLinks links = new FeatureLinks(pipeline, new LibraryRepository(db, new Changes(), clock),
                new CalendarRepository(db, new Changes()), app.context().calendarService(), app.context().messages());
        return new PersonErase(db, new ContactRepository(db, clock), pipeline, links, new ErasureLogRepository(db),
                app.context().backupErasures(), new Changes(), clock, app.context().contactAttachments());
    }

    private static Stage owner() {
        Stage owner = FxToolkit.toolkitContext().getRegisteredStage();
        if (owner.getScene() == null) {
            owner.setScene(new Scene(new StackPane(), 400, 300));
        }
        return owner;
    }

    private static void showAndSave(ScreenshotRun run, Runnable show, String name, double width, double height) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            run.theme().apply();
            show.run();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            Window window = Window.getWindows().stream()
                    .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                    .findFirst().orElseThrow();
            if (width > 0) {
                window.setWidth(Math.min(width, run.size().width()));
                window.setHeight(Math.min(height, run.size().height()));
            }
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            Window window = Window.getWindows().stream()
                    .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                    .findFirst().orElseThrow();
            Screenshots.saveDialog(window, run, name);
            ((Stage) window).close();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
