package dk.netdesk.archfixture.clock;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Reads "now" from the Clock it is given, as it should. */
public class GoodCalendarViewModel {
    private final Clock clock;

    GoodCalendarViewModel(Clock clock) {
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
