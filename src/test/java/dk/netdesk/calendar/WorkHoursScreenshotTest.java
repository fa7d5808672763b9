package dk.netdesk.calendar;

import dk.netdesk.testing.ScreenshotRun;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Theme;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code mvn -B -Pscreenshots verify -Dtest=WorkHoursScreenshotTest}: the calendar with its "Work hours…" button
 * and the work hours dialog over it (under it when it would hide the toolbar; Saturday with two times), in both languages, light theme, at 1024×700 and
 * 1600×1000: {@code target/screenshots/work-hours-<language>-<size>.png} (and each part on its own, checked for cut
 * text by {@link Screenshots}); the 1024×700 ones copied to {@code docs/screenshots/work-hours-<language>.png}, the
 * large ones to {@code work-hours-<language>-large.png}.
 */
@Tag("screenshots")
class WorkHoursScreenshotTest {

    /** The height of the menu bar and the calendar's toolbar, in pixels: the dialog must leave them in sight. */
    private static final int TOOLBAR = 130;

    @TempDir
    Path dir;

    @Test
    void workHours() throws Exception {
        FxToolkit.registerPrimaryStage();
        for (ScreenshotRun run : ScreenshotRun.all()) {
            if (run.theme() != Theme.LIGHT) {
                continue;
            }
            String language = run.locale().getLanguage();
            String name = "work-hours-" + language + "-" + run.size().label();
            try (TestApp app = TestApp.open(dir.resolve(name), run.locale())) {
                Map<DayOfWeek, List<TimeSpan>> windows = new EnumMap<>(BalanceSettings.defaults().windows());
                windows.put(DayOfWeek.SATURDAY, List.of(TimeSpan.of(10, 0, 13, 0), TimeSpan.of(14, 0, 16, 30)));
                BalanceSettings settings = new BalanceSettings(windows, BalanceSettings.defaults().protectedTime(), 12, 90);
                app.context().calendarService().saveBalanceSettings(settings);
                WaitForAsyncUtils.asyncFx(() -> {
                    Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
                    app.showShell(stage).select("calendar");
                    run.resize(stage);
                }).get();
                WaitForAsyncUtils.waitForFxEvents();
                Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
                Path window = WaitForAsyncUtils.asyncFx(() -> Screenshots.save(stage.getScene(), name + "-window")).get();
                // the dialog waits for its answer: opened later on the JavaFX thread, not from this one
                Platform.runLater(() -> ((Button) stage.getScene().lookup("#calendar-balance")).fire());
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
                WaitForAsyncUtils.waitForFxEvents();
                Window dialog = WaitForAsyncUtils.asyncFx(Screenshots::openDialog).get();
                Path shown = WaitForAsyncUtils.asyncFx(() -> Screenshots.saveDialog(dialog, run, name + "-dialog")).get();
                WaitForAsyncUtils.asyncFx(dialog::hide).get();
                WaitForAsyncUtils.waitForFxEvents();
                Path both = Screenshots.folder().resolve(name + ".png");
                over(window, shown, both);
                Path docs = Path.of("docs", "screenshots");
                Files.createDirectories(docs);
                String doc = "work-hours-" + language + (run.size() == ScreenshotRun.Size.SMALL ? "" : "-large") + ".png";
                Files.copy(both, docs.resolve(doc), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /**
     * The window's picture with the dialog's centred over it (as it opens over its owner), written to {@code to}; when
     * the dialog would hide the toolbar (a small window), the dialog goes under the window's picture instead.
     */
    private static void over(Path window, Path dialog, Path to) throws Exception {
        BufferedImage back = ImageIO.read(window.toFile());
        BufferedImage front = ImageIO.read(dialog.toFile());
        int x = Math.max(0, (back.getWidth() - front.getWidth()) / 2);
        int y = Math.max(0, (back.getHeight() - front.getHeight()) / 2);
        boolean below = y < TOOLBAR;
        if (below) {
            y = back.getHeight() + 8;
        }
        BufferedImage both = new BufferedImage(Math.max(back.getWidth(), front.getWidth()),
                below ? y + front.getHeight() : back.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = both.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, both.getWidth(), both.getHeight());
        g.drawImage(back, 0, 0, null);
        g.setColor(new java.awt.Color(0, 0, 0, 60));
        g.fillRect(x - 1, y - 1, front.getWidth() + 2, front.getHeight() + 2);
        g.drawImage(front, x, y, null);
        g.dispose();
        ImageIO.write(both, "png", to.toFile());
    }
}
