package dk.netdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.netdesk.db.Changes;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Background;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Today list says while it has no entries: reading, nothing due, or that the follow-ups could not be read. */
class TodayViewModelTest {

    @TempDir
    Path dir;
    TestApp app;
    boolean closed;

    @BeforeEach
    void setUp() {
        app = TestApp.open(dir, Locale.ENGLISH);
    }

    @AfterEach
    void tearDown() {
        if (!closed) {
            app.close();
        }
    }

    /** Today on the test app's database; {@link Background#direct()} runs each load at once and rethrows what it reports. */
    private TodayViewModel today() {
        return new TodayViewModel(new PipelineRepository(app.database(), new Changes(), TestApp.CLOCK), ContactLinks.none(),
                new Changes(),
                Background.direct(), TestApp.CLOCK, app.context().pipelineDetails());
    }

    @Test
    void isNotLoadedUntilTheFirstReadIsInThenLoadedWithNothingDue() {
        TodayViewModel today = today();
        assertThat(today.loadedProperty().get()).isFalse();

        today.load();
        assertThat(today.due()).isEmpty();
        assertThat(today.loadedProperty().get()).isTrue();
        assertThat(today.loadFailedProperty().get()).isFalse();
    }

    @Test
    void aFailedLoadNeverLooksLikeNothingDueAndIsReported() throws Exception {
        TodayViewModel today = today();
        app.database().close();
        closed = true;

        assertThatThrownBy(today::load).isInstanceOf(RuntimeException.class); // on to the app's error handler
        assertThat(today.loadFailedProperty().get()).isTrue();
    }
}
