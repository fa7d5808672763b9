package dk.netdesk.app;

import dk.netdesk.calendar.CalendarViewModel;
import dk.netdesk.testing.FocusWalk;
import dk.netdesk.testing.ScreenshotRun;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Shell;
import dk.netdesk.ui.Theme;
import java.nio.file.Path;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ListView;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code mvn -B -o -Pscreenshots verify -Dtest=FocusRingScreenshotTest}: the keyboard focus ring (issue 18,
 * decision 0043) on a card on the board, an event in the week, a library hit and a filled button (the contact
 * panel's Save), each with what is around it, in the light and the dark theme: {@code focus-card-light.png} …
 * {@code focus-button-dark.png} in {@code target/screenshots}, copied to {@code docs/screenshots}.
 */
@Tag("screenshots")
class FocusRingScreenshotTest {

    /** Pixels of the window shown around the focused node, each side. */
    private static final double AROUND = 40;

    @TempDir
    Path dir;

    @Test
    void cardEventHitAndFilledButton() throws Exception {
        FxToolkit.registerPrimaryStage();
        for (Theme theme : Theme.values()) {
            String look = theme.name().toLowerCase(Locale.ROOT);
            try (TestApp app = TestApp.open(dir.resolve(look), Locale.ENGLISH)) {
                app.context().shell().setTheme(theme);
                Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
                long anna = FocusWalk.fill(app);
                Shell[] shell = new Shell[1];
                WaitForAsyncUtils.asyncFx(() -> {
                    shell[0] = app.showShell(stage);
                    // 1,024×700 in both themes (a shown window given a new scene keeps it at its preferred size)
                    new ScreenshotRun(Locale.ENGLISH, theme, ScreenshotRun.Size.SMALL).resize(stage);
                }).get();
                FocusWalk.settle();

                WaitForAsyncUtils.asyncFx(() -> {
                    shell[0].select("pipeline");
                    app.context().pipeline().select(anna);
                }).get();
                FocusWalk.settle();
                shoot(stage.getScene(), "focus-card-" + look, () -> {
                    ListView<?> list = (ListView<?>) stage.getScene().lookup("#pipeline-list-1");
                    list.requestFocus();
                    list.getFocusModel().focus(0);
                    return stage.getScene().lookup("#pipeline-card-" + anna);
                });

                WaitForAsyncUtils.asyncFx(() -> app.context().pipelineDetails().open(anna)).get();
                FocusWalk.settle();
                shoot(stage.getScene(), "focus-button-" + look, () -> {
                    Node save = stage.getScene().lookup("#details-save");
                    save.requestFocus();
                    return save;
                });

                WaitForAsyncUtils.asyncFx(() -> {
                    shell[0].select("calendar");
                    app.context().calendar().modeProperty().set(CalendarViewModel.Mode.WEEK);
                }).get();
                FocusWalk.settle();
                shoot(stage.getScene(), "focus-event-" + look, () -> {
                    Node event = dk.netdesk.ui.NodeKey.find(stage.getScene().getRoot(), "calendar-event-1-").orElseThrow();
                    event.requestFocus();
                    return event;
                });

                WaitForAsyncUtils.asyncFx(() -> {
                    shell[0].select("library");
                    app.context().library().queryProperty().set("");
                    app.context().library().selectedHitProperty().set(app.context().library().hits().get(0));
                }).get();
                FocusWalk.settle();
                shoot(stage.getScene(), "focus-hit-" + look, () -> {
                    ListView<?> list = (ListView<?>) stage.getScene().lookup("#library-list");
                    list.requestFocus();
                    list.getFocusModel().focus(0);
                    return list.lookup(".list-cell");
                });
            }
        }
    }

    /** Focuses a node, then saves the window around it, twice the size. */
    private static void shoot(Scene scene, String name, java.util.concurrent.Callable<Node> focus) throws Exception {
        Node[] node = new Node[1];
        WaitForAsyncUtils.asyncFx(() -> {
            node[0] = focus.call();
            return null;
        }).get();
        FocusWalk.settle();
        WaitForAsyncUtils.asyncFx(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            Bounds b = node[0].localToScene(node[0].getLayoutBounds());
            double x = Math.max(0, b.getMinX() - AROUND);
            double y = Math.max(0, b.getMinY() - AROUND);
            double w = Math.min(scene.getWidth(), b.getMaxX() + AROUND) - x;
            double h = Math.min(scene.getHeight(), b.getMaxY() + AROUND) - y;
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setTransform(new Scale(2, 2));
            parameters.setViewport(new Rectangle2D(2 * x, 2 * y, 2 * w, 2 * h));
            Screenshots.save(scene.getRoot(), name, parameters);
        }).get();
    }
}
