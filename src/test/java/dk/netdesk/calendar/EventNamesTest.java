package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.ui.Messages;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * New-user fix: a question about an event, and the status line and undo description after it, name the
 * whole time the event takes in the UI language, not only its first day.
 */
class EventNamesTest {

    static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    static final Messages ENGLISH = messages(Locale.ENGLISH);
    static final Messages DANISH = messages(new Locale("da"));

    static Messages messages(Locale locale) {
        return new Messages(locale, List.of("dk.netdesk.calendar.messages", "dk.netdesk.ui.messages"));
    }

    static Occurrence event(String title, String start, String end, boolean allDay) {
        EventRow row = new EventRow(1, title, LocalDateTime.parse(start), LocalDateTime.parse(end), CPH, allDay, "", "", null,
                allDay ? Kind.FAMILY : Kind.FOLLOW_UP, null, List.of(), null, null, null);
        return new Occurrence(row, row.start(), row.end(), null);
    }

    static Occurrence allDay(String title, String first, String dayAfterLast) {
        return event(title, first + "T00:00", dayAfterLast + "T00:00", true);
    }

    @Test
    void aMultiDayAllDayEventIsNamedByAllItsDaysInBothLanguages() {
        Occurrence christmas = allDay("Christmas visit", "2026-12-24", "2026-12-27");
        assertThat(EventNames.describe(christmas, CPH, ENGLISH)).isEqualTo("“Christmas visit” on 24–26 Dec 2026");
        assertThat(EventNames.describe(christmas, CPH, DANISH)).isEqualTo("„Christmas visit“ 24.–26. dec. 2026");

        Occurrence fair = allDay("Fair", "2026-11-30", "2026-12-03");
        assertThat(EventNames.describe(fair, CPH, ENGLISH)).isEqualTo("“Fair” on 30 Nov – 2 Dec 2026");
        assertThat(EventNames.describe(fair, CPH, DANISH)).isEqualTo("„Fair“ 30. nov. – 2. dec. 2026");

        Occurrence newYear = allDay("Cabin", "2026-12-30", "2027-01-03");
        assertThat(EventNames.describe(newYear, CPH, ENGLISH)).isEqualTo("“Cabin” on 30 Dec 2026 – 2 Jan 2027");
        assertThat(EventNames.describe(newYear, CPH, DANISH)).isEqualTo("„Cabin“ 30. dec. 2026 – 2. jan. 2027");
    }

    @Test
    void aOneDayAllDayEventAndATimedEventWithinADayKeepTheirNames() {
        assertThat(EventNames.describe(allDay("Mum's birthday", "2026-11-26", "2026-11-27"), CPH, ENGLISH))
                .isEqualTo("“Mum's birthday” on Thu 26 Nov 2026");
        assertThat(EventNames.describe(event("Team call", "2026-11-24T19:00", "2026-11-24T20:00", false), CPH, ENGLISH))
                .isEqualTo("“Team call” on Tue 24 Nov 2026 at 19:00");
        assertThat(EventNames.describe(event("Till midnight", "2026-11-24T22:00", "2026-11-25T00:00", false), CPH, ENGLISH))
                .as("ending at midnight does not cross it").isEqualTo("“Till midnight” on Tue 24 Nov 2026 at 22:00");
    }

    @Test
    void aTimedEventAcrossMidnightIsNamedFromItsStartToItsEnd() {
        Occurrence night = event("Night shift", "2026-11-24T22:00", "2026-11-25T02:00", false);
        assertThat(EventNames.describe(night, CPH, ENGLISH))
                .isEqualTo("“Night shift” from Tue 24 Nov 2026 at 22:00 to Wed 25 Nov 2026 at 02:00");
        assertThat(EventNames.describe(night, CPH, DANISH))
                .startsWith("„Night shift“ fra ").contains("24. nov. 2026 kl. 22:00 til ").endsWith("25. nov. 2026 kl. 02:00");
    }

    @Test
    void whatADeleteTookAwayIsNamedAsTheQuestionNamedIt() {
        Occurrence christmas = allDay("Christmas visit", "2026-12-24", "2026-12-27");
        assertThat(EventNames.deleted(christmas, EditScope.ALL, CPH, ENGLISH)).isEqualTo(EventNames.describe(christmas, CPH, ENGLISH));

        RepeatRule weekly = new RepeatRule(RepeatRule.Freq.WEEKLY, 1, Set.of(DayOfWeek.TUESDAY), null, 5);
        EventRow master = new EventRow(7, "Team call", LocalDateTime.parse("2026-11-24T19:00"), LocalDateTime.parse("2026-11-24T20:00"),
                CPH, false, "", "", null, Kind.TRAINING, weekly.toRrule(), List.of(), null, null, null);
        Occurrence second = new Occurrence(master, LocalDateTime.parse("2026-12-01T19:00"), LocalDateTime.parse("2026-12-01T20:00"),
                LocalDateTime.parse("2026-12-01T19:00"));
        assertThat(EventNames.deleted(second, EditScope.THIS, CPH, ENGLISH)).isEqualTo("“Team call” on Tue 1 Dec 2026 at 19:00");
        assertThat(EventNames.deleted(second, EditScope.THIS_AND_FOLLOWING, CPH, ENGLISH))
                .isEqualTo("“Team call” from Tue 1 Dec 2026 on");
        assertThat(EventNames.deleted(second, EditScope.ALL, CPH, ENGLISH)).isEqualTo("all “Team call” events");
        assertThat(EventNames.deleted(second, EditScope.ALL, CPH, DANISH)).isEqualTo("alle forekomster af „Team call“");
        assertThat(DANISH.format("calendar.status.deleted", EventNames.deleted(christmas, EditScope.ALL, CPH, DANISH)))
                .isEqualTo("„Christmas visit“ 24.–26. dec. 2026 er slettet.");
    }

    @Test
    void daysOfAnyLengthReadInTheUiLanguage() {
        assertThat(EventNames.days(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 26), ENGLISH)).isEqualTo("24–26 Dec 2026");
        assertThat(EventNames.days(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 26), DANISH)).isEqualTo("24.–26. dec. 2026");
        assertThat(EventNames.days(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 24), ENGLISH)).isEqualTo("Thu 24 Dec 2026");
    }
}
