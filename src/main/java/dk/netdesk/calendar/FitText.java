package dk.netdesk.calendar;

import java.util.function.ToDoubleFunction;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Fits titles into narrow event blocks: lines break only between words, and only a word that is
 * wider than the block on its own is cut, with an ellipsis ("Prospekte…" rather than
 * "Prospekte" / "ring" on two lines).
 */
final class FitText {

    static final String ELLIPSIS = "…";

    private FitText() {
    }

    /**
     * The text with every word wider than {@code maxWidth} cut to the longest start that fits
     * with an ellipsis; words that fit are kept whole, spaces as they are.
     *
     * @param width the width of a string in pixels (in the label's font)
     * @param maxWidth the room for one line, in pixels
     */
    static String fitWords(String text, ToDoubleFunction<String> width, double maxWidth) {
        StringBuilder out = new StringBuilder();
        for (String part : text.split("(?<= )|(?= )")) {
            out.append(part.isBlank() || width.applyAsDouble(part) <= maxWidth ? part : cut(part, width, maxWidth));
        }
        return out.toString();
    }

    /** The longest start of a word that fits in {@code maxWidth} with the ellipsis; just the ellipsis when none does. */
    static String cut(String word, ToDoubleFunction<String> width, double maxWidth) {
        int end = word.length();
        while (end > 1 && width.applyAsDouble(word.substring(0, end) + ELLIPSIS) > maxWidth) {
            end--;
        }
        return end <= 1 && width.applyAsDouble(word.charAt(0) + ELLIPSIS) > maxWidth ? ELLIPSIS : word.substring(0, end) + ELLIPSIS;
    }

    /** The width of a string in a font, in pixels (on the JavaFX thread). */
    static double width(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }
}
