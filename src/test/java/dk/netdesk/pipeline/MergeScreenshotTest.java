package dk.netdesk.pipeline;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.Interest;
import dk.netdesk.contacts.Source;
import dk.netdesk.testing.ScreenshotRun;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
 * {@code mvn -B -Pscreenshots verify -Dtest=MergeScreenshotTest}: "Find duplicates" in English and Danish (light
 * theme) with three pairs (same email and phone with a similar name, same name, same phone) and the first pair's
 * differing fields, one marked do not contact, to {@code target/screenshots/merge-<lang>.png}.
 */
@Tag("screenshots")
class MergeScreenshotTest {

    @Test
    void findDuplicates() throws Exception {
        FxToolkit.registerPrimaryStage();
        for (ScreenshotRun run : ScreenshotRun.all()) {
            Locale locale = run.locale();
            Path dir = Files.createTempDirectory("netdesk-merge-shot");
            try (TestApp app = TestApp.open(dir, locale)) {
                app.context().pipeline().load();
                ContactService contacts = app.context().contactService();
                boolean da = locale.getLanguage().equals("da");
                contacts.create(new ContactDetails("Birthe Kjærsgaard", List.of("20 30 40 50"),
                        List.of("birthe@example.dk"), "", "", "", "", "Aarhus", null, Source.WARM_MARKET, null, null,
                        List.of("VIP"), da ? "Mødt på messen i Herning." : "Met at the fair in Herning."), null);
                long other = contacts.create(new ContactDetails("Birthe Kjaersgaard", List.of("+45 20 30 40 50", "61 72 83 94"),
                        List.of("Birthe@Example.dk", "bk@work.example"), "birthe.fb", "", "", "", "Århus",
                        LocalDate.of(1984, 3, 9), Source.EVENT, null, Interest.BOTH, List.of("Familie"),
                        da ? "Drikker te, ikke kaffe." : "Drinks tea, not coffee."), null).id();
                new PipelineRepository(app.database(), app.context().changes(), TestApp.CLOCK)
                        .setDoNotContact(other, true, da ? "Bad om ingen opkald" : "Asked for no calls");
                contacts.create(ContactDetails.named("Søren Ågård"), null);
                contacts.create(ContactDetails.named("søren ågård"), null);
                contacts.create(ContactDetails.named("Ole Bruun").withContact("22 33 44 55", "", ""), null);
                contacts.create(ContactDetails.named("Ole B.").withContact("0045 22334455", "", ""), null);
                MergeViewModel model = app.context().merge();
                WaitForAsyncUtils.asyncFx(() -> {
                    run.theme().apply();
                    Stage owner = FxToolkit.toolkitContext().getRegisteredStage();
                    if (owner.getScene() == null) {
                        owner.setScene(new Scene(new StackPane(), 400, 300));
                    }
                    Dialog<?> dialog = new MergeDialog(model).build(owner);
                    dialog.getDialogPane().getStyleClass().add(run.theme().styleClass());
                    dialog.show();
                    dialog.setWidth(Math.min(1000, run.size().width()));
                    dialog.setHeight(Math.min(760, run.size().height()));
                    model.choose(ContactMerge.Field.CITY, ContactMerge.Side.OTHER);
                }).get();
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.asyncFx(() -> {
                    Window window = Window.getWindows().stream()
                            .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                            .findFirst().orElseThrow();
                    Screenshots.saveDialog(window, run, run.name("merge"));
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
