package dk.netdesk.print;

import java.util.ArrayList;
import java.util.List;

/** Fits text into a width in points, measured with {@link PrintFonts}: cut with "…", or wrapped over lines. */
final class TextFit {

    private final PrintFonts fonts;

    TextFit(PrintFonts fonts) {
        this.fonts = fonts;
    }

    /** {@code text}, cut with "…" until it fits {@code available} points; empty when not even "…" fits. */
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

    /** Words over at most {@code maxLines} lines; the last line ends in "…" when text is left over. */
    List<String> wrap(String text, double size, boolean bold, double available, int maxLines) {
        List<String> lines = new ArrayList<>();
        String[] words = text.split(" ");
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < words.length && lines.size() < maxLines) {
            String word = words[i];
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (fonts.width(candidate, size, bold) <= available) {
                line.setLength(0);
                line.append(candidate);
                i++;
            } else if (line.length() == 0) {
                lines.add(fit(word, size, bold, available));
                i++;
            } else {
                lines.add(line.toString());
                line.setLength(0);
            }
        }
        if (line.length() > 0 && lines.size() < maxLines) {
            lines.add(line.toString());
            line.setLength(0);
        }
        if (i < words.length || line.length() > 0) {
            String last = lines.isEmpty() ? "" : lines.remove(lines.size() - 1);
            lines.add(fit(last + "…", size, bold, available));
        }
        lines.removeIf(String::isEmpty);
        return lines;
    }
}
