package dk.netdesk.exchange;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.ContactKeys;
import dk.netdesk.contacts.ContactValidation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The merge rule of the contacts import (decision record 0016): the stored contact keeps everything it
 * has; it gains the phones, emails and tags it lacks, the one-value fields it has empty (city, birthday,
 * social handles, source, interest) and notes that are not in its notes yet. A filled field is never
 * overwritten: where the record has another value, the value is returned as a {@link Conflict} for the
 * caller to note.
 */
final class IncomingMerge {

    /** A one-value field where the record differs from the filled stored value. */
    enum Field { NAME, CITY, BIRTHDAY, FACEBOOK, INSTAGRAM, LINKEDIN, TIKTOK }

    /** The record's value of a field the stored contact has filled differently (as text; a birthday ISO). */
    record Conflict(Field field, String value) {
    }

    /** The merged details (cleaned) and the values that were not taken. */
    record Merged(ContactDetails details, List<Conflict> conflicts) {
    }

    private IncomingMerge() {
    }

    /**
     * Merges a record into a contact.
     *
     * @param stored   the contact as it is (cleaned)
     * @param incoming the record (cleaned, valid)
     * @param tags     extra tags to add (the import's chosen tags)
     */
    static Merged merge(ContactDetails stored, ContactDetails incoming, List<String> tags) {
        List<Conflict> conflicts = new ArrayList<>();
        if (!ContactKeys.name(stored.name()).equals(ContactKeys.name(incoming.name()))) {
            conflicts.add(new Conflict(Field.NAME, incoming.name()));
        }
        String city = text(stored.city(), incoming.city(), Field.CITY, conflicts);
        String facebook = text(stored.facebook(), incoming.facebook(), Field.FACEBOOK, conflicts);
        String instagram = text(stored.instagram(), incoming.instagram(), Field.INSTAGRAM, conflicts);
        String linkedin = text(stored.linkedin(), incoming.linkedin(), Field.LINKEDIN, conflicts);
        String tiktok = text(stored.tiktok(), incoming.tiktok(), Field.TIKTOK, conflicts);
        LocalDate birthday = stored.birthday();
        if (birthday == null) {
            birthday = incoming.birthday();
        } else if (incoming.birthday() != null && !birthday.equals(incoming.birthday())) {
            conflicts.add(new Conflict(Field.BIRTHDAY, incoming.birthday().toString()));
        }
        List<String> allTags = new ArrayList<>(stored.tags());
        allTags.addAll(incoming.tags());
        allTags.addAll(tags);
        ContactDetails merged = new ContactDetails(stored.name(),
                union(stored.phones(), incoming.phones(), ContactKeys::phone),
                union(stored.emails(), incoming.emails(), ContactKeys::email),
                facebook, instagram, linkedin, tiktok, city, birthday,
                stored.source() != null ? stored.source() : incoming.source(),
                stored.source() != null ? stored.referredBy() : incoming.referredBy(),
                stored.interest() != null ? stored.interest() : incoming.interest(),
                allTags, appendNote(stored.notes(), incoming.notes()));
        return new Merged(ContactValidation.clean(merged), List.copyOf(conflicts));
    }

    /**
     * {@code notes} with {@code addition} appended after a blank line, unless the notes hold it already
     * (ignoring surrounding space) or it is blank; the addition alone when the notes are blank.
     */
    static String appendNote(String notes, String addition) {
        String add = addition == null ? "" : addition.strip();
        if (add.isEmpty() || notes.contains(add)) {
            return notes;
        }
        return notes.isBlank() ? add : notes.stripTrailing() + "\n\n" + add;
    }

    private static String text(String stored, String incoming, Field field, List<Conflict> conflicts) {
        if (stored.isBlank()) {
            return incoming;
        }
        if (!incoming.isBlank() && !dk.netdesk.db.TextOrder.same(stored, incoming)) {
            conflicts.add(new Conflict(field, incoming));
        }
        return stored;
    }

    private static List<String> union(List<String> stored, List<String> incoming, Function<String, String> key) {
        List<String> all = new ArrayList<>(stored);
        Set<String> keys = new HashSet<>();
        stored.forEach(v -> keys.add(key.apply(v)));
        for (String value : incoming) {
            if (keys.add(key.apply(value))) {
                all.add(value);
            }
        }
        return all;
    }
}
