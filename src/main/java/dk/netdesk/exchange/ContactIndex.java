package dk.netdesk.exchange;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.ContactKeys;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an import compares its records with (stored contacts, or the file's earlier records), looked up by email,
 * normalised phone and name in hash maps filled once (no query per record).
 *
 * @param <T> what a key leads to (a stored contact, or a record's place in the file)
 */
final class ContactIndex<T> {

    /** The comparable forms of one contact's emails, phones and name ({@link ContactKeys}); blank ones left out. */
    record Keys(Set<String> emails, Set<String> phones, String name) {

        static Keys of(ContactDetails details) {
            Set<String> emails = new LinkedHashSet<>();
            for (String email : details.emails()) {
                add(emails, ContactKeys.email(email));
            }
            Set<String> phones = new LinkedHashSet<>();
            for (String phone : details.phones()) {
                add(phones, ContactKeys.phone(phone));
            }
            return new Keys(emails, phones, ContactKeys.name(details.name()));
        }

        private static void add(Set<String> keys, String key) {
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
    }

    private final int perKey;
    private final Map<String, List<T>> emails = new HashMap<>();
    private final Map<String, List<T>> phones = new HashMap<>();
    private final Map<String, List<T>> names = new HashMap<>();

    /**
     * @param perKey at most this many targets are returned for one key (a switchboard number shared by a thousand
     *               records would otherwise make a thousand matches per record)
     */
    ContactIndex(int perKey) {
        this.perKey = perKey;
    }

    /** Makes {@code keys}' emails, phones and name lead to {@code target} (after earlier targets). */
    void add(T target, Keys keys) {
        keys.emails().forEach(k -> put(emails, k, target));
        keys.phones().forEach(k -> put(phones, k, target));
        put(names, keys.name(), target);
    }

    /**
     * The targets sharing an email, a phone or the name with {@code keys}, each once: first those found by email,
     * then by phone, then by name, each kind in the order the targets were added; at most {@code perKey} per key.
     */
    List<T> find(Keys keys) {
        Set<T> found = new LinkedHashSet<>();
        keys.emails().forEach(k -> collect(emails, k, found));
        keys.phones().forEach(k -> collect(phones, k, found));
        collect(names, keys.name(), found);
        return new ArrayList<>(found);
    }

    /** What {@code a} and {@code b} share: email, phone, name (empty when nothing). */
    static Set<MatchReason> shared(Keys a, Keys b) {
        Set<MatchReason> reasons = EnumSet.noneOf(MatchReason.class);
        if (a.emails().stream().anyMatch(b.emails()::contains)) {
            reasons.add(MatchReason.EMAIL);
        }
        if (a.phones().stream().anyMatch(b.phones()::contains)) {
            reasons.add(MatchReason.PHONE);
        }
        if (!a.name().isEmpty() && a.name().equals(b.name())) {
            reasons.add(MatchReason.NAME);
        }
        return reasons;
    }

    private void collect(Map<String, List<T>> map, String key, Set<T> found) {
        List<T> targets = map.get(key);
        if (targets == null) {
            return;
        }
        for (int i = 0; i < targets.size() && i < perKey; i++) {
            found.add(targets.get(i));
        }
    }

    private static <T> void put(Map<String, List<T>> map, String key, T target) {
        if (key.isEmpty()) {
            return;
        }
        List<T> list = map.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (list.isEmpty() || !list.get(list.size() - 1).equals(target)) {
            list.add(target);
        }
    }
}
