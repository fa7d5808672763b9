package dk.netdesk.pipeline;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.Interest;
import dk.netdesk.contacts.Source;
import dk.netdesk.db.Changes;
import dk.netdesk.testing.MutableClock;
import dk.netdesk.testing.ScreenshotRun;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Shell;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code mvn -B -Pscreenshots verify -Dtest=PipelineScreenshotTest}: the board (counts,
 * overdue / due today / no next step, stale markers, tags, a do-not-contact card), a
 * contact's details and the Today list, in English and Danish, light and dark.
 */
@Tag("screenshots")
class PipelineScreenshotTest {

    @TempDir
    Path dir;

    @Test
    void boardDetailsAndToday() throws Exception {
        FxToolkit.registerPrimaryStage();
        for (ScreenshotRun run : ScreenshotRun.all()) {
            MutableClock clock = new MutableClock(TestApp.CLOCK.instant().minus(Duration.ofDays(20)), TestApp.CLOCK.getZone());
            try (TestApp app = TestApp.open(dir.resolve(run.name("pipeline")), run.locale(), clock)) {
                app.context().shell().setTheme(run.theme());
                app.context().pipeline().load();
                Map<String, Long> ids = fill(app, clock);
                FxToolkit.setupStage(stage -> {
                    run.resize(stage);
                });
                Shell[] shell = new Shell[1];
                WaitForAsyncUtils.asyncFx(() -> {
                    javafx.stage.Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
                    shell[0] = app.showShell(stage);
                    shell[0].select("pipeline");
                    run.resize(stage);
                }).get();
                WaitForAsyncUtils.waitForFxEvents();
                snap(run.name("pipeline"));

                WaitForAsyncUtils.asyncFx(() -> {
                    app.context().pipeline().select(ids.get("Mette Hansen"));
                    app.context().pipelineDetails().open(ids.get("Mette Hansen"));
                }).get();
                WaitForAsyncUtils.waitForFxEvents();
                snap(run.name("pipeline-details"));
                WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.ScrollPane) FxToolkit.toolkitContext()
                        .getRegisteredStage().getScene().lookup("#contact-details-scroll")).setVvalue(1)).get();
                WaitForAsyncUtils.waitForFxEvents();
                snap(run.name("pipeline-details-timeline"));

                WaitForAsyncUtils.asyncFx(() -> {
                    shell[0].select("today");
                    app.context().today().open(app.context().today().due().get(0));
                }).get();
                WaitForAsyncUtils.waitForFxEvents();
                snap(run.name("today"));
            }
        }
    }

    private static void snap(String name) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(
                FxToolkit.toolkitContext().getRegisteredStage().getScene(), name)).get();
    }

    /** A realistic small board: created 20 days ago, some moved since, with follow-ups, tags and one do-not-contact. */
    private static Map<String, Long> fill(TestApp app, MutableClock clock) {
        ContactService contacts = People.service(app.database(), new Changes(), clock);
        PipelineRepository pipeline = new PipelineRepository(app.database(), new Changes(), clock);
        List<Stage> columns = pipeline.stages();
        Map<String, Long> ids = new HashMap<>();
        Object[][] people = {
                {"Anna Jensen", 0, List.of("skin care"), Source.EVENT},
                {"Bo Nielsen", 0, List.of(), Source.COLD_MARKET},
                {"Søren Ærø", 0, List.of("Odense"), Source.WARM_MARKET},
                {"Karen Østergaard", 1, List.of("wellness"), Source.SOCIAL_MEDIA},
                {"Lars Pedersen", 1, List.of(), Source.REFERRAL},
                {"Mette Hansen", 2, List.of("skin care", "team"), Source.WARM_MARKET},
                {"Niels Olsen", 2, List.of(), Source.EVENT},
                {"Pia Madsen", 3, List.of("Aarhus"), Source.SOCIAL_MEDIA},
                {"Rasmus Thomsen", 4, List.of(), Source.WARM_MARKET},
                {"Ida Kristensen", 5, List.of("skin care"), Source.WARM_MARKET},
                {"Jens Larsen", 6, List.of("team"), Source.REFERRAL},
                {"Tove Sørensen", 7, List.of(), Source.COLD_MARKET}};
        for (Object[] p : people) {
            String name = (String) p[0];
            @SuppressWarnings("unchecked")
            List<String> tags = (List<String>) p[2];
            long id = contacts.create(new ContactDetails(name, List.of("+45 20 30 40 " + (10 + ids.size())),
                    List.of(name.split(" ")[0].toLowerCase() + "@example.dk"), "", "", "", "", "Odense", null,
                    (Source) p[3], null, Interest.CUSTOMER, tags, ""), null).id();
            ids.put(name, id);
            int column = (Integer) p[1];
            if (column > 0 && !name.equals("Karen Østergaard") && !name.equals("Pia Madsen")) {
                pipeline.move(id, columns.get(column).id(), 99);
            }
        }
        clock.advanceDays(14);
        // Moved recently: not stale, few days in stage.
        pipeline.move(ids.get("Karen Østergaard"), columns.get(1).id(), 0);
        pipeline.move(ids.get("Pia Madsen"), columns.get(3).id(), 0);
        clock.advanceDays(6);
        LocalDate today = LocalDate.now(clock);
        pipeline.setNextFollowUp(ids.get("Anna Jensen"), today.minusDays(3));
        pipeline.setNextFollowUp(ids.get("Karen Østergaard"), today);
        pipeline.setNextFollowUp(ids.get("Mette Hansen"), today.minusDays(1));
        pipeline.setNextFollowUp(ids.get("Pia Madsen"), today.plusDays(4));
        pipeline.setNextFollowUp(ids.get("Ida Kristensen"), today.plusDays(30));
        pipeline.addInteraction(ids.get("Mette Hansen"), InteractionType.PRESENTATION, today.minusDays(2),
                app.context().messages().getLocale().getLanguage().equals("da") ? "Viste startpakken" : "Showed the starter kit",
                app.context().messages().getLocale().getLanguage().equals("da") ? "Vil tænke over det" : "Wants to think about it",
                null);
        pipeline.addConsent(ids.get("Mette Hansen"), today.minusDays(20), "e-mail",
                app.context().messages().getLocale().getLanguage().equals("da") ? "Må få nyheder om produkter" : "May send product news", true);
        pipeline.setDoNotContact(ids.get("Niels Olsen"),
                true, app.context().messages().getLocale().getLanguage().equals("da") ? "Bad om ikke at blive ringet op" : "Asked not to be called");
        app.context().pipeline().load();
        app.context().today().load();
        return ids;
    }
}
