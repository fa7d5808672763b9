package dk.netdesk.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an imported file, decoded the way the BOM-aware reader of STACK.md would: a byte order
 * mark decides (UTF-8, UTF-16 LE/BE) and is dropped; without one, bytes that are valid UTF-8 are
 * UTF-8, and anything else is Windows-1252 (what Danish Excel and old Outlook save). A chosen
 * encoding overrides the guess (a BOM of that encoding is still dropped).
 *
 * @param text    the decoded text, without a BOM
 * @param charset the encoding used
 * @param bom     true if the file began with a byte order mark
 */
record TextFile(String text, Charset charset, boolean bom) {

    /** Windows-1252, the fallback for bytes that are not UTF-8. */
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

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
            return new TextFile(new String(bytes, WINDOWS_1252), WINDOWS_1252, false);
        }
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
