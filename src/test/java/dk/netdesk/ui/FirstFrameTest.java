package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Work put after the first frame runs once, after the scene has been laid out, and not before. */
@ExtendWith(ApplicationExtension.class)
class FirstFrameTest {

    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void runsOnceAfterTheFirstLayoutAndNotBeforeIt(FxRobot robot) {
        Label label = new Label("Today");
        Scene scene = new Scene(new StackPane(label), 300, 200);
        List<Double> widthsSeen = new ArrayList<>();
        robot.interact(() -> {
            FirstFrame.after(scene, () -> widthsSeen.add(label.getWidth()));
            stage.setScene(scene);
            stage.show();
            assertThat(widthsSeen).as("nothing runs inside show()").isEmpty();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> label.setText("Today, again: a second layout"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(widthsSeen).hasSize(1);
        assertThat(widthsSeen.get(0)).as("the label was laid out when the action ran").isPositive();
    }
}
