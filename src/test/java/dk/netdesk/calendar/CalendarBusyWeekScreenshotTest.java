package dk.netdesk.calendar;

import dk.netdesk.testing.ScreenshotRun;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.testing.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code mvn -B -Pscreenshots verify -Dtest=CalendarBusyWeekScreenshotTest}: the busy week ({@link BusyWeek}) on
 * screen in both languages and themes, also copied to {@code docs/screenshots/week-busy-<language>-<theme>.png}.
 */
@Tag("screenshots")
class CalendarBusyWeekScreenshotTest {

    @TempDir
    Path dir;

    @Test
    void busyWeek() throws Exception {
        FxToolkit.registerPrimaryStage();
        for (ScreenshotRun run : ScreenshotRun.all()) {
            boolean da = run.locale().getLanguage().equals("da");
            try (TestApp app = TestApp.open(dir.resolve(run.name("busy")), run.locale())) {
                app.context().shell().setTheme(run.theme());
                CalendarViewModel model = app.context().calendar();
                model.load();
                BusyWeek.plan(model, da);
                WaitForAsyncUtils.asyncFx(() -> {
                    Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
                    app.showShell(stage).select("calendar");
                    run.resize(stage);
                }).get();
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
                WaitForAsyncUtils.waitForFxEvents();
                String name = "week-busy-" + run.locale().getLanguage() + "-" + run.theme().name().toLowerCase(java.util.Locale.ROOT);
                Path png = WaitForAsyncUtils.asyncFx(() -> Screenshots.save(
                        FxToolkit.toolkitContext().getRegisteredStage().getScene(), name)).get();
                Path docs = Path.of("docs", "screenshots");
                Files.createDirectories(docs);
                Files.copy(png, docs.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
