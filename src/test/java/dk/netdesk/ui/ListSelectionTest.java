package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A list and the view-model's selected item stay in step both ways; Delete runs the delete action. */
@ExtendWith(ApplicationExtension.class)
class ListSelectionTest {

    final SimpleObjectProperty<String> selected = new SimpleObjectProperty<>();
    final AtomicInteger deletes = new AtomicInteger();
    ListView<String> list;

    @Start
    void start(Stage stage) {
        list = new ListView<>(FXCollections.observableArrayList("Anna", "Bo", "Carl"));
        ListSelection.follow(list, selected);
        ListSelection.onDelete(list, deletes::incrementAndGet);
        stage.setScene(new Scene(list, 300, 300));
        stage.show();
    }

    @Test
    void pickingARowSetsTheSelectedItemAndSettingItSelectsTheRow(FxRobot robot) {
        robot.clickOn("Bo");
        assertThat(selected.get()).isEqualTo("Bo");

        robot.interact(() -> selected.set("Carl"));
        assertThat(list.getSelectionModel().getSelectedItem()).isEqualTo("Carl");

        robot.interact(() -> selected.set(null));
        assertThat(list.getSelectionModel().getSelectedItem()).isNull();
        assertThat(selected.get()).isNull();
    }

    @Test
    void deleteRunsTheActionAndOtherKeysDoNot(FxRobot robot) {
        robot.clickOn("Anna");
        robot.type(KeyCode.DOWN);
        assertThat(deletes.get()).isZero();
        robot.type(KeyCode.DELETE);
        assertThat(deletes.get()).isEqualTo(1);
    }
}
