package dk.netdesk.ui;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.Property;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.MultipleSelectionModel;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The glue between a list on screen and the view-model's selected item, and the Delete key on it.
 * The view-model's property is listened to weakly (see {@link ViewListeners}), so a list that is built
 * again on a language change does not keep the old one alive.
 */
public final class ListSelection {

    private ListSelection() {
    }

    /**
     * Keeps {@code list}'s selection and {@code selected} in step: picking a row sets {@code selected}
     * (clearing the list's selection leaves it as it is); setting {@code selected} selects its row (by
     * {@code equals}) and scrolls to it, and null clears the selection.
     */
    public static <T> void follow(ListView<T> list, Property<T> selected) {
        follow(list, list.getSelectionModel(), list::scrollTo, selected);
    }

    /** As {@link #follow(ListView, Property)}, for a table. */
    public static <T> void follow(TableView<T> table, Property<T> selected) {
        follow(table, table.getSelectionModel(), table::scrollTo, selected);
    }

    /** Runs {@code action} when Delete is pressed while {@code node} (or a child) has the focus. */
    public static void onDelete(Node node, Runnable action) {
        node.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE) {
                action.run();
            }
        });
    }

    private static <T> void follow(Node owner, MultipleSelectionModel<T> selection, Consumer<T> scrollTo,
                                   Property<T> selected) {
        selection.selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && ViewListeners.inUse(owner)) {
                selected.setValue(now);
            }
        });
        ViewListeners.onChange(owner, selected, (obs, old, now) -> {
            if (now == null) {
                selection.clearSelection();
            } else if (!Objects.equals(now, selection.getSelectedItem())) {
                selection.select(now);
                scrollTo.accept(now);
            }
        });
    }
}
