package dk.netdesk.print;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.ui.Messages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the printed page of a full, busy week as JavaFX nodes and checks, by the nodes' bounds (not pixels):
 * every event is inside the printable area, no text sticks out of its box or the page, the header names the
 * right ISO week, and every event is either drawn or counted in a "+N more".
 */
class PrintLayoutRenderTest {

    private static final double TOLERANCE = 0.6;
    private static final PrintFonts FONTS = new PrintFonts();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static List<Arguments> pages() {
        List<Arguments> out = new ArrayList<>();
        for (Locale locale : Messages.LANGUAGES) {
            for (PaperSize paper : PaperSize.values()) {
                for (PrintOrientation orientation : PrintOrientation.values()) {
                    out.add(Arguments.of(locale, paper, orientation));
                }
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("pages")
    void aBusyWeekFitsOnePageWithNothingClipped(Locale locale, PaperSize paper, PrintOrientation orientation) throws Exception {
        Messages messages = new Messages(locale, Bundles.ALL);
        PrintWeek week = SampleWeeks.busy(SampleWeeks.MONDAY_48);
        PrintedPage page = new WeekLayout(FONTS, messages)
                .page(week, new PrintOptions(paper, orientation, true, true, true));
        Pane content = WaitForAsyncUtils.asyncFx(() -> {
            Pane pane = new PageNodeRenderer(FONTS).content(page);
            new Scene(pane);
            pane.applyCss();
            pane.layout();
            return pane;
        }).get();

        List<Node> nodes = PageNodeRenderer.all(content);
        List<Group> events = nodes.stream().filter(n -> n.getStyleClass().contains("print-event"))
                .map(Group.class::cast).toList();
        List<Group> more = nodes.stream().filter(n -> n.getStyleClass().contains("print-more"))
                .map(Group.class::cast).toList();

        // every event inside the printable area
        for (Group event : events) {
            assertInside(event.getBoundsInParent(), 0, 0, page.contentWidth(), page.contentHeight(), event.getId());
        }
        // no text clipped: each line inside its event's frame, and everything inside the page
        for (Group group : concat(events, more)) {
            Rectangle frame = (Rectangle) group.getChildren().stream()
                    .filter(n -> n instanceof Rectangle).findFirst().orElseThrow();
            Bounds box = frame.getBoundsInParent();
            for (Node child : group.getChildren()) {
                if (child instanceof Text text) {
                    assertThat(text.getText()).isNotBlank();
                    assertInside(text.getBoundsInParent(), box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY(),
                            group.getId() + " '" + text.getText() + "'");
                }
            }
        }
        for (Node node : nodes) {
            if (node instanceof Text text) {
                assertInside(text.getBoundsInParent(), 0, 0, page.contentWidth(), page.contentHeight(), "'" + text.getText() + "'");
                PageElement.Label label = (PageElement.Label) text.getUserData();
                assertThat(text.getLayoutBounds().getWidth())
                        .as("JavaFX measures '%s' like the layout", text.getText())
                        .isLessThanOrEqualTo(FONTS.width(label.text(), label.size(), label.bold()) + 0.5);
                assertThat(text.getFont().getFamily()).isEqualTo(PrintFonts.FAMILY);
            }
        }
        // header: the right ISO week
        Text header = (Text) nodes.stream().filter(n -> n.getStyleClass().contains("print-header-week")).findFirst().orElseThrow();
        assertThat(header.getText()).isEqualTo(messages.format("print.week", 48));
        assertInside(header.getBoundsInParent(), 0, 0, page.contentWidth(), page.contentHeight(), "header");

        // every event drawn once or counted in a "+N more"
        Set<String> drawn = new HashSet<>();
        for (Group event : events) {
            assertThat(drawn.add(event.getId())).as("drawn once: %s", event.getId()).isTrue();
        }
        int hidden = 0;
        Pattern number = Pattern.compile("\\+(\\d+)");
        for (Group group : more) {
            Text text = (Text) group.getChildren().stream().filter(n -> n instanceof Text).findFirst().orElseThrow();
            Matcher matcher = number.matcher(text.getText());
            assertThat(matcher.find()).isTrue();
            hidden += Integer.parseInt(matcher.group(1));
        }
        assertThat(events.size() + hidden).isEqualTo(week.events().size());
        assertThat(page.textSize()).isGreaterThanOrEqualTo(WeekLayout.FLOOR_SIZE);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("pages")
    void anOrdinaryWeekShowsEveryEventWithItsTitle(Locale locale, PaperSize paper, PrintOrientation orientation) {
        Messages messages = new Messages(locale, Bundles.ALL);
        PrintWeek week = SampleWeeks.ordinary(SampleWeeks.MONDAY_48);
        PrintedPage page = new WeekLayout(FONTS, messages).page(week, new PrintOptions(paper, orientation, true, false, true));
        List<PageElement.Group> events = page.flatten().stream()
                .filter(e -> e instanceof PageElement.Group g && g.role().equals("event"))
                .map(PageElement.Group.class::cast).toList();
        assertThat(events).hasSize(week.events().size());
        assertThat(page.flatten()).noneMatch(e -> e.role().equals("more"));
        for (PageElement.Group event : events) {
            assertThat(event.children()).as("event %s has a title", event.key())
                    .anyMatch(e -> e instanceof PageElement.Label l && l.role().equals("event-title"));
        }
    }

    private static List<Group> concat(List<Group> a, List<Group> b) {
        List<Group> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void assertInside(Bounds bounds, double minX, double minY, double maxX, double maxY, String what) {
        assertThat(bounds.getMinX()).as("left of %s", what).isGreaterThanOrEqualTo(minX - TOLERANCE);
        assertThat(bounds.getMinY()).as("top of %s", what).isGreaterThanOrEqualTo(minY - TOLERANCE);
        assertThat(bounds.getMaxX()).as("right of %s", what).isLessThanOrEqualTo(maxX + TOLERANCE);
        assertThat(bounds.getMaxY()).as("bottom of %s", what).isLessThanOrEqualTo(maxY + TOLERANCE);
    }
}
