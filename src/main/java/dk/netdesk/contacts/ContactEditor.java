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
}
