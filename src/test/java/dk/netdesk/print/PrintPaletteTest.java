package dk.netdesk.print;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.ui.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The page's colours are the screen's: {@link PrintPalette} against the calendar's stylesheet and the light theme's
 * (PrimerLight) colours it points at, both read from the class path; and the kinds stay apart in grayscale.
 */
class PrintPaletteTest {

    private static final Pattern VARIABLE = Pattern.compile("(-[a-z-]+)\\s*:\\s*([^;]+);");

    @Test
    void thePageUsesTheScreensColoursForEachKind() throws IOException {
        String calendar = read("/dk/netdesk/calendar/calendar.css");
        Map<String, String> theme = variables(block(read("/atlantafx/base/theme/primer-light.css"), ".root {"));
        Map<String, String> cal = variables(block(calendar, ".calendar-view {"));
        double hatchOpacity = Double.parseDouble(property(block(calendar, ".calendar-view .calendar-protected {"), "-fx-opacity"));

        assertColour(cal, theme, "-cal-work-bg", 1, PrintPalette.WORK_BG);
        assertColour(cal, theme, "-cal-work-edge", 1, PrintPalette.WORK_EDGE);
        assertColour(cal, theme, "-cal-personal-bg", 1, PrintPalette.PERSONAL_BG);
        assertColour(cal, theme, "-cal-personal-edge", 1, PrintPalette.PERSONAL_EDGE);
        assertColour(cal, theme, "-cal-window", 1, PrintPalette.WINDOW);
        assertColour(cal, theme, "-cal-window-edge", 1, PrintPalette.WINDOW_EDGE);
        assertColour(cal, theme, "-cal-protected", hatchOpacity, PrintPalette.PROTECTED);
        assertColour(cal, theme, "-cal-protected-edge", 1, PrintPalette.PROTECTED_EDGE);
        assertColour(cal, theme, "-cal-flag", 1, PrintPalette.FLAG);
        assertColour(cal, theme, "-cal-flag-fg", 1, PrintPalette.FLAG_FG);
        assertColour(cal, theme, "-cal-in-protected", 1, PrintPalette.IN_PROTECTED);
        String gap = block(calendar, ".calendar-view .calendar-gap {");
        assertThat(gap).contains("-color-bg-inset").contains("-color-fg-subtle");
        assertThat(rgb(theme.get("-color-bg-inset"), theme, 1)).isEqualTo(PrintPalette.GAP);
        assertThat(rgb(theme.get("-color-fg-subtle"), theme, 1)).isEqualTo(PrintPalette.GAP_EDGE);
    }

    @Test
    void theKindsDifferInGrayscaleAndInPatternInTheLegend() {
        // on a black-and-white printer: the fills are different greys, and each kind has its own pattern
        int work = gray(PrintPalette.WORK_BG);
        int window = gray(PrintPalette.WINDOW);
        int white = gray(0xFFFFFF);
        assertThat(Math.abs(work - window)).isGreaterThanOrEqualTo(12);
        assertThat(white - window).isGreaterThanOrEqualTo(12);
        assertThat(white - gray(PrintPalette.PERSONAL_BG)).isGreaterThanOrEqualTo(30);
        assertThat(white - gray(PrintPalette.PROTECTED)).isGreaterThanOrEqualTo(30);
        PrintedPage page = new WeekLayout(new PrintFonts(), new Messages(Locale.ENGLISH, Bundles.ALL))
                .page(SampleWeeks.ordinary(SampleWeeks.MONDAY_48), PrintOptions.DEFAULT);
        Map<String, List<String>> swatches = new HashMap<>();
        page.elements().stream().filter(e -> e instanceof PageElement.Group g && g.role().equals("legend"))
                .map(e -> (PageElement.Group) e)
                .forEach(g -> swatches.put(g.key(), g.children().stream().map(PageElement::role).distinct().toList()));
        assertThat(swatches.get("print.legend.work")).contains("event-fill", "event-bar").doesNotContain("event-stripes");
        assertThat(swatches.get("print.legend.personal")).contains("event-stripes", "event-outline");
        assertThat(swatches.get("print.legend.workWindow")).contains("window-fill", "window-edge").doesNotContain("protected-hatch");
        assertThat(swatches.get("print.legend.protected")).contains("protected-hatch", "protected-edge");
        // personal stripes fall to the right, protected hatching rises: never the same pattern
        PageElement.Rule stripe = firstRule(page, "event-stripes");
        PageElement.Rule hatch = firstRule(page, "protected-hatch");
        assertThat(Math.signum(stripe.y2() - stripe.y1())).isNotEqualTo(Math.signum(hatch.y2() - hatch.y1()));
        // the personal outline is dashed, the work outline is not
        assertThat(page.flatten()).filteredOn(e -> e instanceof PageElement.Box b && b.role().equals("event-outline"))
                .allMatch(e -> ((PageElement.Box) e).dashed());
        assertThat(page.flatten()).filteredOn(e -> e instanceof PageElement.Box b && b.role().equals("event-fill")
                && b.fill() == PrintPalette.WORK_BG).allMatch(e -> !((PageElement.Box) e).dashed());
    }

    private static PageElement.Rule firstRule(PrintedPage page, String role) {
        return page.flatten().stream().filter(e -> e instanceof PageElement.Rule r && r.role().equals(role))
                .map(e -> (PageElement.Rule) e).findFirst().orElseThrow();
    }

    private static int gray(int rgb) {
        return (int) Math.round(0.299 * (rgb >> 16 & 0xFF) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF));
    }

    private static void assertColour(Map<String, String> cal, Map<String, String> theme, String name, double opacity,
                                     int expected) {
        int actual = rgb(cal.get(name), theme, opacity);
        for (int shift : new int[] {16, 8, 0}) {
            assertThat(Math.abs((actual >> shift & 0xFF) - (expected >> shift & 0xFF)))
                    .as("%s: screen %06X, page %06X", name, actual, expected).isLessThanOrEqualTo(1);
        }
    }

    /** A CSS colour (#rrggbb, rgba(...), or a theme variable) as it looks over white at {@code opacity}. */
    private static int rgb(String value, Map<String, String> theme, double opacity) {
        String v = value.strip();
        if (v.startsWith("-color-")) {
            return rgb(theme.get(v), theme, opacity);
        }
        double r;
        double g;
        double b;
        double a = opacity;
        if (v.startsWith("#")) {
            int n = Integer.parseInt(v.substring(1), 16);
            r = n >> 16 & 0xFF;
            g = n >> 8 & 0xFF;
            b = n & 0xFF;
        } else {
            Matcher m = Pattern.compile("rgba\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*([0-9.]+)\\s*\\)").matcher(v);
            assertThat(m.matches()).as(v).isTrue();
            r = Integer.parseInt(m.group(1));
            g = Integer.parseInt(m.group(2));
            b = Integer.parseInt(m.group(3));
            a *= Double.parseDouble(m.group(4));
        }
        return blend(r, a) << 16 | blend(g, a) << 8 | blend(b, a);
    }

    private static int blend(double channel, double alpha) {
        return (int) Math.round(255 - alpha * (255 - channel));
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = PrintPaletteTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String block(String css, String selector) {
        int start = css.indexOf(selector);
        assertThat(start).as(selector).isGreaterThanOrEqualTo(0);
        return css.substring(start + selector.length(), css.indexOf('}', start));
    }

    private static Map<String, String> variables(String block) {
        Map<String, String> out = new HashMap<>();
        Matcher m = VARIABLE.matcher(block);
        while (m.find()) {
            out.putIfAbsent(m.group(1), m.group(2).strip());
        }
        return out;
    }

    private static String property(String block, String name) {
        return variables(block).get(name);
    }
}
