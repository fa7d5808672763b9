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
     * {@code :danger} while the message shows.
     */
    public static VBox under(Node field, Label message) {
        field.pseudoClassStateChanged(DANGER, message.isVisible());
        message.visibleProperty().addListener((obs, old, now) -> field.pseudoClassStateChanged(DANGER, now));
        VBox cell = new VBox(2, field, message);
        cell.setMinHeight(Region.USE_PREF_SIZE);
        return cell;
    }
}
