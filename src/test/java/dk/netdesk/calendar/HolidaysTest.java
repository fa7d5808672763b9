package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.netdesk.ui.Messages;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 14, item 25: Danish (and other countries') public holidays from Jollyday, named in the UI language. */
class HolidaysTest {

    static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

    static Messages messages(Locale locale) {
        return new Messages(locale, List.of("dk.netdesk.calendar.messages", "dk.netdesk.ui.messages"));
    }

    static Holidays danish(Locale locale) {
        return new Holidays(null, messages(locale));
    }

    @Test
    void denmark2026InDanish() {
        assertThat(danish(new Locale("da")).ofYear(2026)).containsExactly(
                new Holidays.Holiday(LocalDate.of(2026, 1, 1), "Nytårsdag"),
                new Holidays.Holiday(LocalDate.of(2026, 4, 2), "Skærtorsdag"),
                new Holidays.Holiday(LocalDate.of(2026, 4, 3), "Langfredag"),
                new Holidays.Holiday(LocalDate.of(2026, 4, 5), "Påskedag"),
                new Holidays.Holiday(LocalDate.of(2026, 4, 6), "2. påskedag"),
                new Holidays.Holiday(LocalDate.of(2026, 5, 14), "Kristi himmelfartsdag"),
                new Holidays.Holiday(LocalDate.of(2026, 5, 24), "Pinsedag"),
                new Holidays.Holiday(LocalDate.of(2026, 5, 25), "2. pinsedag"),
                new Holidays.Holiday(LocalDate.of(2026, 12, 25), "Juledag"),
                new Holidays.Holiday(LocalDate.of(2026, 12, 26), "2. juledag"));
    }

    @Test
    void denmark2027InEnglishHasNoGeneralPrayerDay() {
        List<Holidays.Holiday> year = danish(Locale.ENGLISH).ofYear(2027);
        assertThat(year).extracting(Holidays.Holiday::date).containsExactly(
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 25), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 28),
                LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 6), LocalDate.of(2027, 5, 16), LocalDate.of(2027, 5, 17),
                LocalDate.of(2027, 12, 25), LocalDate.of(2027, 12, 26));
        assertThat(year).contains(new Holidays.Holiday(LocalDate.of(2027, 3, 28), "Easter Sunday"),
                new Holidays.Holiday(LocalDate.of(2027, 5, 6), "Ascension Day"),
                new Holidays.Holiday(LocalDate.of(2027, 12, 26), "St. Stephen's Day"));
        // Store bededag (the fourth Friday after Easter) was abolished from 2024: 23 April 2027 is a working day
        assertThat(year).extracting(Holidays.Holiday::date).doesNotContain(LocalDate.of(2027, 4, 23));
        assertThat(year).extracting(Holidays.Holiday::name).doesNotContain("General Prayer Day");
    }

    @Test
    void storeBededagUntil2023() {
        assertThat(danish(new Locale("da")).between(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 8)))
                .containsExactly(new Holidays.Holiday(LocalDate.of(2023, 5, 5), "Store bededag"));
        assertThat(danish(new Locale("da")).between(LocalDate.of(2024, 4, 22), LocalDate.of(2024, 4, 29))).isEmpty();
    }

    @Test
    void betweenIsFromInclusiveToExclusiveAcrossTheTurnOfTheYear() {
        Holidays holidays = danish(new Locale("da"));
        assertThat(holidays.between(LocalDate.of(2026, 12, 26), LocalDate.of(2027, 1, 2)))
                .extracting(Holidays.Holiday::name).containsExactly("2. juledag", "Nytårsdag");
        assertThat(holidays.between(LocalDate.of(2026, 12, 27), LocalDate.of(2027, 1, 1))).isEmpty();
        assertThat(holidays.between(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1))).isEmpty();
    }

    @Test
    void namesFollowTheLanguageWhenItChanges() {
        Messages messages = messages(Locale.ENGLISH);
        Holidays holidays = new Holidays(null, messages);
        LocalDate goodFriday = LocalDate.of(2027, 3, 26);
        assertThat(holidays.between(goodFriday, goodFriday.plusDays(1))).extracting(Holidays.Holiday::name).containsExactly("Good Friday");
        messages.localeProperty().set(new Locale("da"));
        assertThat(holidays.between(goodFriday, goodFriday.plusDays(1))).extracting(Holidays.Holiday::name).containsExactly("Langfredag");
    }

    @Test
    void anotherCountryOrNone() {
        Holidays holidays = danish(Locale.ENGLISH);
        holidays.saveCountry("de");
        assertThat(holidays.ofYear(2027)).extracting(Holidays.Holiday::date).contains(LocalDate.of(2027, 10, 3), LocalDate.of(2027, 5, 1))
                .doesNotContain(LocalDate.of(2027, 3, 25));
        holidays.saveCountry(Holidays.NONE);
        assertThat(holidays.ofYear(2027)).isEmpty();
        assertThatThrownBy(() -> holidays.saveCountry("xx")).isInstanceOf(IllegalArgumentException.class);
        assertThat(holidays.country()).isEqualTo(Holidays.NONE);
        assertThat(Holidays.countries()).contains("dk", "de", "se", "no").allMatch(id -> id.length() == 2);
        assertThat(Holidays.countryName("dk", new Locale("da"))).isEqualTo("Danmark");
    }

    // ---- a holiday is personal time, not work ------------------------------------------------

    static Occurrence event(Kind kind, String start, String end) {
        EventRow row = new EventRow(1, "E", LocalDateTime.parse(start), LocalDateTime.parse(end), CPH, false, "", "", null,
                kind, null, List.of(), null, null, null);
        return new Occurrence(row, row.start(), row.end(), null);
    }

    @Test
    void aHolidaysWorkWindowIsTimeOffNotPersonalTimeAndWorkOnItIsWorkOnAPublicHoliday() {
        LocalDate monday = LocalDate.of(2027, 3, 22); // Thu 25 Skærtorsdag, Fri 26 Langfredag
        Set<LocalDate> holidays = Set.of(LocalDate.of(2027, 3, 25), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29));
        List<Occurrence> week = List.of(
                event(Kind.FAMILY, "2027-03-25T17:00", "2027-03-25T19:00"),    // overlaps the holiday's window 18-21 by 1 h
                event(Kind.FOLLOW_UP, "2027-03-25T20:00", "2027-03-25T21:00"), // work on a holiday
                event(Kind.FOLLOW_UP, "2027-03-24T18:00", "2027-03-24T19:00")); // work in Wednesday's window
        WeekSummary none = Balance.summarize(week, BalanceSettings.defaults(), monday, CPH);
        assertThat(none.personalHours()).isEqualTo(2.0);
        assertThat(none.workOutsideWindowsHours()).isEqualTo(0.0);
        assertThat(none.holidayOffHours()).isZero();

        WeekSummary with = Balance.summarize(week, BalanceSettings.defaults(), monday, CPH, holidays);
        // personal time is the family event alone (decision 0020); Thursday's window 18-21 is off but for the
        // hour of work in it: 2 h; Friday has no window; Monday 29 March is in the next week
        assertThat(with.personalHours()).isEqualTo(2.0);
        assertThat(with.holidayOffHours()).isEqualTo(2.0);
        assertThat(with.workHours()).isEqualTo(2.0);
        // the hour on Thursday is work on a public holiday, not work outside the windows (decision 0023)
        assertThat(with.workOutsideWindowsHours()).isZero();
        assertThat(with.holidayWorkHours()).isEqualTo(1.0);
    }
}
