package dk.netdesk.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.scene.Node;

/**
 * Listeners from a view on a long-lived view-model that live only as long as the view. Views are
 * built again when the language changes; a plain {@code addListener} on a view-model property would
 * keep every old view alive and busy. Here the source holds the listener weakly and the owner node
 * holds it strongly, so it goes when the owner's view is dropped.
 */
public final class ViewListeners {

    private static final String KEY = "nd.viewListeners";

    private ViewListeners() {
    }

    /** Calls {@code listener} on each change of {@code source} for as long as {@code owner} is in use. */
    public static <T> void onChange(Node owner, ObservableValue<T> source, ChangeListener<? super T> listener) {
        keep(owner, listener);
        source.addListener(new WeakChangeListener<>(listener));
    }

    /** Calls {@code listener} on each change of the list {@code source} for as long as {@code owner} is in use. */
    public static <T> void onListChange(Node owner, ObservableList<T> source, ListChangeListener<? super T> listener) {
        keep(owner, listener);
        source.addListener(new WeakListChangeListener<>(listener));
    }

    /** Runs {@code action} on each change of any of {@code sources} for as long as {@code owner} is in use. */
    public static void onAnyChange(Node owner, Runnable action, ObservableValue<?>... sources) {
        ChangeListener<Object> listener = (obs, old, now) -> action.run();
        for (ObservableValue<?> source : sources) {
            onChange(owner, source, listener);
        }
    }

    /** Runs {@code action} on each change of any of the lists {@code sources} for as long as {@code owner} is in use. */
    public static void onAnyListChange(Node owner, Runnable action, ObservableList<?>... sources) {
        ListChangeListener<Object> listener = change -> action.run();
        for (ObservableList<?> source : sources) {
            @SuppressWarnings("unchecked")
            ObservableList<Object> list = (ObservableList<Object>) source;
            onListChange(owner, list, listener);
        }
    }

    /**
     * True while {@code node} is in a scene. A view the shell has dropped (the screens are built again after a language
     * switch) still hears the model's lists its controls show until it is collected: when a list changes, its controls
     * move their own selection, and a selection listener that opens or selects something must then do nothing.
     */
    public static boolean inUse(Node node) {
        return node.getScene() != null;
    }

    @SuppressWarnings("unchecked")
    private static void keep(Node owner, Object listener) {
        ((List<Object>) owner.getProperties().computeIfAbsent(KEY, key -> new ArrayList<>())).add(listener);
    }
}
