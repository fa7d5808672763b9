package dk.netdesk.library;

import dk.netdesk.testing.ScreenshotRun;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code mvn -B -Pscreenshots verify -Dtest=LibraryCopyScreenshotTest}: the reading pane of the starter pyramid item
 * with words selected by a mouse drag and the focus on the quote's own Copy, in both languages and both themes
 * (large window): {@code library-copy-<language>-<theme>-1600x1000.png}.
 */
@Tag("screenshots")
class LibraryCopyScreenshotTest {

    @TempDir
    Path dir;

    @Test
    void readingPaneWithASelectionAndTheCopyButtons() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxRobot robot = new FxRobot();
        for (ScreenshotRun run : ScreenshotRun.all()) {
            if (run.size() != ScreenshotRun.Size.LARGE) {
                continue;
            }
            try (TestApp app = TestApp.open(dir.resolve(run.name("library-copy")), run.locale())) {
                app.context().shell().setTheme(run.theme());
                LibraryViewModel library = app.context().library();
                WaitForAsyncUtils.asyncFx(() -> {
                    Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
                    app.showShell(stage).select("library");
                    run.resize(stage);
                }).get();
                settle();
                WaitForAsyncUtils.asyncFx(() -> library.queryProperty().set(run.danish() ? "pyramide" : "pyramid")).get();
                settle();
                WaitForAsyncUtils.asyncFx(() -> library.selectedHitProperty().set(library.hits().stream()
                        .filter(h -> h.language().equals(run.locale().getLanguage())).findFirst().orElseThrow())).get();
                settle();
                TextFlow paragraph = robot.lookup("#library-body .md-paragraph").match((TextFlow f) -> f.getChildren()
                        .stream().anyMatch(n -> n instanceof Text t && t.getText().length() > 40)).query();
                String text = paragraph.getChildren().stream().filter(n -> n instanceof Text t && t.getText().length() > 40)
                        .map(n -> ((Text) n).getText()).findFirst().orElseThrow();
                int end = text.indexOf('.') + 1;
                Point2D from = caret(paragraph, 0).add(1, 0);
                Point2D to = caret(paragraph, end).add(-1, 0);
                robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(from.midpoint(to)).moveTo(to)
                        .release(MouseButton.PRIMARY);
                settle();
                Node quoteCopy = robot.lookup("#md-copy-quote-1").query();
                WaitForAsyncUtils.asyncFx(quoteCopy::requestFocus).get();
                settle();
                shoot(run.name("library-copy"));
            }
        }
    }

    private static Point2D caret(TextFlow flow, int index) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            PathElement[] shape = flow.caretShape(index, true);
            MoveTo top = (MoveTo) shape[0];
            LineTo bottom = (LineTo) shape[1];
            return flow.localToScreen(top.getX(), (top.getY() + bottom.getY()) / 2);
        }).get();
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
