package dk.netdesk.calendar;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;

/**
 * Listeners a view puts on a long-lived view-model. The view-model holds them only weakly and this
 * object holds them strongly, so a view rebuilt on a language change (and with it this object)
 * can be collected without unhooking each listener by hand.
 */
final class ViewListeners {

    private final List<Object> strong = new ArrayList<>();

    /** Calls {@code listener} on each change of {@code value} for as long as this object is reachable. */
    <T> void onChange(ObservableValue<T> value, ChangeListener<? super T> listener) {
        strong.add(listener);
        value.addListener(new WeakChangeListener<>(listener));
    }
}
