package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** {@link WholeWords}: a wrapping label in a column narrower than its longest word keeps that word whole. */
@ExtendWith(ApplicationExtension.class)
class WholeWordsTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aLongDanishWordIsNotBrokenInANarrowColumn() throws Exception {
        Label name = new Label("Netværksarrangement og møder");
        name.setWrapText(true);
        WaitForAsyncUtils.asyncFx(() -> {
            WholeWords.keep(name);
            GridPane grid = new GridPane();
            grid.add(name, 0, 0);
            grid.add(new Label("1 t 30 min"), 1, 0);
            ColumnConstraints names = new ColumnConstraints();
            names.setMaxWidth(60);
            names.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(names);
            stage.setScene(new Scene(grid, 200, 200));
            stage.show();
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        double word = WaitForAsyncUtils.asyncFx(() -> {
            Text probe = new Text("Netværksarrangement");
            probe.setFont(name.getFont());
            return probe.getLayoutBounds().getWidth();
        }).get(10, TimeUnit.SECONDS);
        assertThat(name.getWidth()).as("the label is wide enough for its longest word").isGreaterThanOrEqualTo(word);
    }
}
