package dk.netdesk.calendar;

import javafx.scene.control.Label;

/**
 * Makes the calendar dialogs' error and warning labels wrap instead of cutting their words off: a
 * wrapping label never widens its dialog (it takes the width the other fields give it) and always
 * grows as tall as its lines need, at any dialog size and in any language.
 */
final class ErrorLabels {

    /** The widest a message line gets, in pixels, so a long message wraps even in a wide dialog. */
    static final double MAX_WIDTH = dk.netdesk.ui.FieldMessage.MAX_WIDTH;

    private ErrorLabels() {
    }

    /**
     * A new empty error label with the {@code nd-field-error} style, shaped by {@link #wrap}.
     *
     * @param id the node id, e.g. {@code calendar-dialog-contact-error}
     */
    static Label create(String id) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("nd-field-error");
        return wrap(error);
    }

    /**
     * Shapes a label to wrap: its preferred width is small (it does not make the dialog wider), it
     * may stretch up to {@link #MAX_WIDTH}, and its minimum height is the height of all its lines.
     *
     * @return the same label
     */
    static Label wrap(Label label) {
        return dk.netdesk.ui.FieldMessage.wrap(label);
    }
}
