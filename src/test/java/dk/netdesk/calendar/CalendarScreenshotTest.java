package dk.netdesk.calendar;

import dk.netdesk.testing.ScreenshotRun;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Shell;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.Set;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** {@code mvn -B -Pscreenshots verify -Dtest=CalendarScreenshotTest}: a planned week, month and agenda in both languages and themes. */
@Tag("screenshots")
class CalendarScreenshotTest {

    @TempDir
    Path dir;

    @Test
    void plannedWeek() throws Exception {
        FxToolkit.registerPrimaryStage();
        for (ScreenshotRun run : ScreenshotRun.all()) {
            boolean da = run.locale().getLanguage().equals("da");
            try (TestApp app = TestApp.open(dir.resolve(run.name("calendar")), run.locale())) {
                app.context().shell().setTheme(run.theme());
                CalendarViewModel model = app.context().calendar();
                model.load();
                plan(model, da);
                FxToolkit.setupStage(stage -> {
                    run.resize(stage);
                });
                Shell[] shell = new Shell[1];
                WaitForAsyncUtils.asyncFx(() -> {
                    Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
                    shell[0] = app.showShell(stage);
                    run.resize(stage);
                    shell[0].select("calendar");
                }).get();
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.asyncFx(() -> scrollTo(16.5)).get();
                WaitForAsyncUtils.waitForFxEvents();
                shoot(run.name("calendar-week"));
                if (run.theme() == dk.netdesk.ui.Theme.LIGHT) {
                    // the same week without colour: work and personal must still be told apart
                    WaitForAsyncUtils.asyncFx(() -> FxToolkit.toolkitContext().getRegisteredStage().getScene().getRoot()
                            .setEffect(new javafx.scene.effect.ColorAdjust(0, -1, 0, 0))).get();
                    WaitForAsyncUtils.waitForFxEvents();
                    shoot(run.name("calendar-week-grayscale"));
                    WaitForAsyncUtils.asyncFx(() -> FxToolkit.toolkitContext().getRegisteredStage().getScene().getRoot()
                            .setEffect(null)).get();
                }
                WaitForAsyncUtils.asyncFx(() -> scrollTo(9)).get();
                WaitForAsyncUtils.waitForFxEvents();
                shoot(run.name("calendar-week-morning"));
                WaitForAsyncUtils.asyncFx(() -> model.modeProperty().set(CalendarViewModel.Mode.MONTH)).get();
                WaitForAsyncUtils.waitForFxEvents();
                shoot(run.name("calendar-month"));
                WaitForAsyncUtils.asyncFx(() -> {
                    model.modeProperty().set(CalendarViewModel.Mode.AGENDA);
                    model.goTo(java.time.LocalDate.of(2026, 11, 23));
                }).get();
                WaitForAsyncUtils.waitForFxEvents();
                shoot(run.name("calendar-agenda"));
                WaitForAsyncUtils.asyncFx(() -> {
                    model.modeProperty().set(CalendarViewModel.Mode.DAY);
                    model.goTo(java.time.LocalDate.of(2026, 11, 23));
                }).get();
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.asyncFx(() -> scrollTo(16.5)).get();
                WaitForAsyncUtils.waitForFxEvents();
                shoot(run.name("calendar-day"));
                dialogs(model, app, run);
            }
        }
    }

    /** The event dialog (a repeating event) and the balance settings, shown without waiting. */
    private static void dialogs(CalendarViewModel model, TestApp app, ScreenshotRun run) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            model.modeProperty().set(CalendarViewModel.Mode.WEEK);
            Occurrence team = model.occurrences().stream().filter(Occurrence::isRecurring).findFirst().orElseThrow();
            EventForm form = new EventForm();
            form.edit(EventDraft.of(team, model.repeatOf(team)).withReminder(15), model.contacts());
            EventDialog dialog = new EventDialog(FxToolkit.toolkitContext().getRegisteredStage(), app.context().messages(),
                    form, true, false);
            dialog.show();
            Screenshots.save(dialog.getDialogPane().getScene(), run.name("calendar-dialog-event"));
            dialog.close();
            BalanceForm balanceForm = new BalanceForm(app.context().messages().getLocale());
            balanceForm.edit(model.balanceProperty().get());
            BalanceSettingsDialog balance = new BalanceSettingsDialog(FxToolkit.toolkitContext().getRegisteredStage(),
                    app.context().messages(), balanceForm);
            balance.show();
            Screenshots.save(balance.getDialogPane().getScene(), run.name("calendar-dialog-balance"));
            balance.close();
        }).get();
    }

    private static void shoot(String name) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(FxToolkit.toolkitContext().getRegisteredStage().getScene(), name)).get();
    }

    private static void scrollTo(double hour) {
        javafx.scene.Scene scene = FxToolkit.toolkitContext().getRegisteredStage().getScene();
        ScrollPane scroll = (ScrollPane) scene.lookup("#calendar-scroll");
        Region body = (Region) scene.lookup("#calendar-body");
        scroll.layout();
        double max = body.getHeight() - scroll.getViewportBounds().getHeight();
        scroll.setVvalue(Math.max(0, Math.min(1, hour * TimeGrid.HOUR / max)));
    }

    /** Week 48 of 2026, as a distributor beside a day job might plan it. */
    static void plan(CalendarViewModel model, boolean da) {
        add(model, da ? "Ring til nye kundeemner" : "Call new leads", "2026-11-23T18:00", "2026-11-23T19:30", Kind.PROSPECTING);
        add(model, da ? "Opfølgning: Anna Jensen" : "Follow-up: Anna Jensen", "2026-11-23T19:35", "2026-11-23T20:30", Kind.FOLLOW_UP);
        add(model, da ? "Hjemmeparty hos Bo" : "Home party at Bo's", "2026-11-24T18:30", "2026-11-24T20:00", Kind.PRESENTATION);
        add(model, da ? "Svømning med børnene" : "Swimming with the kids", "2026-11-25T17:00", "2026-11-25T18:30", Kind.FAMILY);
        model.create(draft(da ? "Teamopkald" : "Team call", "2026-11-04T19:00", "2026-11-04T20:00", Kind.TRAINING)
                .withRepeat(new RepeatRule(RepeatRule.Freq.WEEKLY, 1, Set.of(DayOfWeek.WEDNESDAY), null, 20)));
        add(model, da ? "Ordrer og fakturaer" : "Orders and invoices", "2026-11-26T18:00", "2026-11-26T19:00", Kind.ADMIN);
        add(model, da ? "Opfølgninger" : "Follow-ups", "2026-11-26T19:15", "2026-11-26T20:15", Kind.FOLLOW_UP);
        model.create(new EventDraft(da ? "Mors fødselsdag" : "Mum's birthday", LocalDateTime.parse("2026-11-26T00:00"),
                LocalDateTime.parse("2026-11-27T00:00"), true, "", "", null, Kind.FAMILY, null, null));
        add(model, da ? "Erhvervsklub" : "Business club", "2026-11-27T19:00", "2026-11-27T20:30", Kind.NETWORKING);
        add(model, da ? "Workshop: hudpleje" : "Workshop: skin care", "2026-11-28T10:00", "2026-11-28T12:00", Kind.PRESENTATION);
        add(model, da ? "Frokost med forældre" : "Lunch with my parents", "2026-11-28T12:30", "2026-11-28T14:00", Kind.FAMILY);
        add(model, da ? "Skovtur" : "Walk in the forest", "2026-11-29T11:00", "2026-11-29T13:00", Kind.REST);
        add(model, da ? "Tandlæge" : "Dentist", "2026-11-24T16:00", "2026-11-24T17:00", Kind.HEALTH);
    }

    private static void add(CalendarViewModel model, String title, String start, String end, Kind kind) {
        model.create(draft(title, start, end, kind));
    }

    private static EventDraft draft(String title, String start, String end, Kind kind) {
        return new EventDraft(title, LocalDateTime.parse(start), LocalDateTime.parse(end), false, "", "", null, kind, null, null);
    }
}
