package dk.netdesk.ui;

import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Keeps a wrapping label at least as wide as its longest word, so that a narrow column wraps between words and
 * never inside one ("Netværksarrangement", not "Netværksarrangem / ent").
 */
public final class WholeWords {

    private WholeWords() {
    }

    /**
     * Sets {@code label}'s least width to its longest word (split at white space) in its font, plus its padding and
     * graphic, now and whenever its text, font or padding change. Returns {@code label}.
     */
    public static <L extends Labeled> L keep(L label) {
        Runnable fit = () -> label.setMinWidth(longestWord(label));
        label.textProperty().addListener(o -> fit.run());
        label.fontProperty().addListener(o -> fit.run());
        label.paddingProperty().addListener(o -> fit.run());
        label.graphicProperty().addListener(o -> fit.run());
        fit.run();
        return label;
    }

    /** The width in px of {@code label}'s longest word in its font, with its insets and graphic. */
    static double longestWord(Labeled label) {
        String text = label.getText() == null ? "" : label.getText();
        Text probe = new Text();
        probe.setFont(label.getFont());
        double widest = 0;
        for (String word : text.split("\\s+")) {
            probe.setText(word);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        double graphic = label.getGraphic() == null ? 0
                : label.getGraphic().prefWidth(-1) + label.getGraphicTextGap();
        return Math.ceil(widest + graphic + label.snappedLeftInset() + label.snappedRightInset()) + 1;
    }
}
