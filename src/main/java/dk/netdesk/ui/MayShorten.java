package dk.netdesk.ui;

import javafx.scene.Node;
import javafx.scene.control.Labeled;

/**
 * Marks a label that may show its text shortened with "…" because the whole text is at hand elsewhere: in a
 * tooltip (on the label or on a node that holds it) and in the label's accessible text. An event title in a
 * 30-minute block of a narrow day column is one; standard calendars shorten such titles too. The screenshot
 * check ({@code testing/CutOff}) accepts a shortened label only when it is marked and the whole text is in
 * its accessible text and in a tooltip (shown now, or declared with {@link #tooltipText} for a tooltip that is
 * made on the first hover).
 */
public final class MayShorten {

    /** The style class of a label that may show its text shortened. */
    public static final String STYLE_CLASS = "may-shorten";
    /** Key in a label's {@code getProperties()}: its whole text (a String) when the label shows less of it. */
    public static final String WHOLE_TEXT = "dk.netdesk.mayShorten.whole";
    /** Key in a label's {@code getProperties()}: the part of its whole text (a String) its tooltip must hold. */
    public static final String IN_TOOLTIP = "dk.netdesk.mayShorten.inTooltip";
    /** Key in a node's {@code getProperties()}: the text (a String) of the tooltip it gets on the first hover. */
    public static final String TOOLTIP_TEXT = "dk.netdesk.mayShorten.tooltipText";

    private MayShorten() {
    }

    /**
     * Marks {@code label}, which shows {@code whole} or a shortened form of it, as one that may be shortened:
     * the style class {@link #STYLE_CLASS}, {@code whole} kept under {@link #WHOLE_TEXT} and as the label's
     * accessible text. The caller gives the label (or a node holding it) a tooltip with {@code whole} in it.
     * Returns {@code label}.
     */
    public static <L extends Labeled> L declare(L label, String whole) {
        if (!label.getStyleClass().contains(STYLE_CLASS)) {
            label.getStyleClass().add(STYLE_CLASS);
        }
        label.getProperties().put(WHOLE_TEXT, whole);
        label.setAccessibleText(whole);
        return label;
    }

    /**
     * {@link #declare(Labeled, String)}, where the tooltip holds {@code inTooltip} (the title) and says the rest
     * of {@code whole} in its own words (times written out); returns {@code label}.
     */
    public static <L extends Labeled> L declare(L label, String whole, String inTooltip) {
        declare(label, whole);
        label.getProperties().put(IN_TOOLTIP, inTooltip);
        return label;
    }

    /** Records on {@code node} the text of a tooltip it is given later (on the first hover); returns {@code node}. */
    public static <N extends Node> N tooltipText(N node, String text) {
        node.getProperties().put(TOOLTIP_TEXT, text);
        return node;
    }
}
