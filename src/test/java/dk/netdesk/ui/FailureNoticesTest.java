package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.db.StorageFailure;
import dk.netdesk.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A kind of storage failure is shown once, then not again until a write succeeds or ten minutes pass. */
class FailureNoticesTest {

    private final MutableClock clock = new MutableClock();
    private final FailureNotices notices = new FailureNotices(clock);

    @Test
    void sameKindIsQuietForTenMinutes() {
        assertThat(notices.shouldShow(StorageFailure.DISK_FULL)).isTrue();
        assertThat(notices.shouldShow(StorageFailure.DISK_FULL)).isFalse();
        clock.advance(FailureNotices.QUIET.minus(Duration.ofSeconds(1)));
        assertThat(notices.shouldShow(StorageFailure.DISK_FULL)).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(notices.shouldShow(StorageFailure.DISK_FULL)).isTrue();
        assertThat(notices.shouldShow(StorageFailure.DISK_FULL)).isFalse();
    }

    @Test
    void otherKindsAreShownOnTheirOwnAndUnknownFailuresAlways() {
        assertThat(notices.shouldShow(StorageFailure.DISK_FULL)).isTrue();
        assertThat(notices.shouldShow(StorageFailure.LOCKED)).isTrue();
        assertThat(notices.shouldShow(StorageFailure.LOCKED)).isFalse();
        assertThat(notices.shouldShow(StorageFailure.OTHER)).isTrue();
        assertThat(notices.shouldShow(StorageFailure.OTHER)).isTrue();
    }

    @Test
    void aWriteThatSucceedsEndsTheQuiet() {
        assertThat(notices.shouldShow(StorageFailure.READ_ONLY)).isTrue();
        assertThat(notices.shouldShow(StorageFailure.READ_ONLY)).isFalse();
        notices.writeSucceeded();
        assertThat(notices.shouldShow(StorageFailure.READ_ONLY)).isTrue();
    }
}
