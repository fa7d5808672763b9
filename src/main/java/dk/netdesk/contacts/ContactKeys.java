package dk.netdesk.contacts;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The comparable forms of a contact's email addresses, phone numbers and name, used wherever two
 * contacts are compared to find the same person (the editor's duplicate warning, the import). Each
 * returns "" for a blank value, which matches nothing.
 */
public final class ContactKeys {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ContactKeys() {
    }

    /** An email address trimmed, NFC and in lower case (any language's letters): "Åse@X.dk" → "åse@x.dk". */
    public static String email(String email) {
        return email == null ? "" : nfc(email).strip().toLowerCase(Locale.ROOT);
    }

    /** A phone number as {@link PhoneNumbers#normalise} gives it (Danish 8-digit numbers get +45). */
    public static String phone(String phone) {
        return PhoneNumbers.normalise(phone);
    }

    /**
     * A name in NFC, trimmed, with runs of white space made one space, in lower case (Danish Æ, Ø and Å
     * become æ, ø and å): "  ÅSE   Ærø " → "åse ærø". Decomposed letters (A + ring) equal composed ones.
     */
    public static String name(String name) {
        return name == null ? "" : SPACES.matcher(nfc(name).strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** As a one-line value is stored ({@link dk.netdesk.db.PlainText#line}). */
    private static String nfc(String text) {
        return dk.netdesk.db.PlainText.line(text);
    }
}
