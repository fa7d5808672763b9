package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Shell;
import java.io.File;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first-run welcome in the running window: shown on a fresh database, "Start empty" remembered across
 * a restart, reopened from Help, and files dropped on the window opening the matching import.
 */
@ExtendWith(ApplicationExtension.class)
class WelcomeTest {

    @TempDir
    static Path dir;
    Path data;
    TestApp app;
    Stage stage;
    Shell shell;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        data = dir.resolve("d" + System.nanoTime());
        app = TestApp.open(data, Locale.ENGLISH);
        shell = show(app, stage);
    }

    /** As {@code NetdeskApp.showApp} does it: the welcome is started before the window shows. */
    static Shell show(TestApp app, Stage stage) {
        AppContext context = app.context();
        Shell shell = new Shell(stage, context.shell(), context.undo(), context.status(), context.areas(),
                app.database().dataDir(), "test", uri -> { });
        shell.setCanClose(context::closeEditors);
        context.startWelcome(shell, stage);
        shell.show();
        context.startLoading();
        return shell;
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
        app.close();
    }

    private static boolean shown(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node.isVisible() && node.getScene() != null;
    }

    @Test
    void freshDatabaseShowsTheWelcomeWithTheFocusOnTheFirstOffer(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "#welcome")).isTrue();
        assertThat(robot.lookup("#today").query().isVisible()).isFalse();
        Button contacts = robot.lookup("#welcome-contacts").queryButton();
        Button calendar = robot.lookup("#welcome-calendar").queryButton();
        assertThat(contacts.isDisabled()).isFalse();
        assertThat(contacts.isFocused()).isTrue();
        // one word for closing it, with or without data and in both languages (it said "Start empty" here, "Færdig"
        // in Danish once there was data)
        assertThat(robot.lookup("#welcome-dismiss").queryButton().getText()).isEqualTo("_Done");

        // Tab walks the offers in order, then to "Start empty"
        robot.type(KeyCode.TAB);
        assertThat(calendar.isFocused()).isTrue();
        robot.type(KeyCode.TAB);
        assertThat(robot.lookup("#welcome-hours").queryButton().isFocused()).isTrue();
        robot.type(KeyCode.TAB);
        assertThat(robot.lookup("#welcome-dismiss").queryButton().isFocused()).isTrue();
    }

    @Test
    void startEmptyHidesItForGoodAndHelpReopensIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        // Alt+D, the mnemonic of "Done"
        robot.press(KeyCode.ALT).type(KeyCode.D).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#welcome").query().isVisible()).isFalse();
        assertThat(robot.lookup("#today").query().isVisible()).isTrue();

        // a restart of the view: a new AppContext and window on the same data
        robot.interact(() -> {
            app.close();
            app = TestApp.open(data, Locale.ENGLISH);
            shell = show(app, stage);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#welcome").query().isVisible()).isFalse();
        assertThat(robot.lookup("#today").query().isVisible()).isTrue();

        // Help → Welcome / Getting started… from another screen
        robot.interact(() -> shell.select("contacts"));
        MenuBar bar = robot.lookup("#menu-bar").query();
        MenuItem welcome = bar.getMenus().get(bar.getMenus().size() - 1).getItems().stream()
                .filter(i -> "menu-welcome".equals(i.getId())).findFirst().orElseThrow();
        assertThat(welcome.getText()).isEqualTo("_Welcome / Getting started…");
        robot.interact(welcome::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#nav-today").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(shown(robot, "#welcome")).isTrue();
        robot.clickOn("#welcome-dismiss");
        assertThat(robot.lookup("#welcome").query().isVisible()).isFalse();
    }

    @Test
    void theOffersOpenTheWorkHoursDialogAndTheCalendarImport(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#welcome-hours");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#calendar-balance-budget").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#calendar-balance-budget").tryQuery()).isEmpty();

        robot.clickOn("#welcome-calendar");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#calendar-import-file").queryAs(Label.class).getText()).isEqualTo("No file chosen");
        assertThat(robot.lookup("#calendar-import-run").queryButton().isDisabled()).isTrue();
        assertThat(shown(robot, "#welcome")).as("the welcome stays until the user is done").isTrue();
    }

    @Test
    void anIcsFileDroppedOnTheWindowOpensTheCalendarImportWithIt(FxRobot robot) throws Exception {
        Path ics = Files.writeString(dir.resolve("Outlook kalender.ICS"), "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
        WaitForAsyncUtils.waitForFxEvents();
        DragEvent[] over = new DragEvent[1];
        robot.interact(() -> over[0] = drop(robot.lookup("#welcome-title").query(), DragEvent.DRAG_OVER, ics));
        assertThat(over[0].isAccepted()).isTrue();
        robot.interact(() -> drop(robot.lookup("#welcome-title").query(), DragEvent.DRAG_DROPPED, ics));
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane dialog = robot.lookup("#calendar-import-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getScene().getWindow().isShowing()).isTrue();
        assertThat(robot.lookup("#calendar-import-file").queryAs(Label.class).getText()).isEqualTo(ics.toString());
        Button run = robot.lookup("#calendar-import-run").queryButton();
        assertThat(run.isDisabled()).isFalse();
        assertThat(run.isFocused()).isTrue();
        assertThat(app.context().calendarFiles().fileProperty().get()).isEqualTo(ics);
    }

    @Test
    void otherFilesGetAMessageAndTheLibraryReaderKeepsItsOwnDrops(FxRobot robot) throws Exception {
        Path photo = Files.writeString(dir.resolve("photo.png"), "not really");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> drop(robot.lookup("#welcome-title").query(), DragEvent.DRAG_DROPPED, photo));
        assertThat(app.context().status().textProperty().get())
                .startsWith("“photo.png” cannot be opened here. Netdesk opens ")
                .endsWith(".ics (calendar).");

        // the library reader takes dropped files as attachments: the window's handler stays out of it
        robot.interact(() -> shell.select("library"));
        robot.interact(() -> app.context().status().show(""));
        Path ics = Files.writeString(dir.resolve("plan.ics"), "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
        robot.interact(() -> drop(robot.lookup("#library-reader").query(), DragEvent.DRAG_DROPPED, ics));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#calendar-import-dialog").tryQuery()).isEmpty();
        assertThat(app.context().status().textProperty().get()).doesNotContain("cannot be opened");
    }

    /**
     * Fires a drag event carrying {@code file} at {@code target}, as a drag from outside the app (no gesture
     * source) does; it bubbles up to the window's root unless a node on the way consumes it.
     */
    private static DragEvent drop(Node target, javafx.event.EventType<DragEvent> type, Path file) {
        DragEvent event = new DragEvent(target, target, type, dragboard(file), 10, 10, 10, 10, TransferMode.COPY,
                null, null, null);
        Event.fireEvent(target, event);
        return event;
    }

    private static Dragboard dragboard(Path file) {
        try {
            // the toolkit's local clipboard holds the files; a drag from outside also says the modes it allows
            com.sun.javafx.tk.TKClipboard local = com.sun.javafx.tk.Toolkit.getToolkit().createLocalClipboard();
            Object peer = java.lang.reflect.Proxy.newProxyInstance(WelcomeTest.class.getClassLoader(),
                    new Class<?>[] {com.sun.javafx.tk.TKClipboard.class}, (proxy, method, args) ->
                            "getTransferModes".equals(method.getName()) ? java.util.Set.of(TransferMode.COPY)
                                    : method.invoke(local, args));
            Method create = Dragboard.class.getDeclaredMethod("createDragboard", com.sun.javafx.tk.TKClipboard.class);
            create.setAccessible(true);
            Dragboard board = (Dragboard) create.invoke(null, peer);
            board.setContent(Map.of(DataFormat.FILES, List.<File>of(file.toFile())));
            return board;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
