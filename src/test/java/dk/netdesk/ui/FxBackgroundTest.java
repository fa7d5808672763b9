package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class FxBackgroundTest {

    /** A reload asked for while the app closes down (a change published by the last save) is dropped quietly. */
    @Test
    void workAskedForAfterCloseIsDroppedWithoutAnError() throws Exception {
        AtomicBoolean failed = new AtomicBoolean();
        AtomicBoolean ran = new AtomicBoolean();
        FxBackground background = new FxBackground(e -> failed.set(true));
        background.close();

        background.run(() -> {
            ran.set(true);
            return 1;
        }, result -> { });

        assertThat(ran).isFalse();
        assertThat(failed).isFalse();
    }
}
