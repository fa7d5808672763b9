package dk.netdesk.ui;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;

/**
 * After a refused save, the keyboard focus goes to the first field in error (issue 15), so the user can type
 * the correction at once and a screen reader reads the field with its message. "In error" is what the user
 * sees: a field message ({@link FieldMessage#label}, style class {@code nd-field-error}) that is shown; the
 * field is the first control that takes the focus in the same cell as the message (a {@link FieldMessage#under}
 * box, a {@link SpinnerText} or {@link DateText} message, the event dialog's field cells). The one place every
 * form calls after refusing a save: the event dialog, the contact editor, the library editor, the stages,
 * settings and balance dialogs, the print dialog's numbers and the import wizard.
 */
public final class FirstError {

    private FirstError() {
    }

    /**
     * Focuses the first field in error under {@code root} (depth first, in the order the fields were added)
     * and scrolls it into sight ({@link ScrollIntoView#reveal}); true when there was one. Call on the JavaFX
     * thread after the refusal has shown its messages.
     */
    public static boolean focus(Node root) {
        Optional<Node> field = find(root);
        field.ifPresent(f -> {
            f.requestFocus();
            ScrollIntoView.reveal(f);
        });
        return field.isPresent();
    }

    /** The first field in error under {@code root}, or empty when no message is shown. */
    public static Optional<Node> find(Node root) {
        Label message = firstMessage(root);
        if (message == null) {
            return Optional.empty();
        }
        Parent cell = message.getParent();
        if (cell == null) {
            return Optional.empty();
        }
        for (Node child : cell.getChildrenUnmodifiable()) {
            if (child == message) {
                break;
            }
            Node focusable = firstFocusable(child);
            if (focusable != null) {
                return Optional.of(focusable);
            }
        }
        return Optional.empty();
    }

    private static Label firstMessage(Node node) {
        if (!node.isVisible()) {
            return null;
        }
        if (node instanceof Label label && label.getStyleClass().contains("nd-field-error")
                && label.getText() != null && !label.getText().isEmpty()) {
            return label;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Label found = firstMessage(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The first visible, enabled node under {@code node} (itself included) that takes the focus by Tab. */
    private static Node firstFocusable(Node node) {
        if (!node.isVisible() || node.isDisabled()) {
            return null;
        }
        if (node.isFocusTraversable()) {
            return node;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = firstFocusable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
