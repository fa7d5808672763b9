package dk.netdesk.contacts;

import java.time.Instant;

/**
 * A person in the user's network, as stored: the one record model of the contact aggregate.
 *
 * @param id           the contact's row id
 * @param details      everything the editor edits (name, phones, emails, social handles, city,
 *                     birthday, source and referrer, interest, tags, notes), cleaned
 * @param doNotContact true when the person must not be contacted (set through the pipeline's rules)
 * @param doNotContactReason why, or "" when not marked
 * @param createdAt    when it was first saved (UTC instant)
 * @param updatedAt    when its details were last saved (UTC instant)
 */
public record Contact(long id, ContactDetails details, boolean doNotContact, String doNotContactReason,
                      Instant createdAt, Instant updatedAt) {

    public String name() {
        return details.name();
    }

    /** The first (primary) phone number, or "". */
    public String phone() {
        return details.phones().isEmpty() ? "" : details.phones().get(0);
    }

    /** The first (primary) email address, or "". */
    public String email() {
        return details.emails().isEmpty() ? "" : details.emails().get(0);
    }

    public String notes() {
        return details.notes();
    }
}
