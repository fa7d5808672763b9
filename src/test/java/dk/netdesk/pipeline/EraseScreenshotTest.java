package dk.netdesk.pipeline;

import static dk.netdesk.db.generated.Tables.CALENDAR_EVENT;

import dk.netdesk.calendar.EventDraft;
import dk.netdesk.calendar.Kind;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.Interest;
import dk.netdesk.contacts.Source;
import dk.netdesk.db.Changes;
import dk.netdesk.pipeline.PersonErase.EventChoice;
import dk.netdesk.testing.ScreenshotRun;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code mvn -B -Pscreenshots verify -Dtest=EraseScreenshotTest}: the erase preview in English and
 * Danish (light theme) for a person with data in every section, a follow-up, two typed events (one
 * chosen, one not yet) and mentions in another contact's notes and another event's title, to
 * {@code target/screenshots/erase-preview-<lang>.png}; then erased, to {@code erase-done-<lang>.png}.
 */
@Tag("screenshots")
class EraseScreenshotTest {

    private static final String NAME = "Birthe Kjærsgaard";

    @Test
    void erasePreview() throws Exception {
        FxToolkit.registerPrimaryStage();
        for (ScreenshotRun run : ScreenshotRun.all()) {
            Locale locale = run.locale();
            boolean da = locale.getLanguage().equals("da");
            Path dir = Files.createTempDirectory("netdesk-erase-shot");
            try (TestApp app = TestApp.open(dir, locale)) {
                ContactService contacts = app.context().contactService();
                long anna = contacts.create(ContactDetails.named("Anna Jensen"), null).id();
                long birthe = contacts.create(new ContactDetails(NAME, List.of("20 30 40 50", "+45 61 72 83 94"),
                        List.of("birthe@example.dk"), "", "@birthe", "", "", "Hjørring", LocalDate.of(1984, 3, 9),
                        Source.REFERRAL, anna, Interest.BOTH, List.of("VIP", da ? "hudpleje" : "skin care"), ""), null).id();
                contacts.create(new ContactDetails("Carl Holm", List.of(), List.of(), "", "", "", "", "", null,
                        Source.REFERRAL, birthe, null, List.of(), da ? "Kender " + NAME + " fra håndbold." : "Knows "
                        + NAME + " from handball."), null);
                PipelineRepository pipeline = new PipelineRepository(app.database(), new Changes(), TestApp.CLOCK);
                List<Stage> stages = pipeline.stages();
                pipeline.move(birthe, stages.get(1).id(), 0);
                pipeline.addInteraction(birthe, InteractionType.CALL, LocalDate.of(2026, 11, 2),
                        da ? "Ringede" : "Called", "", null);
                pipeline.addInteraction(birthe, InteractionType.MEETING, LocalDate.of(2026, 11, 20),
                        da ? "Kaffe" : "Coffee", "", null);
                pipeline.addConsent(birthe, LocalDate.of(2026, 11, 2), "email", da ? "Nyhedsbrev" : "Newsletter", true);
                app.context().calendarService().scheduleFollowUp(birthe, LocalDateTime.of(2026, 12, 1, 9, 0),
                        Duration.ofMinutes(30));
                app.context().calendar().load();
                String coffee = (da ? "Kaffe med " : "Coffee with ") + NAME;
                app.context().calendar().create(new EventDraft(coffee, LocalDateTime.of(2026, 12, 3, 10, 0),
                        LocalDateTime.of(2026, 12, 3, 11, 0), false, "Vestergade 17", "", birthe, Kind.NETWORKING, null, null));
                app.context().calendar().create(new EventDraft(da ? "Produktaften i Hjørring" : "Product evening in Hjørring",
                        LocalDateTime.of(2026, 12, 9, 19, 0), LocalDateTime.of(2026, 12, 9, 21, 0), false, "", "", birthe,
                        Kind.PRESENTATION, null, null));
                app.context().calendar().create(new EventDraft((da ? "Spørg " : "Ask ") + NAME + (da ? " om Carl" : " about Carl"),
                        LocalDateTime.of(2026, 12, 8, 9, 0), LocalDateTime.of(2026, 12, 8, 9, 30), false, "", "", null,
                        Kind.OTHER, null, null));
                long coffeeId = app.database().dsl().select(CALENDAR_EVENT.ID).from(CALENDAR_EVENT)
                        .where(CALENDAR_EVENT.TITLE.eq(coffee)).fetchOne(CALENDAR_EVENT.ID);
                app.context().backups().backUp(dk.netdesk.db.BackupFile.Reason.MANUAL); // a backup that holds her
                EraseViewModel model = app.context().contactsEditor().erase();
                WaitForAsyncUtils.asyncFx(() -> {
                    run.theme().apply();
                    javafx.stage.Stage owner = FxToolkit.toolkitContext().getRegisteredStage();
                    if (owner.getScene() == null) {
                        owner.setScene(new Scene(new StackPane(), 400, 300));
                    }
                    Dialog<?> dialog = new EraseDialog(model).build(owner, birthe);
                    dialog.getDialogPane().getStyleClass().add(run.theme().styleClass());
                    dialog.show();
                    dialog.setWidth(Math.min(760, run.size().width()));
                    dialog.setHeight(Math.min(830, run.size().height()));
                    model.events().stream().filter(e -> e.id() == coffeeId).findFirst().orElseThrow()
                            .choiceProperty().set(EventChoice.KEEP_WITHOUT_PERSON);
                }).get();
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.asyncFx(() -> {
                    Window window = Window.getWindows().stream()
                            .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                            .findFirst().orElseThrow();
                    Screenshots.saveDialog(window, run, run.name("erase-preview"));
                    // Then erased, to see the reference as the user gets it.
                    model.events().stream().filter(e -> !e.madeByNetdesk() && e.choiceProperty().get() == null)
                            .forEach(e -> e.choiceProperty().set(EventChoice.DELETE));
                    model.understoodProperty().set(true);
                    model.erase();
                }).get();
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.asyncFx(() -> {
                    Window window = Window.getWindows().stream()
                            .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                            .findFirst().orElseThrow();
                    Screenshots.saveDialog(window, run, run.name("erase-done"));
                    ((javafx.stage.Stage) window).close();
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
