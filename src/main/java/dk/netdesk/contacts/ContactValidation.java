package dk.netdesk.contacts;

import java.util.Optional;
import java.util.regex.Pattern;

/** The rules for a contact's fields. Each check returns the message key of what is wrong. */
public final class ContactValidation {

    public static final int MAX_NAME = 200;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
    private static final Pattern PHONE_CHARS = Pattern.compile("^[+0-9 ()./-]+$");

    private ContactValidation() {
    }

    public static Optional<String> name(String name) {
        String text = name == null ? "" : name.trim();
        if (text.isEmpty()) {
            return Optional.of("contact.error.nameRequired");
        }
        if (text.length() > MAX_NAME) {
            return Optional.of("contact.error.nameTooLong");
        }
        return Optional.empty();
    }

    public static Optional<String> email(String email) {
        String text = email == null ? "" : email.trim();
        if (text.isEmpty() || EMAIL.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of("contact.error.email");
    }

    /** Optional; when given, digits with spaces, dashes, dots or brackets, and 6 to 15 digits in all. */
    public static Optional<String> phone(String phone) {
        String text = phone == null ? "" : phone.trim();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        long digits = text.chars().filter(Character::isDigit).count();
        long plusSigns = text.chars().filter(c -> c == '+').count();
        if (!PHONE_CHARS.matcher(text).matches() || plusSigns > 1 || digits < 6 || digits > 15) {
            return Optional.of("contact.error.phone");
        }
        return Optional.empty();
    }

    /** Social handles, city and similar one-line fields: at most this many characters. */
    public static final int MAX_LINE = 200;

    /** Trims every field and drops blank phones, emails and tags (tags also lose duplicates). */
    public static ContactDetails clean(ContactDetails d) {
        java.util.function.UnaryOperator<String> t = s -> s == null ? "" : s.trim();
        java.util.List<String> tags = d.tags().stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
        return new ContactDetails(t.apply(d.name()),
                d.phones().stream().map(String::trim).filter(s -> !s.isEmpty()).toList(),
                d.emails().stream().map(String::trim).filter(s -> !s.isEmpty()).toList(),
                t.apply(d.facebook()), t.apply(d.instagram()), t.apply(d.linkedin()), t.apply(d.tiktok()),
                t.apply(d.city()), d.birthday(), d.source(), d.referredBy(), d.interest(), tags,
                d.notes() == null ? "" : d.notes().strip());
    }

    /** The first problem with a list of phones, or empty. */
    public static Optional<String> phones(java.util.List<String> phones) {
        return phones.stream().map(ContactValidation::phone).flatMap(Optional::stream).findFirst();
    }

    public static Optional<String> emails(java.util.List<String> emails) {
        return emails.stream().map(ContactValidation::email).flatMap(Optional::stream).findFirst();
    }

    public static Optional<String> line(String text) {
        return text != null && text.trim().length() > MAX_LINE ? Optional.of("contact.error.lineTooLong") : Optional.empty();
    }

    public static boolean isValid(ContactDetails d) {
        return name(d.name()).isEmpty() && phones(d.phones()).isEmpty() && emails(d.emails()).isEmpty()
                && java.util.stream.Stream.of(d.facebook(), d.instagram(), d.linkedin(), d.tiktok(), d.city())
                        .allMatch(s -> line(s).isEmpty())
                && (d.birthday() == null || !d.birthday().isAfter(java.time.LocalDate.of(2100, 1, 1)));
    }

    public static boolean isValid(ContactDraft draft) {
        return name(draft.name()).isEmpty() && email(draft.email()).isEmpty() && phone(draft.phone()).isEmpty();
    }
}
