package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.AppWindowTest;
import dk.netdesk.testing.FocusWalk;
import dk.netdesk.testing.TestApp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 18, item 10: on every screen and main dialog ({@link FocusWalk}), in English and Danish, every node a
 * user can Tab to has a text a screen reader says: its accessible text, a labelled control's text, a field's
 * prompt text, or a label's text that names it ({@code Label.setLabelFor}). So do the items a list shows
 * (cards, Today's rows, library hits): each filled cell has its own text or accessible text.
 */
class AccessibleTextTest extends AppWindowTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "da"})
    void everyFocusableNodeHasAName(String language) throws Exception {
        app = TestApp.open(dir, Locale.forLanguageTag(language));
        List<String> nameless = new ArrayList<>();
        int[] checked = {0};
        FocusWalk.visitAll(app, stage, (screen, scene) -> {
            for (Node node : FocusWalk.focusables(scene.getRoot())) {
                checked[0]++;
                if (name(node, scene.getRoot()) == null) {
                    nameless.add(screen + ": " + FocusWalk.describe(node));
                }
                if (node instanceof ListView<?> list) {
                    for (Node cell : list.lookupAll(".list-cell")) {
                        if (cell instanceof Cell<?> c && !c.isEmpty() && c.isVisible() && FocusWalk.shownBounds(cell) != null
                                && name(cell, scene.getRoot()) == null) {
                            nameless.add(screen + ": a cell of " + FocusWalk.describe(node) + ": " + c.getItem());
                        }
                    }
                }
            }
        });
        assertThat(checked[0]).as("focusable nodes checked").isGreaterThan(100);
        assertThat(nameless).as("focusable nodes without accessible text in %s (%d checked)", language, checked[0])
                .isEmpty();
    }

    /** What a screen reader would say for {@code node}, or null for nothing. */
    static String name(Node node, Parent root) {
        if (filled(node.getAccessibleText())) {
            return node.getAccessibleText();
        }
        if (node instanceof Labeled labeled && filled(labeled.getText())) {
            return labeled.getText();
        }
        if (node instanceof TextInputControl input && filled(input.getPromptText())) {
            return input.getPromptText();
        }
        if (node instanceof ComboBoxBase<?> combo && filled(combo.getPromptText())) {
            return combo.getPromptText();
        }
        for (Node label : root.lookupAll(".label")) {
            if (label instanceof Label l && l.getLabelFor() == node && filled(l.getText())) {
                return l.getText();
            }
        }
        return null;
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }
}
