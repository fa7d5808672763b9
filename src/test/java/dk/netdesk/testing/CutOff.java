package dk.netdesk.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

/**
 * Finds what a person would see cut off in a laid-out scene: a label, button, cell or header whose text is
 * shown shortened ("Al…"), a text field whose hint does not fit, and a control that lies (partly) outside the
 * window or outside a clipping parent it cannot be scrolled into. Call on the JavaFX thread after a layout.
 */
public final class CutOff {

    /** How far, in pixels, a control may reach past its window or clip before it counts as cut off. */
    private static final double SLACK = 1.5;

    private CutOff() {
    }

    /**
     * Every cut-off text or control under {@code scene}'s root that is shown (it and its parents visible), one
     * line each: what is wrong, the node's id or class, and its whole text. Empty when nothing is cut off.
     */
    public static List<String> in(Scene scene) {
        return in(scene, java.util.Set.of());
    }

    /** {@link #in(Scene)}, leaving out the nodes with the ids in {@code skipped} and all under them. */
    public static List<String> in(Scene scene, java.util.Set<String> skipped) {
        List<String> found = new ArrayList<>();
        walk(scene.getRoot(), scene, skipped, found);
        return found;
    }

    private static void walk(Node node, Scene scene, java.util.Set<String> skipped, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0 || (node.getId() != null && skipped.contains(node.getId()))) {
            return;
        }
        if (node instanceof Labeled labeled) {
            String cut = shortened(labeled);
            if (cut != null) {
                found.add("text shortened to \"" + cut + "\": " + describe(node) + " \"" + labeled.getText() + "\""
                        + String.format(java.util.Locale.ROOT, " (%.0f of %.0f px)", labeled.getWidth(), labeled.prefWidth(-1)));
            }
        }
        if (node instanceof TextInputControl field) {
            String hint = field.getPromptText();
            if (hint != null && !hint.isEmpty() && (field.getText() == null || field.getText().isEmpty())
                    && field instanceof javafx.scene.control.TextField) {
                Text measure = new Text(hint);
                measure.setFont(field.getFont());
                double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
                if (measure.getLayoutBounds().getWidth() > room + SLACK) {
                    found.add("hint cut: " + describe(node) + " \"" + hint + "\"");
                }
            }
        }
        if (node instanceof Labeled || node instanceof ButtonBase || node instanceof TextInputControl
                || node instanceof ComboBoxBase) {
            String outside = outside(node, scene);
            if (outside != null) {
                found.add(outside + ": " + describe(node)
                        + (node instanceof Labeled l ? " \"" + l.getText() + "\"" : ""));
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, scene, skipped, found);
            }
        }
    }

    /** The text {@code labeled} shows when it is not its whole text, else null. */
    private static String shortened(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isEmpty() || labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            return null;
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            // the skin's own text node (a graphic may be a Text too: an icon font's glyph)
            if (child instanceof Text shown && child != labeled.getGraphic()
                    && child.getClass().getSimpleName().equals("LabeledText")) {
                String whole = labeled.isMnemonicParsing() ? text.replace("_", "") : text;
                String seen = shown.getText() == null ? "" : shown.getText();
                seen = labeled.isMnemonicParsing() ? seen.replace("_", "") : seen;
                return whole.equals(seen) ? null : seen;
            }
        }
        return null;
    }

    /**
     * Says so when {@code node} reaches past the window, or past a parent's clip in a direction that parent's
     * scrolling cannot bring it into view; else null.
     */
    private static String outside(Node node, Scene scene) {
        if (node.getLayoutBounds().getWidth() <= 0 || node.getLayoutBounds().getHeight() <= 0) {
            return null;
        }
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        boolean across = true;
        boolean down = true;
        for (Parent up = node.getParent(); up != null && (across || down); up = up.getParent()) {
            if (!up.isVisible()) {
                return null;
            }
            if (up instanceof VirtualFlow<?> || up.getParent() instanceof VirtualFlow<?>) {
                return null; // lists and tables scroll both ways
            }
            if (up instanceof javafx.scene.control.skin.TableHeaderRow && scrollsSideways(up)) {
                return null; // a table's headers scroll sideways with its rows, when it has a scroll bar for that
            }
            // a scroll pane's viewport clips, and the scroll pane brings what it clips into view
            boolean scrollsAcross = false;
            boolean scrollsDown = false;
            Parent scroller = up instanceof ScrollPane ? up : up.getParent();
            if (scroller instanceof ScrollPane scroll) {
                scrollsAcross = scroll.getHbarPolicy() != ScrollPane.ScrollBarPolicy.NEVER;
                scrollsDown = scroll.getVbarPolicy() != ScrollPane.ScrollBarPolicy.NEVER;
            }
            if (up.getClip() != null) {
                Bounds clip = up.localToScene(up.getClip().getBoundsInParent());
                String side = beyond(bounds, clip, across && !scrollsAcross, down && !scrollsDown);
                if (side != null) {
                    return side + " of its clipping parent " + describe(up);
                }
            }
            if (up instanceof ScrollPane) {
                across &= !scrollsAcross;
                down &= !scrollsDown;
            }
        }
        Bounds window = new javafx.geometry.BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        String side = beyond(bounds, window, across, down);
        return side == null ? null : side + " of the window";
    }

    /** Whether the table {@code headers} belong to shows its horizontal scroll bar. */
    private static boolean scrollsSideways(Node headers) {
        Parent table = headers.getParent();
        while (table != null && !(table instanceof javafx.scene.control.TableView<?>)) {
            table = table.getParent();
        }
        return table != null && table.lookupAll(".scroll-bar").stream().anyMatch(bar ->
                bar instanceof javafx.scene.control.ScrollBar scroll && scroll.isVisible()
                        && scroll.getOrientation() == javafx.geometry.Orientation.HORIZONTAL);
    }

    private static String beyond(Bounds node, Bounds room, boolean across, boolean down) {
        if (across && node.getMaxX() > room.getMaxX() + SLACK) {
            return "past the right edge";
        }
        if (across && node.getMinX() < room.getMinX() - SLACK) {
            return "past the left edge";
        }
        if (down && node.getMaxY() > room.getMaxY() + SLACK) {
            return "past the bottom edge";
        }
        if (down && node.getMinY() < room.getMinY() - SLACK) {
            return "past the top edge";
        }
        return null;
    }

    /** The node's id, or else its class and style classes, with the ids of its nearest parents that have one. */
    static String describe(Node node) {
        StringBuilder path = new StringBuilder();
        for (Node up = node; up != null; up = up.getParent()) {
            if (up.getId() != null) {
                path.insert(0, "#" + up.getId() + (path.length() > 0 ? " > " : ""));
                if (up != node) {
                    break;
                }
            } else if (up == node) {
                path.append(node.getClass().getSimpleName()).append(node.getStyleClass().isEmpty() ? ""
                        : "." + String.join(".", node.getStyleClass()));
            }
        }
        return Objects.requireNonNullElse(path.toString(), node.toString());
    }
}
