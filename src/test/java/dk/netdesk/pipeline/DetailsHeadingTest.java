package dk.netdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.testing.AppWindowTest;
import dk.netdesk.testing.TestApp;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A contact with a 200-character name, opened on the board: the panel's heading takes at most two lines, shows
 * the name shortened with "…", and has the whole name in its tooltip and accessible text (it is marked as one
 * that may be shortened).
 */
class DetailsHeadingTest extends AppWindowTest {

    @Test
    void aLongNameIsShortenedToTwoLines(FxRobot robot) {
        app = TestApp.open(dir, Locale.ENGLISH);
        app.context().pipeline().load();
        String name = ("Karoline Margrethe Østergaard-Christiansen Villadsen Bach ").repeat(4).substring(0, 200).strip();
        long id = app.context().contactService().create(ContactDetails.named(name), null).id();
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
            app.showShell(stage).select("pipeline");
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn("#pipeline-card-" + id);
        WaitForAsyncUtils.waitForFxEvents();

        Label title = robot.lookup("#details-title").queryAs(Label.class);
        Text shown = (Text) title.lookup(".text");
        Text oneLine = new Text("Ag");
        oneLine.setFont(title.getFont());
        double line = oneLine.getLayoutBounds().getHeight();
        assertThat(title.getHeight()).as("two lines at most").isLessThan(2.6 * line);
        assertThat(shown.getText()).as("shortened").endsWith("…").isNotEqualTo(name);
        assertThat(title.getTooltip()).isNotNull();
        assertThat(title.getTooltip().getText()).isEqualTo(name);
        assertThat(title.getAccessibleText()).isEqualTo(name);
        assertThat(title.getStyleClass()).contains(dk.netdesk.ui.MayShorten.STYLE_CLASS);
    }
}
