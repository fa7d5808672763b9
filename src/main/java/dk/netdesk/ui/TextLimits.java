package dk.netdesk.ui;

/**
 * The one place for how long typed text may be: limits a person never reaches, so that pasted megabytes
 * are refused in the form with a message instead of stored. Lengths count characters (code points).
 */
public final class TextLimits {

    /** Names and titles: stage names, tags, event titles, library titles, consent channels. */
    public static final int NAME = 200;
    /** Notes and bodies: interaction text and outcome, notes, library bodies. */
    public static final int TEXT = 100_000;

    private TextLimits() {
    }

    /** True when {@code text} (null counts as empty), trimmed, has more than {@code max} characters. */
    public static boolean tooLong(String text, int max) {
        if (text == null) {
            return false;
        }
        String trimmed = text.strip();
        return trimmed.length() > max && trimmed.codePointCount(0, trimmed.length()) > max;
    }
}
