package dk.netdesk.app;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.testing.MutableClock;
import dk.netdesk.testing.ScreenshotRun;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.Shell;
import dk.netdesk.ui.Theme;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code mvn -B -Pscreenshots verify -Dtest=DoNotContactScreenshotTest}: a do-not-contact person in the
 * contacts list (with their details open), on Today (apart from those to contact, because a follow-up
 * planned before the mark is still in the calendar) and in the calendar's agenda, in English and Danish.
 */
@Tag("screenshots")
class DoNotContactScreenshotTest {

    @TempDir
    Path dir;

    @Test
    void contactsTodayAndAgenda() throws Exception {
        FxToolkit.registerPrimaryStage();
        for (ScreenshotRun run : ScreenshotRun.all()) {
            Locale locale = run.locale();
            boolean da = locale.getLanguage().equals("da");
            MutableClock clock = new MutableClock();
            try (TestApp app = TestApp.open(dir.resolve(run.name("data")), locale, clock)) {
                app.context().shell().setTheme(run.theme());
                LocalDate today = LocalDate.now(clock);
                PipelineRepository pipeline = new PipelineRepository(app.database(), app.context().changes(), clock);
                long blocked = 0;
                for (String name : List.of("Anna Jensen", "Bo Nielsen", "Karen Østergaard", "Niels Olsen", "Søren Ærø")) {
                    long id = app.context().contactService().create(new ContactDetails(name, List.of("+45 20 30 40 50"),
                            List.of(name.split(" ")[0].toLowerCase(Locale.ROOT) + "@example.dk"), "", "", "", "", "Odense",
                            null, null, null, null, List.of(), ""), null).id();
                    if (name.startsWith("Niels")) {
                        blocked = id;
                    } else if (!name.startsWith("Søren")) {
                        pipeline.setNextFollowUp(id, today.minusDays(name.length() % 3));
                    }
                }
                app.context().calendarService().scheduleFollowUp(blocked, today.atTime(18, 0), Duration.ofMinutes(30));
                pipeline.setDoNotContact(blocked, true, da ? "Bad om ikke at blive ringet op" : "Asked not to be called");
                long niels = blocked;

                Shell[] shell = new Shell[1];
                WaitForAsyncUtils.asyncFx(() -> {
                    javafx.stage.Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
                    shell[0] = app.showShell(stage);
                    run.resize(stage);
                    shell[0].select("contacts");
                    app.context().contacts().allContacts().stream().filter(c -> c.id() == niels).findFirst()
                            .ifPresent(c -> app.context().contacts().selectedProperty().set(c));
                }).get();
                WaitForAsyncUtils.waitForFxEvents();
                snap(run.name("dnc-contacts"));

                WaitForAsyncUtils.asyncFx(() -> {
                    shell[0].select("today");
                    app.context().today().load();
                    app.context().today().open(app.context().today().blocked().get(0));
                }).get();
                WaitForAsyncUtils.waitForFxEvents();
                snap(run.name("dnc-today"));

                WaitForAsyncUtils.asyncFx(() -> {
                    shell[0].select("calendar");
                    app.context().calendar().modeProperty().set(dk.netdesk.calendar.CalendarViewModel.Mode.AGENDA);
                    app.context().calendar().load();
                }).get();
                WaitForAsyncUtils.waitForFxEvents();
                snap(run.name("dnc-agenda"));
            }
        }
    }

    private static void snap(String name) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(
                FxToolkit.toolkitContext().getRegisteredStage().getScene(), name)).get();
    }
}
