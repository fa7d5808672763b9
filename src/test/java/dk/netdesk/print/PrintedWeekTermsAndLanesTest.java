package dk.netdesk.print;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.ui.Messages;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 14, items 15 and 16: touching events do not overlap on paper; page and screen use one term each. */
class PrintedWeekTermsAndLanesTest {

    private static final PrintFonts FONTS = new PrintFonts();
    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 15);

    @Test
    void backToBackHalfHourCallsShareOneLaneInLandscapeWithTheirFirstWordWhole() {
        List<PrintEvent> events = new ArrayList<>();
        events.add(PrintEvent.timed(MONDAY, LocalTime.of(9, 0), LocalTime.of(9, 30), "Kundeopkald Anna", true));
        events.add(PrintEvent.timed(MONDAY, LocalTime.of(9, 30), LocalTime.of(10, 0), "Kundeopkald Bo", true));
        events.add(PrintEvent.timed(MONDAY, LocalTime.of(10, 0), LocalTime.of(10, 30), "Kundeopkald Carl", true));
        events.add(PrintEvent.timed(MONDAY.plusDays(1), LocalTime.of(8, 0), LocalTime.of(9, 0), "Morgenmøde", true));
        events.add(PrintEvent.timed(MONDAY.plusDays(2), LocalTime.of(20, 0), LocalTime.of(22, 0), "Produktaften", true));
        List<PrintSpan> windows = List.of(new PrintSpan(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(11, 0)),
                new PrintSpan(DayOfWeek.THURSDAY, LocalTime.of(18, 0), LocalTime.of(21, 0)));
        // the app's default protected time: all of Sunday
        List<PrintSpan> protectedTime = List.of(new PrintSpan(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
        PrintWeek week = new PrintWeek(MONDAY, "", events, windows, protectedTime, PrintSummary.EMPTY);
        Messages danish = new Messages(new Locale("da"), Bundles.ALL);

        PrintedPage page = new WeekLayout(FONTS, danish).page(week, PrintOptions.DEFAULT.with(PrintOrientation.LANDSCAPE));

        List<PageElement.Group> calls = page.flatten().stream()
                .filter(e -> e instanceof PageElement.Group g && g.role().equals("event") && List.of("0", "1", "2").contains(g.key()))
                .map(e -> (PageElement.Group) e).toList();
        assertThat(calls).hasSize(3);
        // one lane: same left edge and the whole column's width, and no box covers the next
        assertThat(calls).extracting(g -> Math.round(g.frame().x() * 100)).containsOnly(Math.round(calls.get(0).frame().x() * 100));
        double column = page.flatten().stream().filter(e -> e.role().equals("day-line"))
                .map(e -> ((PageElement.Rule) e).x1()).distinct().sorted().limit(2).reduce((a, b) -> b - a).orElseThrow();
        assertThat(calls.get(0).frame().w()).isGreaterThan(column - 4);
        for (int i = 0; i < 2; i++) {
            PageElement.Box box = calls.get(i).frame();
            assertThat(box.y() + box.h()).isLessThanOrEqualTo(calls.get(i + 1).frame().y() + 0.01);
        }
        // titles not cut inside a word: "Kundeopkald" whole, never "Ku…"
        for (PageElement.Group call : calls) {
            List<String> titles = call.children().stream().filter(e -> e.role().equals("event-title"))
                    .map(e -> ((PageElement.Label) e).text()).toList();
            assertThat(String.join(" ", titles)).startsWith("Kundeopkald");
        }
    }

    @Test
    void pageAndScreenUseOneTermForEachThingInDanishAndEnglish() {
        for (Locale locale : List.of(new Locale("da"), Locale.ENGLISH)) {
            Messages m = new Messages(locale, Bundles.ALL);
            assertThat(m.get("print.legend.workWindow")).isEqualTo(m.get("calendar.legend.window"));
            assertThat(m.get("print.legend.protected")).isEqualTo(m.get("calendar.legend.protected"))
                    .isEqualTo(m.get("calendar.balance.protected")).isEqualTo(m.get("calendar.protected.title"));
            assertThat(m.get("print.legend.work")).isEqualTo(m.get("calendar.legend.work"));
            assertThat(m.get("print.legend.personal")).isEqualTo(m.get("calendar.legend.personal"))
                    .isEqualTo(m.get("calendar.category.personal"));
            assertThat(m.get("print.legend.noBreak")).isEqualTo(m.get("calendar.legend.break"));
            assertThat(m.get("print.legend.inProtected")).isEqualTo(m.get("calendar.summary.protected"))
                    .isEqualTo(m.get("calendar.flag.protected"));
        }
    }

    /** The glossary both the page and the screen follow (decision 0025). */
    @Test
    void thePrintBundleUsesTheGlossary() {
        Messages danish = new Messages(new Locale("da"), Bundles.ALL);
        assertThat(List.of(danish.get("print.legend.personal"), danish.get("print.summary.personal"),
                danish.get("print.legend.protected"), danish.get("print.legend.workWindow"),
                danish.get("print.legend.work"), danish.get("print.option.summary")))
                .containsExactly("Privat", "Privat tid: {0}", "Beskyttet fritid", "Arbejdstid", "Arbejde", "Ugens overblik");
        Messages english = new Messages(Locale.ENGLISH, Bundles.ALL);
        assertThat(List.of(english.get("print.legend.personal"), english.get("print.summary.personal"),
                english.get("print.legend.protected"), english.get("print.legend.workWindow"),
                english.get("print.legend.work"), english.get("print.option.summary")))
                .containsExactly("Personal", "Personal time: {0}", "Protected time", "Work window", "Work", "Week overview");
        // no other word for personal time anywhere in the print bundle
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("dk.netdesk.print.messages", new Locale("da"));
        for (String key : bundle.keySet()) {
            String text = bundle.getString(key).replaceAll("(?i)beskytte(t|de) fritid", "");
            assertThat(text).as(key).doesNotContainIgnoringCase("fritid").doesNotContainIgnoringCase("personlig");
        }
    }
}
