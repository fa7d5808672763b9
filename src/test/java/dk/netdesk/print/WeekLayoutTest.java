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

/** The layout as data: hours, what is shown, shrinking and "+N more". No JavaFX. */
class WeekLayoutTest {

    private static final PrintFonts FONTS = new PrintFonts();
    private static final LocalDate MONDAY = SampleWeeks.MONDAY_48;

    private final Messages english = new Messages(Locale.ENGLISH, Bundles.ALL);
    private final WeekLayout layout = new WeekLayout(FONTS, english);

    @Test
    void theHourGridIsClippedToTheHoursInUse() {
        PrintedPage page = layout.page(SampleWeeks.ordinary(MONDAY), PrintOptions.DEFAULT);
        // protected time alone does not widen the hours (issue 14): the first event is at 10:00
        assertThat(hourLabels(page)).first().isEqualTo("10:00");
        assertThat(hourLabels(page)).last().isEqualTo("21:00");

        PrintWeek early = new PrintWeek(MONDAY, "", List.of(PrintEvent.timed(MONDAY, LocalTime.of(6, 30), LocalTime.of(7, 15), "Run", false)),
                List.of(new PrintSpan(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(10, 45))), List.of(), PrintSummary.EMPTY);
        assertThat(hourLabels(layout.page(early, PrintOptions.DEFAULT))).containsExactly("06:00", "07:00", "08:00", "09:00", "10:00");
    }

    @Test
    void anEmptyWeekShowsAWorkingDayGridAndTheHeader() {
        PrintedPage page = layout.page(PrintWeek.empty(LocalDate.of(2027, 1, 4)), PrintOptions.DEFAULT);
        assertThat(hourLabels(page)).first().isEqualTo("08:00");
        assertThat(hourLabels(page)).last().isEqualTo("16:00");
        assertThat(page.texts()).contains("Week 1", "4 January – 10 January 2027", "Monday", "Sunday")
                .noneMatch(t -> t.contains("Maria"));
    }

    @Test
    void theIsoWeekAcrossNewYearAndTheDanishHeader() {
        Messages danish = new Messages(new Locale("da"), Bundles.ALL);
        PrintedPage page = new WeekLayout(FONTS, danish).page(PrintWeek.empty(LocalDate.of(2026, 12, 28)).withOwnerName("Søs"),
                PrintOptions.DEFAULT);
        assertThat(page.texts()).contains("Uge 53", "28. december 2026 – 3. januar 2027", "mandag", "søndag", "Søs",
                "Arbejdstid", "Beskyttet fritid");
    }

    @Test
    void personalEventsNotesAndSummaryFollowTheOptions() {
        PrintWeek week = SampleWeeks.ordinary(MONDAY);
        PrintedPage all = layout.page(week, new PrintOptions(PaperSize.A4, PrintOrientation.LANDSCAPE, true, true, true));
        assertThat(roles(all, "event")).isEqualTo(week.events().size());
        // a note is in its box or, when it does not fit, on the notes page after the week
        assertThat(String.join(" ", layout.pages(week, new PrintOptions(PaperSize.A4, PrintOrientation.LANDSCAPE, true,
                true, true)).stream().flatMap(p -> p.texts().stream()).toList())).contains("Table 14, Odense Rådhus");
        assertThat(all.texts()).contains("Work planned: 11 h 45 min of 12 h budget   ·   Personal time: 14 h 15 min   ·   Events without a break: 1");

        PrintedPage workOnly = layout.page(week, new PrintOptions(PaperSize.A4, PrintOrientation.LANDSCAPE, false, false, false));
        assertThat(roles(workOnly, "event")).isEqualTo((int) week.events().stream().filter(PrintEvent::work).count());
        assertThat(workOnly.texts()).doesNotContain("Table 14, Odense Rådhus", "Brunch with family")
                .noneMatch(t -> t.startsWith("Work planned"));
        assertThat(roles(workOnly, "event-notes")).isZero();
    }

    @Test
    void aPortraitPageHasTheWholeSummaryEvenWithEveryFigure() {
        Messages danish = new Messages(new Locale("da"), Bundles.ALL);
        PrintWeek week = new PrintWeek(MONDAY, "", List.of(), List.of(), List.of(),
                new PrintSummary(16.5, 7.5, 9.75, 5, 7, 1, 5, 9.5, 3));
        PrintedPage page = new WeekLayout(FONTS, danish).page(week,
                new PrintOptions(PaperSize.A4, PrintOrientation.PORTRAIT, true, true, true));
        List<String> lines = new ArrayList<>(page.flatten().stream().filter(e -> e.role().equals("summary"))
                .map(e -> ((PageElement.Label) e).text()).toList());
        java.util.Collections.reverse(lines); // laid out from the bottom up
        String summary = String.join(" ", lines);
        assertThat(summary).as("the new user's page ended in 'Arbejde på helligdage: 9 t…'")
                .contains("Arbejde hele dagen: 3 dage", "Arbejde på helligdage: 9 t 30 min", "Aftaler uden pause: 5")
                .doesNotContain("…");
    }

    @Test
    void overlappingEventsShareTheColumnSideBySide() {
        List<PrintEvent> events = List.of(
                PrintEvent.timed(MONDAY, LocalTime.of(9, 0), LocalTime.of(11, 0), "Long", true),
                PrintEvent.timed(MONDAY, LocalTime.of(10, 0), LocalTime.of(12, 0), "Overlap", false));
        PrintedPage page = layout.page(new PrintWeek(MONDAY, "", events, List.of(), List.of(), PrintSummary.EMPTY), PrintOptions.DEFAULT);
        List<PageElement.Group> groups = groups(page, "event");
        assertThat(groups).hasSize(2);
        PageElement.Box first = groups.get(0).frame();
        PageElement.Box second = groups.get(1).frame();
        assertThat(first.x() + first.w()).isLessThanOrEqualTo(second.x());
        assertThat(second.y()).isGreaterThan(first.y());
    }

    @Test
    void aCrowdedSlotShrinksTextTowardsTheFloorThenSummarisesTheRest() {
        List<PrintEvent> events = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            events.add(PrintEvent.timed(MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0), "Call " + i, true));
        }
        events.add(PrintEvent.timed(MONDAY.plusDays(1), LocalTime.of(9, 0), LocalTime.of(10, 0), "Calm day", true));
        PrintWeek week = new PrintWeek(MONDAY, "", events, List.of(), List.of(), PrintSummary.EMPTY);

        PrintedPage page = layout.page(week, PrintOptions.DEFAULT);

        // shrinking to the floor shows no more lanes here, so the text keeps its size (issue 14: readable text)
        assertThat(page.textSize()).isLessThanOrEqualTo(WeekLayout.START_SIZE * 1.1).isGreaterThanOrEqualTo(WeekLayout.FLOOR_SIZE);
        List<PageElement.Group> more = groups(page, "more");
        assertThat(more).hasSize(1);
        int shown = (int) groups(page, "event").stream().filter(g -> !g.key().equals("9")).count();
        assertThat(shown).isPositive();
        assertThat(page.texts()).contains("Calm day").anyMatch(t -> t.equals("+" + (9 - shown) + " more") || t.equals("+" + (9 - shown)));
        // its footnote number at the box's top right, apart from the count ("+4⁴" reads as a power)
        assertThat(more.get(0).children()).anyMatch(c -> c instanceof PageElement.Label l && l.role().equals("event-footnote")
                && l.text().matches("[¹²³⁴⁵⁶⁷⁸⁹]+") && l.x() + 8 > more.get(0).frame().x() + more.get(0).frame().w() - 8);

        PrintedPage calm = layout.page(new PrintWeek(MONDAY, "", events.subList(9, 10), List.of(), List.of(), PrintSummary.EMPTY),
                PrintOptions.DEFAULT);
        assertThat(calm.textSize()).isGreaterThan(7);
    }

    @Test
    void twoOverlappingEventsStayAtFullSize() {
        List<PrintEvent> events = List.of(
                PrintEvent.timed(MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0), "One", true),
                PrintEvent.timed(MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0), "Two", false));
        PrintedPage page = layout.page(new PrintWeek(MONDAY, "", events, List.of(), List.of(), PrintSummary.EMPTY), PrintOptions.DEFAULT);
        assertThat(page.textSize()).isGreaterThan(7);
        assertThat(groups(page, "more")).isEmpty();
    }

    @Test
    void workAndPersonalDifferInMoreThanColour() {
        List<PrintEvent> events = List.of(
                PrintEvent.timed(MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0), "Work", true),
                PrintEvent.timed(MONDAY.plusDays(1), LocalTime.of(9, 0), LocalTime.of(10, 0), "Home", false));
        PrintedPage page = layout.page(new PrintWeek(MONDAY, "", events, List.of(), List.of(), PrintSummary.EMPTY), PrintOptions.DEFAULT);
        List<PageElement.Group> groups = groups(page, "event");
        PageElement.Group work = groups.stream().filter(g -> g.key().equals("0")).findFirst().orElseThrow();
        PageElement.Group home = groups.stream().filter(g -> g.key().equals("1")).findFirst().orElseThrow();
        // work: a filled square marker and a solid outline; personal: a hollow round marker, dashed outline, striped bar and fill
        assertThat(work.children()).anyMatch(e -> e instanceof PageElement.Box b && b.role().equals("event-marker"));
        assertThat(home.children()).anyMatch(e -> e instanceof PageElement.Dot);
        assertThat(home.children()).anyMatch(e -> e instanceof PageElement.Box b && b.role().equals("event-outline") && b.dashed());
        assertThat(work.children()).noneMatch(e -> e instanceof PageElement.Box b && b.dashed());
        assertThat(home.children().stream().filter(e -> e instanceof PageElement.Rule r && r.role().equals("event-bar")).count())
                .isGreaterThan(3);
    }

    @Test
    void hatchLinesStayInsideTheirRectangle() {
        for (boolean rising : new boolean[] {true, false}) {
            for (PageElement element : PageDecor.hatch("h", 10, 20, 30, 7, 2.5, 0, 0.5, rising)) {
                PageElement.Rule rule = (PageElement.Rule) element;
                for (double[] point : new double[][] {{rule.x1(), rule.y1()}, {rule.x2(), rule.y2()}}) {
                    assertThat(point[0]).isBetween(10 - 1e-9, 40 + 1e-9);
                    assertThat(point[1]).isBetween(20 - 1e-9, 27 + 1e-9);
                }
            }
        }
    }

    @Test
    void longTextIsCutWithAnEllipsisToFit() {
        String cut = new TextFit(FONTS).fit("Product party at Karen Østergaard's", 8, true, 60);
        assertThat(cut).endsWith("…");
        assertThat(FONTS.width(cut, 8, true)).isLessThanOrEqualTo(60);
        assertThat(new TextFit(FONTS).fit("Short", 8, true, 60)).isEqualTo("Short");
    }

    @Test
    void anInstantPrintsAsAMinimalBoxWithItsStartTimeOnly() {
        PrintEvent call = PrintEvent.timed(MONDAY, LocalTime.of(12, 0), LocalTime.of(12, 0), "Ring Jens", true);
        PrintEvent meeting = PrintEvent.timed(MONDAY.plusDays(1), LocalTime.of(10, 0), LocalTime.of(11, 0), "Møde", true);
        PrintWeek week = new PrintWeek(MONDAY, "", List.of(call, meeting), List.of(), List.of(), PrintSummary.EMPTY);
        assertThat(call.endMinute()).isEqualTo(call.startMinute());

        PrintedPage page = layout.page(week, PrintOptions.DEFAULT);

        assertThat(page.texts()).noneMatch(t -> t.contains("12:00–24:00") || t.contains("12:00–12:00"));
        assertThat(hourLabels(page)).last().isEqualTo("12:00"); // not stretched to the day's end
        List<PageElement.Group> events = groups(page, "event");
        assertThat(events).hasSize(2);
        double instant = events.stream().filter(g -> g.children().stream().anyMatch(c -> c instanceof PageElement.Label l
                && l.text().contains("Ring"))).findFirst().orElseThrow().frame().h();
        double hour = events.stream().filter(g -> g.children().stream().anyMatch(c -> c instanceof PageElement.Label l
                && l.text().contains("Møde"))).findFirst().orElseThrow().frame().h();
        assertThat(instant).isLessThan(hour);
    }

    private static List<String> hourLabels(PrintedPage page) {
        return page.flatten().stream().filter(e -> e.role().equals("hour-label"))
                .map(e -> ((PageElement.Label) e).text()).toList();
    }

    private static int roles(PrintedPage page, String role) {
        return (int) page.flatten().stream().filter(e -> e.role().equals(role)).count();
    }

    private static List<PageElement.Group> groups(PrintedPage page, String role) {
        return page.flatten().stream().filter(e -> e instanceof PageElement.Group g && g.role().equals(role))
                .map(PageElement.Group.class::cast).toList();
    }
}
