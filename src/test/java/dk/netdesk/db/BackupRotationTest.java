package dk.netdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.MutableClock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rotation over a simulated year of work: which backups survive, exactly. */
class BackupRotationTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    /**
     * A backup every 30 minutes from 09:00 to 17:00 (17 a day), Monday to Friday, from Monday
     * 30 November 2026 to Friday 26 November 2027, the rotation applied after each one as the app does.
     */
    @Test
    void aYearOfWorkDaysKeepsRecentDailyWeeklyAndMonthlyBackups() {
        MutableClock clock = new MutableClock(LocalDateTime.of(2026, 11, 30, 9, 0).atZone(ZONE).toInstant(), ZONE);
        Set<Instant> kept = new HashSet<>();
        int taken = 0;
        LocalDate last = LocalDate.of(2027, 11, 26);
        for (LocalDate day = LocalDate.of(2026, 11, 30); !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (LocalTime time = LocalTime.of(9, 0); !time.isAfter(LocalTime.of(17, 0)); time = time.plusMinutes(30)) {
                Instant at = day.atTime(time).atZone(ZONE).toInstant();
                clock.advance(Duration.between(clock.instant(), at));
                kept.add(clock.instant());
                taken++;
                kept = new HashSet<>(BackupRotation.keep(kept, ZONE));
                assertThat(kept).hasSizeLessThanOrEqualTo(58).contains(clock.instant());
            }
        }
        assertThat(taken).isEqualTo(52 * 5 * 17);

        List<LocalDateTime> expected = new ArrayList<>();
        // The 24 newest: all 17 of Friday 26 November, and Thursday from 14:00.
        for (LocalTime time = LocalTime.of(9, 0); !time.isAfter(LocalTime.of(17, 0)); time = time.plusMinutes(30)) {
            expected.add(LocalDate.of(2027, 11, 26).atTime(time));
        }
        for (LocalTime time = LocalTime.of(14, 0); !time.isAfter(LocalTime.of(16, 30)); time = time.plusMinutes(30)) {
            expected.add(LocalDate.of(2027, 11, 25).atTime(time));
        }
        // The last of each of the 14 most recent days (Thursday 25 and Friday 26 November are among them).
        for (int dayOfMonth : new int[] {25, 24, 23, 22, 19, 18, 17, 16, 15, 12, 11, 10, 9}) {
            expected.add(LocalDate.of(2027, 11, dayOfMonth).atTime(17, 0));
        }
        // The last of each of 8 weeks: Fridays (19, 12 November are already days).
        for (LocalDate friday : List.of(LocalDate.of(2027, 11, 5), LocalDate.of(2027, 10, 29), LocalDate.of(2027, 10, 22),
                LocalDate.of(2027, 10, 15), LocalDate.of(2027, 10, 8))) {
            expected.add(friday.atTime(17, 0));
        }
        // The last work day of each of 12 months (November and October 2027 are already in).
        for (LocalDate lastWorkDay : List.of(LocalDate.of(2027, 9, 30), LocalDate.of(2027, 8, 31), LocalDate.of(2027, 7, 30),
                LocalDate.of(2027, 6, 30), LocalDate.of(2027, 5, 31), LocalDate.of(2027, 4, 30), LocalDate.of(2027, 3, 31),
                LocalDate.of(2027, 2, 26), LocalDate.of(2027, 1, 29), LocalDate.of(2026, 12, 31))) {
            expected.add(lastWorkDay.atTime(17, 0));
        }
        assertThat(kept.stream().sorted(Comparator.reverseOrder()).map(t -> LocalDateTime.ofInstant(t, ZONE)).toList())
                .containsExactlyElementsOf(expected.stream().distinct().sorted(Comparator.reverseOrder()).toList())
                .hasSize(24 + 12 + 5 + 10);
    }

    /** A month away from the app does not cost the days before it: days are counted among days with backups. */
    @Test
    void aLongBreakKeepsTheDailyHistoryBeforeIt() {
        List<Instant> taken = new ArrayList<>();
        for (int day = 1; day <= 20; day++) {
            taken.add(LocalDate.of(2027, 3, day).atTime(12, 0).atZone(ZONE).toInstant());
        }
        Instant afterBreak = LocalDate.of(2027, 5, 3).atTime(12, 0).atZone(ZONE).toInstant();
        taken.add(afterBreak);

        Set<Instant> kept = BackupRotation.keep(taken, ZONE);

        // 21 backups: all within the 24 newest.
        assertThat(kept).hasSize(21);
        List<Instant> more = new ArrayList<>(taken);
        for (int hour = 0; hour < 24; hour++) {
            more.add(afterBreak.plus(Duration.ofMinutes(10 + hour)));
        }
        Set<Instant> keptAfterADay = BackupRotation.keep(more, ZONE);
        // 24 newest (all on 3 May), the newest of the 13 days with backups before it (8 to 20 March),
        // and Sunday 7 March, the newest of its ISO week.
        assertThat(keptAfterADay).hasSize(24 + 13 + 1);
        for (int day = 8; day <= 20; day++) {
            assertThat(keptAfterADay).contains(LocalDate.of(2027, 3, day).atTime(12, 0).atZone(ZONE).toInstant());
        }
        assertThat(keptAfterADay).contains(LocalDate.of(2027, 3, 7).atTime(12, 0).atZone(ZONE).toInstant());
        for (int day = 1; day <= 6; day++) {
            assertThat(keptAfterADay).doesNotContain(LocalDate.of(2027, 3, day).atTime(12, 0).atZone(ZONE).toInstant());
        }
    }
}
