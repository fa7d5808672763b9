package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.AppWindowTest;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Long holiday names ("Skærtorsdag", "Kristi himmelfartsdag", "Anden pinsedag", "Første juledag") show
 * whole in the month and week views at the default window size (1280x800), in both languages: they
 * wrap onto a second line rather than end in "…", and nothing else in the views is cut.
 */
class HolidayNamesFitTest extends AppWindowTest {

    /** Days with long holiday names: Maundy Thursday, Ascension, Whit Monday and Christmas Day 2026. */
    static final List<LocalDate> DAYS = List.of(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 5, 14),
            LocalDate.of(2026, 5, 25), LocalDate.of(2026, 12, 25));

    @Test
    void holidayNamesShowWholeInTheMonthAndWeekViewsAtTheDefaultSize(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        int seen = 0;
        for (Locale locale : Messages.LANGUAGES) {
            if (app != null) {
                app.close();
            }
            app = TestApp.open(dir.resolve("h" + locale.getLanguage()), locale);
            CalendarViewModel model = app.context().calendar();
            model.load();
            for (LocalDate day : DAYS) {
                // a busy holiday: the name shares its cell with events
                model.create(new EventDraft(locale.getLanguage().equals("da") ? "Familiefrokost" : "Family lunch",
                        day.atTime(12, 0), day.atTime(15, 0), false, "", "", null, Kind.FAMILY, null, null));
                model.create(new EventDraft("Opfølgning", day.atTime(18, 0), day.atTime(19, 0), false, "", "", null,
                        Kind.FOLLOW_UP, null, null));
            }
            robot.interact(() -> {
                app.showShell(stage).select("calendar");
                stage.setWidth(1280);
                stage.setHeight(800);
            });
            for (CalendarViewModel.Mode mode : List.of(CalendarViewModel.Mode.MONTH, CalendarViewModel.Mode.WEEK)) {
                for (LocalDate day : DAYS) {
                    String where = locale.getLanguage() + " " + mode + " " + day;
                    robot.interact(() -> {
                        model.modeProperty().set(mode);
                        model.goTo(day);
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                    CalendarLayoutTest.collectCut(stage.getScene().getRoot(), where, cut);
                    Label holiday = dk.netdesk.testing.Keyed.node("calendar-holiday-" + day, Label.class);
                    assertThat(holiday).as(where).isNotNull();
                    seen++;
                    String shown = shownText(holiday);
                    if (!shown.replace('\n', ' ').equals(holiday.getText())) {
                        cut.add(where + ": \"" + shown + "\" of \"" + holiday.getText() + "\"");
                    }
                    if (holiday.getHeight() + 0.5 < holiday.prefHeight(holiday.getWidth())) {
                        cut.add(where + ": " + holiday.getText() + " is " + holiday.getHeight() + " px tall, needs "
                                + holiday.prefHeight(holiday.getWidth()));
                    }
                    double room = holiday.getWidth() - holiday.snappedLeftInset() - holiday.snappedRightInset();
                    for (String word : holiday.getText().split(" ")) {
                        if (FitText.width(word, holiday.getFont()) > room + 0.5) {
                            cut.add(where + ": the word \"" + word + "\" is broken inside (" + room + " px)");
                        }
                    }
                    if (day.equals(DAYS.get(1))) {
                        robot.interact(() -> Screenshots.save(stage.getScene(), "calendar-holiday-names-" + mode.name().toLowerCase(Locale.ROOT)
                                + "-" + locale.getLanguage()));
                    }
                }
            }
        }
        assertThat(seen).isEqualTo(2 * 2 * DAYS.size());
        assertThat(cut).isEmpty();
    }

    /**
     * In a month at 1,024×700 in Danish, "Skærtorsdag" does not fit its day even at the smallest font: it ends in
     * "…" on one line (its whole name in the tooltip and the accessible text), never broken inside the word.
     */
    @Test
    void aHolidayNameTooWideForItsDayEndsInAnEllipsisRatherThanBreakingTheWord(FxRobot robot) {
        app = TestApp.open(dir.resolve("narrow"), Locale.forLanguageTag("da"));
        CalendarViewModel model = app.context().calendar();
        model.load();
        LocalDate day = LocalDate.of(2027, 3, 25);
        robot.interact(() -> {
            app.showShell(stage).select("calendar");
            stage.setWidth(1024);
            stage.setHeight(700);
            model.modeProperty().set(CalendarViewModel.Mode.MONTH);
            model.goTo(day);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label holiday = dk.netdesk.testing.Keyed.node("calendar-holiday-" + day, Label.class);
        assertThat(holiday.getText()).isEqualTo("Skærtorsdag");
        List<String> cut = new ArrayList<>();
        robot.interact(() -> cut.addAll(dk.netdesk.testing.CutOff.in(stage.getScene())));
        assertThat(cut).filteredOn(line -> line.contains("calendar-holiday")).isEmpty();
        assertThat(holiday.getTooltip().getText()).contains("Skærtorsdag");
    }

    /** The text a label draws, all its lines joined. */
    private static String shownText(Label label) {
        StringBuilder shown = new StringBuilder();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            for (Node n : label.getChildrenUnmodifiable()) {
                if (n instanceof Text t) {
                    shown.append(t.getText());
                }
            }
        });
        return shown.toString().strip();
    }
}
