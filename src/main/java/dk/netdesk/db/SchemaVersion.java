package dk.netdesk.db;

import java.util.ArrayList;
import java.util.List;

/**
 * A migration version as Flyway writes it in {@code flyway_schema_history.version}: numbers
 * separated by dots ({@code 4}, {@code 4.1}, {@code 5.0.1}), compared number by number, with
 * missing parts read as 0 (so {@code 4} equals {@code 4.0}).
 */
record SchemaVersion(List<Long> parts) implements Comparable<SchemaVersion> {

    /**
     * Reads a version; Flyway also accepts {@code _} as the separator.
     *
     * @throws IllegalArgumentException when the text is not numbers separated by dots
     */
    static SchemaVersion parse(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("An empty version");
        }
        List<Long> parts = new ArrayList<>();
        for (String part : trimmed.split("[._]", -1)) {
            if (part.isEmpty() || !part.chars().allMatch(c -> c >= '0' && c <= '9') || part.length() > 18) {
                throw new IllegalArgumentException("Not a version: " + text);
            }
            parts.add(Long.parseLong(part));
        }
        return new SchemaVersion(List.copyOf(parts));
    }

    static SchemaVersion of(long version) {
        return new SchemaVersion(List.of(version));
    }

    @Override
    public int compareTo(SchemaVersion other) {
        for (int i = 0; i < Math.max(parts.size(), other.parts.size()); i++) {
            long a = i < parts.size() ? parts.get(i) : 0;
            long b = i < other.parts.size() ? other.parts.get(i) : 0;
            if (a != b) {
                return Long.compare(a, b);
            }
        }
        return 0;
    }

    /** This version as a whole number, or -1 when it has a non-zero part after the first. */
    long whole() {
        for (int i = 1; i < parts.size(); i++) {
            if (parts.get(i) != 0) {
                return -1;
            }
        }
        return parts.get(0);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (long part : parts) {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(part);
        }
        return out.toString();
    }
}
