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
 * {@code printed-week-<lang>-holidays.pdf}, and the busy week with the hours 08–20 to {@code printed-week-<lang>-hours.pdf}
 * (turn into PNGs with pdftoppm).
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
                // chosen hours 08–20: the night and late events in their "Before"/"After" rows
                print.orientationProperty().set(PrintOrientation.PORTRAIT);
                print.fitHoursProperty().set(false);
                print.fromHourProperty().set(8);
                print.toHourProperty().set(20);
                print.savePdf(out.resolve("printed-week-" + locale.getLanguage() + "-hours.pdf").toAbsolutePath());
                print.fitHoursProperty().set(true);
                // the Easter week after it: public holidays under their dates, "Off on public holidays" in the
                // summary, and the hour the clock skips on Sunday 28 March
                print.open(BusyWeek.MONDAY.plusWeeks(1));
                print.savePdf(out.resolve("printed-week-" + locale.getLanguage() + "-holidays.pdf").toAbsolutePath());
            }
        }
    }
}
