package dk.netdesk.library;

import dk.netdesk.testing.ScreenshotRun;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code mvn -B -Pscreenshots verify -Dtest=LibraryScreenshotTest}: the library with search
 * hits and highlighted snippets, and the editor, in both languages and both themes.
 */
@Tag("screenshots")
class LibraryScreenshotTest {

    @TempDir
    Path dir;

    @Test
    void libraryScreen() throws Exception {
        FxToolkit.registerPrimaryStage();
        for (ScreenshotRun run : ScreenshotRun.all()) {
            boolean danish = "da".equals(run.locale().getLanguage());
            try (TestApp app = TestApp.open(dir.resolve(run.name("library")), run.locale())) {
                app.context().shell().setTheme(run.theme());
                LibraryViewModel library = app.context().library();
                WaitForAsyncUtils.asyncFx(() -> {
                    Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
                    app.showShell(stage).select("library");
                    run.resize(stage);
                }).get();
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.asyncFx(() -> {
                    library.queryProperty().set(danish ? "pyramide" : "pyramid");
                }).get();
                settle();
                WaitForAsyncUtils.asyncFx(() -> {
                    library.selectedHitProperty().set(library.hits().stream()
                            .filter(h -> h.language().equals(run.locale().getLanguage())).findFirst().orElseThrow());
                }).get();
                settle();
                WaitForAsyncUtils.asyncFx(() -> {
                    library.recordUse(ScriptOutcome.WORKED);
                    library.recordUse(ScriptOutcome.WORKED);
                    library.recordUse(ScriptOutcome.NEUTRAL);
                }).get();
                settle();
                shoot(run.name("library"));

                WaitForAsyncUtils.asyncFx(() -> library.queryProperty().set(danish ? "tid" : "time")).get();
                settle();
                WaitForAsyncUtils.asyncFx(() -> library.selectedHitProperty().set(library.hits().get(0))).get();
                settle();
                shoot(run.name("library-search"));

                WaitForAsyncUtils.asyncFx(library::edit).get();
                settle();
                shoot(run.name("library-editor"));
            }
        }
    }

    private static void settle() {
        WaitForAsyncUtils.sleep(350, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void shoot(String name) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(
                FxToolkit.toolkitContext().getRegisteredStage().getScene(), name)).get();
    }
}
