package dk.netdesk.testing;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Window;

/** Whether a node is drawn wholly inside its window (so a user can see and click it). */
public final class InWindow {

    private InWindow() {
    }

    /** True when {@code node} is visible and its screen bounds lie inside its window's bounds (1 px slack). */
    public static boolean isInside(Node node) {
        if (node.getScene() == null || !node.isVisible()) {
            return false;
        }
        Window window = node.getScene().getWindow();
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        return b.getMinX() >= window.getX() - 1 && b.getMinY() >= window.getY() - 1
                && b.getMaxX() <= window.getX() + window.getWidth() + 1
                && b.getMaxY() <= window.getY() + window.getHeight() + 1;
    }
}
