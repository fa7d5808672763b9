package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.pipeline.FollowUp;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.FxBackground;
import dk.netdesk.ui.Messages;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window is mapped with its real content (issue 16): at the moment it is shown, its scene is laid out at
 * the window's size, its CSS is applied, and Today's list holds the follow-ups read from the database, drawn in
 * laid-out cells. The database work runs on the real database thread ({@link FxBackground}), as in the app, so
 * the read comes back through the JavaFX queue and not at once.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFrameContentTest {

    @TempDir
    Path dir;
    Stage stage;
    Database database;
    FxBackground background;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void tearDown(FxRobot robot) throws Exception {
        robot.interact(stage::hide);
        if (background != null) {
            background.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /** What the window holds at the moment it is shown. */
    private record AtShown(double rootWidth, double rootHeight, double sceneWidth, double sceneHeight,
                           boolean rootNeedsLayout, List<FollowUp> items, List<String> cellTexts) {
    }

    @Test
    void theWindowIsShownWithTodayLaidOutAndFilled(FxRobot robot) throws Exception {
        try (TestApp seed = TestApp.open(dir, Locale.ENGLISH)) {
            long anna = People.service(seed.database(), new Changes(), TestApp.CLOCK)
                    .create(ContactDetails.named("Anna Jensen").withContact("", "", ""), null).id();
            new PipelineRepository(seed.database(), new Changes(), TestApp.CLOCK)
                    .setNextFollowUp(anna, LocalDate.of(2026, 11, 27));
        }
        database = Database.open(dir);
        background = new FxBackground(e -> { });
        Messages messages = new Messages(Locale.ENGLISH, Bundles.ALL);
        AppContext context = new AppContext(database, background, messages, TestApp.CLOCK, (period, tick) -> { });
        context.shell().loadAtStart(Locale.ENGLISH);
        messages.setLocale(Locale.ENGLISH);

        List<AtShown> seen = new ArrayList<>();
        robot.interact(() -> {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
                Scene scene = stage.getScene();
                Parent root = scene.getRoot();
                @SuppressWarnings("unchecked")
                ListView<FollowUp> list = (ListView<FollowUp>) scene.lookup("#today-list");
                List<String> texts = new ArrayList<>();
                if (list != null) {
                    for (Node cell : list.lookupAll(".list-cell")) {
                        if (cell instanceof javafx.scene.layout.Region p && cell.isVisible() && p.getWidth() > 0) {
                            for (Node label : p.lookupAll(".label")) {
                                if (label instanceof Label l && l.getText() != null && !l.getText().isBlank()
                                        && l.getWidth() > 0 && l.getHeight() > 0) {
                                    texts.add(l.getText());
                                }
                            }
                        }
                    }
                }
                seen.add(new AtShown(root.getLayoutBounds().getWidth(), root.getLayoutBounds().getHeight(),
                        scene.getWidth(), scene.getHeight(),
                        root.isNeedsLayout(), list == null ? List.of() : List.copyOf(list.getItems()), texts));
            });
            NetdeskApp.openWindow(stage, context, "test", shell -> { });
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, stage::isShowing);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(seen).hasSize(1);
        AtShown shown = seen.get(0);
        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(shown.items()).as("Today's follow-ups are read before the window shows")
                    .extracting(FollowUp::name).containsExactly("Anna Jensen");
            soft.assertThat(shown.rootNeedsLayout()).as("laid out before it is mapped").isFalse();
            soft.assertThat(shown.rootWidth()).as("laid out at the window's width, not its preferred one")
                    .isEqualTo(shown.sceneWidth()).isPositive();
            soft.assertThat(shown.rootHeight()).as("laid out at the window's height, not its preferred one")
                    .isEqualTo(shown.sceneHeight()).isPositive();
            soft.assertThat(shown.cellTexts()).as("the follow-up is in a cell with its size").contains("Anna Jensen");
        });
    }
}
