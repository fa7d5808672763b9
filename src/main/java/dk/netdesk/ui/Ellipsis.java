package dk.netdesk.ui;

/**
 * The one way text cut short is ended: the kept part without the spaces and the sentence or list
 * punctuation it ends in (". , ; : ! ?" and dashes), then "…" ("langsomt ind i den.…" would read as a
 * stray full stop). Closing quotes and brackets stay. Text that was not cut gets no "…".
 */
public final class Ellipsis {

    private static final String DROPPED = ".,;:!?-\u2013\u2014";

    private Ellipsis() {
    }

    /**
     * {@code kept} (the start of a longer text) ended with "…".
     *
     * @param kept the part kept; null counts as empty
     * @return the kept part without trailing spaces and punctuation, then "…"; "…" alone when nothing is left
     */
    public static String after(String kept) {
        return trimmed(kept) + "…";
    }

    /**
     * {@code kept} without the trailing spaces and punctuation that would stand before a "…" added after it.
     *
     * @param kept the part kept; null counts as empty
     */
    public static String trimmed(String kept) {
        String text = kept == null ? "" : kept.stripTrailing();
        int end = text.length();
        while (end > 0 && (DROPPED.indexOf(text.charAt(end - 1)) >= 0 || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return text.substring(0, end);
    }
}
