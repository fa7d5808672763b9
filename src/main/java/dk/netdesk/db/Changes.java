package dk.netdesk.db;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * A small observer: repositories and services publish which kind of data changed (after their
 * transaction commits) and who changed it, and view-models subscribe to reload what they show.
 *
 * <p>Listeners are called through the deliverer given to the constructor. The app passes one that
 * hands over to the JavaFX thread ({@code Background::onUiThread}), so a listener may touch JavaFX
 * properties directly; a change published on the database thread never reaches a listener there.
 */
public final class Changes {

    /** The kinds of data that can change. */
    public enum Topic { CONTACTS, PIPELINE, CALENDAR, LIBRARY, SETTINGS }

    /**
     * One change: what kind of data, and the object that asked for it (a view-model passes itself
     * to the service it calls), or {@code null} when nobody in particular did (a repository call from
     * a test, a sync, an import).
     */
    public record Change(Topic topic, Object origin) {

        /** True if {@code who} made this change: a view-model uses it to skip its own writes. */
        public boolean from(Object who) {
            return origin != null && origin == who;
        }
    }

    /** A subscription; {@link #cancel()} stops its deliveries (a view rebuilt on a language change, a closed dialog). */
    @FunctionalInterface
    public interface Subscription {
        void cancel();
    }

    private final Map<Topic, List<Consumer<Change>>> listeners = new ConcurrentHashMap<>();
    private final Map<Topic, List<Consumer<Change>>> whereListeners = new ConcurrentHashMap<>();
    private final Executor deliver;

    /** Calls listeners on the publishing thread: for repository tests that have no JavaFX thread. */
    public Changes() {
        this(Runnable::run);
    }

    /** @param deliver runs each listener call; the app hands over to the JavaFX thread here */
    public Changes(Executor deliver) {
        this.deliver = deliver;
    }

    /** Calls {@code listener} with every change of {@code topic} published from now on, through the deliverer. */
    public Subscription subscribe(Topic topic, Consumer<Change> listener) {
        List<Consumer<Change>> list = listeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>());
        list.add(listener);
        return () -> list.remove(listener);
    }

    /**
     * Calls {@code listener} with every change of {@code topic} on the publishing thread (usually the
     * database thread), before {@code publish} returns, not through the deliverer. For listeners that
     * touch no JavaFX property and must see every change before the database closes, such as the
     * automatic backups' "something changed" flag.
     */
    public Subscription subscribeWherePublished(Topic topic, Consumer<Change> listener) {
        List<Consumer<Change>> list = whereListeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>());
        list.add(listener);
        return () -> list.remove(listener);
    }

    /** Publishes a change nobody in particular asked for. */
    public void publish(Topic topic) {
        publish(topic, null);
    }

    /** Publishes a change made on behalf of {@code origin} (may be null). Call after the transaction commits. */
    public void publish(Topic topic, Object origin) {
        Change change = new Change(topic, origin);
        for (Consumer<Change> listener : whereListeners.getOrDefault(topic, List.of())) {
            listener.accept(change);
        }
        for (Consumer<Change> listener : listeners.getOrDefault(topic, List.of())) {
            deliver.execute(() -> listener.accept(change));
        }
    }
}
