package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.AppWindowTest;
import dk.netdesk.testing.TestApp;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18, item 8: Help → Keyboard shortcuts, F1 and Ctrl+? (Ctrl+Shift+/) open a list of every shortcut in
 * the UI language, grouped by screen, that fits a 1024x700 window and closes with Escape; every accelerator of
 * the menus is in it.
 */
class ShortcutsHelpTest extends AppWindowTest {

    private void open(FxRobot robot, Locale locale) {
        app = TestApp.open(dir, locale);
        robot.interact(() -> {
            app.showShell(stage).select("contacts");
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The shortcuts dialog's window, or null when it is not open. */
    private static Stage dialog() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing())
                .map(Stage.class::cast)
                .filter(w -> w.getScene() != null && w.getScene().lookup("#shortcuts-dialog") != null)
                .findFirst().orElse(null);
    }

    private static List<String> labels(Node node) {
        java.util.ArrayList<String> texts = new java.util.ArrayList<>();
        collect(node, texts);
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof Label label) {
            texts.add(label.getText());
        }
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            collect(scroll.getContent(), texts);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }

    private void closesWithEscape(FxRobot robot) {
        assertThat(dialog()).as("the shortcuts are shown").isNotNull();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog()).as("Escape closes them").isNull();
    }

    @Test
    void f1OpensTheShortcutsAndEscapeClosesThem(FxRobot robot) {
        open(robot, Locale.ENGLISH);
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog().getTitle()).isEqualTo("Keyboard shortcuts");
        closesWithEscape(robot);
    }

    @Test
    void ctrlShiftSlashOpensThemToo(FxRobot robot) {
        open(robot, Locale.ENGLISH);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.SLASH).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        closesWithEscape(robot);
    }

    @Test
    void theHelpMenuOpensThemWithF1Shown(FxRobot robot) {
        open(robot, Locale.ENGLISH);
        MenuItem item = robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().get(3).getItems().stream()
                .filter(i -> "menu-shortcuts".equals(i.getId())).findFirst().orElseThrow();
        assertThat(item.getAccelerator().getDisplayText()).isEqualTo("F1");
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
        closesWithEscape(robot);
    }

    @Test
    void everyMenuAcceleratorIsListed(FxRobot robot) {
        open(robot, Locale.ENGLISH);
        Set<String> menuKeys = robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).map(MenuItem::getAccelerator).filter(Objects::nonNull)
                .map(k -> k.getDisplayText()).collect(Collectors.toSet());
        assertThat(menuKeys).contains("Ctrl+Z", "Ctrl+1", "Ctrl+Q", "F1");
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = labels(dialog().getScene().getRoot());
        Set<String> listed = texts.stream().flatMap(t -> java.util.Arrays.stream(t.split(" / ")))
                .collect(Collectors.toSet());
        assertThat(listed).containsAll(menuKeys);
        // the README's table, row by row
        assertThat(listed).contains("Ctrl+1", "Ctrl+5", "Ctrl+S", "Ctrl+F", "Ctrl+N", "Ctrl+←", "Ctrl+→", "Ctrl+↑",
                "Ctrl+↓", "Alt+←", "Alt+→", "Ctrl+T", "Ctrl+G", "Ctrl+P", "Ctrl+Shift+C", "Ctrl+,", "Ctrl+Shift+T",
                "Ctrl+Shift+R", "Ctrl+Shift+Z");
        assertThat(texts).as("grouped by screen").contains("Everywhere", "Pipeline", "Contacts", "Calendar", "Library");
        closesWithEscape(robot);
    }

    @Test
    void inDanishAndFitsA1024x700Window(FxRobot robot) {
        open(robot, Locale.forLanguageTag("da"));
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Stage shown = dialog();
        assertThat(shown.getTitle()).isEqualTo("Tastaturgenveje");
        List<String> texts = labels(shown.getScene().getRoot());
        assertThat(texts).contains("Overalt", "Gå til I dag", "Kalender", "Flyt det valgte kort op / ned");
        assertThat(shown.getHeight()).as("fits the window's height").isLessThanOrEqualTo(700);
        assertThat(shown.getWidth()).as("fits the window's width").isLessThanOrEqualTo(1024);
        ScrollPane scroll = (ScrollPane) shown.getScene().lookup("#shortcuts-scroll");
        assertThat(scroll.getContent().getBoundsInLocal().getWidth())
                .as("no line is wider than the list").isLessThanOrEqualTo(scroll.getViewportBounds().getWidth() + 1);
        assertThat(shown.getScene().getFocusOwner()).as("the list has the focus, to scroll by keys").isSameAs(scroll);
        closesWithEscape(robot);
    }

    @Test
    void pageDownScrollsAPageAndTheFocusedListShowsItsRing(FxRobot robot) throws Exception {
        open(robot, Locale.ENGLISH);
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Stage shown = dialog();
        ScrollPane scroll = (ScrollPane) shown.getScene().lookup("#shortcuts-scroll");
        assertThat(shown.getScene().getFocusOwner()).isSameAs(scroll);
        dk.netdesk.testing.FocusRing.Result ring = WaitForAsyncUtils.asyncFx(
                () -> dk.netdesk.testing.FocusRing.measure(scroll)).get();
        assertThat(ring.seen()).as("the list's focus ring: %s", ring).isTrue();
        robot.interact(scroll::requestFocus);
        double viewport = scroll.getViewportBounds().getHeight();
        double content = scroll.getContent().getLayoutBounds().getHeight();
        assertThat(content).as("more than a page").isGreaterThan(viewport * 1.5);
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        double top = scroll.getVvalue() * (content - viewport);
        assertThat(top).as("Page Down scrolls about a page of %s px", viewport)
                .isGreaterThan(viewport * 0.8).isLessThanOrEqualTo(viewport + 1);
        robot.type(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scroll.getVvalue()).as("Page Up back to the top").isZero();
        closesWithEscape(robot);
    }
}
