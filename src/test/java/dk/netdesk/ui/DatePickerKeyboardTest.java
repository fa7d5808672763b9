package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.skin.DatePickerSkin;
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
 * Issue 18, item 5: in a date picker's popup (every picker is made by {@link DateText}) the arrow keys move a
 * day the user can see, and Enter picks that day, not the one in the field.
 */
@ExtendWith(ApplicationExtension.class)
class DatePickerKeyboardTest {

    DatePicker picker;

    @Start
    void start(Stage stage) {
        // the app's theme, as the window sets it: the ring's colour is one of its colours
        Theme.LIGHT.apply();
        Messages messages = new Messages(Locale.ENGLISH, Bundles.ALL);
        picker = DateText.picker("test-date", messages);
        picker.setValue(LocalDate.of(2026, 12, 3));
        Scene scene = new Scene(new VBox(8, picker), 400, 400);
        scene.getStylesheets().add(Theme.APP_STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void enterPicksTheDayTheArrowsMovedTo(FxRobot robot) {
        robot.interact(() -> {
            picker.requestFocus();
            picker.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedDay()).as("the popup opens on the picked day").isEqualTo(LocalDate.of(2026, 12, 3));

        robot.type(KeyCode.LEFT, KeyCode.LEFT);
        assertThat(focusedDay()).as("two days back").isEqualTo(LocalDate.of(2026, 12, 1));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(picker.isShowing()).isFalse();
        assertThat(picker.getValue()).as("Enter picks the highlighted day").isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void anEmptyPickerPicksTheDayTheArrowsMovedToFromToday(FxRobot robot) {
        robot.interact(() -> {
            picker.setValue(null);
            picker.requestFocus();
            picker.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        LocalDate start = focusedDay();
        assertThat(start).as("the popup opens on a day with the focus").isNotNull();
        robot.type(KeyCode.LEFT, KeyCode.LEFT);
        assertThat(focusedDay()).isEqualTo(start.minusDays(2));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(picker.getValue()).as("Enter picks the highlighted day").isEqualTo(start.minusDays(2));
    }

    @Test
    void theDayTheArrowsAreOnHasARing(FxRobot robot) {
        robot.interact(() -> {
            picker.requestFocus();
            picker.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.LEFT);
        DateCell cell = (DateCell) popupContent().lookupAll(".day-cell").stream()
                .filter(n -> n instanceof DateCell c && c.isFocused()).findFirst().orElseThrow();
        assertThat(cell.getBorder()).as("the focused day is drawn with a border").isNotNull();
        assertThat(cell.getBorder().getStrokes()).isNotEmpty();
        robot.interact(picker::hide);
    }

    @Test
    void inADialogEnterPicksTheDayAndLeavesTheDialogOpen(FxRobot robot) {
        Messages messages = new Messages(Locale.ENGLISH, Bundles.ALL);
        @SuppressWarnings("unchecked")
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType>[] shown = new javafx.scene.control.Dialog[1];
        robot.interact(() -> {
            javafx.scene.control.Dialog<javafx.scene.control.ButtonType> d = new javafx.scene.control.Dialog<>();
            d.initOwner(picker.getScene().getWindow());
            d.getDialogPane().getButtonTypes().addAll(javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
            dialogPicker = DateText.picker("dialog-date", messages);
            d.getDialogPane().setContent(new VBox(dialogPicker));
            dialogPicker.setValue(LocalDate.of(2026, 12, 3));
            DialogFit.onScreen(d);
            d.show();
            shown[0] = d;
        });
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> dialog = shown[0];
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            dialogPicker.requestFocus();
            dialogPicker.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.LEFT, KeyCode.LEFT);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.isShowing()).as("Enter in the popup does not press OK").isTrue();
        assertThat(dialogPicker.getValue()).as("Enter picks the highlighted day").isEqualTo(LocalDate.of(2026, 12, 1));
        robot.interact(dialog::close);
    }

    DatePicker dialogPicker;

    private LocalDate focusedDay() {
        return popupContent().lookupAll(".day-cell").stream()
                .filter(n -> n instanceof DateCell c && c.isFocused() && !c.getStyleClass().contains("week-number-cell"))
                .map(n -> ((DateCell) n).getItem()).findFirst().orElse(null);
    }

    private Node popupContent() {
        return ((DatePickerSkin) picker.getSkin()).getPopupContent();
    }
}
