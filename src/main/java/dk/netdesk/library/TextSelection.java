package dk.netdesk.library;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.text.HitInfo;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A selection over the text flows of the reading pane (issue 18, item 14; decision 0047): drag with the mouse,
 * double-click a word, triple-click a paragraph, Shift+click to extend; Shift+arrows, Shift+Home / End move the
 * selection's end; Ctrl+A selects all of the pane's text and
 * Ctrl+C (or the context menu's Copy) copies the selection as plain text. It is drawn as a {@link Path} from
 * {@link TextFlow#rangeShape} under each flow's text, so links and buttons in the flows stay controls.
 *
 * <p>Each flow's characters are counted as {@link TextFlow} counts them: a {@link Text} child its text, any other
 * child one character. What a child gives when copied is its text, except: a node with a text stored under
 * {@link #COPY} in its properties gives that (a {@code Hyperlink} "label (address)", the space before a heading's
 * Copy button ""), a node with the style class
 * {@code md-link-refused-hint} (the app's "(link not opened: …)") gives nothing, and any other node (a Copy button)
 * gives nothing.
 */
final class TextSelection {

    /** Key in a node's properties of the text a selection over it copies. */
    static final String COPY = "md-copy";

    private static final KeyCombination SELECT_ALL = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COPY_KEY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    /** One selectable flow: its text before it when copied with what comes before it, and its own prefix. */
    private record Unit(TextFlow flow, Path shade, String separator, String prefix) {
    }

    /** A place between two characters of a unit. */
    private record Place(int unit, int offset) implements Comparable<Place> {
        @Override
        public int compareTo(Place other) {
            return unit != other.unit ? Integer.compare(unit, other.unit) : Integer.compare(offset, other.offset);
        }
    }

    private final Region pane;
    private final List<Unit> units = new ArrayList<>();
    private Place anchor;
    private Place caret;

    /**
     * @param pane the reading pane's text (the rendered body): it takes the focus, the keys and the mouse
     * @param copy what puts a selected text on the clipboard
     * @param copyWords the context menu's "Copy" and "Select all"
     */
    TextSelection(Region pane, Consumer<String> copy, String copyWords, String selectAllWords) {
        this.pane = pane;
        pane.setFocusTraversable(true);
        pane.getStyleClass().add("nd-focus-ring");
        pane.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        pane.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (anchor != null && e.getButton() == MouseButton.PRIMARY && !onControl(e)) {
                caret = placeAt(e.getSceneX(), e.getSceneY());
                shade();
                e.consume();
            }
        });
        pane.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (SELECT_ALL.match(e)) {
                selectAll();
                e.consume();
            } else if (COPY_KEY.match(e) && !selectedText().isEmpty()) {
                copy.accept(selectedText());
                e.consume();
            } else if (e.isShiftDown() && !e.isShortcutDown() && !e.isAltDown() && extend(e.getCode())) {
                e.consume();
            }
        });
        MenuItem copyItem = new MenuItem(copyWords);
        copyItem.setId("md-selection-copy");
        copyItem.setOnAction(e -> copy.accept(selectedText()));
        MenuItem all = new MenuItem(selectAllWords);
        all.setId("md-selection-all");
        all.setOnAction(e -> selectAll());
        ContextMenu menu = new ContextMenu(copyItem, all);
        pane.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            copyItem.setDisable(selectedText().isEmpty());
            menu.show(pane, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    /**
     * Adds the next flow in reading order.
     *
     * @param separator put before its text when the selection holds text before it ("\n\n" between blocks,
     *                  "\n" between the items of a list)
     * @param prefix    put before its text when the selection holds its start (a list item's marker), else ""
     */
    void add(TextFlow flow, String separator, String prefix) {
        Path shade = new Path();
        shade.setManaged(false);
        shade.setMouseTransparent(true);
        shade.getStyleClass().add("md-selection");
        flow.getChildren().add(0, shade);
        flow.setCursor(Cursor.TEXT);
        units.add(new Unit(flow, shade, separator, prefix));
    }

    /** Selects every flow's text. */
    void selectAll() {
        if (units.isEmpty()) {
            return;
        }
        anchor = new Place(0, 0);
        caret = new Place(units.size() - 1, length(units.get(units.size() - 1)));
        shade();
    }

    /**
     * Shift+← / Shift+→ move the selection's free end a character (across flows), Shift+Home / Shift+End to its
     * flow's start or end; with nothing selected they start at the text's start (→, End) or end (←, Home).
     *
     * @return whether {@code key} is one of these
     */
    private boolean extend(KeyCode key) {
        if (units.isEmpty() || !List.of(KeyCode.LEFT, KeyCode.RIGHT, KeyCode.HOME, KeyCode.END).contains(key)) {
            return false;
        }
        if (anchor == null) {
            boolean forward = key == KeyCode.RIGHT || key == KeyCode.END;
            int last = units.size() - 1;
            anchor = forward ? new Place(0, 0) : new Place(last, length(units.get(last)));
            caret = anchor;
        }
        int length = length(units.get(caret.unit));
        caret = switch (key) {
            case LEFT -> caret.offset > 0 ? new Place(caret.unit, caret.offset - 1)
                    : caret.unit > 0 ? new Place(caret.unit - 1, length(units.get(caret.unit - 1))) : caret;
            case RIGHT -> caret.offset < length ? new Place(caret.unit, caret.offset + 1)
                    : caret.unit < units.size() - 1 ? new Place(caret.unit + 1, 0) : caret;
            case HOME -> new Place(caret.unit, 0);
            default -> new Place(caret.unit, length);
        };
        shade();
        return true;
    }

    /** The selected text as plain text; "" when nothing is selected. */
    String selectedText() {
        if (anchor == null || caret == null || anchor.equals(caret)) {
            return "";
        }
        Place from = anchor.compareTo(caret) <= 0 ? anchor : caret;
        Place to = anchor.compareTo(caret) <= 0 ? caret : anchor;
        StringBuilder text = new StringBuilder();
        for (int u = from.unit; u <= to.unit; u++) {
            Unit unit = units.get(u);
            int start = u == from.unit ? from.offset : 0;
            int end = u == to.unit ? to.offset : length(unit);
            if (u > from.unit) {
                text.append(unit.separator());
            }
            if (start == 0 && end > 0) {
                text.append(unit.prefix());
            }
            text.append(copied(unit, start, end));
        }
        return text.toString().strip();
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || onControl(e)) {
            return;
        }
        pane.requestFocus();
        Place at = placeAt(e.getSceneX(), e.getSceneY());
        if (e.getClickCount() == 2) {
            word(at);
        } else if (e.getClickCount() >= 3) {
            anchor = new Place(at.unit, 0);
            caret = new Place(at.unit, length(units.get(at.unit)));
        } else if (e.isShiftDown() && anchor != null) {
            caret = at;
        } else {
            anchor = at;
            caret = at;
        }
        shade();
        e.consume();
    }

    /** Selects the word at {@code at}. */
    private void word(Place at) {
        String text = layoutText(units.get(at.unit));
        // word boundaries of Danish and English text are the same in every locale
        BreakIterator words = BreakIterator.getWordInstance(java.util.Locale.ROOT);
        words.setText(text);
        int offset = Math.min(at.offset, Math.max(0, text.length() - 1));
        int end = words.following(offset);
        int start = words.previous();
        anchor = new Place(at.unit, Math.max(0, start));
        caret = new Place(at.unit, end == BreakIterator.DONE ? text.length() : end);
    }

    /** Whether the mouse is on a link or a button: those keep their own clicks. */
    private boolean onControl(MouseEvent e) {
        Node node = e.getPickResult().getIntersectedNode();
        for (Node at = node; at != null && at != pane; at = at.getParent()) {
            if (at instanceof ButtonBase) {
                return true;
            }
        }
        return false;
    }

    /**
     * The place nearest a point of the scene: in the flow under it, else at the start of the first flow below it
     * (the end of the last when there is none).
     */
    private Place placeAt(double sceneX, double sceneY) {
        if (units.isEmpty()) {
            return new Place(0, 0);
        }
        for (int u = 0; u < units.size(); u++) {
            TextFlow flow = units.get(u).flow();
            Bounds box = flow.localToScene(flow.getLayoutBounds());
            if (sceneY < box.getMinY()) {
                return new Place(u, 0);
            }
            if (sceneY <= box.getMaxY()) {
                Point2D local = flow.sceneToLocal(sceneX, sceneY);
                HitInfo hit = flow.hitTest(local);
                return new Place(u, Math.max(0, Math.min(hit.getInsertionIndex(), length(units.get(u)))));
            }
        }
        int last = units.size() - 1;
        return new Place(last, length(units.get(last)));
    }

    /** Draws the selection under the text of each flow it covers. */
    private void shade() {
        Place from = anchor == null ? null : anchor.compareTo(caret) <= 0 ? anchor : caret;
        Place to = anchor == null ? null : anchor.compareTo(caret) <= 0 ? caret : anchor;
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            if (from == null || u < from.unit || u > to.unit) {
                unit.shade().getElements().clear();
                continue;
            }
            int start = u == from.unit ? from.offset : 0;
            int end = u == to.unit ? to.offset : length(unit);
            if (start >= end) {
                unit.shade().getElements().clear();
            } else {
                unit.shade().getElements().setAll(unit.flow().rangeShape(start, end));
            }
        }
    }

    /** The flow's children that take part in its text layout (the shade does not). */
    private static List<Node> laidOut(Unit unit) {
        return unit.flow().getChildren().stream().filter(Node::isManaged).toList();
    }

    private static int length(Unit unit) {
        return layoutText(unit).length();
    }

    /** The flow's text as it counts characters: a text's own, one object character for any other node. */
    private static String layoutText(Unit unit) {
        StringBuilder text = new StringBuilder();
        for (Node child : laidOut(unit)) {
            text.append(child instanceof Text t ? t.getText() : "\uFFFC");
        }
        return text.toString();
    }

    /** What the characters {@code start} to {@code end} of a flow give when copied. */
    private static String copied(Unit unit, int start, int end) {
        StringBuilder text = new StringBuilder();
        int at = 0;
        for (Node child : laidOut(unit)) {
            int length = child instanceof Text t ? t.getText().length() : 1;
            int from = Math.max(start, at);
            int to = Math.min(end, at + length);
            if (from < to) {
                if (child.getProperties().get(COPY) instanceof String words) {
                    text.append(words);
                } else if (child.getStyleClass().contains("md-link-refused-hint")) {
                    // the app's words about a link, not the item's text (decision 0037)
                } else if (child instanceof Text t) {
                    text.append(t.getText(), from - at, to - at);
                }
            }
            at += length;
        }
        return text.toString();
    }
}
