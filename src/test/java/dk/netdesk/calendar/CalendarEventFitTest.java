package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.CutOff;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.MayShorten;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The planned week of the screenshots at 1,024x700 and 1,600x1,000: every break flag lies inside its event block,
 * and a title shortened with "…" (week, day, month) is one marked {@link MayShorten} with its whole text in the
 * tooltip and the accessible text; nothing else in an event is cut.
 */
@ExtendWith(ApplicationExtension.class)
class CalendarEventFitTest {

    @TempDir
    Path dir;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void breakFlagsLieInsideTheirBlocksAndOnlyMarkedTitlesAreShortened(FxRobot robot) {
        List<String> wrong = new ArrayList<>();
        int flags = 0;
        for (Locale locale : Messages.LANGUAGES) {
            for (double[] size : new double[][] {{1024, 700}, {1600, 1000}}) {
                String where = locale.getLanguage() + " " + (int) size[0] + "x" + (int) size[1];
                try (TestApp app = TestApp.open(dir.resolve(where.replaceAll("\\W", "")), locale)) {
                    CalendarViewModel model = app.context().calendar();
                    model.load();
                    CalendarScreenshotTest.plan(model, locale.getLanguage().equals("da"));
                    robot.interact(() -> {
                        app.showShell(stage).select("calendar");
                        stage.setMaximized(false);
                        stage.setWidth(size[0]);
                        stage.setHeight(size[1]);
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                    for (CalendarViewModel.Mode mode : List.of(CalendarViewModel.Mode.WEEK, CalendarViewModel.Mode.DAY,
                            CalendarViewModel.Mode.MONTH)) {
                        robot.interact(() -> {
                            model.modeProperty().set(mode);
                            model.goTo(LocalDate.of(2026, 11, 23));
                        });
                        WaitForAsyncUtils.waitForFxEvents();
                        int[] seen = {0};
                        robot.interact(() -> {
                            stage.getScene().getRoot().applyCss();
                            stage.getScene().getRoot().layout();
                            for (Node node : stage.getScene().getRoot().lookupAll(".calendar-flag")) {
                                if (!(node instanceof Label flag) || !flag.isVisible()
                                        || !(flag.getParent() instanceof javafx.scene.layout.Region block)
                                        || !block.getStyleClass().contains("calendar-event")) {
                                    continue;
                                }
                                seen[0]++;
                                Bounds in = flag.getBoundsInParent();
                                if (in.getMinY() < -0.5 || in.getMaxY() > block.getHeight() + 0.5
                                        || in.getMinX() < -0.5 || in.getMaxX() > block.getWidth() + 0.5) {
                                    wrong.add(where + " " + mode + ": " + flag.getId() + " at " + in + " in a block of "
                                            + block.getWidth() + "x" + block.getHeight());
                                }
                            }
                            CutOff.in(stage.getScene()).stream()
                                    .filter(line -> line.contains("calendar-event") || line.contains("calendar-allday")
                                            || line.contains("calendar-chip") || line.contains("calendar-breakflag"))
                                    .forEach(line -> wrong.add(where + " " + mode + ": " + line));
                        });
                        flags += seen[0];
                    }
                }
            }
        }
        assertThat(flags).as("the week has break flags to check").isGreaterThan(0);
        assertThat(wrong).isEmpty();
    }

    /**
     * A 45-minute event (09:30–10:15) is two lines, title and times, in a block lower than that at 1,024×700 and
     * 1,600×1,000: what the block shows lies inside it; the times, when they do not fit, are left out (the tooltip and
     * the accessible text have them), never drawn over or below its edge.
     */
    @Test
    void aShortEventsTimesAreNeverDrawnOutsideItsBlock(FxRobot robot) {
        List<String> wrong = new ArrayList<>();
        for (double[] size : new double[][] {{1024, 700}, {1600, 1000}}) {
            String where = (int) size[0] + "x" + (int) size[1];
            try (TestApp app = TestApp.open(dir.resolve("short" + where), Locale.ENGLISH)) {
                CalendarViewModel model = app.context().calendar();
                model.load();
                LocalDate day = LocalDate.of(2026, 11, 24);
                model.create(new EventDraft("Call with Anna", day.atTime(9, 30), day.atTime(10, 15), false, "", "", null,
                        Kind.FOLLOW_UP, null, null));
                robot.interact(() -> {
                    app.showShell(stage).select("calendar");
                    stage.setMaximized(false);
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                    model.modeProperty().set(CalendarViewModel.Mode.WEEK);
                    model.goTo(day);
                });
                WaitForAsyncUtils.waitForFxEvents();
                int[] blocks = {0};
                robot.interact(() -> {
                    stage.getScene().getRoot().applyCss();
                    stage.getScene().getRoot().layout();
                    for (Node node : stage.getScene().getRoot().lookupAll(".calendar-event")) {
                        if (!(node instanceof EventNodes.EventBox block) || !block.isVisible()) {
                            continue;
                        }
                        blocks[0]++;
                        for (Node part : block.getChildrenUnmodifiable()) {
                            Bounds in = part.getBoundsInParent();
                            if (part.isVisible() && (in.getMaxY() > block.getHeight() + 0.5 || in.getMinY() < -0.5)) {
                                wrong.add(where + ": " + part.getStyleClass() + " at " + in + " in a block of "
                                        + block.getWidth() + "x" + block.getHeight());
                            }
                        }
                    }
                });
                assertThat(blocks[0]).as(where).isEqualTo(1);
            }
        }
        assertThat(wrong).isEmpty();
    }
}
