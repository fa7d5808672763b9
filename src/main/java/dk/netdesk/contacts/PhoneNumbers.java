package dk.netdesk.contacts;

/**
 * Phone numbers in one comparable form. Danish numbers (8 digits, with or without 0045/+45,
 * spaces, dashes, dots or brackets) become {@code +45xxxxxxxx}; others keep their digits and a
 * leading {@code +} (from {@code +} or {@code 00}).
 */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** The normalised number, or "" for a blank one. */
    public static String normalise(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        String text = phone.trim();
        boolean plus = text.startsWith("+") || text.startsWith("(+");
        String digits = text.replaceAll("[^0-9]", "");
        if (!plus && digits.startsWith("00")) {
            plus = true;
            digits = digits.substring(2);
        }
        if (!plus && digits.length() == 8) {
            return "+45" + digits;
        }
        return plus ? "+" + digits : digits;
    }
}
