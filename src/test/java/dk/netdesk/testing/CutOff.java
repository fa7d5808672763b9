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
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import dk.netdesk.ui.MayShorten;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

/**
 * Finds what a person would see cut off in a laid-out scene: a label, button, cell or header whose text is
 * shown shortened ("Al…"), a text field whose hint does not fit, and a control that lies (partly) outside the
 * window or outside a clipping parent it cannot be scrolled into, and the parts of a form (a grid pane's
 * children) that lie over one another, and a wrapping text with a word too wide for its line, which breaks
 * inside the word. A label marked with {@link MayShorten} may be shortened when its whole
 * text is in its accessible text and in a tooltip on it or on a node that holds it. Call on the JavaFX thread
 * after a layout.
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
            if (cut != null && labeled.getStyleClass().contains(MayShorten.STYLE_CLASS)) {
                String missing = wholeMissing(labeled);
                if (missing == null) {
                    cut = null; // shortened on purpose, the whole text at hand
                } else {
                    found.add("text shortened to \"" + cut + "\", marked " + MayShorten.STYLE_CLASS + " but " + missing
                            + ": " + describe(node) + " \"" + whole(labeled) + "\"");
                    cut = null;
                }
            }
            String broken = brokenWord(labeled);
            if (broken != null) {
                found.add("word broken inside: \"" + broken + "\": " + describe(node) + " \"" + labeled.getText() + "\"");
            }
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
        if (node instanceof javafx.scene.control.DatePicker picker) {
            javafx.scene.control.TextField editor = picker.getEditor();
            String text = editor.getText();
            if (text != null && !text.isEmpty()) {
                Text measure = new Text(text);
                measure.setFont(editor.getFont());
                if (measure.getLayoutBounds().getWidth() > editor.getWidth() - editor.snappedLeftInset()
                        - editor.snappedRightInset() + SLACK) {
                    found.add("date cut: " + describe(node) + " \"" + text + "\"");
                }
            }
        }
        if (node instanceof javafx.scene.control.ComboBox<?> combo && combo.isEditable()) {
            String hint = combo.getPromptText();
            javafx.scene.control.TextField editor = combo.getEditor();
            if (hint != null && !hint.isEmpty() && (editor.getText() == null || editor.getText().isEmpty())) {
                Text measure = new Text(hint);
                measure.setFont(editor.getFont());
                if (measure.getLayoutBounds().getWidth() > editor.getWidth() - editor.snappedLeftInset()
                        - editor.snappedRightInset() + SLACK) {
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
        if (node instanceof GridPane grid) {
            overlapping(grid, found);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, scene, skipped, found);
            }
        }
    }

    /**
     * Adds a line for every two shown children of {@code grid} (the rows of a form) that lie over one another by
     * more than {@link #SLACK} both ways, as drawn: a child's drawn bounds hold what its own children draw past
     * its edges (check boxes that wrap into the next row of a squeezed form).
     */
    private static void overlapping(GridPane grid, List<String> found) {
        List<Node> shown = grid.getChildren().stream().filter(n -> n.isVisible() && n.isManaged()).toList();
        for (int i = 0; i < shown.size(); i++) {
            Bounds a = shown.get(i).getBoundsInParent();
            for (int j = i + 1; j < shown.size(); j++) {
                Bounds b = shown.get(j).getBoundsInParent();
                double across = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                double down = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                if (across > SLACK && down > SLACK) {
                    found.add("overlaps " + describe(shown.get(j)) + String.format(java.util.Locale.ROOT,
                            " (%.0f x %.0f px): ", across, down) + describe(shown.get(i)));
                }
            }
        }
    }

    /** The whole text of {@code labeled}: the one declared with {@link MayShorten#declare}, else its text. */
    private static String whole(Labeled labeled) {
        return labeled.getProperties().get(MayShorten.WHOLE_TEXT) instanceof String whole ? whole : labeled.getText();
    }

    /**
     * Null when the whole text of a label marked {@link MayShorten} is in its accessible text and in a tooltip
     * (on it or a node holding it, shown or declared for the first hover); else what is missing.
     */
    private static String wholeMissing(Labeled labeled) {
        String whole = whole(labeled);
        if (labeled.getAccessibleText() == null || !labeled.getAccessibleText().contains(whole)) {
            return "its accessible text lacks the whole text";
        }
        if (labeled.getProperties().get(MayShorten.IN_TOOLTIP) instanceof String part) {
            whole = part;
        }
        for (Node up = labeled; up != null; up = up.getParent()) {
            Object tip = up instanceof javafx.scene.control.Control control && control.getTooltip() != null
                    ? control.getTooltip() : up.getProperties().get("javafx.scene.control.Tooltip");
            if (tip instanceof Tooltip tooltip && tooltip.getText() != null && tooltip.getText().contains(whole)) {
                return null;
            }
            if (up.getProperties().get(MayShorten.TOOLTIP_TEXT) instanceof String text && text.contains(whole)) {
                return null;
            }
        }
        return "no tooltip holds the whole text";
    }

    /**
     * The text {@code labeled} shows when it is not its whole text (its text, or the whole text declared with
     * {@link MayShorten#declare} when that is longer), else null.
     */
    private static String shortened(Labeled labeled) {
        String text = whole(labeled);
        if (text == null || text.isEmpty() || labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            return null;
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            // the skin's own text node (a graphic may be a Text too: an icon font's glyph)
            if (child instanceof Text shown && child != labeled.getGraphic()
                    && child.getClass().getSimpleName().equals("LabeledText")) {
                String whole = labeled.isMnemonicParsing() && text.equals(labeled.getText()) ? text.replace("_", "") : text;
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

    /**
     * The first word of a wrapping {@code labeled}'s text that is wider than the width it wraps at, so that it
     * breaks inside ("Netværksarrangem / ent"); null when every word fits on its line, or the text does not wrap.
     */
    private static String brokenWord(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && child != labeled.getGraphic()
                    && child.getClass().getSimpleName().equals("LabeledText") && shown.getWrappingWidth() > 0
                    && shown.getText() != null) {
                Text measure = new Text();
                measure.setFont(shown.getFont());
                for (String word : shown.getText().split("\\s+")) {
                    measure.setText(word);
                    if (measure.getLayoutBounds().getWidth() > shown.getWrappingWidth() + SLACK) {
                        return word;
                    }
                }
            }
        }
        return null;
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
