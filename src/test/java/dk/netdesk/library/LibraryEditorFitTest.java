package dk.netdesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.CutOff;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editor of an objection script: its stage check boxes lie over no other field, in a small and a large window. */
@ExtendWith(ApplicationExtension.class)
class LibraryEditorFitTest {

    @TempDir
    Path dir;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theStageCheckBoxesLieOverNoOtherFieldAt1024x700Or1600x1000InEitherLanguage(FxRobot robot) {
        List<String> wrong = new ArrayList<>();
        for (Locale locale : Messages.LANGUAGES) {
            for (double[] size : new double[][] {{1024, 700}, {1600, 1000}}) {
                String where = locale.getLanguage() + " " + (int) size[0] + "x" + (int) size[1] + ": ";
                try (TestApp app = TestApp.open(dir.resolve(where.replaceAll("\\W", "")), locale)) {
                    LibraryViewModel library = app.context().library();
                    robot.interact(() -> {
                        app.showShell(stage).select("library");
                        stage.setMaximized(false);
                        stage.setWidth(size[0]);
                        stage.setHeight(size[1]);
                    });
                    WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
                    WaitForAsyncUtils.waitForFxEvents();
                    robot.interact(() -> {
                        library.newItem();
                        library.form().kindProperty().set(LibraryKind.OBJECTION_SCRIPT);
                    });
                    WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
                    WaitForAsyncUtils.waitForFxEvents();
                    robot.interact(() -> {
                        stage.getScene().getRoot().applyCss();
                        stage.getScene().getRoot().layout();
                        Node stages = robot.lookup("#library-stages").query();
                        assertThat(stages.isVisible()).as(where + "stages shown").isTrue();
                        Bounds flow = stages.localToScene(stages.getBoundsInLocal());
                        for (String below : List.of("#library-body-editor")) {
                            Node next = robot.lookup(below).query();
                            Bounds other = next.localToScene(next.getBoundsInLocal());
                            if (flow.getMaxY() > other.getMinY() + 1) {
                                wrong.add(where + "the stages reach " + (int) (flow.getMaxY() - other.getMinY())
                                        + " px into " + below);
                            }
                        }
                        Node url = robot.lookup("#library-url").query();
                        Bounds address = url.localToScene(url.getBoundsInLocal());
                        if (address.getMaxY() > flow.getMinY() + 1) {
                            wrong.add(where + "the stages start inside the web address");
                        }
                        CutOff.in(stage.getScene()).stream().filter(line -> line.startsWith("overlaps"))
                                .forEach(line -> wrong.add(where + line));
                    });
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
