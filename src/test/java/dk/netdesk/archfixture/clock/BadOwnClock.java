package dk.netdesk.archfixture.clock;

import java.time.Clock;
import java.time.YearMonth;

/** Makes its own system clock on purpose: only the composition root picks the system clock. */
public class BadOwnClock {
    YearMonth month() {
        return YearMonth.now(Clock.systemDefaultZone());
    }
}
