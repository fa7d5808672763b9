package dk.netdesk.db;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one place that makes text the same text however it was typed (issue 17, decision 0039). Text enters
 * Netdesk from a form, a search box, a file (vCard, CSV, iCalendar, a PDF's text) or a file's own name, typed on
 * Windows, pasted from a Mac or copied from a web page; what a person reads as the same must be stored and
 * compared as the same. Forms reach these rules through {@code ui/TypedText}, imports and the attachments
 * folder directly (the {@code db} package may not use {@code ui}), and the V16 migration ran them over the text
 * stored before (see {@code db/TextNormalisation}).
 *
 * <ul>
 *   <li>{@link #nfc}: Unicode NFC ("é" as one character, never "e" + U+0301 as macOS writes it).</li>
 *   <li>{@link #line}: a one-line value (a name, title, tag, city, collection or stage name, a search, a file
 *       name): NFC; every kind of space ({@link #isSpace}: no-break, thin, em, ideographic, tab …) becomes a plain
 *       space; the invisible marks ({@link #isInvisible}: zero width space, word joiner, byte order mark, soft
 *       hyphen …) are dropped; the ends are stripped. Runs of spaces are kept.</li>
 *   <li>{@link #text}: a text of lines (notes, bodies, a PDF's text): NFC and no byte order mark (U+FEFF); its
 *       spaces stay, as a no-break space in "10 %" or a zero width space in Thai is meant.</li>
 *   <li>{@link #key}: the comparison key "as a person reads it" for equality (tags, collection names, a tag
 *       filter): the {@link #line} form with runs of spaces made one, the direction marks U+200E/U+200F left
 *       out, and case folded beyond ASCII ("Café", "café", "cafe\u0301" and "café\u00a0" give one key).</li>
 * </ul>
 * Control characters and lone surrogates are not touched here: forms refuse them ({@code ui/TypedText#problem}).
 * All methods are pure and safe on any thread.
 */
public final class PlainText {

    private PlainText() {
    }

    /** The text in Unicode NFC; null stays null. */
    public static String nfc(String text) {
        return text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * A one-line value as stored: NFC, each space of any kind ({@link #isSpace}) a plain space U+0020, the
     * invisible marks ({@link #isInvisible}) dropped, stripped at both ends. Null gives "". Line breaks are
     * left as they are (a form refuses them in a one-line field).
     */
    public static String line(String text) {
        if (text == null) {
            return "";
        }
        String nfc = nfc(text);
        if (isPlain(nfc)) {
            return nfc.strip();
        }
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(cp -> {
            if (isSpace(cp)) {
                out.append(' ');
            } else if (!isInvisible(cp)) {
                out.appendCodePoint(cp);
            }
        });
        // dropping a mark can bring a base letter and a combining mark together: normalise again
        return nfc(out.toString()).strip();
    }

    /**
     * A text of lines as stored (notes, bodies, an attachment's text): NFC, without the byte order mark U+FEFF
     * (left by a file's start or a paste); every other character stays. Null gives "". Not stripped: the
     * caller decides about the ends.
     */
    public static String text(String text) {
        if (text == null) {
            return "";
        }
        String nfc = nfc(text);
        return nfc.indexOf('\uFEFF') < 0 ? nfc : nfc(nfc.replace("\uFEFF", ""));
    }

    /**
     * The key two texts are compared by "as a person reads them": {@link #line}, the direction marks U+200E and
     * U+200F left out, runs of spaces made one, upper case then lower case in {@link Locale#ROOT} ("ÆRØ",
     * "Ærø" and "ærø" give one key; "STRASSE" and "Straße" too). Null gives "".
     */
    public static String key(String text) {
        String line = line(text);
        StringBuilder out = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\u200E' || c == '\u200F') {
                continue;
            }
            if (c == ' ') {
                if (!space) {
                    out.append(' ');
                }
                space = true;
            } else {
                out.append(c);
                space = false;
            }
        }
        return out.toString().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** Whether two texts read the same ({@link #key}). */
    public static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }

    /**
     * The spaces a person cannot tell from a plain one: tab, and every Unicode space separator (category Zs:
     * U+00A0 no-break space, U+1680, U+2000–U+200A, U+202F narrow no-break space, U+205F, U+3000 ideographic
     * space), besides U+0020 itself.
     */
    public static boolean isSpace(int cp) {
        return cp == '\t' || Character.getType(cp) == Character.SPACE_SEPARATOR;
    }

    /**
     * The marks that show nothing and join or break nothing a person sees in a one-line value: U+00AD soft
     * hyphen, U+180E Mongolian vowel separator, U+200B zero width space, U+2060 word joiner, U+2061–U+2064
     * (invisible times, plus …) and U+FEFF (byte order mark, zero width no-break space). The joiners U+200C/U+200D
     * are not among them: they change how emoji and some scripts look.
     */
    public static boolean isInvisible(int cp) {
        return cp == 0x00AD || cp == 0x180E || cp == 0x200B || (cp >= 0x2060 && cp <= 0x2064) || cp == 0xFEFF;
    }

    /** True when no character needs folding: printable ASCII and letters without a space or mark to fold. */
    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || (c >= 0x80 && (isSpace(c) || isInvisible(c)))) {
                return false;
            }
        }
        return true;
    }
}
