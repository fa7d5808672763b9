package dk.netdesk.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A field's error message right under the field, the same in every form: it wraps instead of being
 * cut off, grows as tall as its lines need, never makes its form wider, and takes no room while it is
 * empty. While it shows, the field gets the {@code :danger} pseudo-class.
 */
public final class FieldMessage {

    /** The widest a message line gets, in pixels, so a long message wraps even in a wide form. */
    public static final double MAX_WIDTH = 560;

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    /** The key, in a message label's properties, of the field the message is about ({@link #forField}). */
    private static final String FIELD = "netdesk.fieldMessage.field";

    private FieldMessage() {
    }

    /**
     * A message label (style class {@code nd-field-error}) showing {@code text}; hidden while the text is
     * empty or null.
     *
     * @param id the label's node id, e.g. {@code calendar-dialog-end-date-error}
     */
    public static Label label(String id, ObservableStringValue text) {
        Label message = new Label();
        message.setId(id);
        message.getStyleClass().add("nd-field-error");
        wrap(message);
        message.textProperty().bind(text);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }

    /**
     * As {@link #label(String, ObservableStringValue)}, for a message about {@code field} ({@link #forField}).
     */
    public static Label label(String id, ObservableStringValue text, Node field) {
        return forField(label(id, text), field);
    }

    /**
     * Records that {@code message} is about {@code field}: a refused save focuses that field when this is the
     * first message shown ({@link FirstError}), wherever the message sits (under a row of several fields, or in a
     * list at the foot of a form). May be called again when the message comes to be about another field.
     *
     * @param message a message label ({@link #label})
     * @param field the field's control, or a box holding it (its first focusable control is the field); null forgets
     * @return {@code message}
     */
    public static Label forField(Label message, Node field) {
        if (field == null) {
            message.getProperties().remove(FIELD);
        } else {
            message.getProperties().put(FIELD, field);
        }
        return message;
    }

    /**
     * Records that {@code message} is about {@code field} ({@link #forField}) and marks {@code field}
     * {@code :danger} while the message shows; for a form that lays the message out itself (in a grid row under
     * the field). Returns {@code message}.
     */
    public static Label about(Label message, Node field) {
        forField(message, field);
        field.pseudoClassStateChanged(DANGER, message.isVisible());
        message.visibleProperty().addListener((obs, old, now) -> field.pseudoClassStateChanged(DANGER, now));
        return message;
    }

    /** The field {@code message} is about ({@link #forField}), or null when none was recorded. */
    public static Node field(Label message) {
        return message.getProperties().get(FIELD) instanceof Node field ? field : null;
    }

    /**
     * Shapes a label to wrap: its preferred width is small (it does not make its form wider), it may
     * stretch up to {@link #MAX_WIDTH}, and its least height is the height of all its lines.
     *
     * @return the same label
     */
    public static Label wrap(Label label) {
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setPrefWidth(1);
        label.setMaxWidth(MAX_WIDTH);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * {@code field} with {@code message} under it, 2 pixels apart; {@code field} is marked
     * {@code :danger} while the message shows, and the message is about it ({@link #forField}).
     */
    public static VBox under(Node field, Label message) {
        about(message, field);
        VBox cell = new VBox(2, field, message);
        cell.setMinHeight(Region.USE_PREF_SIZE);
        return cell;
    }
}
