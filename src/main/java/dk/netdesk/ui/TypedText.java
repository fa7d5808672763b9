package dk.netdesk.ui;

import dk.netdesk.db.PlainText;

/**
 * Text as it enters Netdesk from a field, a search or a file: made the same text however it was typed
 * ({@link #line} for one-line values, {@link #text} for texts of lines, {@link #searchable} for searches; the
 * rules are {@link PlainText}'s, decision 0039), and checked for characters that do not belong in text. A control character (NUL and the like) cannot be stored
 * (SQLite cuts text at a NUL) and a lone surrogate (half of an emoji) would be stored as "?", so
 * forms refuse both with {@link #problem}'s message and searches drop them ({@link #searchable}). The
 * direction controls ({@link #isDirectionControl}: embeddings, overrides, isolates) count as control characters.
 */
public final class TypedText {

    /** Message key: the text holds a control character. */
    public static final String CONTROL = "text.error.control";
    /** Message key: the text holds a lone surrogate (broken text). */
    public static final String BROKEN = "text.error.broken";
    /** Message key: a search holds a control character or a lone surrogate; the list stays as it was. */
    public static final String SEARCH = "text.error.search";

    private TypedText() {
    }

    /** The text in Unicode NFC ("é" as one character, however it was typed); null stays null. */
    public static String nfc(String text) {
        return PlainText.nfc(text);
    }

    /**
     * A one-line value (name, title, tag, city, stage or collection name) as it is stored: NFC, every kind of
     * space a plain space, invisible marks dropped, stripped ({@link PlainText#line}). Null gives "".
     */
    public static String line(String text) {
        return PlainText.line(text);
    }

    /**
     * A text of lines (notes, a body, an interaction) as it is stored: NFC, no byte order mark
     * ({@link PlainText#text}); its spaces stay, and so do its ends. Null gives "".
     */
    public static String text(String text) {
        return PlainText.text(text);
    }

    /**
     * What is wrong with a typed text, as a message key ({@link #CONTROL} or {@link #BROKEN}), or null
     * when it can be stored. Tab is allowed everywhere; line breaks (LF, CR) only when {@code multiLine}.
     */
    public static String problem(String text, boolean multiLine) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return BROKEN;
            }
            if (Character.isLowSurrogate(c)) {
                return BROKEN;
            }
            if (isControl(c, multiLine)) {
                return CONTROL;
            }
        }
        return null;
    }

    /** True when the text can be stored as it is ({@link #problem} is null). */
    public static boolean isClean(String text, boolean multiLine) {
        return problem(text, multiLine) == null;
    }

    /**
     * The text for a search: as a one-line value ({@link PlainText#line}: NFC, every kind of space a plain
     * space, invisible marks dropped, stripped), with control characters and lone surrogates replaced by a space
     * (they can match nothing). Null becomes "".
     */
    public static String searchable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || isControl(c, false)) {
                clean.append(' ');
            } else {
                clean.append(c);
            }
        }
        return PlainText.line(clean.toString());
    }

    private static boolean isControl(char c, boolean multiLine) {
        if (c == '\t') {
            return false;
        }
        if (c == '\n' || c == '\r') {
            return !multiLine;
        }
        return Character.getType(c) == Character.CONTROL || isDirectionControl(c);
    }

    /**
     * True for the direction controls that change how the text around them runs: the embeddings and overrides
     * U+202A–U+202E and the isolates U+2066–U+2069. Stored in a title they would turn the app's own messages
     * that show the title backwards, so they are refused as control characters. The marks U+200E/U+200F (LRM,
     * RLM) only set the direction of neutral characters next to them and are allowed.
     */
    public static boolean isDirectionControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
