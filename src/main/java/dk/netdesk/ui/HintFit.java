package dk.netdesk.ui;

import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;

/**
 * Keeps a text field's hint (its prompt text) whole: the field is never made narrower than the hint, in its
 * font and padding, so a narrow window wraps or scrolls the row instead of cutting the hint to "Search na".
 */
public final class HintFit {

    /** Room, in pixels, for the caret beside the hint. */
    private static final double CARET = 4;

    private HintFit() {
    }

    /**
     * Sets {@code control}'s minimum width to its hint's width plus its padding, again after each change of
     * hint, font and padding (set no other minimum width on it); a control that is no {@link TextField} (a combo box, a text area that wraps its
     * hint) is left as it is. Returns {@code control}.
     */
    public static <C extends Control> C whole(C control) {
        if (control instanceof TextField field) {
            javafx.beans.InvalidationListener fit = o -> field.setMinWidth(width(field));
            field.promptTextProperty().addListener(fit);
            field.fontProperty().addListener(fit);
            field.paddingProperty().addListener(fit);
            fit.invalidated(null);
        }
        return control;
    }

    /** The width, in pixels, that shows {@code field}'s whole hint: the hint in the field's font plus its padding. */
    static double width(TextField field) {
        String hint = field.getPromptText();
        if (hint == null || hint.isEmpty()) {
            return Control.USE_COMPUTED_SIZE;
        }
        Text measure = new Text(hint);
        measure.setFont(field.getFont());
        return Math.ceil(measure.getLayoutBounds().getWidth()) + field.getPadding().getLeft()
                + field.getPadding().getRight() + CARET;
    }
}
