package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A typed date that cannot be read is not silently dropped (the new-user test typed "32.13.2026" and
 * "tomorrow"): the picker keeps its value, the text stays to be corrected, the message under the field
 * says what to type, and a guarded button does not act.
 */
@ExtendWith(ApplicationExtension.class)
class DateTextUnreadableTest {

    static final LocalDate KEPT = LocalDate.of(2026, 12, 1);

    final Messages messages = new Messages(new Locale("da"), Bundles.ALL);
    DatePicker picker;
    Label message;
    final List<LocalDate> seenBySet = new ArrayList<>();

    @Start
    void start(Stage stage) {
        picker = DateText.picker("test-date", messages);
        picker.setValue(KEPT);
        Button set = new Button("Sæt");
        set.setId("test-set");
        set.setOnAction(e -> seenBySet.add(picker.getValue()));
        DateText.guard(set, picker);
        VBox field = DateText.withMessage(picker, messages);
        message = (Label) field.lookup("#test-date-error");
        stage.setScene(new Scene(new VBox(8, field, set), 400, 200));
        stage.show();
    }

    private void type(FxRobot robot, String text) {
        robot.clickOn(picker.getEditor());
        robot.interact(() -> picker.getEditor().selectAll());
        robot.write(text);
    }

    @Test
    void unreadableTextKeepsTheValueShowsWhatToTypeAndStopsTheButton(FxRobot robot) {
        for (String typed : List.of("32.13.2026", "tomorrow", "31.11.2026", "29.02.2027")) {
            type(robot, typed);
            robot.clickOn("#test-set");
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(picker.getValue()).as(typed + ": nothing changes").isEqualTo(KEPT);
            assertThat(seenBySet).as(typed + ": the button did not act on the old date").isEmpty();
            assertThat(picker.getEditor().getText()).as(typed + ": the text stays to be corrected").isEqualTo(typed);
            assertThat(message.isVisible()).isTrue();
            assertThat(message.getText()).isEqualTo("„" + typed + "“ er ikke en dato: skriv en dag, der findes, som 24.12.2026, 24. dec. 2026 eller 2026-12-24.");
        }

        type(robot, "24.12.2026");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picker.getValue()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(message.isVisible()).as("a readable date clears the message").isFalse();
        robot.clickOn("#test-set");
        assertThat(seenBySet).containsExactly(LocalDate.of(2026, 12, 24));
    }

    @Test
    void correctingTheTextClearsTheMessageAtOnceSoOneClickOnTheButtonBelowActs(FxRobot robot) {
        type(robot, "32.13.2026");
        robot.clickOn("#test-set");
        assertThat(message.isVisible()).isTrue();

        type(robot, "24.12.2026");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message.isVisible()).as("gone while typing, before the button moves up under the pointer").isFalse();
        robot.clickOn("#test-set");
        assertThat(seenBySet).containsExactly(LocalDate.of(2026, 12, 24));
    }

    @Test
    void aNewValueAndAnEmptyFieldClearTheMessage(FxRobot robot) {
        type(robot, "tomorrow");
        robot.type(KeyCode.ENTER);
        assertThat(DateText.unreadableProperty(picker).get()).isEqualTo("tomorrow");
        robot.interact(() -> picker.setValue(LocalDate.of(2027, 1, 5)));
        assertThat(DateText.unreadableProperty(picker).get()).isNull();
        assertThat(picker.getEditor().getText()).isEqualTo("05.01.2027");

        type(robot, "tomorrow");
        robot.type(KeyCode.ENTER);
        robot.interact(() -> picker.getEditor().clear());
        robot.type(KeyCode.ENTER);
        assertThat(DateText.unreadableProperty(picker).get()).isNull();
        assertThat(picker.getValue()).isNull();
    }

    @Test
    void theExampleInEachLanguageIsReadByThatLanguagesField() {
        for (Locale locale : Messages.LANGUAGES) {
            Messages m = new Messages(locale, Bundles.ALL);
            String text = m.format(DateText.UNREADABLE, "x");
            DatePicker p = DateText.picker("p", m);
            LocalDate day = LocalDate.of(2026, 12, 24);
            String field = p.getConverter().toString(day);
            String shown = m.dateFormat("format.date").format(day);
            // the message names the field's form, the form the app shows dates in, and ISO
            assertThat(text).as(locale.toString()).contains(field, shown, "2026-12-24");
            for (String example : new String[] {field, shown, "2026-12-24"}) {
                assertThat(p.getConverter().fromString(example)).as(locale + ": " + example).isEqualTo(day);
            }
        }
    }
}
