package dk.netdesk.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;

/** The line under a search box that says why its text cannot be searched; it takes no room otherwise. */
public final class SearchError {

    private SearchError() {
    }

    /**
     * A label with {@code id} showing the message of {@code key} (a bundle key such as {@link TypedText#SEARCH},
     * or null for none) in the UI language; invisible and unmanaged while the key is null.
     */
    public static Label label(String id, Messages messages, ObservableValue<String> key) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(Bindings.createStringBinding(
                () -> key.getValue() == null ? "" : messages.get(key.getValue()), key, messages.localeProperty()));
        error.visibleProperty().bind(Bindings.createBooleanBinding(() -> key.getValue() != null, key));
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }
}
