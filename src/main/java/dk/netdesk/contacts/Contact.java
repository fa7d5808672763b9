package dk.netdesk.contacts;

import java.time.Instant;

/** A person in the user's network, as stored. */
public record Contact(long id, String name, String phone, String email, String notes,
                      Instant createdAt, Instant updatedAt) {

    /** The editable part of a contact. */
    public ContactDraft draft() {
        return new ContactDraft(name, phone, email, notes);
    }
}
