package dk.netdesk.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns what the user typed into a safe FTS5 query: every word is quoted (so no FTS5
 * syntax from the user is ever interpreted) and searched as a prefix, so results
 * appear while a word is still being typed. All words must match. A single letter is
 * searched as a whole word: as a prefix it would match most of a large library.
 */
public final class FtsQuery {

    /** The shortest word searched as a prefix. */
    static final int MIN_PREFIX = 2;

    private FtsQuery() {
    }

    /** The FTS5 MATCH expression, or empty when the text has no searchable word. */
    public static Optional<String> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        List<String> terms = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                String quoted = "\"" + word.replace("\"", "\"\"") + "\"";
                terms.add(word.codePointCount(0, word.length()) >= MIN_PREFIX ? quoted + "*" : quoted);
            }
        }
        return terms.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", terms));
    }
}
