package dk.netdesk.ui;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Toggle;
import javafx.scene.control.TreeView;

/**
 * Where the keyboard focus goes when something is shown (decision 0042): a screen (Ctrl+1…5, the sidebar, a
 * language switch), a new contact, event or library item (Ctrl+N), a dialog.
 *
 * <p>{@link #request(Node)} focuses a node at once, even when it is not in the scene graph yet because a
 * control around it has no skin yet (the first visit of a screen inside a {@code SplitPane} or {@code ScrollPane},
 * a panel built this moment): it applies the CSS of the nearest ancestor that is in a scene, which makes the
 * skins and puts the node in the scene, and when that is not enough it focuses the node as soon as it reaches a
 * scene. The key typed next then goes to the node, not to the control that had the focus before.
 */
public final class KeyboardFocus {

    /** Node property key of a screen's own first control: a {@code Supplier<Node>} set by {@link #screenStart}. */
    private static final String SCREEN_START = "dk.netdesk.keyboardfocus.screenStart";
    private static final String PENDING = "dk.netdesk.keyboardfocus.pending";

    private KeyboardFocus() {
    }

    /**
     * Declares what takes the focus when the screen whose root is {@code screenRoot} is shown and the focus is not
     * in it yet ({@link #showScreen}): the node {@code start} gives at that moment (it may depend on the screen's
     * state, as the calendar's grid on its view), or, when it gives null, the screen's first input.
     */
    public static void screenStart(Node screenRoot, Supplier<Node> start) {
        screenRoot.getProperties().put(SCREEN_START, start);
    }

    /**
     * Gives a screen just shown the keyboard focus, also when the focus is somewhere in it already (Ctrl+4 on the
     * calendar with the focus in its view switch puts it back in the grid, where the arrows move the slot cursor): its
     * declared start ({@link #screenStart}), else its first input ({@link #firstInput}), else its first focusable node,
     * else its root. Call on the JavaFX thread once {@code screenRoot} is in the scene and visible.
     */
    public static void showScreen(Node screenRoot) {
        Scene scene = screenRoot.getScene();
        if (scene == null) {
            return;
        }
        screenRoot.applyCss();
        Node target = null;
        if (screenRoot.getProperties().get(SCREEN_START) instanceof Supplier<?> start
                && start.get() instanceof Node declared) {
            target = declared;
        }
        if (target == null) {
            target = firstInput(screenRoot).or(() -> firstFocusable(screenRoot)).orElse(screenRoot);
        }
        request(target);
    }

    /**
     * Focuses {@code target} now when it can take the focus (in a scene, shown, enabled); when a control around it
     * has no skin yet, after applying the CSS of its nearest ancestor in a scene (which makes the skins); failing
     * that, as soon as it reaches a scene. A later request for the same node replaces a pending one. Call on the
     * JavaFX thread; null is ignored.
     */
    public static void request(Node target) {
        if (target == null) {
            return;
        }
        if (target.getScene() == null) {
            Node inScene = target;
            while (inScene != null && inScene.getScene() == null) {
                inScene = inScene.getParent();
            }
            if (inScene != null) {
                inScene.applyCss();
            }
        }
        if (target.getScene() == null) {
            if (target.getProperties().containsKey(PENDING)) {
                return;
            }
            ChangeListener<Scene> once = new ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Scene> obs, Scene old, Scene now) {
                    if (now != null) {
                        target.sceneProperty().removeListener(this);
                        target.getProperties().remove(PENDING);
                        target.requestFocus();
                    }
                }
            };
            target.getProperties().put(PENDING, once);
            target.sceneProperty().addListener(once);
            return;
        }
        target.requestFocus();
    }

    /**
     * The first input under {@code root} (itself included), depth first in the order of the scene graph: a shown,
     * enabled, focus-traversable text field or area (editable), combo box, date picker, choice box, spinner, check
     * box, radio button, slider, list, table or tree. Buttons and links are no inputs. Apply the CSS first when
     * controls under {@code root} may have no skin yet.
     */
    public static Optional<Node> firstInput(Node root) {
        return first(root, KeyboardFocus::isInput);
    }

    /** The first shown, enabled, focus-traversable node under {@code root} (itself included), depth first. */
    public static Optional<Node> firstFocusable(Node root) {
        return first(root, node -> true);
    }

    /** True for the controls {@link #firstInput} looks for. */
    public static boolean isInput(Node node) {
        if (node instanceof TextInputControl text) {
            return text.isEditable();
        }
        return node instanceof ComboBoxBase<?> || node instanceof ChoiceBox<?> || node instanceof Spinner<?>
                || node instanceof Toggle && !(node instanceof Button) || node instanceof Slider
                || node instanceof ListView<?> || node instanceof TableView<?> || node instanceof TreeView<?>;
    }

    /** True when {@code node} is a button of a dialog's button row (OK, Cancel, Save…), or inside one. */
    public static boolean inButtonBar(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof ButtonBar) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Node> first(Node node, java.util.function.Predicate<Node> wanted) {
        if (!node.isVisible() || node.isDisabled()) {
            return Optional.empty();
        }
        if (node.isFocusTraversable() && wanted.test(node)) {
            return Optional.of(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = first(child, wanted);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
