package dk.netdesk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Checks shared by the dialog tests on where a field's error message is shown. */
public final class FieldMessages {

    private FieldMessages() {
    }

    /**
     * Asserts that {@code message} is visible, whole, right under {@code field}: below it (at most 60 pixels lower),
     * its text starting at the field's left edge or further right but before the field's right edge, as tall as its
     * lines need and not cut off. {@code where} names the case in a failure.
     */
    public static void assertUnder(Label message, Node field, String where) {
        assertThat(message.isVisible()).as(where + ": " + message.getId() + " shown").isTrue();
        Bounds m = message.localToScene(message.getLayoutBounds());
        Bounds f = field.localToScene(field.getLayoutBounds());
        assertThat(m.getMinY()).as(where + ": " + message.getId() + " below its field").isGreaterThanOrEqualTo(f.getMaxY() - 0.5);
        assertThat(m.getMinY() - f.getMaxY()).as(where + ": " + message.getId() + " close under its field").isLessThan(60);
        // under its own field: the text starts at the field's left edge (not at the left of a row of fields)
        javafx.scene.text.Text line = (javafx.scene.text.Text) message.lookup(".text");
        Bounds t = line.localToScene(line.getLayoutBounds());
        assertThat(t.getMinX()).as(where + ": " + message.getId() + " starts under its field, not left of it")
                .isGreaterThanOrEqualTo(f.getMinX() - 1).isLessThan(f.getMaxX());
        assertThat(message.getHeight()).as(where + ": tall enough for its lines")
                .isGreaterThanOrEqualTo(message.prefHeight(message.getWidth()) - 0.5);
        assertThat(line.getText()).as(where + ": not cut").isEqualTo(message.getText());
    }
}
