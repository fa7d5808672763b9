package dk.netdesk.contacts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Phone numbers in one comparable form. Danish numbers (8 digits, with or without 0045/+45,
 * spaces, dashes, dots or brackets) become {@code +45xxxxxxxx}; others keep their digits and a
 * leading {@code +} (from {@code +} or {@code 00}). The same form decides duplicates ({@link #normalise})
 * and search ({@link #matches}), so "20 30 40 50", "+45 20 30 40 50", "+4520304050", "20-30-40-50" and
 * "0045 20304050" are one number everywhere.
 */
public final class PhoneNumbers {

    /** What a typed or pasted phone number may hold: digits, one plus, spaces, dashes, dots, brackets, slashes. */
    private static final Pattern PHONE_LIKE = Pattern.compile("[+0-9 ()./-]*[0-9][+0-9 ()./-]*");

    private PhoneNumbers() {
    }

    /** The normalised number, or "" for a blank one. */
    public static String normalise(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        String text = clean(phone);
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

    /** Two-digit country codes (ITU-T E.164); 1 and 7 are one digit, every other code three. */
    private static final Set<String> TWO_DIGIT_CODES = Set.of("20", "27", "30", "31", "32", "33", "34", "36",
            "39", "40", "41", "43", "44", "45", "46", "47", "48", "49", "51", "52", "53", "54", "55", "56", "57",
            "58", "60", "61", "62", "63", "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94",
            "95", "98");

    /**
     * The one form a phone number is shown in, whatever format it was typed or pasted in. A Danish number
     * (8 digits, with or without +45/0045) reads "20 30 40 50"; another with a country code (+ or 00) reads
     * "+CC" and its digits in groups: "+1 212 555 1234" for North America, else pairs after a first group
     * of three when the count is odd ("+46 701 23 45 67"). Text that is not a recognisable number (letters,
     * an extension, fewer than 7 or more than 15 digits, a local number without a country code and not 8
     * digits long) is shown as typed, trimmed. Null or blank gives "".
     */
    public static String display(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        String text = clean(phone);
        if (!PHONE_LIKE.matcher(text).matches()) {
            return phone.strip();
        }
        String normalised = normalise(text);
        if (!normalised.startsWith("+")) {
            return phone.strip();
        }
        String digits = normalised.substring(1);
        if (digits.length() < 7 || digits.length() > 15) {
            return phone.strip();
        }
        if (digits.startsWith("45") && digits.length() == 10) {
            return pairs(digits.substring(2));
        }
        int codeLength = digits.startsWith("1") || digits.startsWith("7") ? 1
                : TWO_DIGIT_CODES.contains(digits.substring(0, 2)) ? 2 : 3;
        String code = digits.substring(0, codeLength);
        String rest = digits.substring(codeLength);
        if (code.equals("1") && rest.length() == 10) {
            return "+1 " + rest.substring(0, 3) + " " + rest.substring(3, 6) + " " + rest.substring(6);
        }
        if (rest.length() % 2 == 1 && rest.length() >= 3) {
            return "+" + code + " " + rest.substring(0, 3) + (rest.length() > 3 ? " " + pairs(rest.substring(3)) : "");
        }
        return "+" + code + " " + pairs(rest);
    }

    /** {@code digits} (an even count) in pairs joined by spaces: "20304050" → "20 30 40 50". */
    private static String pairs(String digits) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i += 2) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(digits, i, Math.min(i + 2, digits.length()));
        }
        return out.toString();
    }

    /**
     * A typed or pasted number with its look-alike characters made plain, trimmed: every kind of space
     * (no-break, thin, tab) becomes " ", every dash and the minus sign "-", full-width and other scripts'
     * digits and plus become ASCII ("＋４５ ２０‑３０" → "+45 20-30"). Anything else is left for
     * {@link ContactValidation#phone} to refuse. Null counts as "".
     */
    public static String clean(String phone) {
        if (phone == null) {
            return "";
        }
        String text = Normalizer.normalize(phone, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isSpaceChar(c) || Character.isWhitespace(c)) {
                out.append(' ');
            } else if (Character.getType(c) == Character.DASH_PUNCTUATION || c == '\u2212') {
                out.append('-');
            } else if (Character.isDigit(c) && Character.digit(c, 10) >= 0) {
                out.append((char) ('0' + Character.digit(c, 10)));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString().strip();
    }

    /**
     * The digit strings a stored number is found under: its normalised digits without the plus
     * ("20 30 40 50" → "4520304050") and its own digits ("20304050"). Empty for a blank number.
     */
    public static List<String> searchKeys(String phone) {
        Set<String> keys = new LinkedHashSet<>();
        String normalised = normalise(phone).replace("+", "");
        if (!normalised.isEmpty()) {
            keys.add(normalised);
            keys.add(clean(phone).replaceAll("[^0-9]", ""));
        }
        return new ArrayList<>(keys);
    }

    /**
     * The digit strings to look for when {@code query} reads as (part of) a phone number: only digits, a
     * plus, spaces, dashes, dots, brackets and slashes, with at least one digit. They are the query's
     * normalised digits ("+45 20 30" → "452030", "20-30-40-50" → "4520304050") and its own digits
     * ("20304050"). Empty when the query is no phone number ("Anna", "").
     */
    public static List<String> queryKeys(String query) {
        String text = clean(query);
        if (!PHONE_LIKE.matcher(text).matches()) {
            return List.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        keys.add(normalise(text).replace("+", ""));
        keys.add(text.replaceAll("[^0-9]", ""));
        keys.remove("");
        return new ArrayList<>(keys);
    }

    /**
     * True when {@code query} reads as a phone number and is part of {@code phone} in any format: each of
     * "+45 20 30 40 50", "+4520304050", "20-30-40-50", "0045 20304050" and "30 40" finds "20 30 40 50".
     */
    public static boolean matches(String query, String phone) {
        List<String> wanted = queryKeys(query);
        return !wanted.isEmpty() && searchKeys(phone).stream().anyMatch(key -> wanted.stream().anyMatch(key::contains));
    }
}
