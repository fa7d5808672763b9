package dk.netdesk.library;

import dk.netdesk.ui.TypedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the user typed, as a safe FTS5 query and as a way to find the same words in text (for
 * snippets and the reading pane's highlight).
 *
 * <p>The text is NFC-normalised, control characters and broken text are dropped, and it is split on
 * white space. Sentence marks around a word ({@code . , ; : ! ? " ' ( ) [ ] « » „ “ ”}) are not part
 * of it. A word of letters and digits is quoted (so no FTS5 syntax from the user is ever
 * interpreted). Only the last word is searched as a prefix, so results appear while it is still
 * being typed; the words before it are finished and are searched whole ("no time" does not find
 * "not"). A single letter is searched as a whole word even when last (as a prefix it would match
 * most of a large library).
 * A word with other signs in it or at its ends ({@code c++}, {@code e-mail}, {@code 1.299,-}) keeps
 * them: the index (which sees only letters and digits) finds its letters and digits as a phrase, and
 * {@link #literalsIn} then keeps only the items whose text holds the word as typed, case aside.
 * All words must match.
 */
public final class FtsQuery {

    /** The shortest word searched as a prefix. */
    static final int MIN_PREFIX = 2;

    private static final String EDGE_MARKS = ".,;:!?\"'()[]{}«»„“”‚‘’…¡¿";

    /** One searched word: its text, whether it is a prefix, and whether it must be found as typed. */
    private record Word(String text, boolean prefix, boolean literal) {
    }

    private final List<Word> words;

    private FtsQuery(List<Word> words) {
        this.words = words;
    }

    /** The query for what the user typed (null is nothing); {@link #isEmpty()} when it has no searchable word. */
    public static FtsQuery parse(String text) {
        List<Word> words = new ArrayList<>();
        for (String raw : TypedText.searchable(text).strip().split("\\s+")) {
            String word = withoutEdgeMarks(raw);
            if (!word.codePoints().anyMatch(FtsQuery::isWordChar)) {
                continue;
            }
            boolean literal = !word.codePoints().allMatch(FtsQuery::isWordChar);
            int lastCp = word.codePointBefore(word.length());
            String lastToken = lastToken(word);
            boolean prefix = isWordChar(lastCp) && lastToken.codePointCount(0, lastToken.length()) >= MIN_PREFIX;
            words.add(new Word(word, prefix, literal));
        }
        // Only the word still being typed is a prefix; the ones before it are finished.
        for (int i = 0; i < words.size() - 1; i++) {
            Word w = words.get(i);
            words.set(i, new Word(w.text(), false, w.literal()));
        }
        return new FtsQuery(List.copyOf(words));
    }

    /** The FTS5 MATCH expression, or empty when the text has no searchable word. */
    public static Optional<String> of(String text) {
        FtsQuery query = parse(text);
        return query.isEmpty() ? Optional.empty() : Optional.of(query.match());
    }

    /** True when nothing searchable was typed. */
    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The FTS5 MATCH expression: every word quoted, {@code "word"*} for the last word when it is a prefix. Empty text when {@link #isEmpty()}. */
    public String match() {
        List<String> terms = new ArrayList<>();
        for (Word word : words) {
            String quoted = "\"" + word.text().replace("\"", "\"\"") + "\"";
            terms.add(word.prefix() ? quoted + "*" : quoted);
        }
        return String.join(" ", terms);
    }

    /** True when some word must be found as typed, signs included ({@link #literalsIn}). */
    public boolean hasLiterals() {
        return words.stream().anyMatch(Word::literal);
    }

    /** True when every word that keeps its signs is found, as typed (case aside), in one of the texts. */
    public boolean literalsIn(String... texts) {
        for (Word word : words) {
            if (!word.literal()) {
                continue;
            }
            boolean found = false;
            for (String text : texts) {
                if (text != null && !ranges(text, word).isEmpty()) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** True when some searched word is in the text, matched as the index matches it. */
    public boolean foundIn(String text) {
        return !ranges(text).isEmpty();
    }

    /**
     * Where the searched words are in the text: sorted, non-overlapping {start, end} character ranges
     * (end exclusive). A word of letters and digits matches a whole word of the text (or its start, for a
     * prefix), case aside; a word with signs matches where it starts a word of the text.
     */
    public List<int[]> ranges(String text) {
        List<int[]> all = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return all;
        }
        for (Word word : words) {
            all.addAll(ranges(text, word));
        }
        all.sort(Comparator.comparingInt((int[] r) -> r[0]).thenComparingInt(r -> -r[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] range : all) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range[0] <= last[1]) {
                last[1] = Math.max(last[1], range[1]);
            } else {
                merged.add(new int[] {range[0], range[1]});
            }
        }
        return merged;
    }

    /** The text as runs, the searched words highlighted. */
    public List<Snippet.Run> mark(String text) {
        List<Snippet.Run> runs = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return runs;
        }
        int at = 0;
        for (int[] range : ranges(text)) {
            if (range[0] > at) {
                runs.add(new Snippet.Run(text.substring(at, range[0]), false));
            }
            runs.add(new Snippet.Run(text.substring(range[0], range[1]), true));
            at = range[1];
        }
        if (at < text.length()) {
            runs.add(new Snippet.Run(text.substring(at), false));
        }
        return runs;
    }

    private static List<int[]> ranges(String text, Word word) {
        List<int[]> found = new ArrayList<>();
        String w = word.text();
        if (word.literal()) {
            boolean startsWithWordChar = isWordChar(w.codePointAt(0));
            boolean wholeEnd = !word.prefix() && isWordChar(w.codePointBefore(w.length()));
            for (int i = 0; i + w.length() <= text.length(); i++) {
                if (text.regionMatches(true, i, w, 0, w.length())
                        && (!startsWithWordChar || i == 0 || !isWordChar(text.codePointBefore(i)))
                        && (!wholeEnd || i + w.length() == text.length()
                        || !isWordChar(text.codePointAt(i + w.length())))) {
                    found.add(new int[] {i, i + w.length()});
                    i += w.length() - 1;
                }
            }
            return found;
        }
        String folded = w.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < text.length() && isWordChar(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            String token = text.substring(start, i).toLowerCase(Locale.ROOT);
            if (token.equals(folded)) {
                found.add(new int[] {start, i});
            } else if (word.prefix() && token.startsWith(folded)) {
                found.add(new int[] {start, i});
            }
        }
        return found;
    }

    private static String withoutEdgeMarks(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && EDGE_MARKS.indexOf(word.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && EDGE_MARKS.indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        return word.substring(start, end);
    }

    /** The last run of letters and digits in a word. */
    private static String lastToken(String word) {
        int end = word.length();
        while (end > 0 && !isWordChar(word.codePointBefore(end))) {
            end -= Character.charCount(word.codePointBefore(end));
        }
        int start = end;
        while (start > 0 && isWordChar(word.codePointBefore(start))) {
            start -= Character.charCount(word.codePointBefore(start));
        }
        return word.substring(start, end);
    }

    /** A character the index (FTS5 unicode61) counts as part of a word: letters, digits, marks, private use. */
    static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.PRIVATE_USE;
    }
}
