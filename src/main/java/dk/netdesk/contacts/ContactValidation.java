package dk.netdesk.contacts;

import java.text.Normalizer;
import java.util.List;
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

    /**
     * Optional; when given, digits with spaces, dashes, dots or brackets, and 6 to 15 digits in all. Pasted
     * look-alikes (no-break spaces, other dashes, full-width digits) count as their plain forms
     * ({@link PhoneNumbers#clean}).
     */
    public static Optional<String> phone(String phone) {
        String text = PhoneNumbers.clean(phone);
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

    /**
     * Normalises every text to NFC and trims it, makes pasted phone look-alikes plain ({@link PhoneNumbers#clean}),
     * drops blank phones, emails and tags, and keeps one of each tag ignoring case beyond ASCII ("Hudpleje" and
     * "HUDPLEJE", "Ærø" and "ærø" are one tag; the first spelling stays; {@link dk.netdesk.db.TextOrder#fold}).
     * A referrer is kept only when the source is {@link Source#REFERRAL}.
     */
    public static ContactDetails clean(ContactDetails d) {
        java.util.Map<String, String> tags = new java.util.LinkedHashMap<>();
        for (String tag : d.tags()) {
            String t = text(tag);
            if (!t.isEmpty()) {
                tags.putIfAbsent(dk.netdesk.db.TextOrder.fold(t), t);
            }
        }
        return new ContactDetails(text(d.name()), d.phones().stream().map(PhoneNumbers::clean).filter(s -> !s.isEmpty()).toList(),
                lines(d.emails()),
                text(d.facebook()), text(d.instagram()), text(d.linkedin()), text(d.tiktok()),
                text(d.city()), d.birthday(), d.source(), d.source() == Source.REFERRAL ? d.referredBy() : null,
                d.interest(), List.copyOf(tags.values()), text(d.notes()));
    }

    /** NFC-normalised and trimmed; null becomes "". */
    public static String text(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC).strip();
    }

    private static List<String> lines(List<String> list) {
        return list.stream().map(ContactValidation::text).filter(s -> !s.isEmpty()).toList();
    }

    /** The first problem with a list of phones, or empty. */
    public static Optional<String> phones(List<String> phones) {
        return phones.stream().map(ContactValidation::phone).flatMap(Optional::stream).findFirst();
    }

    public static Optional<String> emails(List<String> emails) {
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

}
