package dk.netdesk.calendar;

import dk.netdesk.testing.ScreenshotRun;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code mvn -B -o -Pscreenshots test -Dtest=HolidaySearchScreenshotTest}: the Easter week of 2027 with its
 * public holidays, its month, and the search (Ctrl+F) with hits, in both languages and themes.
 */
@Tag("screenshots")
class HolidaySearchScreenshotTest {

    @TempDir
    Path dir;

    @Test
    void holidayWeekAndSearch() throws Exception {
        FxToolkit.registerPrimaryStage();
        for (ScreenshotRun run : ScreenshotRun.all()) {
            boolean da = run.locale().getLanguage().equals("da");
            try (TestApp app = TestApp.open(dir.resolve(run.name("holidays")), run.locale())) {
                app.context().shell().setTheme(run.theme());
                CalendarViewModel model = app.context().calendar();
                model.load();
                RepeatRule weekly = new RepeatRule(RepeatRule.Freq.WEEKLY, 1, java.util.Set.of(java.time.DayOfWeek.TUESDAY), null, null);
                model.create(event(da ? "Teamopkald" : "Team call", "2027-03-02T19:00", "2027-03-02T20:00", Kind.TRAINING, weekly));
                model.create(event(da ? "Præsentation hos Søren" : "Presentation at Søren's", "2027-03-24T18:00",
                        "2027-03-24T20:00", Kind.PRESENTATION, null));
                model.create(event(da ? "Påskefrokost" : "Easter lunch", "2027-03-28T12:00", "2027-03-28T15:00", Kind.FAMILY, null));
                model.create(event(da ? "Opfølgning: Mette" : "Follow-up: Mette", "2027-03-22T18:00", "2027-03-22T19:00",
                        Kind.FOLLOW_UP, null, da ? "Tag prøver med til Søren" : "Bring samples for Søren"));
                model.create(event(da ? "Kaffe med Søren" : "Coffee with Søren", "2026-10-05T10:00", "2026-10-05T11:00",
                        Kind.PROSPECTING, null));
                model.goTo(LocalDate.of(2027, 3, 24));
                WaitForAsyncUtils.asyncFx(() -> {
                    Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
                    app.showShell(stage).select("calendar");
                    run.resize(stage);
                }).get();
                WaitForAsyncUtils.waitForFxEvents();
                shoot(run.name("calendar-holidays-week"));
                WaitForAsyncUtils.asyncFx(() -> model.modeProperty().set(CalendarViewModel.Mode.MONTH)).get();
                WaitForAsyncUtils.waitForFxEvents();
                shoot(run.name("calendar-holidays-month"));
                WaitForAsyncUtils.asyncFx(() -> model.modeProperty().set(CalendarViewModel.Mode.WEEK)).get();
                WaitForAsyncUtils.waitForFxEvents();
                CalendarSearchDialog[] dialog = new CalendarSearchDialog[1];
                WaitForAsyncUtils.asyncFx(() -> {
                    dialog[0] = new CalendarSearchDialog(FxToolkit.toolkitContext().getRegisteredStage(),
                            app.context().messages(), model.search());
                    dialog[0].show();
                    model.search().queryProperty().set("SØREN");
                }).get();
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.asyncFx(() -> {
                    Screenshots.save(dialog[0].getDialogPane().getScene(), run.name("calendar-search"));
                    dialog[0].close();
                }).get();
            }
        }
    }

    private static EventDraft event(String title, String start, String end, Kind kind, RepeatRule repeat) {
        return event(title, start, end, kind, repeat, "");
    }

    private static EventDraft event(String title, String start, String end, Kind kind, RepeatRule repeat, String notes) {
        return new EventDraft(title, LocalDateTime.parse(start), LocalDateTime.parse(end), false, "", notes, null, kind, repeat, null);
    }

    private static void shoot(String name) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(FxToolkit.toolkitContext().getRegisteredStage().getScene(), name)).get();
    }
}
