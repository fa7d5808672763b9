package dk.netdesk.contacts;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * The one contact editor, as the screens that list contacts see it: they open a contact in it,
 * start a new one, or delete one. The pipeline's {@code ContactDetailsViewModel} is the editor; the
 * contacts screen only knows this, so it does not depend on the pipeline.
 */
public interface ContactEditor {

    /**
     * Opens a stored contact. When the open one has unsaved changes the user is asked first (Save,
     * Discard, Cancel); "Save" waits for the save's result. Returns false, opening nothing and keeping
     * the typed text, when they cancel or the save fails (the failure is said), is refused (an invalid
     * field) or finds a duplicate.
     */
    boolean open(long contactId);

    /**
     * True while the editor shows a stored or a new contact; false once it is closed (Escape, the contact
     * deleted), when the screens hide it.
     */
    ReadOnlyBooleanProperty openProperty();

    /** Starts a new, empty contact, asking first about unsaved changes like {@link #open}; false when it stays. */
    boolean newContact();

    /** Saves the contact being edited (Ctrl+S); false, saving nothing, when a field is invalid. */
    boolean save();

    /** Deletes a stored contact with everything that hangs on it; Ctrl+Z brings it back. */
    void delete(long contactId);

    /** The id of the stored contact being edited, or null (none open, or a new one). */
    ReadOnlyObjectProperty<Long> contactIdProperty();

    /** True while the editor is open on the stored contact {@code contactId}. */
    default boolean shows(long contactId) {
        Long now = contactIdProperty().get();
        return openProperty().get() && now != null && now == contactId;
    }

    /**
     * Runs {@code action} once the editor shows the stored contact {@code contactId}: at once when it does, else when
     * its read on the database thread is in (the app reads a contact there, so just after {@link #open} it may not show
     * yet). Never, when another contact is shown first. Call on the JavaFX thread.
     */
    default void whenShown(long contactId, Runnable action) {
        if (shows(contactId)) {
            action.run();
            return;
        }
        javafx.beans.InvalidationListener[] wait = new javafx.beans.InvalidationListener[1];
        wait[0] = obs -> {
            Long now = contactIdProperty().get();
            boolean other = now != null && now != contactId;
            if (shows(contactId) || other) {
                contactIdProperty().removeListener(wait[0]);
                openProperty().removeListener(wait[0]);
                if (!other) {
                    action.run();
                }
            }
        };
        contactIdProperty().addListener(wait[0]);
        openProperty().addListener(wait[0]);
    }
}
