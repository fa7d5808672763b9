package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.ui.Messages;
import dk.netdesk.app.Bundles;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** An overnight event's part on each day is labelled by what that day shows, not by the start of the day before. */
class PartTimesTest {

    static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

    private static Occurrence overnight(String start, String end) {
        EventRow row = new EventRow(1, "Natlig lagertælling", LocalDateTime.parse(start), LocalDateTime.parse(end), CPH,
                false, "", "", null, Kind.ADMIN, null, List.of(), null, null, null);
        return new Occurrence(row, LocalDateTime.parse(start), LocalDateTime.parse(end), LocalDateTime.parse(start));
    }

    @Test
    void theMondayPartOfASundayNightEventSaysWhereItCameFrom() {
        Occurrence o = overnight("2026-11-29T22:00", "2026-11-30T02:00");
        Messages en = new Messages(Locale.ENGLISH, Bundles.ALL);
        assertThat(EventNames.partTimes(o, LocalDate.parse("2026-11-29"), CPH, en)).isEqualTo("22:00 \u2192 Mon 02:00");
        assertThat(EventNames.partTimes(o, LocalDate.parse("2026-11-30"), CPH, en)).isEqualTo("00:00\u201302:00 (from Sun)");
    }

    @Test
    void inDanishToo() {
        Occurrence o = overnight("2026-11-29T22:00", "2026-12-01T01:30");
        Messages da = new Messages(new Locale("da"), Bundles.ALL);
        assertThat(EventNames.partTimes(o, LocalDate.parse("2026-11-30"), CPH, da)).isEqualTo("00:00\u201324:00 (fra søn., fortsætter)");
        assertThat(EventNames.partTimes(o, LocalDate.parse("2026-12-01"), CPH, da)).isEqualTo("00:00\u201301:30 (fra søn.)");
    }

    @Test
    void anEventWithinOneDayKeepsItsPlainTimes() {
        Occurrence o = overnight("2026-11-30T19:00", "2026-11-30T20:00");
        assertThat(EventNames.partTimes(o, LocalDate.parse("2026-11-30"), CPH, new Messages(Locale.ENGLISH, Bundles.ALL))).isEqualTo("19:00\u201320:00");
    }
}
