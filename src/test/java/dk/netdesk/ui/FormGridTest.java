package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import java.util.Locale;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The two-column form: labels for fields, translated error messages under them, rows that hide. */
@ExtendWith(ApplicationExtension.class)
class FormGridTest {

    static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    final Messages danish = new Messages(new Locale("da"), Bundles.ALL);
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aFieldGetsItsLabelAndItsErrorIsTranslatedAndShownOnlyWhileThereIsOne(FxRobot robot) {
        SimpleStringProperty error = new SimpleStringProperty();
        TextField title = new TextField();
        title.setId("t-title");
        FormGrid grid = new FormGrid(danish);
        robot.interact(() -> {
            grid.add("settings.language", title, error);
            stage.setScene(new Scene(grid.node(), 400, 200));
            stage.show();
        });
        Label label = (Label) grid.node().getChildren().stream().filter(n -> GridPane.getColumnIndex(n) == 0)
                .findFirst().orElseThrow();
        assertThat(label.getText()).isEqualTo("Sprog");
        assertThat(label.getLabelFor()).isSameAs(title);
        Label message = robot.lookup("#t-title-error").queryAs(Label.class);
        assertThat(message.isVisible()).isFalse();
        assertThat(message.isManaged()).isFalse();
        assertThat(title.getPseudoClassStates()).doesNotContain(DANGER);

        robot.interact(() -> error.set("library.error.title"));
        assertThat(message.getText()).isEqualTo(danish.get("library.error.title")).isNotBlank();
        assertThat(message.isVisible()).isTrue();
        assertThat(title.getPseudoClassStates()).contains(DANGER);

        robot.interact(() -> error.set(null));
        assertThat(message.isVisible()).isFalse();
        assertThat(title.getPseudoClassStates()).doesNotContain(DANGER);
    }

    @Test
    void rowsAreAddedTopToBottomAndAHiddenRowTakesNoRoom(FxRobot robot) {
        FormGrid grid = new FormGrid(danish);
        SimpleBooleanProperty shown = new SimpleBooleanProperty(false);
        TextField first = new TextField();
        TextField second = new TextField();
        Label note = new Label("note");
        robot.interact(() -> {
            grid.add("settings.language", first);
            FormGrid.Row row = grid.add("settings.theme", second).visibleWhen(shown);
            grid.addNote(note);
            assertThat(row.label().getText()).isEqualTo("Tema");
        });
        assertThat(GridPane.getRowIndex(first)).isZero();
        assertThat(GridPane.getRowIndex(second)).isEqualTo(1);
        assertThat(GridPane.getRowIndex(note)).isEqualTo(2);
        assertThat(GridPane.getColumnIndex(note)).isEqualTo(1);
        Node secondLabel = grid.node().getChildren().stream()
                .filter(n -> GridPane.getRowIndex(n) == 1 && GridPane.getColumnIndex(n) == 0).findFirst().orElseThrow();
        assertThat(second.isManaged()).isFalse();
        assertThat(secondLabel.isVisible()).isFalse();
        robot.interact(() -> shown.set(true));
        assertThat(second.isManaged()).isTrue();
        assertThat(secondLabel.isVisible()).isTrue();
        assertThat(first.isVisible()).isTrue();
    }
}
