package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.calendar.TimeSpan;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeOfDayTest {

    @ParameterizedTest
    @ValueSource(strings = {"18", "18:00", "18.00", "1800", " 18:00 "})
    void everyWayOfWritingSixPmIsSixPm(String text) {
        assertThat(TimeOfDay.parse(text)).contains(LocalTime.of(18, 0));
        assertThat(TimeOfDay.minutes(text)).hasValue(18 * 60);
    }

    @Test
    void hoursAndMinutesOfOneOrTwoDigits() {
        assertThat(TimeOfDay.parse("9")).contains(LocalTime.of(9, 0));
        assertThat(TimeOfDay.parse("9:05")).contains(LocalTime.of(9, 5));
        assertThat(TimeOfDay.parse("18.30")).contains(LocalTime.of(18, 30));
        assertThat(TimeOfDay.parse("930")).contains(LocalTime.of(9, 30));
        assertThat(TimeOfDay.parse("0:00")).contains(LocalTime.MIDNIGHT);
        assertThat(TimeOfDay.parse("23:59")).contains(LocalTime.of(23, 59));
    }

    @Test
    void twentyFourIsTheEndOfTheDayNotATimeOfDay() {
        assertThat(TimeOfDay.parse("24:00")).isEmpty();
        for (String text : new String[] {"24", "24:00", "24.00", "2400"}) {
            assertThat(TimeOfDay.minutes(text)).as(text).hasValue(TimeOfDay.END_OF_DAY);
        }
        assertThat(TimeOfDay.minutes("24:01")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "25", "18:60", "7pm", "18:00:00", "-1", "18-20", "12345", "1:2:3", ":30"})
    void whatIsNoTimeIsEmpty(String text) {
        assertThat(TimeOfDay.parse(text)).isEmpty();
        assertThat(TimeOfDay.minutes(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"20.5", "7.5", "7,5", "20:5", "9.3"})
    void oneMinuteDigitIsNoTimeSoHalfPastIsNeverReadAsFivePast(String text) {
        // "20.5" is twenty and a half hours to some and 20:05 to others: neither is guessed, the field says what to type
        assertThat(TimeOfDay.parse(text)).as(text).isEmpty();
        assertThat(TimeOfDay.minutes(text)).as(text).isEmpty();
    }

    @Test
    void nullIsNoTime() {
        assertThat(TimeOfDay.parse(null)).isEmpty();
    }

    @Test
    void formatWritesTwoDigitsAndTwentyFourForTheEndOfTheDay() {
        assertThat(TimeOfDay.format(9 * 60 + 5)).isEqualTo("09:05");
        assertThat(TimeOfDay.format(TimeOfDay.END_OF_DAY)).isEqualTo("24:00");
    }

    @Test
    void balanceSpansReadTimesTheSameWay() {
        assertThat(TimeSpan.parse("1800-21.30")).isEqualTo(TimeSpan.of(18, 0, 21, 30));
        assertThat(TimeSpan.parse("17 - 24")).isEqualTo(TimeSpan.of(17, 0, 24, 0));
    }
}
