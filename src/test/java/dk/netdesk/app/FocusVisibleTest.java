package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.AppWindowTest;
import dk.netdesk.testing.FocusRing;
import dk.netdesk.testing.FocusWalk;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18, items 5 and 10: on every screen and main dialog ({@link FocusWalk}), in both themes, every node a user
 * can Tab to has accessible text ({@link AccessibleTextTest#name}; that test also walks Danish) and shows its focus: drawn focused and unfocused, enough pixels change, each by a contrast of at least 3:1
 * ({@link FocusRing}); in a list, so is the item with the focus (a card, a Today row, a library hit), inside
 * the item. The failure lists each node unseen (id, class) with what was measured.
 */
class FocusVisibleTest extends AppWindowTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Theme.class)
    void everyFocusableNodeShowsItsFocus(Theme theme) throws Exception {
        app = TestApp.open(dir, Locale.ENGLISH);
        WaitForAsyncUtils.asyncFx(() -> app.context().shell().setTheme(theme)).get();
        List<String> unseen = new ArrayList<>();
        List<String> nameless = new ArrayList<>();
        int[] checked = {0};
        FocusWalk.visitAll(app, stage, (screen, scene) -> {
            for (Node node : FocusWalk.focusables(scene.getRoot())) {
                if (AccessibleTextTest.name(node, scene.getRoot()) == null) {
                    nameless.add(screen + ": " + FocusWalk.describe(node));
                }
                FocusRing.Result result = FocusRing.measure(node);
                checked[0]++;
                if (!result.seen()) {
                    unseen.add(screen + ": " + FocusWalk.describe(node) + " — " + result);
                }
                // the item with the focus in a list (a card, a Today row, a library hit, an agenda row) is marked too
                if (node instanceof ListView<?> list && !list.getItems().isEmpty()) {
                    if (list.getFocusModel().getFocusedIndex() < 0) {
                        list.getFocusModel().focus(0);
                    }
                    int index = list.getFocusModel().getFocusedIndex();
                    list.scrollTo(index);
                    list.layout();
                    Node cell = list.lookupAll(".list-cell").stream()
                            .filter(c -> c instanceof IndexedCell<?> i && i.getIndex() == index && c.isVisible())
                            .findFirst().orElse(null);
                    if (cell != null && FocusWalk.shownBounds(cell) != null) {
                        checked[0]++;
                        FocusRing.Result item = FocusRing.measureItem(list, cell);
                        if (!item.seen()) {
                            unseen.add(screen + ": the focused item of " + FocusWalk.describe(node) + " — " + item);
                        }
                    }
                }
            }
        });
        assertThat(checked[0]).as("focusable nodes checked").isGreaterThan(100);
        assertThat(nameless).as("focusable nodes without accessible text in the %s theme", theme).isEmpty();
        assertThat(unseen).as("nodes whose focus cannot be seen in the %s theme (%d checked)", theme, checked[0])
                .isEmpty();
    }
}
