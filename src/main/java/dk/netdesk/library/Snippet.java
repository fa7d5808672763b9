package dk.netdesk.library;

import java.util.ArrayList;
import java.util.List;

/** Splits a search snippet into plain and highlighted runs. */
public final class Snippet {

    /** Marks the start of a matched word (a private-use character that no text contains). */
    public static final String START = "\uE000";
    /** Marks the end of a matched word. */
    public static final String END = "\uE001";

    /** A piece of snippet text. */
    public record Run(String text, boolean highlighted) {
    }

    private Snippet() {
    }

    public static List<Run> runs(String snippet) {
        List<Run> runs = new ArrayList<>();
        if (snippet == null || snippet.isEmpty()) {
            return runs;
        }
        boolean inside = false;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < snippet.length(); i++) {
            char c = snippet.charAt(i);
            if (c == START.charAt(0) || c == END.charAt(0)) {
                if (!current.isEmpty()) {
                    runs.add(new Run(current.toString(), inside));
                    current.setLength(0);
                }
                inside = c == START.charAt(0);
            } else {
                current.append(c == '\n' || c == '\r' ? ' ' : c);
            }
        }
        if (!current.isEmpty()) {
            runs.add(new Run(current.toString(), inside));
        }
        return runs.stream().map(r -> new Run(withoutMarkup(r.text()), r.highlighted()))
                .filter(r -> !r.text().isEmpty()).toList();
    }

    /** Drops the Markdown signs that would only distract in a one-line preview. */
    static String withoutMarkup(String text) {
        return text.replaceAll("[*`]+", "").replaceAll("(^|\\s)(#{1,6}|>)\\s", "$1").replaceAll("\\s{2,}", " ");
    }
}
