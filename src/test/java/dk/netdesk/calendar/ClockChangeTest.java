package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.ui.Messages;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The days the clock changes in the home zone (decision 0003): {@link WallClock} says which wall-clock times of a day
 * happen twice (autumn) or do not exist (spring), and {@link ClockNotes} words them for the week's legend.
 */
class ClockChangeTest {

    static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    static final LocalDate AUTUMN = LocalDate.of(2027, 10, 31);
    static final LocalDate SPRING = LocalDate.of(2027, 3, 28);

    @Test
    void theAutumnSundayHasTwoToThreeTwiceAndNoGap() {
        assertThat(WallClock.foldsOn(AUTUMN, CPH)).containsExactly(TimeSpan.of(2, 0, 3, 0));
        assertThat(WallClock.hasFold(AUTUMN, CPH)).isTrue();
        assertThat(WallClock.hasGap(AUTUMN, CPH)).isFalse();
        // the first reading wins: 02:30 that day is summer time
        assertThat(WallClock.start(AUTUMN.atTime(2, 30), CPH).getOffset()).isEqualTo(ZoneOffset.ofHours(2));
    }

    @Test
    void anEventThatStartsInTheFoldAndEndsAfterItKeepsItsWallClockLength() {
        // the new user's daily 02:30-03:00: on 31 Oct it lasts 30 minutes too, not 1 h 30 min
        var start = WallClock.start(AUTUMN.atTime(2, 30), AUTUMN.atTime(3, 0), CPH);
        var end = WallClock.end(AUTUMN.atTime(2, 30), AUTUMN.atTime(3, 0), CPH);
        assertThat(start.getOffset()).as("the second 02:30").isEqualTo(ZoneOffset.ofHours(1));
        assertThat(java.time.Duration.between(start, end)).isEqualTo(java.time.Duration.ofMinutes(30));
        // wholly inside the fold, or ending in it: the first reading, and the wall-clock length as well
        assertThat(WallClock.start(AUTUMN.atTime(2, 10), AUTUMN.atTime(2, 40), CPH).getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(java.time.Duration.between(WallClock.start(AUTUMN.atTime(1, 30), AUTUMN.atTime(2, 30), CPH),
                WallClock.end(AUTUMN.atTime(1, 30), AUTUMN.atTime(2, 30), CPH))).isEqualTo(java.time.Duration.ofHours(1));
        // spanning the whole fold, it really lasts an hour longer than its clock times say
        assertThat(java.time.Duration.between(WallClock.start(AUTUMN.atTime(1, 0), AUTUMN.atTime(4, 0), CPH),
                WallClock.end(AUTUMN.atTime(1, 0), AUTUMN.atTime(4, 0), CPH))).isEqualTo(java.time.Duration.ofHours(4));
    }

    @Test
    void theSpringSundayHasAGapAndNoFold() {
        assertThat(WallClock.hasGap(SPRING, CPH)).isTrue();
        assertThat(WallClock.hasFold(SPRING, CPH)).isFalse();
        assertThat(WallClock.foldsOn(SPRING, CPH)).isEmpty();
    }

    @Test
    void ordinaryDaysOtherZonesAndUtc() {
        for (LocalDate day : List.of(AUTUMN.minusDays(1), AUTUMN.plusDays(1), SPRING.minusDays(1), LocalDate.of(2027, 7, 1))) {
            assertThat(WallClock.hasFold(day, CPH)).as(day.toString()).isFalse();
            assertThat(WallClock.hasGap(day, CPH)).as(day.toString()).isFalse();
        }
        assertThat(WallClock.hasFold(AUTUMN, ZoneOffset.UTC)).isFalse();
        assertThat(WallClock.hasFold(AUTUMN, ZoneId.of("Asia/Tokyo"))).isFalse();
        // New York goes back a week later, from 02:00 to 01:00
        ZoneId newYork = ZoneId.of("America/New_York");
        assertThat(WallClock.hasFold(AUTUMN, newYork)).isFalse();
        assertThat(WallClock.foldsOn(LocalDate.of(2027, 11, 7), newYork)).containsExactly(TimeSpan.of(1, 0, 2, 0));
        // Lord Howe Island goes back half an hour
        assertThat(WallClock.foldsOn(LocalDate.of(2027, 4, 4), ZoneId.of("Australia/Lord_Howe")))
                .containsExactly(TimeSpan.of(1, 30, 2, 0));
    }

    @Test
    void theWeeksLegendSaysWhichHourHappensTwiceOrNotAtAllInBothLanguages() {
        Messages en = new Messages(Locale.ENGLISH, Bundles.ALL);
        Messages da = new Messages(new Locale("da"), Bundles.ALL);
        LocalDate autumnMonday = LocalDate.of(2027, 10, 25);
        LocalDate springMonday = LocalDate.of(2027, 3, 22);

        List<ClockNotes.Note> autumn = ClockNotes.week(autumnMonday, CPH, en);
        assertThat(autumn).extracting(ClockNotes.Note::text)
                .containsExactly("Sun 31 Oct: 02:00–03:00 happens twice (clocks go back)");
        assertThat(autumn.get(0).twice()).isTrue();
        assertThat(autumn.get(0).day()).isEqualTo(AUTUMN);
        assertThat(autumn.get(0).detail()).contains("first");
        assertThat(ClockNotes.week(autumnMonday, CPH, da)).extracting(ClockNotes.Note::text)
                .containsExactly("Søn. 31. okt.: 02:00–03:00 kommer to gange (uret stilles tilbage)");

        List<ClockNotes.Note> spring = ClockNotes.week(springMonday, CPH, en);
        assertThat(spring).extracting(ClockNotes.Note::text)
                .containsExactly("Sun 28 Mar: 02:00–03:00 does not exist (clocks go forward)");
        assertThat(spring.get(0).twice()).isFalse();
        assertThat(ClockNotes.week(springMonday, CPH, da)).extracting(ClockNotes.Note::text)
                .containsExactly("Søn. 28. mar.: 02:00–03:00 findes ikke (uret stilles frem)");

        assertThat(ClockNotes.week(autumnMonday.plusWeeks(1), CPH, en)).isEmpty();
        assertThat(ClockNotes.week(autumnMonday, ZoneOffset.UTC, en)).isEmpty();
    }
}
