package dk.netdesk.ui;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the focused field of a scrolling form in sight (issue 15): when the keyboard focus moves to a node
 * inside a scroll pane's content (Tab, Shift+Tab, a mnemonic, the first field in error), the pane scrolls
 * just enough to show the node whole, with a small margin; a node taller or wider than the view shows its top
 * or left edge. The one helper for every scrolling form: {@link DialogFit#scrolling} and so every dialog, the
 * contact details panel, the library editor, the import mapping.
 */
public final class ScrollIntoView {

    /** Room kept between the revealed node and the view's edge, in pixels. */
    static final double MARGIN = 8;

    private static final String FOLLOWING = "dk.netdesk.scrollintoview.following";

    private ScrollIntoView() {
    }

    /**
     * Makes {@code scroll} scroll to the focus owner whenever the focus moves to a node inside its content,
     * for as long as it is in a scene. Call once; calling again does nothing. Returns {@code scroll}.
     */
    public static <S extends ScrollPane> S follow(S scroll) {
        if (scroll.getProperties().put(FOLLOWING, Boolean.TRUE) != null) {
            return scroll;
        }
        ChangeListener<Node> focused = (obs, was, now) -> {
            if (now != null && inside(scroll, now)) {
                reveal(scroll, now);
            }
        };
        ChangeListener<Scene> scene = (obs, old, now) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(focused);
            }
            if (now != null) {
                now.focusOwnerProperty().addListener(focused);
            }
        };
        scroll.sceneProperty().addListener(scene);
        if (scroll.getScene() != null) {
            scroll.getScene().focusOwnerProperty().addListener(focused);
        }
        return scroll;
    }

    /** Scrolls every scroll pane around {@code node}, innermost first, so that {@code node} is in sight. */
    public static void reveal(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll && inside(scroll, node)) {
                reveal(scroll, node);
            }
        }
    }

    /** True when {@code node} lies in {@code scroll}'s content (not in its scroll bars). */
    private static boolean inside(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == content) {
                return true;
            }
            if (n == scroll) {
                return false;
            }
        }
        return false;
    }

    /**
     * Sets {@code scroll}'s values so that {@code node} (inside its content) is whole in its view, moving as
     * little as it can. Does nothing while the pane has no size yet.
     */
    static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        Bounds view = scroll.getViewportBounds();
        if (content == null || view == null || view.getHeight() <= 0 || view.getWidth() <= 0) {
            return;
        }
        Bounds whole = content.getLayoutBounds();
        Bounds target = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        if (target == null) {
            return;
        }
        double spareY = whole.getHeight() - view.getHeight();
        if (spareY > 0) {
            double top = value(scroll.getVvalue(), scroll.getVmin(), scroll.getVmax()) * spareY;
            double newTop = shown(top, view.getHeight(), target.getMinY() - whole.getMinY(),
                    target.getMaxY() - whole.getMinY());
            if (newTop != top) {
                scroll.setVvalue(scroll.getVmin() + (scroll.getVmax() - scroll.getVmin()) * newTop / spareY);
            }
        }
        double spareX = whole.getWidth() - view.getWidth();
        if (spareX > 0) {
            double left = value(scroll.getHvalue(), scroll.getHmin(), scroll.getHmax()) * spareX;
            double newLeft = shown(left, view.getWidth(), target.getMinX() - whole.getMinX(),
                    target.getMaxX() - whole.getMinX());
            if (newLeft != left) {
                scroll.setHvalue(scroll.getHmin() + (scroll.getHmax() - scroll.getHmin()) * newLeft / spareX);
            }
        }
    }

    /** Where a scroll value lies between its least and greatest, from 0 to 1. */
    private static double value(double value, double min, double max) {
        return max <= min ? 0 : (value - min) / (max - min);
    }

    /**
     * The offset of a view of {@code size} that shows {@code from}–{@code to} (content coordinates), starting at
     * {@code offset}: unchanged when it shows them already, else moved to the near edge (with {@link #MARGIN}); a
     * span longer than the view shows its start.
     */
    static double shown(double offset, double size, double from, double to) {
        double start = Math.max(0, from - MARGIN);
        double end = to + MARGIN;
        if (end - start > size) {
            return start;
        }
        if (start < offset) {
            return start;
        }
        if (end > offset + size) {
            return end - size;
        }
        return offset;
    }
}
