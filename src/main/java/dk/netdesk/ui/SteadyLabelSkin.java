package dk.netdesk.ui;

import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.skin.LabelSkin;
import javafx.scene.text.Text;

/**
 * A label's skin that leaves its graphic and its text node where they are when only the label's text or content
 * display changes. JavaFX's own skin puts both back into the label on every such change
 * ({@code LabeledSkinBase.updateChildren}), and a node put back is styled again in the next pulse: an icon in a label
 * whose text is fitted during layout then costs one more frame each time (issue 16: the week's event blocks took three
 * frames a week). Text that is not shown (no text, or {@link ContentDisplay#GRAPHIC_ONLY}) is hidden rather than taken
 * out. A new graphic, or one that is not shown ({@link ContentDisplay#TEXT_ONLY}, not managed), goes through the usual
 * skin.
 */
public final class SteadyLabelSkin extends LabelSkin {

    /** The graphic the label shows, as the usual skin last placed it; null before the first time. */
    private Node placedGraphic;
    /** The skin's text node, once it has been placed. */
    private Text textNode;

    /** Makes the skin for {@code label}; install it with {@code label.setSkin(new SteadyLabelSkin(label))}. */
    public SteadyLabelSkin(Label label) {
        super(label);
        placedGraphic = label.getGraphic();
        rememberText();
    }

    @Override
    protected void updateChildren() {
        Label label = getSkinnable();
        Node graphic = label.getGraphic();
        ContentDisplay display = label.getContentDisplay();
        boolean graphicShown = graphic != null && graphic.isManaged() && display != ContentDisplay.TEXT_ONLY;
        if (graphic == null || graphic != placedGraphic || !graphicShown || textNode == null
                || !getChildren().contains(graphic)) {
            super.updateChildren();
            placedGraphic = graphic;
            rememberText();
            if (textNode != null) {
                textNode.setVisible(true);
            }
            return;
        }
        boolean textShown = label.getText() != null && !label.getText().isEmpty() && display != ContentDisplay.GRAPHIC_ONLY;
        if (!getChildren().contains(textNode)) {
            getChildren().add(textNode);
        }
        textNode.setVisible(textShown);
    }

    private void rememberText() {
        for (Node child : getChildren()) {
            if (child instanceof Text text && child != getSkinnable().getGraphic()) {
                textNode = text;
            }
        }
    }
}
