package dk.netdesk.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.scene.Node;

/**
 * Listeners from a view onto a long-lived view-model that live only as long as the view's node:
 * the view-model holds them weakly and the node holds them strongly, so a view rebuilt on a
 * language change leaves nothing behind on the view-model.
 */
public final class ViewListeners {

    private ViewListeners() {
    }

    /** Calls {@code listener} on each change of {@code value} while {@code owner} is reachable. */
    public static <T> void onChange(Node owner, ObservableValue<T> value, ChangeListener<? super T> listener) {
        keep(owner, listener);
        value.addListener(new WeakChangeListener<>(listener));
    }

    /** Calls {@code listener} on each change of {@code list} while {@code owner} is reachable. */
    public static <T> void onListChange(Node owner, ObservableList<T> list, ListChangeListener<? super T> listener) {
        keep(owner, listener);
        list.addListener(new WeakListChangeListener<>(listener));
    }

    private static void keep(Node owner, Object listener) {
        owner.getProperties().put(listener, Boolean.TRUE);
    }
}
