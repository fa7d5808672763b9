package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;

/** Decision 0049: a node named by what it shows, without its CSS id changing. */
class NodeKeyTest {

    @Test
    void aNameIsFoundDepthFirstAndNeverTouchesTheId() {
        Region first = new Region();
        Region second = new Region();
        Pane inner = new Pane(second);
        Pane root = new Pane(first, inner);
        first.setId("kept");
        NodeKey.set(first, "calendar-day-2026-12-01");
        NodeKey.set(second, "calendar-day-2026-12-02");

        assertThat(first.getId()).isEqualTo("kept");
        assertThat(NodeKey.of(first)).isEqualTo("calendar-day-2026-12-01");
        assertThat(NodeKey.find(root, "calendar-day-2026-12-02")).containsSame(second);
        assertThat(NodeKey.find(root, "calendar-day-2026-12-03")).isEmpty();

        // the next week: the same node, a new name, the old one gone
        NodeKey.set(second, "calendar-day-2026-12-09");
        assertThat(NodeKey.find(root, "calendar-day-2026-12-02")).isEmpty();
        assertThat(NodeKey.find(root, "calendar-day-2026-12-09")).containsSame(second);

        NodeKey.set(first, null);
        assertThat(NodeKey.of(first)).isNull();
        assertThat(first.getProperties()).doesNotContainKey(NodeKey.class);
    }
}
