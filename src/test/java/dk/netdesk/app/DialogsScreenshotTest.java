package dk.netdesk.app;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.DuplicateDialog;
import dk.netdesk.exchange.CalendarFilesDialog;
import dk.netdesk.exchange.ContactsExportDialog;
import dk.netdesk.testing.ScreenshotRun;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.AboutDialog;
import dk.netdesk.ui.CloudFolderDialog;
import dk.netdesk.ui.ConfirmDialog;
import dk.netdesk.ui.ErrorDialog;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.Shell;
import dk.netdesk.ui.UnsavedChangesDialog;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code mvn -B -o -Pscreenshots verify -Dtest=DialogsScreenshotTest}: the dialogs no other screenshot test
 * shows (stages, about, contacts export, calendar import, a delete confirmation, unsaved changes, a duplicate,
 * a failure, a cloud folder warning), over the main window in every {@link ScreenshotRun}.
 */
@Tag("screenshots")
class DialogsScreenshotTest {

    @TempDir
    Path dir;

    @Test
    void dialogs() throws Exception {
        FxToolkit.registerPrimaryStage();
        for (ScreenshotRun run : ScreenshotRun.all()) {
            try (TestApp app = TestApp.open(dir.resolve(run.name("dialogs")), run.locale())) {
                app.context().shell().setTheme(run.theme());
                app.context().pipeline().load();
                app.context().contactService().create(new ContactDetails("Anna Jensen", java.util.List.of("+45 20 30 40 50"),
                        java.util.List.of("anna.jensen@example.dk"), "", "", "", "", "Odense", null, null, null, null,
                        java.util.List.of(), ""), null);
                app.context().contacts().load();
                Messages messages = app.context().messages();
                Shell[] shell = new Shell[1];
                WaitForAsyncUtils.asyncFx(() -> {
                    Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
                    shell[0] = app.showShell(stage);
                    run.resize(stage);
                    shell[0].select("pipeline");
                }).get();
                WaitForAsyncUtils.waitForFxEvents();
                Stage owner = FxToolkit.toolkitContext().getRegisteredStage();
                Map<String, Runnable> dialogs = new LinkedHashMap<>();
                dialogs.put("stages", () -> ((Button) owner.getScene().lookup("#pipeline-stages")).fire());
                dialogs.put("about", () -> AboutDialog.show(owner, messages, "1.0.0",
                        Path.of("/home/anna/.local/share/netdesk"), uri -> { }));
                dialogs.put("contacts-export", () -> new ContactsExportDialog(app.context().contactsExport(), messages)
                        .show(owner));
                dialogs.put("calendar-import", () -> new CalendarFilesDialog(app.context().calendarFiles(), messages)
                        .showImport(owner, Path.of("/home/anna/Downloads/holidays.ics")));
                dialogs.put("confirm-delete", () -> ConfirmDialog.ask(owner, messages, messages.get("contact.delete.title"),
                        messages.format("contact.delete.header", "Anna Jensen"), messages.get("contact.delete.text"),
                        messages.get("contact.action.delete"), "confirm-delete"));
                dialogs.put("unsaved-changes", () -> UnsavedChangesDialog.ask(owner, messages, "Anna Jensen"));
                dialogs.put("duplicate", () -> DuplicateDialog.ask(owner.getScene().getRoot(), messages,
                        java.util.List.of(app.context().contacts().allContacts().get(0))));
                dialogs.put("failure-disk-full", () -> ErrorDialog.build(owner, messages,
                        new java.io.IOException("No space left on device")).show());
                dialogs.put("cloud-folder", () -> CloudFolderDialog.build(owner, messages, "Dropbox").show());
                for (Map.Entry<String, Runnable> dialog : dialogs.entrySet()) {
                    shoot(run, dialog.getKey(), dialog.getValue());
                }
            }
        }
    }

    /** Opens a dialog (one that waits, too), saves its window at the run's size, and closes it. */
    private static void shoot(ScreenshotRun run, String name, Runnable open) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Platform.runLater(open)).get();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            Window window = Screenshots.openDialog();
            Screenshots.saveDialog(window, run, run.name("dialog-" + name));
            window.hide();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
