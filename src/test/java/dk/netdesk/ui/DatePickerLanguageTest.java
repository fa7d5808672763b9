package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import java.time.LocalDate;
import java.time.temporal.WeekFields;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.control.skin.DatePickerSkin;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The popup calendar of every date picker (all made by {@link DateText}) is in the UI language, starts on Monday and
 * shows ISO week numbers, in English and in Danish, also after the language is switched while the app runs, whatever
 * the machine's own locale is (issue 15, items 1 and 2).
 */
@ExtendWith(ApplicationExtension.class)
class DatePickerLanguageTest {

    Messages messages;
    DatePicker picker;
    Locale machine;

    @BeforeEach
    void machineInUsEnglish() {
        // a machine set to US English: Sunday first, no week numbers, were the popup to follow the machine
        machine = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
    }

    @AfterEach
    void machineBack() {
        Locale.setDefault(Locale.Category.FORMAT, machine);
    }

    @Start
    void start(Stage stage) {
        messages = new Messages(Locale.ENGLISH, Bundles.ALL);
        picker = DateText.picker("test-date", messages);
        picker.setValue(LocalDate.of(2027, 1, 13));
        stage.setScene(new Scene(new VBox(8, picker), 400, 400));
        stage.show();
    }

    @Test
    void englishStartsOnMondayWithIsoWeekNumbers(FxRobot robot) {
        Popup popup = open(robot);

        assertThat(popup.dayNames().get(0)).isEqualTo("Mon");
        assertThat(popup.month()).isEqualTo("January");
        // 4 January 2027 is a Monday in ISO week 1; 1–3 January belong to week 53 of 2026
        assertThat(popup.weekNumbers()).startsWith("53", "1", "2");
        assertThat(popup.firstDay()).as("the first cell is the Monday before 1 January").isEqualTo(LocalDate.of(2026, 12, 28));
        robot.interact(picker::hide);
        assertThat(Locale.getDefault(Locale.Category.FORMAT)).as("the machine's locale is back once the popup closes")
                .isEqualTo(Locale.US);
    }

    @Test
    void aSwitchToDanishWhileRunningReachesThePopup(FxRobot robot) {
        open(robot);
        robot.interact(picker::hide);
        robot.interact(() -> messages.setLocale(new Locale("da")));

        Popup popup = open(robot);

        assertThat(popup.month()).as("JavaFX capitalises the month").isEqualTo("Januar");
        assertThat(popup.dayNames().get(0)).isEqualTo("Man");
        assertThat(popup.weekNumbers()).startsWith("53", "1", "2");
        assertThat(popup.firstDay()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(picker.getEditor().getText()).as("the field too is in Danish").isEqualTo("13.01.2027");
        robot.interact(picker::hide);
    }

    @Test
    void thePopupLocaleHasIsoWeeksInBothLanguages() {
        for (Locale language : Messages.LANGUAGES) {
            assertThat(WeekFields.of(DateText.calendarLocale(language))).as(language.toString()).isEqualTo(WeekFields.ISO);
        }
    }

    private Popup open(FxRobot robot) {
        robot.interact(picker::show);
        WaitForAsyncUtils.waitForFxEvents();
        return new Popup(((DatePickerSkin) picker.getSkin()).getPopupContent());
    }

    /** What the shown popup calendar reads, column by column. */
    private record Popup(Node content) {

        List<String> dayNames() {
            return inColumns(".day-name-cell").stream().map(n -> ((DateCell) n).getText()).toList();
        }

        List<String> weekNumbers() {
            return content.lookupAll(".week-number-cell").stream().filter(Node::isVisible)
                    .sorted(Comparator.comparing(n -> GridPane.getRowIndex(n)))
                    .map(n -> ((DateCell) n).getText()).toList();
        }

        /** The first day cell of the first row (after the week number column). */
        LocalDate firstDay() {
            return content.lookupAll(".day-cell").stream()
                    .filter(n -> !n.getStyleClass().contains("week-number-cell"))
                    .min(Comparator.comparing((Node n) -> GridPane.getRowIndex(n)).thenComparing(n -> GridPane.getColumnIndex(n)))
                    .map(n -> ((DateCell) n).getItem()).orElseThrow();
        }

        String month() {
            return content.lookupAll(".spinner-label").stream().map(n -> ((Label) n).getText())
                    .filter(t -> !t.matches("\\d+")).findFirst().orElseThrow();
        }

        private List<Node> inColumns(String selector) {
            return content.lookupAll(selector).stream().sorted(Comparator.comparing(n -> GridPane.getColumnIndex(n))).toList();
        }
    }
}
