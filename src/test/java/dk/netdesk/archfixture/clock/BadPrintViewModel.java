package dk.netdesk.archfixture.clock;

import java.time.Instant;
import java.time.LocalDate;

/** Reads the system clock on purpose: "today" must come from an injected Clock. */
public class BadPrintViewModel {
    LocalDate today() {
        return LocalDate.now();
    }

    Instant stamp() {
        return Instant.now();
    }
}
