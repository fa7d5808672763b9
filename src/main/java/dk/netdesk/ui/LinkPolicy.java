package dk.netdesk.ui;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for which link destinations Netdesk lets become something that opens (decision 0037):
 * a link clicked in the library's reading pane, a link item's "Open link", an {@code href} in the HTML that
 * Copy puts on the clipboard, and every address handed to {@link OpenWithSystem#address}.
 *
 * <p>Only {@code http}, {@code https} and {@code mailto} open. Everything else is text: {@code file:} URIs
 * (a program or a document on this machine), {@code javascript:}, {@code vbscript:}, {@code data:}, any other
 * scheme a system may hand to a program ({@code smb:}, {@code ms-msdt:}, {@code search-ms:} …), relative and
 * absolute paths ({@code ../../bin/sh}, {@code /usr/bin/xterm}, {@code C:\…}, {@code \\server\…},
 * {@code //host/…}), and destinations written to slip past a plain check: with white space, control or
 * invisible characters inside, or an encoded scheme ({@code java%73cript:}, which has no scheme at all and
 * so would be a relative path). The scheme's case does not matter and white space around the whole
 * destination is dropped. Attached files do not open through here: {@link OpenWithSystem#file} opens them
 * from the attachment list.
 *
 * <p>Plain Java, no JavaFX: usable from view-models, renderers and tests.
 */
public final class LinkPolicy {

    /** The schemes that open, lower case. */
    public static final Set<String> OPENS = Set.of("http", "https", "mailto");

    /**
     * The header fields a {@code mailto} address may fill in (RFC 6068), written plainly (not percent-encoded);
     * any other ({@code attach}, {@code attachment}, …) refuses the address.
     */
    public static final Set<String> MAIL_FIELDS = Set.of("to", "cc", "bcc", "subject", "body");

    /** How long a destination may be in a message before it is cut with "…" ({@link #shown}). */
    static final int SHOWN_LENGTH = 80;

    /** How long a destination may be in the hint after a refused link's label before its middle is cut ({@link #shortened}). */
    static final int HINT_LENGTH = 60;

    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.\\-]*):(.*)", Pattern.DOTALL);

    private LinkPolicy() {
    }

    /**
     * The address to hand to the system opener, or to write as an {@code href}, for a link destination
     * from item text, a stored field or any other content.
     *
     * @param destination the destination as written (a Markdown link's, after its escapes are read); may be null
     * @return the address with white space around it dropped and its scheme in lower case
     *         ({@code " HTTPS://Example.com/A "} → {@code "https://Example.com/A"}), or empty when it must not
     *         open: no {@code http}/{@code https} address with a host, no {@code mailto} address with a recipient
     *         part, or not a well-formed URI
     */
    public static Optional<String> web(String destination) {
        if (destination == null) {
            return Optional.empty();
        }
        String address = destination.strip();
        if (address.isEmpty() || address.codePoints().anyMatch(LinkPolicy::hidden)) {
            return Optional.empty();
        }
        Matcher parts = SCHEME.matcher(address);
        if (!parts.matches()) {
            return Optional.empty();
        }
        String scheme = parts.group(1).toLowerCase(Locale.ROOT);
        String rest = parts.group(2);
        if (!OPENS.contains(scheme)) {
            return Optional.empty();
        }
        String normal = scheme + ":" + rest;
        URI uri;
        try {
            uri = new URI(normal);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (scheme.equals("mailto")) {
            return rest.isEmpty() || rest.startsWith("/") || !plainMailFields(uri.getRawSchemeSpecificPart())
                    ? Optional.empty() : Optional.of(normal);
        }
        String authority = uri.getRawAuthority();
        return rest.startsWith("//") && authority != null && !authority.isEmpty() ? Optional.of(normal) : Optional.empty();
    }

    /**
     * True when a {@code mailto} address's header fields ({@code ?subject=…&body=…}) are only
     * {@link #MAIL_FIELDS}: some mail programs read {@code attach=} / {@code attachment=} and attach a file of
     * this machine to the new mail, so a field that is not plainly one of those refuses the address.
     */
    private static boolean plainMailFields(String schemeSpecific) {
        int query = schemeSpecific.indexOf('?');
        if (query < 0) {
            return true;
        }
        for (String field : schemeSpecific.substring(query + 1).split("&", -1)) {
            int equals = field.indexOf('=');
            String name = equals < 0 ? field : field.substring(0, equals);
            if (!MAIL_FIELDS.contains(name.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code destination} may open ({@link #web} gives an address). */
    public static boolean opens(String destination) {
        return web(destination).isPresent();
    }

    /**
     * The destination as a message shows it ("This link leads to … and is not opened."): on one line, control
     * and invisible characters shown as {@code U+XXXX}, at most {@value #SHOWN_LENGTH} characters, cut with "…".
     *
     * @param destination the destination as written; null is taken as ""
     * @return the text to show; "" for a blank destination
     */
    public static String shown(String destination) {
        String out = fullyShown(destination);
        if (out.codePointCount(0, out.length()) <= SHOWN_LENGTH) {
            return out;
        }
        return out.substring(0, out.offsetByCodePoints(0, SHOWN_LENGTH - 1)) + "…";
    }

    /**
     * The destination as the hint after a refused link's label shows it ("(link not opened: file:///etc/passwd)"):
     * as {@link #shown}, but at most {@value #HINT_LENGTH} characters, cut in the middle with "…" so both its
     * beginning (the scheme: {@code file:}, {@code javascript:}) and its end (the file name) stay visible.
     *
     * @param destination the destination as written; null is taken as ""
     * @return the text to show; "" for a blank destination
     */
    public static String shortened(String destination) {
        String whole = fullyShown(destination);
        int count = whole.codePointCount(0, whole.length());
        if (count <= HINT_LENGTH) {
            return whole;
        }
        int head = (HINT_LENGTH - 1) * 2 / 3;
        int tail = HINT_LENGTH - 1 - head;
        return whole.substring(0, whole.offsetByCodePoints(0, head)) + "…"
                + whole.substring(whole.offsetByCodePoints(0, count - tail));
    }

    /** As {@link #shown}, without the cut. */
    private static String fullyShown(String destination) {
        String text = destination == null ? "" : destination.strip();
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (hidden(c)) {
                out.append(String.format(Locale.ROOT, "U+%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** White space, control characters and invisible format characters (bidi overrides, zero-width marks). */
    private static boolean hidden(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT;
    }
}
