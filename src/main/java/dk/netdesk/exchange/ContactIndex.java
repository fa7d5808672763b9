package dk.netdesk.exchange;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.ContactKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The contacts an import compares its records with, looked up by email, normalised phone and name in
 * hash maps built once (no query per record). Holds stored contacts and the contacts the import is about
 * to make, so that a repeat within the file is found too.
 */
final class ContactIndex {

    /** Who a key points at: a stored contact, or the {@code pending}-th contact the import will make. */
    record Target(Contact stored, int pending) {

        static Target stored(Contact contact) {
            return new Target(contact, -1);
        }

        static Target pending(int index) {
            return new Target(null, index);
        }

        boolean doNotContact() {
            return stored != null && stored.doNotContact();
        }
    }

    /** One match: the target, why, and the value of the record that matched. */
    record Hit(Target target, MatchReason reason, String value) {
    }

    private final Map<String, List<Target>> emails = new HashMap<>();
    private final Map<String, List<Target>> phones = new HashMap<>();
    private final Map<String, List<Target>> names = new HashMap<>();

    /** An index of the stored contacts. */
    static ContactIndex of(List<Contact> stored) {
        ContactIndex index = new ContactIndex();
        for (Contact c : stored) {
            index.add(Target.stored(c), c.details());
        }
        return index;
    }

    /** Makes {@code details}' emails, phones and name lead to {@code target} (also after earlier targets). */
    void add(Target target, ContactDetails details) {
        for (String email : details.emails()) {
            put(emails, ContactKeys.email(email), target);
        }
        for (String phone : details.phones()) {
            put(phones, ContactKeys.phone(phone), target);
        }
        put(names, ContactKeys.name(details.name()), target);
    }

    /**
     * Every target {@code details} matches, each once with its strongest reason: email matches first, then
     * phone, then name; within a kind in the order the targets were added.
     */
    List<Hit> find(ContactDetails details) {
        List<Hit> hits = new ArrayList<>();
        Set<Target> seen = new LinkedHashSet<>();
        collect(details.emails(), ContactKeys::email, emails, MatchReason.EMAIL, hits, seen);
        collect(details.phones(), ContactKeys::phone, phones, MatchReason.PHONE, hits, seen);
        collect(List.of(details.name()), ContactKeys::name, names, MatchReason.NAME, hits, seen);
        return hits;
    }

    private static void collect(List<String> values, Function<String, String> key, Map<String, List<Target>> map,
                                MatchReason reason, List<Hit> hits, Set<Target> seen) {
        for (String value : values) {
            for (Target target : map.getOrDefault(key.apply(value), List.of())) {
                if (seen.add(target)) {
                    hits.add(new Hit(target, reason, value));
                }
            }
        }
    }

    private static void put(Map<String, List<Target>> map, String key, Target target) {
        if (key.isEmpty()) {
            return;
        }
        List<Target> list = map.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(target)) {
            list.add(target);
        }
    }
}
