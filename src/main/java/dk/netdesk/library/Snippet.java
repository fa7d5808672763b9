package dk.netdesk.library;

import java.util.ArrayList;
import java.util.List;

/**
 * The one-line text under a result's title: the start of the item's text, or the part around the
 * first searched word with the searched words highlighted. Cut at a word, with "…" where text was
 * left out (after the last word's letters: {@link dk.netdesk.ui.Ellipsis}); none where the text ends. Built from {@link Markdown#line}, so it reads like the reading pane.
 */
public final class Snippet {

    /** The most characters a snippet shows (about two lines of the result list). */
    public static final int LENGTH = 160;
    /** How many characters before the first searched word a snippet starts, at most. */
    static final int BEFORE = 40;

    /** A piece of snippet text. */
    public record Run(String text, boolean highlighted) {
    }

    private Snippet() {
    }

    /** The start of a line of text, cut at a word with "…" when longer than {@link #LENGTH}; no highlight. */
    public static List<Run> start(String line) {
        return around(line, FtsQuery.parse(""), 0);
    }

    /**
     * The part of the line around the first searched word, with the searched words highlighted; null when
     * no searched word is in the line.
     */
    public static List<Run> around(String line, FtsQuery query) {
        List<int[]> ranges = query.ranges(line);
        return ranges.isEmpty() ? null : around(line, query, ranges.get(0)[0]);
    }

    /** The whole text of the runs, as shown. */
    public static String text(List<Run> runs) {
        StringBuilder text = new StringBuilder();
        runs.forEach(r -> text.append(r.text()));
        return text.toString();
    }

    private static List<Run> around(String line, FtsQuery query, int first) {
        List<Run> runs = new ArrayList<>();
        if (line == null || line.isEmpty()) {
            return runs;
        }
        int start = 0;
        if (line.length() > LENGTH && first > BEFORE) {
            start = wordStartAfter(line, Math.max(0, first - BEFORE), first);
        }
        int end = line.length();
        if (end - start > LENGTH) {
            end = wordEndBefore(line, start + LENGTH, start);
        }
        boolean cut = !line.substring(end).isBlank();
        String window = line.substring(start, end).strip();
        if (cut) {
            // "…" right after the last word, never after its full stop or comma (".…")
            window = dk.netdesk.ui.Ellipsis.trimmed(window);
        }
        if (start > 0) {
            runs.add(new Run("…", false));
        }
        runs.addAll(query.isEmpty() ? List.of(new Run(window, false)) : query.mark(window));
        if (cut) {
            runs.add(new Run("…", false));
        }
        return runs;
    }

    /** The first word start at or after {@code from} (before {@code limit}); {@code limit} when there is none. */
    private static int wordStartAfter(String line, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (i == 0 || Character.isWhitespace(line.charAt(i - 1)) && !Character.isWhitespace(line.charAt(i))) {
                return i;
            }
        }
        return limit;
    }

    /** The last word end at or before {@code to}; cuts inside the word only when it is longer than a line. */
    private static int wordEndBefore(String line, int to, int floor) {
        for (int i = to; i > floor; i--) {
            if (Character.isWhitespace(line.charAt(i)) && !Character.isWhitespace(line.charAt(i - 1))) {
                return i;
            }
        }
        return Character.isLowSurrogate(line.charAt(to)) ? to - 1 : to;
    }
}
