package dk.netdesk.testing;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

/**
 * Issue 18: whether a node's focus can be seen. The scene is drawn around the node (its shown bounds, see
 * {@link FocusWalk#shownBounds}, plus {@link #MARGIN} px each side, so a ring drawn outside the node counts) once
 * with the node focused and once with the focus on the scene's root, and the two pictures are compared pixel by
 * pixel. A pixel counts as changed when its two colours differ by a contrast ratio of at least {@link #CONTRAST}
 * (WCAG 2.2, 1.4.11 and 2.4.13). The focus is seen when the changed pixels are at least as many as a line of one
 * pixel around the node's shown part: its perimeter. Call on the JavaFX thread.
 */
public final class FocusRing {

    /** Pixels drawn around the node's bounds: the ring's width plus its gap fit in it. */
    public static final int MARGIN = 8;
    /** The least contrast ratio between a ring pixel and what is there without the focus. */
    public static final double CONTRAST = 3.0;

    private FocusRing() {
    }

    /** What was measured for one node. */
    public record Result(int changed, int needed, int ringArgb, int backgroundArgb) {

        /** Enough pixels changed. */
        public boolean seen() {
            return changed >= needed;
        }

        /** The contrast of the most common changed colour against what it replaced (1 when nothing changed). */
        public double ringContrast() {
            return contrast(ringArgb, backgroundArgb);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d of %d px changed, ring #%06X on #%06X (%.2f:1)", changed, needed,
                    ringArgb & 0xFFFFFF, backgroundArgb & 0xFFFFFF, ringContrast());
        }
    }

    /** Focuses {@code node}, draws, moves the focus to the root, draws again and compares. */
    public static Result measure(Node node) {
        return measure(node, node, MARGIN);
    }

    /**
     * The same for an item inside a focusable node: focuses {@code focus} (a list), draws {@code area} (its
     * focused cell) with no margin, so the list's own ring around it does not count, and compares as above.
     */
    public static Result measureItem(Node focus, Node area) {
        return measure(focus, area, 0);
    }

    private static Result measure(Node focus, Node node, int margin) {
        Scene scene = node.getScene();
        focus.requestFocus();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        Bounds shown = FocusWalk.shownBounds(node);
        if (shown == null || !focus.isFocused()) {
            // it would not take the focus (or went out of sight taking it): counted as not seen
            return new Result(0, shown == null ? 1 : 2, 0, 0);
        }
        Rectangle2D area = around(shown, scene, margin);
        WritableImage focused = draw(scene, area);
        scene.getRoot().requestFocus();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        WritableImage unfocused = draw(scene, area);
        Result result = compare(focused, unfocused, (int) Math.round(2 * (shown.getWidth() + shown.getHeight())));
        String debug = System.getProperty("focusring.debug");
        if (debug != null && !result.seen()) {
            // -Dfocusring.debug=DIR: the two pictures of each node whose focus is not seen, to look at
            String name = (node.getId() != null ? node.getId() : node.getClass().getSimpleName()) + "-" + System.nanoTime();
            try {
                java.nio.file.Files.createDirectories(java.nio.file.Path.of(debug));
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(focused, null), "png",
                        java.nio.file.Path.of(debug, name + "-focused.png").toFile());
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(unfocused, null), "png",
                        java.nio.file.Path.of(debug, name + "-unfocused.png").toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return result;
    }

    private static Rectangle2D around(Bounds shown, Scene scene, int margin) {
        double minX = Math.max(0, Math.floor(shown.getMinX()) - margin);
        double minY = Math.max(0, Math.floor(shown.getMinY()) - margin);
        double maxX = Math.min(scene.getWidth(), Math.ceil(shown.getMaxX()) + margin);
        double maxY = Math.min(scene.getHeight(), Math.ceil(shown.getMaxY()) + margin);
        return new Rectangle2D(minX, minY, maxX - minX, maxY - minY);
    }

    private static WritableImage draw(Scene scene, Rectangle2D area) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setViewport(area);
        parameters.setFill(scene.getFill() == null ? javafx.scene.paint.Color.WHITE : scene.getFill());
        return scene.getRoot().snapshot(parameters, null);
    }

    static Result compare(WritableImage focused, WritableImage unfocused, int needed) {
        PixelReader a = focused.getPixelReader();
        PixelReader b = unfocused.getPixelReader();
        int width = (int) Math.min(focused.getWidth(), unfocused.getWidth());
        int height = (int) Math.min(focused.getHeight(), unfocused.getHeight());
        int changed = 0;
        Map<Long, Integer> pairs = new HashMap<>();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int on = a.getArgb(x, y);
                int off = b.getArgb(x, y);
                if (on != off && contrast(on, off) >= CONTRAST) {
                    changed++;
                    pairs.merge(((long) on << 32) | (off & 0xFFFFFFFFL), 1, Integer::sum);
                }
            }
        }
        long common = pairs.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0L);
        return new Result(changed, needed, (int) (common >>> 32), (int) common);
    }

    /** The WCAG contrast ratio of two opaque colours (ARGB; alpha ignored), 1 to 21. */
    public static double contrast(int argb1, int argb2) {
        double l1 = luminance(argb1);
        double l2 = luminance(argb2);
        return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    }

    private static double luminance(int argb) {
        return 0.2126 * channel((argb >> 16) & 0xFF) + 0.7152 * channel((argb >> 8) & 0xFF) + 0.0722 * channel(argb & 0xFF);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
