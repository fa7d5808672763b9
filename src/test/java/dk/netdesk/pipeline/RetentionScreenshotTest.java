package dk.netdesk.pipeline;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.testing.MutableClock;
import dk.netdesk.testing.ScreenshotRun;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * {@code mvn -B -Pscreenshots verify -Dtest=RetentionScreenshotTest}: the retention review in English and
 * Danish (light theme) with declined, parked, do-not-contact and inactive contacts, to
 * {@code target/screenshots/retention-<lang>.png}.
 */
@Tag("screenshots")
class RetentionScreenshotTest {

    @Test
    void retentionReview() throws Exception {
        FxToolkit.registerPrimaryStage();
        for (ScreenshotRun run : ScreenshotRun.all()) {
            Locale locale = run.locale();
            Path dir = Files.createTempDirectory("netdesk-retention-shot");
            MutableClock clock = new MutableClock();
            try (TestApp app = TestApp.open(dir, locale, clock)) {
                app.context().pipeline().load();
                PipelineRepository pipeline = new PipelineRepository(app.database(), app.context().changes(), clock);
                for (String name : new String[] {"Ole Bruun", "Pia Lauridsen", "Gustav Møller"}) {
                    app.context().contactService().create(ContactDetails.named(name), null);
                }
                clock.advanceDays(400);
                long ida = app.context().contactService().create(ContactDetails.named("Ida Kjær"), null).id();
                pipeline.addInteraction(ida, InteractionType.CALL, LocalDate.now(clock), "", "", null);
                clock.advanceDays(380);
                long freja = app.context().contactService().create(ContactDetails.named("Freja Lund"), null).id();
                pipeline.addConsent(freja, LocalDate.now(clock), "email", "", false);
                long hanne = app.context().contactService().create(ContactDetails.named("Hanne Friis"), null).id();
                long notNow = pipeline.stages().stream().filter(s -> s.kind() == StageKind.PARKED).findFirst()
                        .orElseThrow().id();
                pipeline.move(hanne, notNow, 0);
                long emil = app.context().contactService().create(ContactDetails.named("Emil Skov"), null).id();
                pipeline.setDoNotContact(emil, true, "Asked us to stop");
                long aase = app.context().contactService().create(ContactDetails.named("Åse Vinther"), null).id();
                pipeline.setDoNotContact(aase, true, "Asked us to stop");
                pipeline.addConsent(aase, LocalDate.now(clock), "phone", "", false);
                app.context().contactService().create(ContactDetails.named("Bo Nielsen"), null);
                clock.advanceDays(3);
                RetentionViewModel model = app.context().retention();
                WaitForAsyncUtils.asyncFx(() -> {
                    run.theme().apply();
                    Stage owner = FxToolkit.toolkitContext().getRegisteredStage();
                    if (owner.getScene() == null) {
                        owner.setScene(new Scene(new StackPane(), 400, 300));
                    }
                    Dialog<?> dialog = new RetentionDialog(model).build(owner);
                    dialog.getDialogPane().getStyleClass().add(run.theme().styleClass());
                    dialog.show();
                    dialog.setWidth(Math.min(900, run.size().width()));
                    dialog.setHeight(Math.min(700, run.size().height()));
                    model.selectedProperty().set(model.rows().get(1));
                    model.reasonProperty().set(locale.getLanguage().equals("da") ? "Kunde, bestiller hvert år"
                            : "Customer, orders every year");
                }).get();
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.asyncFx(() -> {
                    Window window = Window.getWindows().stream()
                            .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                            .findFirst().orElseThrow();
                    Screenshots.saveDialog(window, run, run.name("retention"));
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
