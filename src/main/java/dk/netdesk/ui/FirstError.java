package dk.netdesk.ui;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;

/**
 * After a refused save, the keyboard focus goes to the first field in error (issue 15), so the user can type
 * the correction at once and a screen reader reads the field with its message. "In error" is what the user
 * sees: a field message ({@link FieldMessage#label}, style class {@code nd-field-error}) that is shown; the
 * field is the one the message is about ({@link FieldMessage#forField}: set by {@link FieldMessage#under},
 * {@link SpinnerText} and {@link DateText} messages and the forms whose messages sit under a row of several fields
 * or at the foot of the form), else the first control that takes the focus in the same cell as the message. A
 * form whose view-model names the field in error may focus it itself with {@link #focusField}. The one place every
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

    /**
     * Focuses {@code field} (or, for a box, its first visible, enabled control that takes the focus) and scrolls it
     * into sight; true when there was such a control. For a form whose view-model says which field is in error.
     */
    public static boolean focusField(Node field) {
        Node focusable = field == null ? null : firstFocusable(field);
        if (focusable == null) {
            return false;
        }
        focusable.requestFocus();
        ScrollIntoView.reveal(focusable);
        return true;
    }

    /**
     * The first field in error under {@code root}: the field the first shown message is about
     * ({@link FieldMessage#forField}), else the first control before the message in its cell; empty when no
     * message is shown.
     */
    public static Optional<Node> find(Node root) {
        Label message = firstMessage(root);
        if (message == null) {
            return Optional.empty();
        }
        Node about = FieldMessage.field(message);
        if (about != null) {
            Node focusable = firstFocusable(about);
            if (focusable != null) {
                return Optional.of(focusable);
            }
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
