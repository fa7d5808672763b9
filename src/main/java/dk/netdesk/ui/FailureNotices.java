package dk.netdesk.ui;

import dk.netdesk.db.StorageFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * Decides whether a storage failure is worth a dialog: each kind (disk full, read-only, locked,
 * damaged) is shown once, and not again while it lasts, that is until a write succeeds
 * ({@link #writeSucceeded()}) or {@link #QUIET} has passed since it was shown. Other failures are
 * always shown. Safe to call from any thread.
 */
public final class FailureNotices {

    /** How long a shown kind stays quiet when no write succeeds in between. */
    public static final Duration QUIET = Duration.ofMinutes(10);

    private final Clock clock;
    private final Map<StorageFailure, Instant> shown = new EnumMap<>(StorageFailure.class);

    /** @param clock when a kind was shown; tests pass a clock they move */
    public FailureNotices(Clock clock) {
        this.clock = clock;
    }

    /** True when a failure of this kind should be shown now; a true answer counts as shown. */
    public synchronized boolean shouldShow(StorageFailure kind) {
        if (kind == StorageFailure.OTHER) {
            return true;
        }
        Instant now = clock.instant();
        Instant last = shown.get(kind);
        if (last != null && now.isBefore(last.plus(QUIET))) {
            return false;
        }
        shown.put(kind, now);
        return true;
    }

    /** A write went through: whatever was wrong is over, so the next failure of any kind is shown. */
    public synchronized void writeSucceeded() {
        shown.clear();
    }
}
