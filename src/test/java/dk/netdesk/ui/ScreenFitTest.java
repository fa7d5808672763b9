package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The main window's and dialogs' bounds land wholly on a screen that exists (no window needed). */
class ScreenFitTest {

    /** The tester's laptop: 1024 x 700, with a 28 px panel at the top. */
    static final Rectangle2D SMALL = new Rectangle2D(0, 28, 1024, 672);
    static final Rectangle2D WIDE = new Rectangle2D(0, 0, 1920, 1040);
    /** A secondary screen left of the primary one: negative x. */
    static final Rectangle2D LEFT = new Rectangle2D(-1280, 0, 1280, 760);

    @Test
    void aWindowOffToTheRightIsMovedBackWholeAtItsSize() {
        Rectangle2D fitted = ScreenFit.fit(new Rectangle2D(700, 100, 800, 500), List.of(SMALL), SMALL);
        assertThat(fitted).isEqualTo(new Rectangle2D(224, 100, 800, 500));
    }

    @Test
    void aWindowBiggerThanTheScreenShrinksToItsVisualBounds() {
        // remembered from a 1920 x 1080 screen, opened on the 1024 x 700 laptop
        Rectangle2D fitted = ScreenFit.fit(new Rectangle2D(100, 50, 1200, 800), List.of(SMALL), SMALL);
        assertThat(fitted).isEqualTo(SMALL);
    }

    @Test
    void aWindowOnAScreenThatIsGoneOpensCentredOnThePrimaryScreen() {
        // remembered on a right-hand screen that has since been unplugged
        Rectangle2D fitted = ScreenFit.fit(new Rectangle2D(2200, 100, 900, 600), List.of(SMALL), SMALL);
        assertThat(fitted).isEqualTo(new Rectangle2D(62, 64, 900, 600));
    }

    @Test
    void aWindowOnALeftSecondaryScreenStaysThereWithNegativeCoordinates() {
        Rectangle2D fitted = ScreenFit.fit(new Rectangle2D(-1200, 100, 1000, 700), List.of(WIDE, LEFT), WIDE);
        assertThat(fitted).as("stays on the left screen, moved up to fit its 760 px").isEqualTo(new Rectangle2D(-1200, 60, 1000, 700));

        Rectangle2D tall = ScreenFit.fit(new Rectangle2D(-1400, -50, 1400, 1000), List.of(WIDE, LEFT), WIDE);
        assertThat(tall).as("mostly on the left screen: shrunk to it").isEqualTo(LEFT);
    }

    @Test
    void aWindowAcrossTwoScreensGoesToTheOneHoldingMostOfIt() {
        Rectangle2D fitted = ScreenFit.fit(new Rectangle2D(-300, 100, 1000, 600), List.of(WIDE, LEFT), WIDE);
        assertThat(fitted).isEqualTo(new Rectangle2D(0, 100, 1000, 600));
    }

    @Test
    void aWindowNeverPlacedIsCentredOnThePrimaryScreenAndFitsIt() {
        Rectangle2D fitted = ScreenFit.fit(Double.NaN, Double.NaN, 1200, 800, List.of(SMALL), SMALL);
        assertThat(fitted).isEqualTo(SMALL);
    }

    @Test
    void theRememberedMainWindowIsFittedAndAMaximizedOneStaysMaximized() {
        ShellViewModel.Bounds restored = ScreenFit.restore(new ShellViewModel.Bounds(300, 200, 1200, 800, true),
                List.of(SMALL), SMALL);
        assertThat(restored).isEqualTo(new ShellViewModel.Bounds(0, 28, 1024, 672, true));

        ShellViewModel.Bounds first = ScreenFit.restore(ShellViewModel.Bounds.DEFAULT, List.of(WIDE), WIDE);
        assertThat(first).as("the default size on a large screen: centred, as asked")
                .isEqualTo(new ShellViewModel.Bounds(360, 120, 1200, 800, false));
    }

    @Test
    void aWindowThatFitsIsLeftAlone() {
        Rectangle2D fitted = ScreenFit.fit(new Rectangle2D(-1000, 50, 640, 480), List.of(WIDE, LEFT), WIDE);
        assertThat(fitted).isEqualTo(new Rectangle2D(-1000, 50, 640, 480));
    }
}
