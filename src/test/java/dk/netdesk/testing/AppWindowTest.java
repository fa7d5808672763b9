package dk.netdesk.testing;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The set-up a TestFX test of the whole app shares: a fresh folder per test ({@link #dir}), TestFX's stage
 * ({@link #stage}) and the {@link TestApp} the test opens into {@link #app}, closed after each test.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class AppWindowTest {

    @TempDir
    protected Path dir;
    protected TestApp app;
    protected Stage stage;

    /** TestFX's stage, the one a {@code @Start} method would be given (TestFX looks for those in the test class only). */
    @BeforeEach
    void takeStage() {
        stage = FxToolkit.toolkitContext().getRegisteredStage();
    }

    @AfterEach
    void closeApp() {
        if (app != null) {
            app.close();
        }
    }
}
