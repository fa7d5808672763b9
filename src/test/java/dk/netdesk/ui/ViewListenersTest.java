package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;

/** A listener from a view on a long-lived model lives as long as the view's node, and no longer. */
class ViewListenersTest {

    final SimpleStringProperty name = new SimpleStringProperty("a");
    final ObservableList<String> names = FXCollections.observableArrayList();

    @Test
    void listenersRunWhileTheOwnerIsInUse() {
        Region owner = new Region();
        List<String> seen = new ArrayList<>();
        ViewListeners.onChange(owner, name, (obs, old, now) -> seen.add(now));
        ViewListeners.onListChange(owner, names, c -> seen.add("list"));
        AtomicInteger any = new AtomicInteger();
        ViewListeners.onAnyChange(owner, any::incrementAndGet, name);
        ViewListeners.onAnyListChange(owner, any::incrementAndGet, names);
        System.gc();

        name.set("b");
        names.add("x");
        assertThat(seen).containsExactly("b", "list");
        assertThat(any.get()).isEqualTo(2);
    }

    @Test
    void aDroppedOwnerIsNotKeptAliveByTheModelAndItsListenersStop() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        WeakReference<Region> owner = register(calls);
        for (int i = 0; i < 50 && owner.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(owner.get()).isNull();
        name.set("later");
        names.add("later");
        assertThat(calls.get()).isZero();
    }

    private WeakReference<Region> register(AtomicInteger calls) {
        Region owner = new Region();
        ViewListeners.onChange(owner, name, (obs, old, now) -> calls.incrementAndGet());
        ViewListeners.onListChange(owner, names, c -> calls.incrementAndGet());
        return new WeakReference<>(owner);
    }
}
