package dk.netdesk.ui;

import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/**
 * What a combo box shows on its button, always from its current value (issue 15). JavaFX's own button cell
 * keeps the last text it was given when the value becomes null at the same index as before, or when the items
 * are replaced around it (a contact saved through the "unsaved changes" question showed an empty "Referred by"
 * instead of "Not set"). The cell made here reads the combo box's value again on every change of the value,
 * the converter, the prompt text and the items: nothing chosen shows the prompt text when there is one, else
 * the converter's text for null ("Not set", "All tags"). Every combo box in the app that can hold no value goes
 * through {@link #follow}.
 */
public final class ComboText {

    private ComboText() {
    }

    /**
     * Gives {@code combo} a button cell that shows its value through its converter (and its prompt text while
     * nothing is chosen, when it has one). Returns {@code combo}.
     */
    public static <T> ComboBox<T> follow(ComboBox<T> combo) {
        return follow(combo, value -> combo.getConverter() == null ? (value == null ? "" : value.toString())
                : combo.getConverter().toString(value));
    }

    /**
     * Gives {@code combo} a button cell that shows {@code text} of its value; {@code text} is given null while
     * nothing is chosen (unless the combo box has a prompt text, which is shown then). Returns {@code combo}.
     */
    public static <T> ComboBox<T> follow(ComboBox<T> combo, Function<T, String> text) {
        ListCell<T> cell = new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(shown(combo, text));
                setGraphic(null);
            }
        };
        InvalidationListener again = o -> cell.setText(shown(combo, text));
        combo.valueProperty().addListener(again);
        combo.converterProperty().addListener(again);
        combo.promptTextProperty().addListener(again);
        combo.itemsProperty().addListener(again);
        combo.getItems().addListener(again);
        combo.setButtonCell(cell);
        return combo;
    }

    /** The button's text for {@code combo}'s value now. */
    static <T> String shown(ComboBox<T> combo, Function<T, String> text) {
        T value = combo.getValue();
        String prompt = combo.getPromptText();
        if (value == null && prompt != null && !prompt.isEmpty()) {
            return prompt;
        }
        String shown = text.apply(value);
        return shown == null ? "" : shown;
    }
}
