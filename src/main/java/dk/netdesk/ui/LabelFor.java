package dk.netdesk.ui;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/**
 * Names a form's fields for a screen reader (issue 18, item 10): in a two-column form grid, each label in
 * column 0 is made the label of the first control the user can Tab to in column 1 of its row
 * ({@link Label#setLabelFor}), unless it names one already. A control inside the field's cell (a date picker
 * in a row of times, a combo box in a row of two) is found too.
 */
public final class LabelFor {

    private LabelFor() {
    }

    /** Links the labels of {@code grid}'s rows to their fields; call after the rows are added. */
    public static void rows(GridPane grid) {
        for (Node child : grid.getChildren()) {
            if (child instanceof Label label && label.getLabelFor() == null
                    && Objects.equals(0, Objects.requireNonNullElse(GridPane.getColumnIndex(label), 0))) {
                Integer row = GridPane.getRowIndex(label);
                grid.getChildren().stream()
                        .filter(n -> Objects.equals(1, GridPane.getColumnIndex(n))
                                && Objects.equals(row, GridPane.getRowIndex(n)))
                        .findFirst()
                        .map(LabelFor::firstControl)
                        .ifPresent(label::setLabelFor);
            }
        }
    }

    /** {@code node} itself when it is a control a user can Tab to, or the first such control inside it; or null. */
    static Node firstControl(Node node) {
        if (node instanceof Control control && control.isFocusTraversable()) {
            return control;
        }
        if (node instanceof Parent parent && !(node instanceof Control)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = firstControl(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
