package dk.netdesk.exchange;

import dk.netdesk.contacts.Contact;
import java.util.List;

/**
 * What {@link ContactsImport#undo} needs to take an import back. A plain value, kept by the undo command.
 *
 * @param created the ids of the contacts the import made
 * @param before  the contacts the import merged into, as they were just before (details and "updated" time)
 */
public record ImportUndo(List<Long> created, List<Contact> before) {

    public ImportUndo {
        created = List.copyOf(created);
        before = List.copyOf(before);
    }

    /** True when the import changed nothing, so there is nothing to undo. */
    public boolean isEmpty() {
        return created.isEmpty() && before.isEmpty();
    }
}
