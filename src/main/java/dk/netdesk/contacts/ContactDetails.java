package dk.netdesk.contacts;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the contact editor edits about a contact. The first phone and email are the
 * contact's primary ones. Lists are copied, so the record stays unchanged.
 *
 * @param birthday   a date in the past, or null
 * @param source     where the contact came from, or null
 * @param referredBy the id of the contact who referred this one (only kept with {@link Source#REFERRAL}), or null
 * @param interest   what they are interested in, or null
 */
public record ContactDetails(String name, List<String> phones, List<String> emails,
                             String facebook, String instagram, String linkedin, String tiktok,
                             String city, LocalDate birthday, Source source, Long referredBy,
                             Interest interest, List<String> tags, String notes) {

    public ContactDetails {
        phones = List.copyOf(phones);
        emails = List.copyOf(emails);
        tags = List.copyOf(tags);
    }

    public static ContactDetails empty() {
        return new ContactDetails("", List.of(), List.of(), "", "", "", "", "", null, null, null, null, List.of(), "");
    }

    /** A contact with only a name, as made from the board's quick add and in tests. */
    public static ContactDetails named(String name) {
        return empty().withName(name);
    }

    public ContactDetails withName(String newName) {
        return new ContactDetails(newName, phones, emails, facebook, instagram, linkedin, tiktok, city, birthday,
                source, referredBy, interest, tags, notes);
    }

    /** The same with one phone and one email (either may be "" for none) and these notes. */
    public ContactDetails withContact(String phone, String email, String newNotes) {
        return new ContactDetails(name, phone.isBlank() ? List.of() : List.of(phone),
                email.isBlank() ? List.of() : List.of(email), facebook, instagram, linkedin, tiktok, city, birthday,
                source, referredBy, interest, tags, newNotes);
    }

    /** The same with these tags instead. */
    public ContactDetails withTags(List<String> newTags) {
        return new ContactDetails(name, phones, emails, facebook, instagram, linkedin, tiktok, city, birthday,
                source, referredBy, interest, newTags, notes);
    }

    /** The same with these notes instead. */
    public ContactDetails withNotes(String newNotes) {
        return new ContactDetails(name, phones, emails, facebook, instagram, linkedin, tiktok, city, birthday,
                source, referredBy, interest, tags, newNotes);
    }

    /** The same with this referrer (a contact id, or null) instead. */
    public ContactDetails withReferrer(Long newReferredBy) {
        return new ContactDetails(name, phones, emails, facebook, instagram, linkedin, tiktok, city, birthday,
                source, newReferredBy, interest, tags, notes);
    }
}
