package dk.netdesk.testing;

import dk.netdesk.ui.Messages;
import dk.netdesk.ui.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The four looks every screen is photographed in: English and Danish, light and dark. */
public record ScreenshotRun(Locale locale, Theme theme) {

    public static List<ScreenshotRun> all() {
        List<ScreenshotRun> runs = new ArrayList<>();
        for (Locale locale : Messages.LANGUAGES) {
            for (Theme theme : Theme.values()) {
                runs.add(new ScreenshotRun(locale, theme));
            }
        }
        return runs;
    }

    /** For example {@code contacts-da-dark}. */
    public String name(String screen) {
        return screen + "-" + locale.getLanguage() + "-" + theme.name().toLowerCase(Locale.ROOT);
    }
}
