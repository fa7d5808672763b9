package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@link FxBackground#runAndWait}: the caller on the JavaFX thread gets the work's result or failure,
 * and the JavaFX thread goes on handling events while it waits (a nested event loop), also when a
 * dialog's own nested loop starts meanwhile.
 */
@ExtendWith(ApplicationExtension.class)
class FxBackgroundWaitTest {

    private final FxBackground background = new FxBackground(e -> { });

    @AfterEach
    void close() throws Exception {
        background.close();
    }

    /** Runs {@code action} on the JavaFX thread and returns what it gave, waiting up to 10 s. */
    private static <T> T onFxThread(java.util.concurrent.Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theJavaFxThreadKeepsHandlingEventsWhileItWaitsForTheResult() throws Exception {
        CountDownLatch handledMeanwhile = new CountDownLatch(1);
        List<String> seen = new CopyOnWriteArrayList<>();
        String result = onFxThread(() -> background.runAndWait(() -> {
            // Done only once the JavaFX thread has run an event posted after the wait began.
            Platform.runLater(handledMeanwhile::countDown);
            assertThat(handledMeanwhile.await(5, TimeUnit.SECONDS)).as("the JavaFX thread answered meanwhile").isTrue();
            Platform.runLater(() -> seen.add("change published by the work"));
            return "saved";
        }));
        assertThat(result).isEqualTo("saved");
        assertThat(seen).as("what the work published is delivered before the result").containsExactly(
                "change published by the work");
    }

    @Test
    void theWorksFailureIsThrownToTheCaller() {
        assertThatThrownBy(() -> onFxThread(() -> background.runAndWait(() -> {
            throw new IOException("disk full");
        }))).hasRootCauseInstanceOf(IOException.class).hasRootCauseMessage("disk full");
    }

    @Test
    void aDialogOpenedWhileWaitingDoesNotLoseTheResult() throws Exception {
        Object dialog = new Object();
        CountDownLatch dialogOpen = new CountDownLatch(1);
        List<String> order = new CopyOnWriteArrayList<>();
        String result = onFxThread(() -> {
            Platform.runLater(() -> {
                // A nested loop of its own (as showAndWait makes), open while the work finishes.
                dialogOpen.countDown();
                Platform.enterNestedEventLoop(dialog);
                order.add("dialog closed");
            });
            String value = background.runAndWait(() -> {
                assertThat(dialogOpen.await(5, TimeUnit.SECONDS)).isTrue();
                Thread.sleep(100);
                Platform.runLater(() -> Platform.runLater(() -> {
                    order.add("closing dialog");
                    Platform.exitNestedEventLoop(dialog, null);
                }));
                return "saved";
            });
            order.add("result");
            return value;
        });
        assertThat(result).isEqualTo("saved");
        assertThat(order).containsExactly("closing dialog", "dialog closed", "result");
    }

    @Test
    void offTheJavaFxThreadTheCallerBlocksForTheResult() throws Exception {
        assertThat(background.runAndWait(() -> 42)).isEqualTo(42);
    }

    @Test
    void afterCloseNoWorkIsTakenAndTheCallerIsTold() throws Exception {
        background.close();
        assertThatThrownBy(() -> background.runAndWait(() -> 1)).isInstanceOf(IllegalStateException.class);
    }
}
