package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A label fitted during layout (an event block's times, its break flag) keeps its icon in place when its text or
 * content display changes, so the icon is not styled again in the next pulse (issue 16); it still measures and shows
 * what a label with JavaFX's own skin does.
 */
@ExtendWith(ApplicationExtension.class)
class SteadyLabelSkinTest {

    Label steady;
    Label plain;

    @Start
    void start(Stage stage) {
        steady = new Label("10:00–11:00", new FontIcon(Material2OutlinedAL.HOURGLASS_BOTTOM));
        steady.setSkin(new SteadyLabelSkin(steady));
        plain = new Label("10:00–11:00", new FontIcon(Material2OutlinedAL.HOURGLASS_BOTTOM));
        stage.setScene(new Scene(new HBox(steady, plain), 400, 100));
        stage.show();
    }

    @Test
    void theIconStaysInPlaceWhileTheTextAndContentDisplayChangeAndTheLabelMeasuresAsUsual(FxRobot robot) {
        List<String> moved = new ArrayList<>();
        steady.getGraphic().parentProperty().addListener((obs, old, now) -> moved.add(old + " -> " + now));
        List<String> plainMoved = new ArrayList<>();
        plain.getGraphic().parentProperty().addListener((obs, old, now) -> plainMoved.add(old + " -> " + now));
        List<Runnable> steps = List.of(
                () -> set("10:00"), () -> set(""), () -> set("Break"),
                () -> display(ContentDisplay.GRAPHIC_ONLY), () -> display(ContentDisplay.LEFT),
                () -> display(ContentDisplay.RIGHT), () -> set("18:00–20:00"));
        for (Runnable step : steps) {
            robot.interact(() -> {
                step.run();
                steady.getParent().applyCss();
                steady.getParent().layout();
                assertThat(steady.prefWidth(-1)).as(steady.getText() + " " + steady.getContentDisplay())
                        .isEqualTo(plain.prefWidth(-1));
                assertThat(steady.prefHeight(-1)).isEqualTo(plain.prefHeight(-1));
                assertThat(shownText(steady)).as("the text drawn").isEqualTo(shownText(plain));
            });
        }
        assertThat(plainMoved).as("JavaFX's own skin puts the icon back each time").isNotEmpty();
        assertThat(moved).as("the steady skin leaves it where it is").isEmpty();
    }

    private void set(String text) {
        steady.setText(text);
        plain.setText(text);
    }

    private void display(ContentDisplay display) {
        steady.setContentDisplay(display);
        plain.setContentDisplay(display);
    }

    /** The label's text as drawn: the visible text node's, or "" when none is shown. */
    private static String shownText(Label label) {
        return label.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Text && n != label.getGraphic() && n.isVisible())
                .map(n -> ((Text) n).getText()).findFirst().orElse("");
    }
}
