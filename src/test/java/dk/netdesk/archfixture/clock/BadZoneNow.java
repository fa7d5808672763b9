package dk.netdesk.archfixture.clock;

import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Reads the system clock in a chosen zone on purpose: a zone is not a Clock. */
public class BadZoneNow {
    ZonedDateTime now() {
        return ZonedDateTime.now(ZoneId.of("Europe/Copenhagen"));
    }
}
