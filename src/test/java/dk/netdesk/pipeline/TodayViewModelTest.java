package dk.netdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.db.Changes;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Background;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
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

    /** Holds the work until {@link #finish()}, as the database thread would; records reported failures. */
    static final class HeldBackground implements Background {
        final List<Runnable> held = new ArrayList<>();
        final List<Throwable> reported = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            });
        }

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess) {
            run(work, onSuccess, this::report);
        }

        @Override
        public void report(Throwable error) {
            reported.add(error);
        }

        void finish() {
            List<Runnable> now = new ArrayList<>(held);
            held.clear();
            now.forEach(Runnable::run);
        }
    }

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

    private TodayViewModel today(HeldBackground background) {
        return new TodayViewModel(new PipelineRepository(app.database(), new Changes(), TestApp.CLOCK), new Changes(),
                background, TestApp.CLOCK, app.context().pipelineDetails());
    }

    @Test
    void saysItIsReadingUntilTheFirstLoadIsInThenThatNothingIsDue() {
        HeldBackground background = new HeldBackground();
        TodayViewModel today = today(background);
        today.load();
        assertThat(today.placeholderKeyProperty().get()).isEqualTo("pipeline.today.loading");

        background.finish();
        assertThat(today.due()).isEmpty();
        assertThat(today.placeholderKeyProperty().get()).isEqualTo("pipeline.today.empty");
    }

    @Test
    void aFailedLoadNeverLooksLikeNothingDueAndIsReported() throws Exception {
        HeldBackground background = new HeldBackground();
        TodayViewModel today = today(background);
        today.load();
        app.database().close();
        closed = true;

        background.finish();
        assertThat(today.placeholderKeyProperty().get()).isEqualTo("pipeline.today.failed");
        assertThat(background.reported).hasSize(1);
    }
}
