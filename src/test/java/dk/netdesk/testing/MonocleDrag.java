package dk.netdesk.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.concurrent.TimeUnit;

import org.testfx.util.WaitForAsyncUtils;

/**
 * Clears a drag that headless Monocle (openjfx-monocle 17.0.10) remembers from an earlier test.
 *
 * <p>Monocle's {@code MouseInput} notes the window under the first mouse drag ({@code dragView}) and forgets it only
 * when a drag-and-drop gesture is dropped. A plain mouse drag, such as selecting text, leaves it set. The next
 * drag-and-drop in another window then "leaves" that old window, which was never entered, and fails with
 * "dropTargetAssistant is null"; the broken gesture fails the test after it too ("dndGesture.dragboard is null").
 * Tests that drag and drop call {@link #forgetEarlierDrags()} before they start.
 */
public final class MonocleDrag {

    private MonocleDrag() {
    }

    /**
     * Sets Monocle's remembered drag window back to none, on the JavaFX thread, unless a drag-and-drop is under way.
     * Callable from any thread.
     *
     * @throws IllegalStateException when Monocle is not the platform in use, or its fields have other names
     */
    public static void forgetEarlierDrags() {
        try {
            if (javafx.application.Platform.isFxApplicationThread()) {
                forget();
                return;
            }
            WaitForAsyncUtils.asyncFx(() -> {
                forget();
                return null;
            }).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not clear Monocle's remembered drag", e);
        }
    }

    private static void forget() throws ReflectiveOperationException {
        Class<?> type = Class.forName("com.sun.glass.ui.monocle.MouseInput");
        Method instance = type.getDeclaredMethod("getInstance");
        instance.setAccessible(true);
        Object input = instance.invoke(null);
        Field inProgress = type.getDeclaredField("dragInProgress");
        inProgress.setAccessible(true);
        if (inProgress.getBoolean(input)) {
            return; // a gesture of this test is under way: leave it
        }
        Field view = type.getDeclaredField("dragView");
        view.setAccessible(true);
        view.set(input, null);
    }
}
