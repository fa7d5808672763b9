package dk.netdesk.contacts;

import dk.netdesk.testing.ScreenshotRun;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Shell;
import dk.netdesk.ui.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code mvn -B -Pscreenshots verify -Dtest=ContactAttachmentsScreenshotTest}: the Contacts screen with a
 * contact's details scrolled to its "Attachments" section (a PDF, a photo and a larger PDF), in English
 * and Danish, light theme.
 */
@Tag("screenshots")
class ContactAttachmentsScreenshotTest {

    @TempDir
    Path dir;
    @TempDir
    Path incoming;

    @Test
    void theDetailsPanelWithAttachments() throws Exception {
        FxToolkit.registerPrimaryStage();
        for (ScreenshotRun run : ScreenshotRun.all()) {
            if (run.theme() != Theme.LIGHT) {
                continue;
            }
            boolean danish = run.locale().getLanguage().equals("da");
            try (TestApp app = TestApp.open(dir.resolve(run.name("attachments")), run.locale())) {
                app.context().shell().setTheme(run.theme());
                ContactAttachments attachments = app.context().contactAttachments();
                long mette = app.context().contactService().create(new ContactDetails("Mette Hansen",
                        List.of("+45 20 30 40 15"), List.of("mette@example.dk"), "", "", "", "", "Odense", null,
                        Source.WARM_MARKET, null, Interest.CUSTOMER, List.of("skin care"), ""), null).id();
                app.context().contactService().create(ContactDetails.named("Anna Jensen"), null);
                Path folder = Files.createDirectories(incoming.resolve(run.name("files")));
                attachments.attach(mette, Files.write(folder.resolve(danish ? "Ordreseddel marts.pdf" : "Order form March.pdf"),
                        new byte[48_200]), null);
                attachments.attach(mette, Files.write(folder.resolve(danish ? "Mette på messen.jpg" : "Mette at the fair.jpg"),
                        new byte[812_000]), null);
                attachments.attach(mette, Files.write(folder.resolve(danish ? "Samtykkeerklæring underskrevet.pdf"
                        : "Signed consent form.pdf"), new byte[1_420_000]), null);
                app.context().contacts().load();
                FxToolkit.setupStage(stage -> {
                    run.resize(stage);
                });
                WaitForAsyncUtils.asyncFx(() -> {
                    javafx.stage.Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
                    Shell shell = app.showShell(stage);
                    shell.select("contacts");
                    run.resize(stage);
                    app.context().contactsEditor().open(mette);
                }).get();
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.asyncFx(() -> {
                    javafx.scene.Scene scene = FxToolkit.toolkitContext().getRegisteredStage().getScene();
                    ((javafx.scene.control.ScrollPane) scene.lookup("#contact-details-scroll")).setVvalue(1);
                    scene.lookup("#details-attach").requestFocus();
                }).get();
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.asyncFx(() -> Screenshots.save(
                        FxToolkit.toolkitContext().getRegisteredStage().getScene(), run.name("contact-attachments"))).get();
            }
        }
    }
}
