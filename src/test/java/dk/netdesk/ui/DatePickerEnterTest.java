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
 * A date typed into a picker and confirmed with Enter is taken in before the window's default button
 * (Save) acts on the same key: the new-user test found "Next follow-up" dropped that way.
 */
@ExtendWith(ApplicationExtension.class)
class DatePickerEnterTest {

    DatePicker picker;
    final List<LocalDate> seenBySave = new ArrayList<>();

    @Start
    void start(Stage stage) {
        picker = DateText.picker("test-date", new Messages(new Locale("da"), Bundles.ALL));
        Button save = new Button("Gem");
        save.setDefaultButton(true);
        save.setOnAction(e -> seenBySave.add(picker.getValue()));
        stage.setScene(new Scene(new VBox(8, picker, save), 300, 200));
        stage.show();
    }

    @Test
    void enterTakesTheTypedDateInBeforeTheDefaultButtonActs(FxRobot robot) {
        robot.clickOn(picker.getEditor());
        robot.write("24.12.2026");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(picker.getValue()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(seenBySave).as("if Save acts on the Enter, it sees the typed date").allMatch(
                d -> LocalDate.of(2026, 12, 24).equals(d));
    }
}
