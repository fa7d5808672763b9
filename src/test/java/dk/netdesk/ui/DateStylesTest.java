package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * One date style and one time style per language (issue 15, item 5; decision 0030): English wrote "Nov 30, 2026",
 * "11/30/26" and "26 Nov" side by side and the library "8:42 PM" beside the calendar's "20:45".
 */
class DateStylesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    private final Messages english = new Messages(Locale.ENGLISH, Bundles.ALL);
    private final Messages danish = new Messages(new Locale("da"), Bundles.ALL);

    @Test
    void englishWritesTheDayBeforeTheMonthInEveryForm() {
        assertThat(english.date(DAY)).isEqualTo("30 Nov 2026");
        assertThat(english.dayMonth(DAY)).isEqualTo("30 Nov");
        assertThat(english.weekdayDate(DAY)).isEqualTo("Mon 30 Nov 2026");
        assertThat(english.weekdayDayMonth(DAY)).isEqualTo("Mon 30 Nov");
        assertThat(english.dayMonthNumeric(DAY)).isEqualTo("30/11");
        assertThat(english.longDate(DAY)).isEqualTo("30 November 2026");
        assertThat(english.fullDate(DAY)).isEqualTo("Monday 30 November 2026");
        assertThat(english.monthYear(DAY)).isEqualTo("November 2026");
    }

    @Test
    void danishWritesDatesTheDanishWay() {
        assertThat(danish.date(DAY)).isEqualTo("30. nov. 2026");
        assertThat(danish.dayMonth(DAY)).isEqualTo("30. nov.");
        assertThat(danish.weekdayDayMonth(DAY)).isEqualTo("man. 30. nov.");
        // the numeric form has the date field's dots ("30.11.2026"), not the slash of another language; no last
        // dot, so "man. 23.11" fits a narrow day
        assertThat(danish.dayMonthNumeric(DAY)).isEqualTo("30.11");
        assertThat(danish.fullDate(DAY)).isEqualTo("mandag 30. november 2026");
    }

    @Test
    void timesAreOnTheTwentyFourHourClockInBothLanguages() {
        LocalDateTime evening = DAY.atTime(20, 45);
        assertThat(english.time(LocalTime.of(20, 45))).isEqualTo("20:45");
        assertThat(danish.time(evening)).isEqualTo("20:45");
        // the library's item dates ("Added …, changed …")
        ZonedDateTime added = evening.atZone(ZoneId.of("Europe/Copenhagen"));
        assertThat(english.dateTime(added)).isEqualTo("30 Nov 2026, 20:45");
        assertThat(danish.dateTime(added)).isEqualTo("30. nov. 2026 kl. 20:45");
        assertThat(english.dateTimeSeconds(added.withSecond(5))).isEqualTo("30 Nov 2026, 20:45:05");
    }

    @Test
    void theStylesFollowALanguageSwitch() {
        Messages messages = new Messages(Locale.ENGLISH, Bundles.ALL);
        assertThat(messages.date(DAY)).isEqualTo("30 Nov 2026");
        messages.setLocale(new Locale("da"));
        assertThat(messages.date(DAY)).isEqualTo("30. nov. 2026");
    }

    @Test
    void aPercentHasNoSpaceInEnglishAndANoBreakSpaceInDanish() {
        assertThat(english.percent(0.8)).isEqualTo("80%");
        assertThat(danish.percent(0.8)).isEqualTo("80\u00a0%");
        assertThat(english.percent(0.999)).as("rounded down: never 100% before the whole").isEqualTo("99%");
    }

    @Test
    void theMachinesOwnLocaleDoesNotLeakIn() {
        Locale machine = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag("ar-EG"));
            assertThat(english.dateTime(DAY.atTime(20, 45))).isEqualTo("30 Nov 2026, 20:45");
            assertThat(danish.time(LocalTime.of(9, 5))).isEqualTo("09:05");
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, machine);
        }
    }
}
