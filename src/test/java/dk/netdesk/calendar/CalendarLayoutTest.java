package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Theme;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 14 items 20 and 21: no cut labels in the busy week, and legend colours that cannot be mixed up. */
@ExtendWith(ApplicationExtension.class)
class CalendarLayoutTest {

    /** The least distance (RGB, 0-255 per channel) between the mean colours of two legend swatches. */
    static final double DISTINCT = 60;

    @TempDir
    static Path dir;
    TestApp app;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void tearDown() {
        if (app != null) {
            app.close();
        }
    }

    private CalendarViewModel open(FxRobot robot, Locale locale, Theme theme, double width, double height) {
        if (app != null) {
            app.close();
        }
        app = TestApp.open(dir.resolve("d" + System.nanoTime()), locale);
        CalendarViewModel model = app.context().calendar();
        model.load();
        BusyWeek.plan(model, locale.getLanguage().equals("da"));
        robot.interact(() -> {
            app.context().shell().setTheme(theme);
            app.showShell(stage).select("calendar");
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return model;
    }

    @Test
    void noLabelIsCutInEitherLanguageAtTheDefaultSizeOrAt1024x700(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        for (Locale locale : dk.netdesk.ui.Messages.LANGUAGES) {
            for (double[] size : new double[][] {{1200, 800}, {1024, 700}}) {
                String where = locale.getLanguage() + " " + (int) size[0] + "x" + (int) size[1];
                CalendarViewModel model = open(robot, locale, Theme.LIGHT, size[0], size[1]);
                for (CalendarViewModel.Mode mode : CalendarViewModel.Mode.values()) {
                    robot.interact(() -> {
                        model.modeProperty().set(mode);
                        model.goTo(LocalDate.of(2026, 11, mode == CalendarViewModel.Mode.DAY ? 25 : 23));
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                    collectCut(stage.getScene().getRoot(), where + " " + mode, cut);
                }
                // the toolbar's date field shows all of "31.12.2026" / "31/12/2026"
                robot.interact(() -> model.goTo(LocalDate.of(2026, 12, 31)));
                DatePicker goTo = robot.lookup("#calendar-goto").queryAs(DatePicker.class);
                Text shown = (Text) goTo.getEditor().lookup(".text");
                Bounds text = shown.localToScene(shown.getBoundsInLocal());
                Bounds field = goTo.getEditor().localToScene(goTo.getEditor().getBoundsInLocal());
                if (text.getMinX() < field.getMinX() || text.getMaxX() > field.getMaxX()) {
                    cut.add(where + " date field: " + goTo.getEditor().getText());
                }
                robot.interact(() -> {
                    model.modeProperty().set(CalendarViewModel.Mode.WEEK);
                    model.goTo(LocalDate.of(2026, 11, 23));
                });
                // the settings and the scope question
                robot.clickOn("#calendar-balance");
                collectCut(robot.lookup(".dialog-pane").queryAs(DialogPane.class), where + " settings", cut);
                robot.type(KeyCode.ESCAPE);
                Node team = robot.lookup(".calendar-event").match(n -> n.getUserData() instanceof Occurrence o && o.isRecurring()).query();
                robot.interact(team::requestFocus);
                robot.type(KeyCode.DELETE);
                collectCut(robot.lookup(".dialog-pane").queryAs(DialogPane.class), where + " scope", cut);
                robot.type(KeyCode.ESCAPE);
            }
        }
        assertThat(cut).isEmpty();
    }

    /**
     * Adds every shown label under {@code root} whose text is shown cut ("Wednes…") to {@code cut}.
     * Event titles in the grid and the month are left out: they end in "…" on purpose when a word is
     * wider than the block; the break flag in a block must show whole or as its icon alone.
     */
    static void collectCut(Parent root, String where, List<String> cut) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            root.applyCss();
            root.layout();
            visit(root, where, cut);
        });
    }

    private static void visit(Parent parent, String where, List<String> cut) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (!child.isVisible()) {
                continue;
            }
            boolean eventTitle = child.getStyleClass().contains("calendar-event-title")
                    || child.getStyleClass().contains("calendar-chip") || child.getStyleClass().contains("calendar-allday-event");
            if (child instanceof Labeled l && !eventTitle && l.getText() != null && !l.getText().isEmpty()
                    && l.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY) {
                for (Node n : l.getChildrenUnmodifiable()) {
                    if (n instanceof Text t && !t.getText().replace('\n', ' ').equals(l.getText().replace('\n', ' '))
                            && (t.getText().endsWith("...") || t.getText().endsWith("…"))) {
                        cut.add(where + ": \"" + t.getText() + "\" of \"" + l.getText() + "\"");
                    }
                }
            }
            if (child instanceof Parent p) {
                visit(p, where, cut);
            }
        }
    }

    @Test
    void legendColoursThatCouldBeMixedUpAreClearlyApartInBothThemes(FxRobot robot) {
        List<String> report = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            open(robot, Locale.ENGLISH, theme, 1200, 800);
            Color work = swatch(robot, "work");
            Color window = swatch(robot, "window");
            Color personal = swatch(robot, "personal");
            Color prot = swatch(robot, "protected");
            report.add(theme + " work/window " + Math.round(distance(work, window)));
            report.add(theme + " personal/protected " + Math.round(distance(personal, prot)));
            assertThat(distance(work, window)).as(theme + " work against work window").isGreaterThanOrEqualTo(DISTINCT);
            assertThat(distance(personal, prot)).as(theme + " personal against protected time").isGreaterThanOrEqualTo(DISTINCT);
        }
        System.out.println("legend distances " + report);
    }

    /** The mean colour of a legend swatch as drawn in the window (its border left out). */
    private Color swatch(FxRobot robot, String kind) {
        Region box = robot.lookup("#calendar-legend-" + kind + " .calendar-swatch").queryAs(Region.class);
        double[] sum = new double[3];
        int[] count = new int[1];
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            javafx.scene.image.WritableImage image = stage.getScene().snapshot(null);
            Bounds b = box.localToScene(box.getBoundsInLocal());
            for (int x = (int) Math.ceil(b.getMinX()) + 1; x < (int) b.getMaxX() - 1; x++) {
                for (int y = (int) Math.ceil(b.getMinY()) + 1; y < (int) b.getMaxY() - 1; y++) {
                    Color c = image.getPixelReader().getColor(x, y);
                    sum[0] += c.getRed();
                    sum[1] += c.getGreen();
                    sum[2] += c.getBlue();
                    count[0]++;
                }
            }
        });
        return Color.color(sum[0] / count[0], sum[1] / count[0], sum[2] / count[0]);
    }

    static double distance(Color a, Color b) {
        double r = (a.getRed() - b.getRed()) * 255;
        double g = (a.getGreen() - b.getGreen()) * 255;
        double bl = (a.getBlue() - b.getBlue()) * 255;
        return Math.sqrt(r * r + g * g + bl * bl);
    }
}
