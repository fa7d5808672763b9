package dk.netdesk.app;

import dk.netdesk.contacts.ContactsViewModel;
import dk.netdesk.pipeline.ContactDetailsViewModel;
import dk.netdesk.testing.ScreenshotRun;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** {@code mvn -Pscreenshots verify}: the contacts screen in both languages and both themes. */
@Tag("screenshots")
class ShellScreenshotTest {

    @TempDir
    Path dir;

    @Test
    void contactsScreen() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        for (ScreenshotRun run : ScreenshotRun.all()) {
            Path data = dir.resolve(run.name("contacts"));
            try (TestApp app = TestApp.open(data, run.locale())) {
                app.context().shell().setTheme(run.theme());
                ContactsViewModel contacts = app.context().contacts();
                contacts.load();
                add(contacts, "Anna Jensen", "+45 20 30 40 50", "anna.jensen@example.dk", "Met at the Odense fair. Interested in skin care.");
                add(contacts, "Bo Nielsen", "+45 31 41 51 61", "bo@example.dk", "");
                add(contacts, "Søren Ærø", "22 33 44 55", "soeren@example.dk", "Friend of Anna.");
                add(contacts, "Karen Østergaard", "", "karen@example.com", "");
                contacts.selectedProperty().set(contacts.allContacts().get(0));
                app.context().contactsEditor().form().emailsProperty().set("anna.jensen@");
                FxToolkit.setupStage(stage -> {
                    run.resize(stage);
                });
                WaitForAsyncUtils.asyncFx(() -> {
                    Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
                    app.showShell(stage).select("contacts");
                    run.resize(stage);
                }).get();
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.asyncFx(() -> Screenshots.save(
                        FxToolkit.toolkitContext().getRegisteredStage().getScene(), run.name("contacts"))).get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void add(ContactsViewModel contacts, String name, String phone, String email, String notes) {
        contacts.newContact();
        ContactDetailsViewModel editor = (ContactDetailsViewModel) contacts.editor();
        editor.form().nameProperty().set(name);
        editor.form().phonesProperty().set(phone);
        editor.form().emailsProperty().set(email);
        editor.form().notesProperty().set(notes);
        editor.save();
    }
}
