package dk.netdesk.app;

import dk.netdesk.print.PrintOrientation;
import dk.netdesk.print.PrintViewModel;
import dk.netdesk.testing.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mvn -B -Pscreenshots verify -Dtest=PrintedWeekScreenshotTest}: the busy week ({@link BusyWeek}) saved
 * as PDF from the real calendar, English and Danish, A4 portrait and landscape, to
 * {@code target/screenshots/printed-week-<lang>-<orientation>.pdf}, and the Easter week after it (public holidays) to
 * {@code printed-week-<lang>-holidays.pdf} (turn into PNGs with pdftoppm).
 */
@Tag("screenshots")
class PrintedWeekScreenshotTest {

    @TempDir
    Path dir;

    @Test
    void busyWeekPdfs() throws Exception {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        for (Locale locale : java.util.List.of(Locale.ENGLISH, new Locale("da"))) {
            try (TestApp app = TestApp.open(dir.resolve(locale.getLanguage()), locale)) {
                BusyWeek.fill(app.context());
                PrintViewModel print = app.context().print();
                print.open(BusyWeek.MONDAY);
                for (PrintOrientation orientation : PrintOrientation.values()) {
                    print.orientationProperty().set(orientation);
                    print.savePdf(out.resolve("printed-week-" + locale.getLanguage() + "-"
                            + orientation.name().toLowerCase(Locale.ROOT) + ".pdf").toAbsolutePath());
                }
                // the Easter week after it: public holidays under their dates, "Off on public holidays" in the summary
                print.open(BusyWeek.MONDAY.plusWeeks(1));
                print.orientationProperty().set(PrintOrientation.PORTRAIT);
                print.savePdf(out.resolve("printed-week-" + locale.getLanguage() + "-holidays.pdf").toAbsolutePath());
            }
        }
    }
}
