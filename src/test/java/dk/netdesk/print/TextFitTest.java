package dk.netdesk.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where {@link TextFit} breaks a title that does not fit on one line: at spaces, then after the title's own hyphen
 * (kept, none added), and only then inside a word with a hyphen, never leaving fewer than three letters either side.
 */
class TextFitTest {

    private static final PrintFonts FONTS = new PrintFonts();
    private final TextFit fit = new TextFit(FONTS);

    private double width(String text) {
        return FONTS.width(text, 7, true);
    }

    /** The text with the hyphens the layout added removed: what a reader puts back together. */
    private static String joined(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line);
        }
        return out.toString();
    }

    @Test
    void aHyphenatedWordBreaksAfterItsOwnHyphenWithoutAddingOne() {
        List<String> lines = fit.wrap("Facebook-live", 7, true, width("Facebook-") + 0.5, 3);
        assertThat(lines).containsExactly("Facebook-", "live");
        // narrower than "Facebook-": a break inside "Facebook" gets a hyphen, the title's own stays single
        for (double w = width("Facebook-l"); w > width("Fac-"); w -= 1) {
            List<String> narrow = fit.wrap("Facebook-live", 7, true, w, 6);
            assertThat(String.join("|", narrow)).as("%.1f pt", w).doesNotContain("--");
            assertThat(narrow).allSatisfy(line -> assertThat(line).doesNotStartWith("-"));
        }
    }

    @Test
    void aWordIsBrokenInsideOnlyWithThreeLettersOnEitherSide() {
        for (String word : List.of("Telefonmøde", "Produktdemonstration", "Ordreopgørelse", "Facebook-live")) {
            for (double w = width("Ordre-"); w < width(word); w += 0.5) {
                List<String> lines = fit.wrap(word, 7, true, w, 8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    assertThat(FONTS.width(line, 7, true)).as("%s %.1f", word, w).isLessThanOrEqualTo(w);
                    String[] parts = line.replace("…", "").split("-");
                    // each piece between hyphens keeps at least three letters ("on", "lse", "nm" never alone)
                    for (String part : parts) {
                        if (!part.isEmpty() && !line.endsWith("…")) {
                            assertThat(part.length()).as("%s at %.1f pt: %s", word, w, lines).isGreaterThanOrEqualTo(3);
                        }
                    }
                }
                if (lines.stream().noneMatch(l -> l.endsWith("…"))) {
                    String back = joined(lines.stream().map(l -> l.endsWith("-") && !word.contains(l.substring(0, l.length() - 1)
                            .replaceAll(".*-", "") + "-") ? l.substring(0, l.length() - 1) : l).toList());
                    assertThat(back).as("%s at %.1f pt: %s", word, w, lines).isEqualTo(word);
                }
            }
        }
    }

    @Test
    void theTwoLetterEndOfAWordIsNeverLeftAlone() {
        String word = "Produktdemonstration";
        List<String> lines = fit.wrap(word, 7, true, width("Produktdemonstrati-") + 0.2, 4);
        assertThat(lines).doesNotContain("on");
        assertThat(lines.get(lines.size() - 1).length()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void spacesComeBeforeAnyBreakInsideAWord() {
        List<String> lines = fit.wrap("Telefonmøde med Bo", 7, true, width("Telefonmøde") + 1, 3);
        assertThat(lines).containsExactly("Telefonmøde", "med Bo");
    }

    @Test
    void whenNoBreakLeavesThreeLettersTheLastLineIsCutWithAnEllipsis() {
        double w = width("Ord-") - 0.3;
        List<String> lines = fit.wrap("Ordreopgørelse", 7, true, w, 4);
        assertThat(lines).allSatisfy(l -> assertThat(FONTS.width(l, 7, true)).isLessThanOrEqualTo(w));
        assertThat(lines.get(lines.size() - 1)).endsWith("…");
        assertThat(lines).noneMatch(l -> l.matches("..?-"));
    }

    @Test
    void aFigureIsNeverSplitBetweenItsNumberAndItsUnit() {
        String summary = WeekPass.keepFigures("Work planned: 4 h 35 min of 12 h budget   ·   All-day work: 3 days");
        for (double w = FONTS.width("Work planned: 4 h 35 min", 8.5, false) + 1; w > FONTS.width("planned: 4 h 35 min", 8.5, false);
             w -= 3) {
            List<String> lines = fit.wrap(summary, 8.5, false, w, 12);
            assertThat(String.join("\n", lines)).as("%.1f pt", w)
                    .contains("4\u00A0h\u00A035\u00A0min", "12\u00A0h", "3\u00A0days");
        }
    }
}
