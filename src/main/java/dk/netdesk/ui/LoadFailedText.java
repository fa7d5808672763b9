package dk.netdesk.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * What a screen shows when reading its data failed (a damaged or locked data file): that the data
 * could not be read, never the "nothing here yet" text that invites a fresh start. Texts are the
 * {@code load.failed.*} keys of the ui bundle.
 */
public final class LoadFailedText {

    private LoadFailedText() {
    }

    /** A list's placeholder: the text of {@code emptyKey}, or of {@code failedKey} (in the danger colour) while {@code failed}. */
    public static Label placeholder(Messages messages, String emptyKey, String failedKey, ObservableBooleanValue failed) {
        return placeholder(messages, new SimpleStringProperty(messages.get(emptyKey)), failedKey, failed);
    }

    /** As {@link #placeholder(Messages, String, String, ObservableBooleanValue)}, with an empty text that changes. */
    public static Label placeholder(Messages messages, ObservableStringValue emptyText, String failedKey,
                                    ObservableBooleanValue failed) {
        Label label = new Label();
        label.setWrapText(true);
        label.setPadding(new Insets(16));
        label.textProperty().bind(Bindings.when(failed).then(messages.get(failedKey)).otherwise(emptyText));
        RestoreDialog.showFailure(label, failed);
        return label;
    }

    /**
     * A line for the top of a screen that has no single list (the board, the calendar): the text of
     * {@code failedKey} in the danger colour, shown (and taking space) only while {@code failed}.
     *
     * @param id the label's id, e.g. {@code pipeline-load-failed}
     */
    public static Label banner(Messages messages, String failedKey, ObservableBooleanValue failed, String id) {
        Label label = new Label(messages.get(failedKey));
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setPadding(new Insets(8, 12, 8, 12));
        label.getStyleClass().add("nd-field-error");
        label.visibleProperty().bind(failed);
        label.managedProperty().bind(failed);
        return label;
    }
}
