package dk.netdesk.ui;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * A name for a node that changes with what the node shows (an event's key, a date), kept in the node's
 * properties instead of its CSS id (decision 0049). JavaFX styles a node and all its children again whenever
 * its id changes, and keys its style cache by the id: a reused node whose id changed every week was matched
 * against the whole style sheet again, which was most of a week's drawing time (issue 16). Ids stay for nodes
 * whose name never changes ({@code #calendar-body}); what a node shows goes here.
 */
public final class NodeKey {

    private NodeKey() {
    }

    /**
     * Names {@code node} {@code key} (for example {@code calendar-day-2026-12-03}), or takes its name away when
     * {@code key} is null; no restyling follows.
     */
    public static void set(Node node, String key) {
        if (key == null) {
            node.getProperties().remove(NodeKey.class);
        } else {
            node.getProperties().put(NodeKey.class, key);
        }
    }

    /** The name given by {@link #set}, or null when none was given. */
    public static String of(Node node) {
        return node.getProperties().get(NodeKey.class) instanceof String key ? key : null;
    }

    /**
     * The first node under {@code root} (or {@code root} itself), depth first in child order, named {@code key};
     * empty when none is. Looks at hidden nodes too, as {@link Node#lookup} does.
     */
    public static Optional<Node> find(Node root, String key) {
        if (key.equals(of(root))) {
            return Optional.of(root);
        }
        if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = find(child, key);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
