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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18, item 5: on every screen and main dialog ({@link FocusWalk}), in both themes, every node a user can
 * Tab to shows its focus: drawn focused and unfocused, enough pixels change, each by a contrast of at least 3:1
 * ({@link FocusRing}). The failure lists each node unseen (id, class) with what was measured.
 */
class FocusVisibleTest extends AppWindowTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Theme.class)
    void everyFocusableNodeShowsItsFocus(Theme theme) throws Exception {
        app = TestApp.open(dir, Locale.ENGLISH);
        WaitForAsyncUtils.asyncFx(() -> app.context().shell().setTheme(theme)).get();
        List<String> unseen = new ArrayList<>();
        int[] checked = {0};
        FocusWalk.visitAll(app, stage, (screen, scene) -> {
            for (Node node : FocusWalk.focusables(scene.getRoot())) {
                FocusRing.Result result = FocusRing.measure(node);
                checked[0]++;
                if (!result.seen()) {
                    unseen.add(screen + ": " + FocusWalk.describe(node) + " — " + result);
                }
            }
        });
        assertThat(checked[0]).as("focusable nodes checked").isGreaterThan(100);
        assertThat(unseen).as("nodes whose focus cannot be seen in the %s theme (%d checked)", theme, checked[0])
                .isEmpty();
    }
}
