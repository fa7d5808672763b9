package dk.netdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Writes PNGs of scenes and nodes to {@code target/screenshots} for the screenshot command
 * ({@code mvn -Pscreenshots verify}). Call on the JavaFX thread.
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
        return write(scene.snapshot(null), name);
    }

    public static Path save(Node node, String name) {
        return write(node.snapshot(null, null), name);
    }

    /** A node with snapshot parameters, e.g. a scale transform for a sharper image. */
    public static Path save(Node node, String name, javafx.scene.SnapshotParameters parameters) {
        return write(node.snapshot(parameters, null), name);
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
