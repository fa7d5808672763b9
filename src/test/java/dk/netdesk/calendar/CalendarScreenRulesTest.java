package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Messages;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, "Editing" and "On screen": the rules behind the calendar's screen, without a window. */
class CalendarScreenRulesTest {

    static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    static final Locale DA = new Locale("da");

    @TempDir
    Path dir;
    TestApp app;

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    private CalendarViewModel open(Locale locale, java.time.Clock clock) {
        app = TestApp.open(dir.resolve("d" + System.nanoTime()), locale, clock);
        CalendarViewModel model = app.context().calendar();
        model.load();
        return model;
    }

    // ---- item 12: a work window may not overlap protected time ----------------------------------

    @Test
    void aWorkWindowOverlappingProtectedTimeIsRefusedNamingTheDayAndTimes() {
        BalanceForm form = BalanceFormTest.editing(Locale.ENGLISH, BalanceSettings.defaults());
        form.windowsProperty(DayOfWeek.SATURDAY).set("10:00-13:00");
        form.protectedProperty(DayOfWeek.SATURDAY).set("12:00-18:00");
        assertThat(form.settings()).isEmpty();
        BalanceForm.Problem problem = form.problemProperty().get();
        assertThat(problem).isEqualTo(new BalanceForm.Problem("calendar.balance.errorOverlap", DayOfWeek.SATURDAY,
                List.of("10:00-13:00", "12:00-18:00")));
        assertThat(new Messages(Locale.ENGLISH, dk.netdesk.app.Bundles.ALL).format(problem.key(), problem.arguments("Saturday")))
                .isEqualTo("Saturday: the work window 10:00-13:00 overlaps the protected time 12:00-18:00. Move or shorten one of them.");
        assertThat(new Messages(DA, dk.netdesk.app.Bundles.ALL).format(problem.key(), problem.arguments("lørdag")))
                .isEqualTo("lørdag: arbejdstiden 10:00-13:00 overlapper den beskyttede fritid 12:00-18:00. Flyt eller afkort en af dem.");

        // touching is not overlapping: work until 12:00, protected from 12:00
        form.windowsProperty(DayOfWeek.SATURDAY).set("10:00-12:00");
        assertThat(form.settings()).isPresent();
        assertThat(form.problemProperty().get()).isNull();
    }

    // ---- item 18: titles break between words ----------------------------------------------------

    @Test
    void titlesKeepWholeWordsAndOnlyAWordWiderThanTheBlockIsCut() {
        // one pixel per character: a block 10 characters wide
        assertThat(FitText.fitWords("Prospektering med Ida", String::length, 10)).isEqualTo("Prospekte… med Ida");
        assertThat(FitText.fitWords("Præsentation", String::length, 10)).isEqualTo("Præsentat…");
        assertThat(FitText.fitWords("Ring til nye kundeemner", String::length, 10)).isEqualTo("Ring til nye kundeemner");
        assertThat(FitText.fitWords("Ring", String::length, 1)).isEqualTo("…");
    }

    // ---- item 19: six overlapping events are two lanes and "+4" ---------------------------------

    @Test
    void overlappingEventsBeyondTheLanesGoToOnePlusChip() {
        List<Lanes.Placed> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(new Lanes.Placed(null, 2, 18 * 60, 19 * 60));
        }
        six.add(new Lanes.Placed(null, 2, 20 * 60, 21 * 60));
        // three lanes fit, two beside the "+N" strip
        Lanes.Result result = Lanes.assign(six, 3, 2, TimeGrid.CHIP_WIDTH);
        assertThat(result.shown()).hasSize(3);
        assertThat(result.shown()).filteredOn(p -> p.start == 18 * 60).extracting(p -> p.lane + "/" + p.lanes)
                .containsExactly("0/2", "1/2");
        assertThat(result.shown()).filteredOn(p -> p.start == 18 * 60).allMatch(p -> p.reserve == TimeGrid.CHIP_WIDTH);
        assertThat(result.shown()).filteredOn(p -> p.start == 20 * 60).extracting(p -> p.lanes + "/" + p.reserve)
                .containsExactly("1/0.0");
        assertThat(result.overflows()).hasSize(1);
        Lanes.Overflow more = result.overflows().get(0);
        assertThat(more.hidden()).hasSize(4);
        assertThat(more.lane()).isEqualTo(2);
        assertThat(more.start()).isEqualTo(18 * 60);
        assertThat(more.end()).isEqualTo(19 * 60);
        assertThat(new Messages(Locale.ENGLISH, dk.netdesk.app.Bundles.ALL).format("calendar.moreShort", more.hidden().size())).isEqualTo("+4");
    }

    // ---- item 22: a week over two months names both ---------------------------------------------

    @Test
    void week53NamesBothMonthsAndYears() {
        CalendarViewModel model = open(Locale.ENGLISH, TestApp.CLOCK);
        model.goTo(LocalDate.of(2026, 12, 31));
        assertThat(model.titleProperty().get()).isEqualTo("Week 53 · Dec 2026 – Jan 2027");
        model.goTo(LocalDate.of(2026, 11, 30));
        assertThat(model.titleProperty().get()).isEqualTo("Week 49 · Nov – Dec 2026");
        model.goTo(LocalDate.of(2026, 11, 24));
        assertThat(model.titleProperty().get()).isEqualTo("Week 48 · Nov 2026");
        app.close();

        CalendarViewModel danish = open(DA, TestApp.CLOCK);
        danish.goTo(LocalDate.of(2026, 12, 31));
        assertThat(danish.titleProperty().get()).isEqualTo("Uge 53 · dec. 2026 – jan. 2027");
    }

    // ---- item 23: the grid opens around the work windows ----------------------------------------

    @Test
    void theGridOpensAnHourBeforeTheEarliestWorkWindowOrAtSeven() {
        assertThat(CalendarView.firstHour(BalanceSettings.defaults())).as("Saturday 10:00 is the earliest").isEqualTo(9);
        assertThat(CalendarView.firstHour(new BalanceSettings(Map.of(DayOfWeek.MONDAY, List.of(TimeSpan.of(18, 0, 21, 0))),
                Map.of(), 12, 90))).isEqualTo(17);
        assertThat(CalendarView.firstHour(new BalanceSettings(Map.of(), Map.of(), 12, 90))).isEqualTo(7);
    }

    // ---- item 24: reminders -----------------------------------------------------------------------

    @Test
    void theReminderLineSaysTheDateThenKlAndTheTime() {
        CalendarViewModel model = open(DA, TestApp.CLOCK);
        model.create(new EventDraft("Teamopkald", LocalDateTime.parse("2026-11-30T22:00"), LocalDateTime.parse("2026-11-30T23:00"),
                false, "", "", null, Kind.TRAINING, null, null));
        model.goTo(LocalDate.of(2026, 11, 30));
        Occurrence call = model.occurrencesOn(LocalDate.of(2026, 11, 30)).get(0);
        ReminderNotifications danish = new ReminderNotifications(app.context().messages(), () -> CPH, o -> { }, (o, d) -> { });
        assertThat(danish.line(call)).isEqualTo("Teamopkald, 30. nov. 2026 kl. 22:00");
        ReminderNotifications english = new ReminderNotifications(new Messages(Locale.ENGLISH, dk.netdesk.app.Bundles.ALL), () -> CPH, o -> { }, (o, d) -> { });
        assertThat(english.line(call)).isEqualTo("Teamopkald on 30 Nov 2026 at 22:00");
    }

    @Test
    void aSnoozedReminderComesBackAfterTheChosenMinutes() {
        CalendarViewModelTest.MutableClock clock = new CalendarViewModelTest.MutableClock(
                LocalDateTime.parse("2026-11-28T10:00").atZone(CPH).toInstant());
        CalendarViewModel model = open(Locale.ENGLISH, clock);
        model.create(CalendarViewModelTest.draft("Call Anna", "2026-11-28T10:20", "2026-11-28T10:40", Kind.FOLLOW_UP).withReminder(15));
        ReminderViewModel reminders = app.context().reminders();
        List<String> due = new ArrayList<>();
        List<Occurrence> shown = new ArrayList<>();
        reminders.setOnDue(list -> list.forEach(o -> {
            due.add(clock.instant().atZone(CPH).toLocalTime() + " " + o.title());
            shown.add(o);
        }));
        reminders.start();
        clock.set("2026-11-28T10:05");
        reminders.check();
        assertThat(due).containsExactly("10:05 Call Anna");

        reminders.snooze(shown.get(0), Duration.ofMinutes(10));
        clock.set("2026-11-28T10:14");
        reminders.check();
        assertThat(due).as("not before ten minutes").containsExactly("10:05 Call Anna");
        clock.set("2026-11-28T10:15");
        reminders.check();
        assertThat(due).containsExactly("10:05 Call Anna", "10:15 Call Anna");
        clock.set("2026-11-28T10:30");
        reminders.check();
        assertThat(due).as("once only").hasSize(2);
    }
}
