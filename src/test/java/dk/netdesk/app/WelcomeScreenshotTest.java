package dk.netdesk.app;

import dk.netdesk.testing.ScreenshotRun;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code mvn -Pscreenshots verify}: the first-run welcome on a fresh database, in both languages and both
 * themes, at 1024×700 (the smallest window it must fit without clipping) and 1280×800.
 */
@Tag("screenshots")
class WelcomeScreenshotTest {

    @TempDir
    Path dir;

    @Test
    void welcome() throws Exception {
        FxToolkit.registerPrimaryStage();
        for (ScreenshotRun run : ScreenshotRun.all()) {
            shoot(run, run.name("welcome"));
        }
    }

    private void shoot(ScreenshotRun run, String name) throws Exception {
        try (TestApp app = TestApp.open(dir.resolve(name), run.locale())) {
            app.context().shell().setTheme(run.theme());
            WaitForAsyncUtils.asyncFx(() -> {
                Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
                run.resize(stage);
                WelcomeTest.show(app, stage);
                run.resize(stage);
            }).get();
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.asyncFx(() -> Screenshots.save(
                    FxToolkit.toolkitContext().getRegisteredStage().getScene(), name)).get();
        }
    }
}
