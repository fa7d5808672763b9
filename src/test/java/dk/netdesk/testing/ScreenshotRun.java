package dk.netdesk.testing;

import dk.netdesk.ui.Messages;
import dk.netdesk.ui.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.stage.Stage;

/**
 * One look every screen and dialog is photographed in: English or Danish, light or dark, in a small
 * (1,024×700) or a large (1,600×1,000) window. {@link #all()} gives all eight.
 */
public record ScreenshotRun(Locale locale, Theme theme, Size size) {

    /** The window sizes, in pixels (the window's outer size). */
    public enum Size {
        SMALL(1024, 700), LARGE(1600, 1000);

        private final double width;
        private final double height;

        Size(double width, double height) {
            this.width = width;
            this.height = height;
        }

        public double width() {
            return width;
        }

        public double height() {
            return height;
        }

        /** For example {@code 1024x700}. */
        public String label() {
            return (int) width + "x" + (int) height;
        }
    }

    /** Every language, theme and size: eight runs, the small ones first. */
    public static List<ScreenshotRun> all() {
        List<ScreenshotRun> runs = new ArrayList<>();
        for (Size size : Size.values()) {
            for (Locale locale : Messages.LANGUAGES) {
                for (Theme theme : Theme.values()) {
                    runs.add(new ScreenshotRun(locale, theme, size));
                }
            }
        }
        return runs;
    }

    /** For example {@code contacts-da-dark-1024x700}. */
    public String name(String screen) {
        return screen + "-" + locale.getLanguage() + "-" + theme.name().toLowerCase(Locale.ROOT) + "-" + size.label();
    }

    public boolean danish() {
        return "da".equals(locale.getLanguage());
    }

    /**
     * Gives {@code stage} this run's size (not maximized), its scene too: a whole-window screenshot is then
     * exactly {@link Size#width()} × {@link Size#height()}. Call on the JavaFX thread.
     */
    public void resize(Stage stage) {
        // A showing window that was given a new scene (Shell.show() does, once per run, on TestFX's shared
        // stage) keeps that scene at its preferred size whatever size the window is set to; a window shown
        // with a size set gives it to its scene. So a showing window is hidden, sized and shown again.
        boolean showing = stage.isShowing();
        if (showing) {
            stage.hide();
        }
        stage.setMaximized(false);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(size.width());
        stage.setHeight(size.height());
        if (showing) {
            stage.show();
        }
    }
}
