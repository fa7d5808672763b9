package dk.netdesk.db;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A small observer: repositories and services publish which kind of data changed
 * (after their transaction commits), and view-models subscribe to reload what they show.
 * Listeners are called on the thread that publishes; view-models hand over to the UI
 * thread themselves through {@link dk.netdesk.ui.Background}.
 */
public final class Changes {

    /** The kinds of data that can change. */
    public enum Topic { CONTACTS, PIPELINE, CALENDAR, LIBRARY, SETTINGS }

    private final Map<Topic, List<Consumer<Topic>>> listeners = new ConcurrentHashMap<>();

    public void subscribe(Topic topic, Consumer<Topic> listener) {
        listeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
    }

    public void unsubscribe(Topic topic, Consumer<Topic> listener) {
        List<Consumer<Topic>> list = listeners.get(topic);
        if (list != null) {
            list.remove(listener);
        }
    }

    public void publish(Topic topic) {
        for (Consumer<Topic> listener : listeners.getOrDefault(topic, List.of())) {
            listener.accept(topic);
        }
    }
}
