package dk.netdesk.contacts;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the details editor edits about a contact. The first phone and email are the
 * contact's primary ones (also in {@link Contact}); the rest are stored beside them.
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

    /** The part the simple contact form also edits. */
    public ContactDraft draft() {
        return new ContactDraft(name, phones.isEmpty() ? "" : phones.get(0), emails.isEmpty() ? "" : emails.get(0), notes);
    }
}
