package dk.netdesk.exchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Which contact field each CSV column goes to: {@code fields.get(i)} is the field of
 * {@code headers.get(i)}. Immutable; {@link #with} gives a changed copy (what the wizard's
 * "Map columns" choice boxes call).
 *
 * @param headers the header row as read (NFC)
 * @param fields  one field per header, {@link ContactField#IGNORE} for a column not imported
 */
public record ColumnMapping(List<String> headers, List<ContactField> fields) {

    public ColumnMapping {
        headers = List.copyOf(headers);
        fields = List.copyOf(fields);
        if (headers.size() != fields.size()) {
            throw new IllegalArgumentException("one field per header: " + headers.size() + " headers, "
                    + fields.size() + " fields");
        }
    }

    /** The same mapping with column {@code column} (0-based) going to {@code field}. */
    public ColumnMapping with(int column, ContactField field) {
        List<ContactField> changed = new ArrayList<>(fields);
        changed.set(column, field);
        return new ColumnMapping(headers, changed);
    }

    /** The field of column {@code column} (0-based); {@link ContactField#IGNORE} past the last header. */
    public ContactField field(int column) {
        return column < fields.size() ? fields.get(column) : ContactField.IGNORE;
    }

    /** True if some column gives the contact a name (name, first or last name, company or email). */
    public boolean names() {
        return fields.stream().anyMatch(f -> f == ContactField.NAME || f == ContactField.FIRST_NAME
                || f == ContactField.LAST_NAME || f == ContactField.COMPANY || f == ContactField.EMAIL);
    }

    /** True if the mapping fits this header row (same headers once normalised). */
    public boolean fits(List<String> otherHeaders) {
        return key(headers).equals(key(otherHeaders));
    }

    /** A header normalised for matching: NFC, lower case, runs of spaces, dashes, dots and underscores as one space. */
    static String normalise(String header) {
        String t = dk.netdesk.db.PlainText.line(header).toLowerCase(Locale.ROOT);
        return t.replaceAll("[\\s_.\\-:()/]+", " ").strip();
    }

    /**
     * The key a header row is remembered under: {@code import.csv.mapping.} and the first 32 hex digits of
     * the SHA-256 of the normalised headers, so that the same export from the same program gets the
     * same key whatever its rows hold.
     */
    static String key(List<String> headers) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String header : headers) {
                sha.update(normalise(header).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0x1F);
            }
            return "import.csv.mapping." + HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
