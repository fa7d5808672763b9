package dk.netdesk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.ui.MayShorten;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The screenshot check: labels shortened on purpose (whole text at hand), and parts of a form lying over one another. */
@ExtendWith(ApplicationExtension.class)
class CutOffTest {

    static final String LONG = "Follow-up call with Anna Jensen about the autumn order";

    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private List<String> cutIn(javafx.scene.Parent root, FxRobot robot) {
        @SuppressWarnings("unchecked")
        List<String>[] cut = new List[1];
        robot.interact(() -> {
            stage.setScene(new Scene(root, 300, 200));
            stage.show();
            root.applyCss();
            root.layout();
            cut[0] = CutOff.in(stage.getScene());
        });
        return cut[0];
    }

    private static Label narrow(String text) {
        Label label = new Label(text);
        label.setMaxWidth(80);
        return label;
    }

    @Test
    void aWrappingLabelWithAWordWiderThanItsLineIsBrokenInsideTheWord(FxRobot robot) {
        Label broken = new Label("Netværksarrangement 10 t");
        broken.setWrapText(true);
        broken.setMaxWidth(60);
        broken.setId("broken");
        Label whole = new Label("Netværksarrangement 10 t");
        whole.setWrapText(true);
        whole.setId("whole");
        List<String> cut = cutIn(new VBox(broken, whole), robot);
        assertThat(cut).anyMatch(line -> line.startsWith("word broken inside: \"Netværksarrangement\"")
                && line.contains("#broken"));
        assertThat(cut).noneMatch(line -> line.contains("#whole"));
    }

    @Test
    void aShortenedLabelIsCutUnlessMarkedWithItsWholeTextInATooltipAndItsAccessibleText(FxRobot robot) {
        Label plain = narrow(LONG);
        plain.setId("plain");
        Label marked = MayShorten.declare(narrow(LONG), LONG);
        marked.setId("marked");
        marked.setTooltip(new Tooltip(LONG));
        Label markedNoTip = MayShorten.declare(narrow(LONG), LONG);
        markedNoTip.setId("marked-no-tip");
        // a tooltip made on the first hover, declared on the block that holds the label
        VBox block = MayShorten.tooltipText(new VBox(MayShorten.declare(narrow(LONG), LONG)), LONG + "\n19:00–19:30");
        block.setId("block");
        Label tipOnly = narrow(LONG);
        tipOnly.setId("tip-only");
        tipOnly.setTooltip(new Tooltip(LONG));

        List<String> cut = cutIn(new VBox(plain, marked, markedNoTip, block, tipOnly), robot);

        assertThat(cut).anyMatch(line -> line.contains("#plain") && line.startsWith("text shortened"));
        assertThat(cut).noneMatch(line -> line.contains("#marked ") || line.contains("#marked\""));
        assertThat(cut).anyMatch(line -> line.contains("#marked-no-tip") && line.contains("no tooltip"));
        assertThat(cut).noneMatch(line -> line.contains("#block"));
        assertThat(cut).as("a tooltip alone does not make a shortened label fine").anyMatch(line -> line.contains("#tip-only"));
        assertThat(cut).hasSize(3);
    }

    @Test
    void aTextThatWasShortenedBeforeItWasSetCountsWhenItsWholeTextIsDeclared(FxRobot robot) {
        Label title = new Label("Prospekte…");
        title.setId("title");
        title.getProperties().put(MayShorten.WHOLE_TEXT, "Prospektering");

        assertThat(cutIn(new VBox(title), robot)).anyMatch(line -> line.contains("#title") && line.contains("Prospekte…"));
    }

    @Test
    void partsOfAFormThatLieOverOneAnotherAreFound(FxRobot robot) {
        GridPane form = new GridPane();
        TextField above = new TextField();
        above.setId("above");
        // a pane whose parts reach past the 20 pixels it was given, over the field in the next row
        Pane squeezed = new Pane(new Label("one"), new Label("two"));
        squeezed.getChildren().get(1).relocate(0, 30);
        squeezed.setId("squeezed");
        squeezed.setMinHeight(20);
        squeezed.setPrefHeight(20);
        squeezed.setMaxHeight(20);
        TextField below = new TextField();
        below.setId("below");
        form.add(above, 0, 0);
        form.add(squeezed, 0, 1);
        form.add(below, 0, 2);
        form.setVgap(6);

        List<String> cut = cutIn(form, robot);

        assertThat(cut).anyMatch(line -> line.startsWith("overlaps #below") && line.endsWith("#squeezed"));
        assertThat(cut).noneMatch(line -> line.contains("#above"));
    }
}
