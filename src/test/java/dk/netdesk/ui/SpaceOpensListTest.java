package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
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
 * Space opens a dropdown as Alt+Down does (issue 18, item 9; decision 0042): a combo box, a choice box, a menu
 * button and a date picker not being typed in; a combo box that can be typed in, and a date picker in the middle
 * of a typed date, keep Space for typing.
 */
@ExtendWith(ApplicationExtension.class)
class SpaceOpensListTest {

    ComboBox<String> combo;
    ComboBox<String> editable;
    ChoiceBox<String> choice;
    DatePicker date;
    MenuButton menu;

    @Start
    void start(Stage stage) {
        combo = new ComboBox<>();
        combo.getItems().setAll("Call", "Meeting");
        editable = new ComboBox<>();
        editable.setEditable(true);
        choice = new ChoiceBox<>();
        choice.getItems().setAll("Call", "Meeting");
        date = DateText.picker("test-date", new Messages(Locale.ENGLISH, Bundles.ALL));
        date.setValue(LocalDate.of(2026, 12, 24));
        menu = new MenuButton("More");
        menu.getItems().add(new MenuItem("Erase"));
        Scene scene = new Scene(new VBox(8, combo, editable, choice, date, menu), 320, 300);
        SpaceOpensList.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    private void space(FxRobot robot, javafx.scene.Node node) {
        robot.interact(node::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void spaceOpensEachKindOfDropdown(FxRobot robot) {
        space(robot, combo);
        assertThat(combo.isShowing()).as("combo box").isTrue();
        robot.interact(combo::hide);
        space(robot, choice);
        assertThat(choice.isShowing()).as("choice box").isTrue();
        robot.interact(choice::hide);
        space(robot, menu);
        assertThat(menu.isShowing()).as("menu button").isTrue();
        robot.interact(menu::hide);
        space(robot, date);
        assertThat(date.isShowing()).as("date picker showing its date").isTrue();
        robot.interact(date::hide);
        assertThat(date.getValue()).isEqualTo(LocalDate.of(2026, 12, 24));
    }

    @Test
    void spaceStillTypesWhereTextIsBeingTyped(FxRobot robot) {
        space(robot, editable);
        assertThat(editable.isShowing()).isFalse();
        assertThat(editable.getEditor().getText()).isEqualTo(" ");

        robot.interact(() -> {
            date.requestFocus();
            date.getEditor().setText("24");
            date.getEditor().end();
        });
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(date.isShowing()).as("in the middle of a typed date").isFalse();
        assertThat(date.getEditor().getText()).isEqualTo("24 ");
    }
}
