package dk.netdesk.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an imported file, decoded the way the BOM-aware reader of STACK.md would: a byte order
 * mark decides (UTF-8, UTF-16 LE/BE) and is dropped; without one, bytes that are mostly UTF-8 are
 * UTF-8, and anything else is Windows-1252 (what Danish Excel and old Outlook save). A chosen
 * encoding overrides the guess (a BOM of that encoding is still dropped).
 *
 * <p>"Mostly UTF-8": the file's valid multi-byte UTF-8 sequences (ø is C3 B8) outnumber its invalid ones. A
 * UTF-8 file with a few damaged bytes is therefore still UTF-8, so that one damaged record does not garble the
 * Danish letters of every other record; a Windows-1252 file has almost no valid sequences (ø is a lone F8) and
 * stays Windows-1252. Bytes that cannot be read in the encoding used become {@link #UNREADABLE}, and the
 * records that hold one are left out as damaged ({@link #unreadable}).
 *
 * @param text    the decoded text, without a BOM
 * @param charset the encoding used
 * @param bom     true if the file began with a byte order mark
 */
record TextFile(String text, Charset charset, boolean bom) {

    /** Windows-1252, the fallback for bytes that are not UTF-8. */
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** What a byte sequence that cannot be read in the file's encoding becomes: U+FFFD REPLACEMENT CHARACTER. */
    static final char UNREADABLE = '\uFFFD';

    /** True if {@code text} (may be null: false) holds a letter that could not be read ({@link #UNREADABLE}). */
    /**
     * {@code text} for a message: each run of letters that could not be read ({@link #UNREADABLE}) becomes one "…",
     * so a damaged record is named by what is left of it ("Ida …ble"), never with replacement glyphs.
     */
    static String readable(String text) {
        return text == null ? null : text.replaceAll("\uFFFD+", "\u2026");
    }

    static boolean unreadable(String text) {
        return text != null && text.indexOf(UNREADABLE) >= 0;
    }

    /**
     * Decodes {@code bytes}.
     *
     * @param chosen the encoding the user chose, or null to detect it
     */
    static TextFile decode(byte[] bytes, Charset chosen) {
        if (starts(bytes, 0xEF, 0xBB, 0xBF) && (chosen == null || chosen.equals(StandardCharsets.UTF_8))) {
            return new TextFile(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, true);
        }
        if (starts(bytes, 0xFF, 0xFE) && (chosen == null || chosen.equals(StandardCharsets.UTF_16LE))) {
            return new TextFile(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, true);
        }
        if (starts(bytes, 0xFE, 0xFF) && (chosen == null || chosen.equals(StandardCharsets.UTF_16BE))) {
            return new TextFile(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, true);
        }
        if (chosen != null) {
            return new TextFile(new String(bytes, chosen), chosen, false);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new TextFile(text, StandardCharsets.UTF_8, false);
        } catch (CharacterCodingException notUtf8) {
            if (mostlyUtf8(bytes)) {
                // Mostly UTF-8 with a few damaged bytes: those become U+FFFD, and only their records are lost.
                return new TextFile(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, false);
            }
            return new TextFile(new String(bytes, WINDOWS_1252), WINDOWS_1252, false);
        }
    }

    /**
     * True if {@code bytes} are mostly UTF-8: their valid multi-byte UTF-8 sequences outnumber the invalid ones
     * ({@link #utf8Sequences}). False for pure ASCII and for Windows-1252 text.
     */
    static boolean mostlyUtf8(byte[] bytes) {
        int[] counts = utf8Sequences(bytes);
        return counts[0] > counts[1];
    }

    /**
     * Counts the multi-byte UTF-8 sequences of {@code bytes}: {@code [valid, invalid]}, where an invalid one is a
     * byte of 0x80 or above that does not start a well-formed sequence (RFC 3629: no overlong forms, no surrogates,
     * nothing above U+10FFFF) and is skipped alone.
     */
    static int[] utf8Sequences(byte[] bytes) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length;
            int low = 0x80;
            int high = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                length = 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                length = 3;
                low = b == 0xE0 ? 0xA0 : 0x80;
                high = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                length = 4;
                low = b == 0xF0 ? 0x90 : 0x80;
                high = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                invalid++;
                i++;
                continue;
            }
            boolean ok = i + length <= bytes.length;
            for (int k = 1; ok && k < length; k++) {
                int c = bytes[i + k] & 0xFF;
                ok = k == 1 ? c >= low && c <= high : c >= 0x80 && c <= 0xBF;
            }
            if (ok) {
                valid++;
                i += length;
            } else {
                invalid++;
                i++;
            }
        }
        return new int[] {valid, invalid};
    }

    /**
     * True if the text looks like binary data rather than a text file: it holds a NUL, or more than
     * one in twenty of its first 4,096 characters are control characters other than tab, CR and LF.
     */
    boolean looksBinary() {
        int n = Math.min(text.length(), 4096);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if ((c < 0x20 && c != '\t' && c != '\r' && c != '\n') || (c >= 0x7F && c < 0xA0)) {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
