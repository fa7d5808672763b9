package dk.netdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * Writes PNGs of scenes and nodes to {@code target/screenshots} for the screenshot command
 * ({@code mvn -Pscreenshots verify}). Call on the JavaFX thread. Each scene saved is also checked with
 * {@link CutOff}; what is cut off is listed in {@code target/screenshots/cut-off.txt}, under the file's name.
 */
public final class Screenshots {

    private Screenshots() {
    }

    public static Path folder() {
        Path folder = Path.of(System.getProperty("netdesk.buildDir", "target"), "screenshots");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    public static Path save(Scene scene, String name) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        note(name, CutOff.in(scene));
        return write(scene.snapshot(null), name);
    }

    /**
     * A dialog's window as it would be shown over a main window of {@code run}'s size on a screen that size:
     * never larger than it (the content then scrolls, as {@code DialogFit} makes it), then saved.
     */
    public static Path saveDialog(Window dialog, ScreenshotRun run, String name) {
        if (dialog.getWidth() > run.size().width() || dialog.getHeight() > run.size().height()) {
            dialog.setWidth(Math.min(dialog.getWidth(), run.size().width()));
            dialog.setHeight(Math.min(dialog.getHeight(), run.size().height()));
        }
        // a dialog that cannot be made that small would not fit the run's screen: listed with what is cut off.
        // Its scene counts too: a showing window set smaller may keep a larger scene (the picture's size).
        double width = Math.max(dialog.getWidth(), dialog.getScene().getWidth());
        double height = Math.max(dialog.getHeight(), dialog.getScene().getHeight());
        if (width > run.size().width() + 0.5 || height > run.size().height() + 0.5) {
            note(name, List.of("the dialog is " + (int) width + "x" + (int) height + ", larger than the screen ("
                    + run.size().label() + ")"));
        }
        return save(dialog.getScene(), name);
    }

    /** The showing dialog window (its root a {@link DialogPane}) that was opened last. */
    public static Window openDialog() {
        List<Window> dialogs = Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .toList();
        if (dialogs.isEmpty()) {
            throw new IllegalStateException("no dialog is showing");
        }
        return dialogs.get(dialogs.size() - 1);
    }

    public static Path save(Node node, String name) {
        return write(node.snapshot(null, null), name);
    }

    /** A node with snapshot parameters, e.g. a scale transform for a sharper image. */
    public static Path save(Node node, String name, javafx.scene.SnapshotParameters parameters) {
        return write(node.snapshot(parameters, null), name);
    }

    private static void note(String name, List<String> cut) {
        if (cut.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(name).append(".png\n");
        cut.forEach(line -> text.append("  ").append(line).append('\n'));
        try {
            Files.writeString(folder().resolve("cut-off.txt"), text, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(WritableImage image, String name) {
        Path file = folder().resolve(name + ".png");
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
