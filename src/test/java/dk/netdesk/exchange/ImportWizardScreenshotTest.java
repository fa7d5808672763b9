package dk.netdesk.exchange;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.testing.ScreenshotRun;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code mvn -B -o -Pscreenshots test -Dtest=ImportWizardScreenshotTest}: the contacts import wizard in English and
 * Danish (light theme), at the size the wizard opens with, on a Danish Excel-style CSV with ambiguous dates, a
 * company and an address (kept in the notes), a column not imported, a contact already there, a bad row, a
 * shared phone and a repeated row:
 * {@code import-<preview|mapping|duplicates|target|summary>-<lang>.png} in {@code target/screenshots}.
 */
@Tag("screenshots")
class ImportWizardScreenshotTest {

    static final String CSV = """
            Navn;Mobil;E-mail;Fødselsdag;Firma;Adresse;Postnr;By;Mærker;Skostørrelse
            Åse Ærø-Østergård;20 30 40 50;aase@example.dk;04/05/1990;Hudpleje ApS;Strandvejen 1;8000;Århus C;Kunde;38
            Bo Lund;22 33 44 55;bo@example.dk;11/03/1985;;;;Køge;;
            Carl Bad;;carl(at)example.dk;;;;;Odense;;
            Dorte Møller;61 72 83 94;dorte@example.dk;07/08/1979;;Vestergade 5;7100;Vejle;VIP;40
            Ida Lund;22 33 44 55;ida@example.dk;;;;;Køge;;
            dorte møller;;Dorte@Example.dk;;;;;;;
            """;

    @Test
    void wizardSteps() throws Exception {
        FxToolkit.registerPrimaryStage();
        for (ScreenshotRun run : ScreenshotRun.all()) {
            Locale locale = run.locale();
            Path dir = Files.createTempDirectory("netdesk-import-shot");
            Path file = dir.resolve("kontakter.csv");
            Files.writeString(file, CSV.replace("\n", "\r\n"));
            try (TestApp app = TestApp.open(dir.resolve("data"), locale)) {
                app.context().pipeline().load();
                app.context().contactService().create(ContactDetails.named("Bo Lund").withContact("", "bo@example.dk", ""),
                        null);
                ImportWizardViewModel model = app.context().importWizard();
                String lang = locale.getLanguage();
                WaitForAsyncUtils.asyncFx(() -> {
                    run.theme().apply();
                    Stage owner = FxToolkit.toolkitContext().getRegisteredStage();
                    if (owner.getScene() == null) {
                        owner.setScene(new Scene(new StackPane(), 400, 300));
                    }
                    Dialog<?> dialog = new ImportWizardDialog(model).build(owner, file);
                    dialog.getDialogPane().getStyleClass().add(run.theme().styleClass());
                    // At the size it opens with: what a user sees first.
                    dialog.show();
                }).get();
                shot(run, run.name("import-preview"));
                WaitForAsyncUtils.asyncFx(model::next).get();
                shot(run, run.name("import-mapping"));
                WaitForAsyncUtils.asyncFx(model::next).get();
                WaitForAsyncUtils.asyncFx(() -> model.duplicatesProperty().set(DuplicateAction.MERGE)).get();
                shot(run, run.name("import-duplicates"));
                WaitForAsyncUtils.asyncFx(() -> {
                    model.next();
                    model.tagsProperty().set(lang.equals("da") ? "Messe 2026" : "Fair 2026");
                }).get();
                shot(run, run.name("import-target"));
                WaitForAsyncUtils.asyncFx(model::next).get();
                shot(run, run.name("import-summary"));
                WaitForAsyncUtils.asyncFx(() -> window().hide()).get();
            }
        }
    }

    private static Window window() {
        return Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().lookup("#import-dialog") != null).findFirst().orElseThrow();
    }

    private static void shot(ScreenshotRun run, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> Screenshots.saveDialog(window(), run, name)).get();
    }
}
