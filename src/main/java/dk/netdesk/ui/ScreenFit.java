package dk.netdesk.ui;

import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Where a window goes so that it is whole on one screen: pure arithmetic on rectangles, no window or
 * {@code Screen} needed (the callers pass {@code Screen.getScreens()}' visual bounds). All values are in
 * JavaFX's virtual-screen pixels, where a screen left of or above the primary one has negative coordinates.
 */
public final class ScreenFit {

    private ScreenFit() {
    }

    /**
     * The rectangle a window should take so it lies wholly on one screen's visual bounds (the screen minus
     * task bars and docks).
     * <ul>
     * <li>The screen is the one that shares the most area with the wanted rectangle; when it shares none with
     * any screen (a screen that has been unplugged) or its position is unknown (NaN), the primary screen, and
     * the window is centred on it.</li>
     * <li>A window wider or taller than that screen shrinks to its width or height.</li>
     * <li>Otherwise it keeps its size and is moved the least it must to lie inside the screen.</li>
     * </ul>
     *
     * @param wanted  the window's wanted bounds; x and y may be NaN for "no position yet"; width and height
     *                must be positive numbers
     * @param screens the visual bounds of every screen, in any order; may be empty
     * @param primary the primary screen's visual bounds, used when the window is on none of {@code screens}
     * @return the bounds to use: never larger than the chosen screen, always inside it
     */
    public static Rectangle2D fit(Rectangle2D wanted, List<Rectangle2D> screens, Rectangle2D primary) {
        return fit(wanted.getMinX(), wanted.getMinY(), wanted.getWidth(), wanted.getHeight(), screens, primary);
    }

    /** {@link #fit(Rectangle2D, List, Rectangle2D)} with the wanted bounds given one by one (x and y may be NaN). */
    public static Rectangle2D fit(double x, double y, double width, double height, List<Rectangle2D> screens,
                                  Rectangle2D primary) {
        Rectangle2D screen = null;
        double best = 0;
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            for (Rectangle2D candidate : screens) {
                double shared = sharedArea(candidate, x, y, width, height);
                if (shared > best) {
                    best = shared;
                    screen = candidate;
                }
            }
        }
        double w = Math.min(width, primaryOr(screen, primary).getWidth());
        double h = Math.min(height, primaryOr(screen, primary).getHeight());
        if (screen == null) {
            return new Rectangle2D(primary.getMinX() + (primary.getWidth() - w) / 2,
                    primary.getMinY() + (primary.getHeight() - h) / 2, w, h);
        }
        double left = clamp(x, screen.getMinX(), screen.getMaxX() - w);
        double top = clamp(y, screen.getMinY(), screen.getMaxY() - h);
        return new Rectangle2D(left, top, w, h);
    }

    /**
     * The main window's remembered bounds fitted to today's screens with {@link #fit}; a maximized window
     * stays maximized, and its bounds (the size it takes when it is restored) are fitted too, which also
     * decides the screen it is maximized on.
     *
     * @param saved the remembered bounds; NaN x and y mean "never placed"
     * @return new bounds with a real position, never larger than the chosen screen
     */
    public static ShellViewModel.Bounds restore(ShellViewModel.Bounds saved, List<Rectangle2D> screens,
                                                Rectangle2D primary) {
        Rectangle2D fitted = fit(saved.x(), saved.y(), saved.width(), saved.height(), screens, primary);
        return new ShellViewModel.Bounds(fitted.getMinX(), fitted.getMinY(), fitted.getWidth(), fitted.getHeight(),
                saved.maximized());
    }

    private static Rectangle2D primaryOr(Rectangle2D screen, Rectangle2D primary) {
        return screen == null ? primary : screen;
    }

    private static double sharedArea(Rectangle2D screen, double x, double y, double width, double height) {
        double w = Math.min(screen.getMaxX(), x + width) - Math.max(screen.getMinX(), x);
        double h = Math.min(screen.getMaxY(), y + height) - Math.max(screen.getMinY(), y);
        return w > 0 && h > 0 ? w * h : 0;
    }

    /** {@code value} moved into [{@code min}, {@code max}]; {@code min} wins when the range is empty. */
    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }
}
