package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window opens whole on the screen whatever bounds were remembered (a larger or unplugged screen). */
@ExtendWith(ApplicationExtension.class)
class ShellWindowBoundsTest {

    @TempDir
    static Path dir;
    TestApp app;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = TestApp.open(dir.resolve("d" + System.nanoTime()), Locale.ENGLISH);
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void boundsFromALargerScreenToTheRightOpenWholeOnThisOne(FxRobot robot) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // remembered on a second, larger screen right of this one, which is gone
        app.context().shell().saveBounds(new ShellViewModel.Bounds(screen.getMaxX() + 200, 300,
                screen.getWidth() + 400, screen.getHeight() + 300, false));
        robot.interact(() -> app.showShell(stage));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getWidth()).as("width").isLessThanOrEqualTo(screen.getWidth());
        assertThat(stage.getHeight()).as("height").isLessThanOrEqualTo(screen.getHeight());
        assertThat(stage.getX()).as("left").isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(stage.getY()).as("top").isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(stage.getX() + stage.getWidth()).as("right").isLessThanOrEqualTo(screen.getMaxX());
        assertThat(stage.getY() + stage.getHeight()).as("bottom").isLessThanOrEqualTo(screen.getMaxY());
        assertThat(stage.getScene().getHeight()).as("the status line is inside the window")
                .isLessThanOrEqualTo(stage.getHeight());
    }

    @Test
    void boundsPartlyOffTheRightEdgeAreMovedBackAtTheirSize(FxRobot robot) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        app.context().shell().saveBounds(new ShellViewModel.Bounds(screen.getMaxX() - 300, screen.getMinY() + 40,
                1000, 650, false));
        robot.interact(() -> app.showShell(stage));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getWidth()).isEqualTo(1000);
        assertThat(stage.getHeight()).isEqualTo(650);
        assertThat(stage.getX()).isEqualTo(screen.getMaxX() - 1000);
        assertThat(stage.getY()).isEqualTo(screen.getMinY() + 40);
    }
}
