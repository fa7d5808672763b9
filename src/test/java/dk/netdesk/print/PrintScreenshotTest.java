package dk.netdesk.print;

import dk.netdesk.app.AppContext;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.ui.Messages;
import java.util.Locale;
import javafx.scene.SnapshotParameters;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code mvn -B -Pscreenshots verify -Dtest=PrintScreenshotTest}: the printed page as PNG, English and Danish,
 * A4 portrait and landscape, at 2× (144 dpi), to {@code target/screenshots/print-<lang>-a4-<orientation>.png}.
 */
@Tag("screenshots")
class PrintScreenshotTest {

    @Test
    void printedPages() throws Exception {
        FxToolkit.registerPrimaryStage();
        PrintFonts fonts = new PrintFonts();
        for (Locale locale : Messages.LANGUAGES) {
            Messages messages = new Messages(locale, withPrint());
            WeekLayout layout = new WeekLayout(fonts, messages);
            for (PrintOrientation orientation : PrintOrientation.values()) {
                PrintOptions options = new PrintOptions(PaperSize.A4, orientation, true, true, true);
                PrintedPage page = layout.page(SampleWeeks.ordinary(SampleWeeks.MONDAY_48), options);
                String name = "print-" + locale.getLanguage() + "-a4-" + orientation.name().toLowerCase(Locale.ROOT);
                WaitForAsyncUtils.asyncFx(() -> {
                    Pane sheet = new PageNodeRenderer(fonts).sheet(page);
                    new javafx.scene.Scene(sheet);
                    SnapshotParameters parameters = new SnapshotParameters();
                    parameters.setTransform(Transform.scale(2, 2));
                    parameters.setFill(Color.WHITE);
                    Screenshots.save(sheet, name, parameters);
                }).get();
            }
        }
    }

    static java.util.List<String> withPrint() {
        java.util.List<String> bundles = new java.util.ArrayList<>(AppContext.BUNDLES);
        if (!bundles.contains("dk.netdesk.print.messages")) {
            bundles.add("dk.netdesk.print.messages");
        }
        return bundles;
    }
}
