package dk.netdesk.print;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fits text into a width in points, measured with {@link PrintFonts}: wrapped over lines at word boundaries,
 * with "…" after the last whole word that fits when text is left over. Only a single word wider than a whole
 * line is broken: first after one of its own hyphens (kept, none added), else inside it with a hyphen added,
 * never leaving fewer than {@link #MIN_PART} letters on either side; what still does not fit is cut with "…" on
 * the last line. No-break spaces (U+00A0) never break a line.
 */
final class TextFit {

    private final PrintFonts fonts;

    TextFit(PrintFonts fonts) {
        this.fonts = fonts;
    }

    /** {@code text}, cut with "…" (anywhere) until it fits {@code available} points; empty when not even "…" fits. */
    String fit(String text, double size, boolean bold, double available) {
        if (fonts.width(text, size, bold) <= available) {
            return text;
        }
        int end = text.length();
        while (end > 0) {
            end = text.offsetByCodePoints(end, -1);
            String candidate = text.substring(0, end).stripTrailing() + "…";
            if (fonts.width(candidate, size, bold) <= available) {
                return candidate;
            }
        }
        return "";
    }

    /**
     * {@code text} on one line: as many whole words as fit, then "…"; a first word too wide on its own is
     * cut with "…" ({@link #fit}).
     */
    String fitWords(String text, double size, boolean bold, double available) {
        List<String> lines = wrap(text, size, bold, available, 1);
        return lines.isEmpty() ? "" : lines.get(0);
    }

    /**
     * {@code text} over at most {@code maxLines} lines of {@code available} points with every word whole: broken at
     * spaces, and after the hyphen of a hyphenated word ("Follow-" / "up") only when the whole word does not fit on
     * the line. Null when it does not fit that way (a part wider than a line, or more lines needed); empty text
     * gives no lines.
     */
    List<String> wrapWhole(String text, double size, boolean bold, double available, int maxLines) {
        return wrapWhole(text, size, bold, available, available, maxLines);
    }

    /**
     * As {@link #wrapWhole(String, double, boolean, double, int)}, with the first line {@code firstAvailable} points
     * wide (room left at its end, e.g. for a footnote number) and the others {@code available}.
     */
    List<String> wrapWhole(String text, double size, boolean bold, double firstAvailable, double available,
                           int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            String rest = word;
            String separator = line.length() == 0 ? "" : " ";
            while (!rest.isEmpty()) {
                double room = lines.isEmpty() ? firstAvailable : available;
                String candidate = line + separator + rest;
                if (fonts.width(candidate, size, bold) <= room) {
                    line.setLength(0);
                    line.append(candidate);
                    break;
                }
                String head = hyphenPart(rest, line + separator, size, bold, room);
                if (!head.isEmpty()) {
                    line.append(separator).append(head);
                    rest = rest.substring(head.length());
                } else if (line.length() == 0) {
                    return null;
                }
                lines.add(line.toString());
                line.setLength(0);
                separator = "";
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines.size() <= maxLines ? lines : null;
    }

    /**
     * As many whole words of {@code text} as fit over {@code maxLines} lines ({@link #wrapWhole}), ending in "…"
     * when words are left out; null when not even the first word fits whole with it.
     */
    List<String> wrapCut(String text, double size, boolean bold, double available, int maxLines) {
        return wrapCut(text, size, bold, available, available, maxLines);
    }

    /** As {@link #wrapCut(String, double, boolean, double, int)}, the first line {@code firstAvailable} points wide. */
    List<String> wrapCut(String text, double size, boolean bold, double firstAvailable, double available, int maxLines) {
        String[] words = text.strip().split(" +");
        for (int count = words.length; count >= 1; count--) {
            String candidate = String.join(" ", java.util.Arrays.copyOf(words, count)) + (count < words.length ? "…" : "");
            List<String> lines = wrapWhole(candidate, size, bold, firstAvailable, available, maxLines);
            if (lines != null) {
                return lines;
            }
        }
        return null;
    }

    /** The longest start of {@code word} ending in one of its own hyphens that fits after {@code before}; "" if none. */
    private String hyphenPart(String word, String before, double size, boolean bold, double available) {
        for (int i = word.lastIndexOf('-', word.length() - 2); i > 0; i = word.lastIndexOf('-', i - 1)) {
            String head = word.substring(0, i + 1);
            if (fonts.width(before + head, size, bold) <= available) {
                return head;
            }
        }
        return "";
    }

    /**
     * Words over at most {@code maxLines} lines, broken at spaces. When text is left over, the last line ends
     * in "…" after its last whole word that leaves room for it. A word wider than a line is broken when lines
     * remain after it (after its own hyphen, else inside it with a hyphen added, at least {@link #MIN_PART} letters
     * each side), else cut with "…".
     */
    List<String> wrap(String text, double size, boolean bold, double available, int maxLines) {
        List<String> lines = new ArrayList<>();
        List<String> words = new ArrayList<>(Arrays.asList(text.strip().split(" +")));
        words.removeIf(String::isEmpty);
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < words.size() && lines.size() < maxLines) {
            String word = words.get(i);
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (fonts.width(candidate, size, bold) <= available) {
                line.setLength(0);
                line.append(candidate);
                i++;
            } else if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            } else if (lines.size() < maxLines - 1) {
                // a word wider than a line: after one of its own hyphens (kept, none added), else inside it with a
                // hyphen, else it is cut on the last line
                String head = hyphenPart(word, "", size, bold, available);
                String line0 = head;
                if (head.isEmpty()) {
                    head = hyphenHead(word, size, bold, available);
                    line0 = head.isEmpty() ? "" : head + "-";
                }
                if (head.isEmpty()) {
                    // not even that: the word cut with "…" ends the text
                    lines.add(fit(word + "…", size, bold, available));
                    lines.removeIf(String::isEmpty);
                    return lines;
                }
                lines.add(line0);
                words.set(i, word.substring(head.length()));
            } else {
                break;
            }
        }
        if (line.length() > 0 && lines.size() < maxLines) {
            lines.add(line.toString());
            line.setLength(0);
        }
        if (i < words.size()) {
            String last = lines.isEmpty() ? "" : lines.remove(lines.size() - 1);
            lines.add(ellipsis(last, words.get(i), size, bold, available));
        }
        lines.removeIf(String::isEmpty);
        return lines;
    }

    /** {@code line} with "…" after its last whole word that leaves room; {@code next} cut when the line is empty. */
    private String ellipsis(String line, String next, double size, boolean bold, double available) {
        String kept = line.endsWith("-") ? line.substring(0, line.length() - 1) : line;
        while (!kept.isEmpty()) {
            if (fonts.width(kept + "…", size, bold) <= available) {
                return kept + "…";
            }
            int space = kept.lastIndexOf(' ');
            if (space < 0) {
                return ellipsisWord(kept, size, bold, available);
            }
            kept = kept.substring(0, space);
        }
        return ellipsisWord(next, size, bold, available);
    }

    /** A single word cut with "…": after a whole part of it when one fits ("Follow-…"), else anywhere. */
    private String ellipsisWord(String word, double size, boolean bold, double available) {
        for (int i = word.lastIndexOf('-', word.length() - 2); i > 0; i = word.lastIndexOf('-', i - 1)) {
            String head = word.substring(0, i + 1) + "…";
            if (fonts.width(head, size, bold) <= available) {
                return head;
            }
        }
        return fit(word + "…", size, bold, available);
    }

    /** Fewest letters a word keeps on either side of a hyphen the layout adds inside it. */
    static final int MIN_PART = 3;

    /**
     * The longest start of {@code word} that fits with an added hyphen, leaving at least {@link #MIN_PART} letters
     * on either side of the break within the part of the word between its own hyphens, and never next to one of
     * its own hyphens (no "--"); "" if none.
     */
    private String hyphenHead(String word, double size, boolean bold, double available) {
        for (int end = word.length() - 1; end >= 1; end--) {
            if (Character.isLowSurrogate(word.charAt(end)) || word.charAt(end) == '-' || word.charAt(end - 1) == '-') {
                continue;
            }
            if (letters(word, end, -1) < MIN_PART || letters(word, end, 1) < MIN_PART) {
                continue;
            }
            String head = word.substring(0, end);
            if (fonts.width(head + "-", size, bold) <= available) {
                return head;
            }
        }
        return "";
    }

    /** Letters and digits from {@code at} towards {@code direction} (-1 back, 1 on) up to a hyphen or the word's end. */
    private static int letters(String word, int at, int direction) {
        int count = 0;
        int i = direction < 0 ? at - 1 : at;
        while (i >= 0 && i < word.length() && word.charAt(i) != '-') {
            if (Character.isLetterOrDigit(word.charAt(i))) {
                count++;
            }
            i += direction;
        }
        return count;
    }
}
