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

    @Test
    void aRowOfCheckBoxesThatWrapsIsNotSqueezedOverTheRowsBelowInALowWindow(FxRobot robot) {
        FormGrid grid = new FormGrid(danish);
        TextField address = new TextField();
        address.setId("t-address");
        javafx.scene.layout.FlowPane stages = new javafx.scene.layout.FlowPane(10, 6);
        stages.setId("t-stages");
        for (String name : java.util.List.of("Nyt emne", "Kontaktet", "Interesseret", "Præsentation", "Opfølgning",
                "Kunde", "Teammedlem", "Ikke nu")) {
            stages.getChildren().add(new javafx.scene.control.CheckBox(name));
        }
        javafx.scene.control.TextArea body = new javafx.scene.control.TextArea();
        body.setPrefRowCount(14);
        robot.interact(() -> {
            grid.add("settings.language", address);
            grid.add("settings.theme", stages);
            grid.add("settings.language", body);
            javafx.scene.layout.GridPane.setVgrow(body, javafx.scene.layout.Priority.ALWAYS);
            // the library editor's form at 1,024x700: about 380 pixels wide, too low for the body's 14 rows
            stage.setScene(new Scene(grid.node(), 380, 300));
            stage.show();
        });
        java.util.List<String> cut = new java.util.ArrayList<>();
        robot.interact(() -> {
            grid.node().applyCss();
            grid.node().layout();
            cut.addAll(dk.netdesk.testing.CutOff.in(stage.getScene()));
        });
        javafx.geometry.Bounds flow = stages.getBoundsInParent();
        assertThat(flow.getMaxY()).as("the check boxes end above the text box").isLessThanOrEqualTo(body.getBoundsInParent().getMinY());
        assertThat(stages.getHeight()).as("the row is as high as its check boxes").isGreaterThanOrEqualTo(stages.prefHeight(stages.getWidth()) - 0.5);
        assertThat(cut).noneMatch(line -> line.startsWith("overlaps"));
    }

    @Test
    void aWrappedHintUnderAGrowingTextBoxKeepsAllItsLinesBelowIt(FxRobot robot) {
        FormGrid grid = new FormGrid(danish);
        javafx.scene.control.TextArea body = new javafx.scene.control.TextArea();
        body.setPrefRowCount(14);
        Label hint = new Label("Markdown: **fed**, *kursiv*, - et punkt, # en overskrift, [tekst](https://adresse).");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        robot.interact(() -> {
            grid.add("settings.language", new TextField());
            grid.add("settings.theme", body);
            javafx.scene.layout.GridPane.setVgrow(body, javafx.scene.layout.Priority.ALWAYS);
            grid.addNote(hint);
            // the library editor at 1,024x700: a narrow field column, the hint on three lines
            stage.setScene(new Scene(grid.node(), 330, 160));
            stage.show();
        });
        java.util.List<String> cut = new java.util.ArrayList<>();
        robot.interact(() -> {
            grid.node().applyCss();
            grid.node().layout();
            cut.addAll(dk.netdesk.testing.CutOff.in(stage.getScene()));
        });
        assertThat(hint.getBoundsInParent().getMinY()).as("below the text box")
                .isGreaterThanOrEqualTo(body.getBoundsInParent().getMaxY());
        assertThat(cut).noneMatch(line -> line.startsWith("overlaps"));
    }
}
