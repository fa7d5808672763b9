package dk.netdesk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.ui.Theme;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15: a screenshot of a whole window is the run's size, also when the window (TestFX's registered stage,
 * shared by every screenshot test) is already showing and is given a new, taller scene, as {@code Shell.show()}
 * does once per run.
 */
class ScreenshotRunTest {

    @Test
    void aShowingWindowWithANewSceneTakesTheRunsSize() throws Exception {
        FxToolkit.registerPrimaryStage();
        ScreenshotRun run = new ScreenshotRun(Locale.ENGLISH, Theme.LIGHT, ScreenshotRun.Size.SMALL);
        for (int i = 0; i < 2; i++) {
            double[] size = WaitForAsyncUtils.asyncFx(() -> {
                Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
                Region content = new Region();
                content.setPrefSize(1119, 1745);
                stage.setScene(new Scene(content));
                stage.show();
                run.resize(stage);
                return new double[] {stage.getScene().getWidth(), stage.getScene().getHeight()};
            }).get();
            WaitForAsyncUtils.waitForFxEvents();
            double[] settled = WaitForAsyncUtils.asyncFx(() -> {
                Scene scene = FxToolkit.toolkitContext().getRegisteredStage().getScene();
                return new double[] {scene.getWidth(), scene.getHeight()};
            }).get();
            assertThat(size).as("scene size right after resize, round %d", i).containsExactly(1024, 700);
            assertThat(settled).as("scene size after the events, round %d", i).containsExactly(1024, 700);
        }
        WaitForAsyncUtils.asyncFx(() -> FxToolkit.toolkitContext().getRegisteredStage().hide()).get();
    }
}
