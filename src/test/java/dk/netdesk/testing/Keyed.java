package dk.netdesk.testing;

import dk.netdesk.ui.NodeKey;
import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Finds a node by its {@link NodeKey} ("calendar-day-2026-11-24", "calendar-event-12-"), as {@code lookup("#…")}
 * finds one by id, in every showing window, on the JavaFX thread.
 */
public final class Keyed {

    private Keyed() {
    }

    /** The node named {@code key} in a showing window; fails when there is none. */
    public static Node node(String key) {
        return find(key).orElseThrow(() -> new AssertionError("no node named " + key + " is shown"));
    }

    /** The node named {@code key}, as {@code type}; fails when there is none. */
    public static <T extends Node> T node(String key, Class<T> type) {
        return type.cast(node(key));
    }

    /** The node named {@code key} in a showing window, or empty. */
    public static Optional<Node> find(String key) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                    .filter(w -> w.isShowing() && w.getScene() != null)
                    .map(w -> NodeKey.find(w.getScene().getRoot(), key))
                    .flatMap(Optional::stream).findFirst()).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
