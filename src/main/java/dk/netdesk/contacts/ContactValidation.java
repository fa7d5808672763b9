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

    public static boolean isValid(ContactDraft draft) {
        return name(draft.name()).isEmpty() && email(draft.email()).isEmpty() && phone(draft.phone()).isEmpty();
    }
}
