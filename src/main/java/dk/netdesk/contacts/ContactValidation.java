package dk.netdesk.contacts;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import dk.netdesk.ui.TextLimits;
import dk.netdesk.ui.TypedText;

/** The rules for a contact's fields. Each check returns the message key of what is wrong. */
public final class ContactValidation {

    public static final int MAX_NAME = TextLimits.NAME;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
    private static final Pattern PHONE_CHARS = Pattern.compile("^[+0-9 ()./-]+$");

    private ContactValidation() {
    }

    public static Optional<String> name(String name) {
        String text = name == null ? "" : name.trim();
        String typed = TypedText.problem(text, false);
        if (typed != null) {
            return Optional.of(typed);
        }
        if (text.isEmpty()) {
            return Optional.of("contact.error.nameRequired");
        }
        if (TextLimits.tooLong(text, MAX_NAME)) {
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
     * The one phone rule, for the editor, import and the command line. Optional; when given, digits with
     * spaces, dashes, dots or brackets and at most one +. With a country code (+ or 00): a Danish one
     * (+45/0045) has 8 digits after it ({@code contact.error.phoneDanish} otherwise), any other 7 to 15
     * digits in all, code included (E.164; {@code contact.error.phoneCountry}); without one, 6 to 15 digits
     * ({@code contact.error.phone}, also for wrong characters). Pasted look-alikes (no-break spaces, other
     * dashes, full-width digits) count as their plain forms ({@link PhoneNumbers#clean}).
     *
     * @return the message key of what is wrong, or empty when the number is fine or blank
     */
    public static Optional<String> phone(String phone) {
        String text = PhoneNumbers.clean(phone);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        long digits = text.chars().filter(Character::isDigit).count();
        long plusSigns = text.chars().filter(c -> c == '+').count();
        if (!PHONE_CHARS.matcher(text).matches() || plusSigns > 1) {
            return Optional.of("contact.error.phone");
        }
        String normalised = PhoneNumbers.normalise(text);
        if (normalised.startsWith("+45")) {
            return normalised.length() == 3 + 8 ? Optional.empty() : Optional.of("contact.error.phoneDanish");
        }
        if (normalised.startsWith("+")) {
            int count = normalised.length() - 1;
            return count >= 7 && count <= 15 ? Optional.empty() : Optional.of("contact.error.phoneCountry");
        }
        if (digits < 6 || digits > 15) {
            return Optional.of("contact.error.phone");
        }
        return Optional.empty();
    }

    /** Social handles, city and similar one-line fields: at most this many characters. */
    public static final int MAX_LINE = TextLimits.NAME;

    /**
     * Makes every text the same text however it was typed (one-line fields {@link #text}, the notes
     * {@link TypedText#text}: NFC, spaces and invisible marks folded in one-line fields) and trims it, makes pasted
     * phone look-alikes plain ({@link PhoneNumbers#clean}),
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
                d.interest(), List.copyOf(tags.values()), TypedText.text(d.notes()).strip());
    }

    /**
     * A one-line field as stored ({@link TypedText#line}): NFC, every kind of space a plain space, invisible marks
     * dropped, trimmed; null becomes "".
     */
    public static String text(String s) {
        return TypedText.line(s);
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

    /**
     * A one-line field (social handle, city): a {@link TypedText} message key for a control character or
     * broken text, "contact.error.lineTooLong" over {@link #MAX_LINE} characters, else empty.
     */
    public static Optional<String> line(String text) {
        String typed = TypedText.problem(text, false);
        if (typed != null) {
            return Optional.of(typed);
        }
        return TextLimits.tooLong(text, MAX_LINE) ? Optional.of("contact.error.lineTooLong") : Optional.empty();
    }

    /**
     * The tags, one line: a {@link TypedText} message key, or "contact.error.tagTooLong" when one tag has
     * more than {@link TextLimits#NAME} characters, else empty.
     */
    public static Optional<String> tags(List<String> tags) {
        for (String tag : tags) {
            String typed = TypedText.problem(tag, false);
            if (typed != null) {
                return Optional.of(typed);
            }
            if (TextLimits.tooLong(tag, TextLimits.NAME)) {
                return Optional.of("contact.error.tagTooLong");
            }
        }
        return Optional.empty();
    }

    /**
     * The notes (line breaks allowed): a {@link TypedText} message key, or "contact.error.notesTooLong"
     * over {@link TextLimits#TEXT} characters, else empty.
     */
    public static Optional<String> notes(String notes) {
        String typed = TypedText.problem(notes, true);
        if (typed != null) {
            return Optional.of(typed);
        }
        return TextLimits.tooLong(notes, TextLimits.TEXT) ? Optional.of("contact.error.notesTooLong") : Optional.empty();
    }

    /**
     * True when no text of the contact holds a control character or broken text ({@link TypedText#problem});
     * line breaks are allowed in the notes only.
     */
    public static boolean isClean(ContactDetails d) {
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(d.name(), d.facebook(), d.instagram(), d.linkedin(), d.tiktok(), d.city()),
                        java.util.stream.Stream.of(d.phones(), d.emails(), d.tags()).flatMap(List::stream))
                .allMatch(s -> TypedText.isClean(s, false)) && TypedText.isClean(d.notes(), true);
    }

    public static boolean isValid(ContactDetails d) {
        return name(d.name()).isEmpty() && phones(d.phones()).isEmpty() && emails(d.emails()).isEmpty()
                && java.util.stream.Stream.of(d.facebook(), d.instagram(), d.linkedin(), d.tiktok(), d.city())
                        .allMatch(s -> line(s).isEmpty())
                && tags(d.tags()).isEmpty() && notes(d.notes()).isEmpty() && isClean(d)
                && (d.birthday() == null || !d.birthday().isAfter(java.time.LocalDate.of(2100, 1, 1)));
    }

}
