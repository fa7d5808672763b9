package dk.netdesk.ui;

/**
 * Digits typed in any script, read as the digits 0-9 (issue 17, decision 0040). A keyboard set to Arabic, Persian,
 * Hindi or Thai, or a Japanese or Chinese input method, types its own digits: "١٠:٣٠" (Arabic-Indic), "۱۰:۳۰"
 * (Extended Arabic-Indic), "१०:३०" (Devanagari), "๑๐:๓๐" (Thai) or "１０：３０" (full width) all mean 10:30. Every
 * reader of typed times, dates and numbers ({@link TimeOfDay}, {@link DateText}, {@link NumberText} and so
 * {@link SpinnerText}) folds its text here first, so such text is read and never refused for its digits.
 *
 * <p>What is folded: every Unicode decimal digit (general category Nd, in any script, also outside the Basic
 * Multilingual Plane) to the ASCII digit of the same value; and the full-width signs an input method types with
 * full-width digits — {@code ：．，－／＋} (U+FF1A, U+FF0E, U+FF0C, U+FF0D, U+FF0F, U+FF0B) — to {@code :.,-/+}.
 * Nothing else changes: letters, other signs, superscripts ("²" is no decimal digit) and the length in code points
 * stay as they were. Shown text keeps Latin digits in both languages ({@link Messages}); this is only how typed
 * text is read.
 */
public final class Digits {

    private Digits() {
    }

    /**
     * {@code text} with every decimal digit of any script as the ASCII digit of its value, and the full-width
     * signs {@code ：．，－／＋} as their ASCII forms.
     *
     * @param text typed text; null gives null
     * @return the folded text, the same instance when nothing needed folding
     */
    public static String toLatin(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (folds(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, i);
        while (i < text.length()) {
            int c = text.codePointAt(i);
            out.appendCodePoint(fold(c));
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** True when {@code c} is an ASCII-compatible character {@link #toLatin} changes. */
    private static boolean folds(int c) {
        return fold(c) != c;
    }

    private static int fold(int c) {
        if (c >= '0' && c <= '9') {
            return c;
        }
        if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
            int value = Character.digit(c, 10);
            return value >= 0 ? '0' + value : c;
        }
        return switch (c) {
            case '\uFF1A' -> ':';
            case '\uFF0E' -> '.';
            case '\uFF0C' -> ',';
            case '\uFF0D' -> '-';
            case '\uFF0F' -> '/';
            case '\uFF0B' -> '+';
            default -> c;
        };
    }
}
