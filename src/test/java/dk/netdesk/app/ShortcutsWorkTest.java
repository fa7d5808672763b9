package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.KeyboardApp;
import dk.netdesk.ui.Shortcuts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18: the screens' own key handlers cannot drift from {@link Shortcuts}, the table Help → Keyboard shortcuts
 * shows. Every shortcut listed there is pressed on its screen, in the state it is for (a card selected on the board,
 * a hit in the library, the grid focused on the calendar), on an app opened as the real one; each must be used by
 * the screen (the key event consumed) or be an accelerator of the window (a menu item).
 */
class ShortcutsWorkTest extends KeyboardWindowTest {

    private static final List<String> SCREENS = List.of("nav.today", "nav.pipeline", "nav.contacts", "nav.calendar",
            "nav.library");

    /** Keys that reached the window with nobody using them. */
    private final List<KeyEvent> unused = new ArrayList<>();

    @Test
    void everyListedShortcutDoesSomethingOnItsScreen(FxRobot robot) {
        Scene scene = stage.getScene();
        EventHandler<KeyEvent> last = e -> {
            if (!e.isConsumed()) {
                unused.add(e);
            }
        };
        robot.interact(() -> scene.addEventHandler(KeyEvent.KEY_PRESSED, last));

        // each listed key, by the screen it is pressed on
        Map<String, List<KeyCombination>> byGroup = new LinkedHashMap<>();
        for (Shortcuts.Shortcut shortcut : Shortcuts.all(SCREENS)) {
            byGroup.computeIfAbsent(shortcut.groupKey(), g -> new ArrayList<>()).addAll(shortcut.keys());
        }
        List<String> failures = new ArrayList<>();
        Set<KeyCombination> pressed = new java.util.HashSet<>();

        // everywhere: on Contacts, where Ctrl+N, Ctrl+F and Ctrl+S all have something to do
        keys.ctrl(KeyCode.DIGIT3);
        for (KeyCombination key : byGroup.get("shortcuts.group.everywhere")) {
            if (key.equals(Shortcuts.QUIT)) {
                // not pressed (it closes the window): a menu accelerator
                assertThat(scene.getAccelerators().keySet()).as("Ctrl+Q").anyMatch(k -> k.equals(Shortcuts.QUIT));
                pressed.add(key);
                continue;
            }
            if (key.equals(new KeyCodeCombination(KeyCode.ESCAPE))) {
                robot.interact(() -> scene.lookup("#contact-search").requestFocus());
                keys.letters("x"); // Escape in a search with text clears it
            }
            press(robot, key, "everywhere, on Contacts", failures, pressed);
            keys.ctrl(KeyCode.DIGIT3); // back from the screen Ctrl+1 … Ctrl+5 went to
        }

        keys.ctrl(KeyCode.DIGIT2);
        keys.type(KeyCode.DOWN); // from the search to the first card
        for (KeyCombination key : byGroup.get("nav.pipeline")) {
            press(robot, key, "on the board, a card selected", failures, pressed);
        }

        keys.ctrl(KeyCode.DIGIT3);
        for (KeyCombination key : byGroup.get("nav.contacts")) {
            press(robot, key, "on Contacts", failures, pressed);
        }

        keys.ctrl(KeyCode.DIGIT4);
        for (KeyCombination key : byGroup.get("nav.calendar")) {
            if (key.equals(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN))) {
                // not pressed (it opens the system's save dialog at once): the accelerator of Export calendar…
                javafx.scene.control.MenuButton files = (javafx.scene.control.MenuButton) scene.lookup("#calendar-files");
                assertThat(files.getItems()).as("Export calendar… carries %s", key.getDisplayText())
                        .anyMatch(i -> key.equals(i.getAccelerator()));
                pressed.add(key);
                continue;
            }
            press(robot, key, "on the calendar, the grid focused", failures, pressed);
            keys.ctrl(KeyCode.DIGIT4);
        }

        keys.ctrl(KeyCode.DIGIT5);
        keys.type(KeyCode.DOWN); // from the search to the first hit
        for (KeyCombination key : byGroup.get("nav.library")) {
            boolean inText = key.equals(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN))
                    || key.equals(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
            if (inText) {
                // listed as keys of the item's text (select all, copy the selection): pressed there
                robot.interact(() -> scene.lookup("#library-body").requestFocus());
                press(robot, key, "in the library, in the item's text", failures, pressed);
                keys.type(KeyCode.ESCAPE);
                continue;
            }
            press(robot, key, "in the library, a hit selected", failures, pressed);
        }

        assertThat(failures).as("listed in Help → Keyboard shortcuts, but nothing happens").isEmpty();
        List<KeyCombination> all = byGroup.values().stream().flatMap(List::stream)
                .filter(k -> !(k instanceof KeyCharacterCombination)).toList();
        assertThat(pressed).as("every listed key was tried").containsAll(all);
    }

    private void press(FxRobot robot, KeyCombination key, String where, List<String> failures,
                       Set<KeyCombination> pressed) {
        if (key instanceof KeyCharacterCombination) {
            return; // Ctrl+? as typed: the robot types key codes; F1 and Ctrl+Shift+/ are its tried twins
        }
        KeyCodeCombination code = (KeyCodeCombination) key;
        List<KeyCode> down = new ArrayList<>();
        if (code.getShortcut() == KeyCombination.ModifierValue.DOWN || code.getControl() == KeyCombination.ModifierValue.DOWN) {
            down.add(KeyCode.CONTROL);
        }
        if (code.getShift() == KeyCombination.ModifierValue.DOWN) {
            down.add(KeyCode.SHIFT);
        }
        if (code.getAlt() == KeyCombination.ModifierValue.DOWN) {
            down.add(KeyCode.ALT);
        }
        unused.clear();
        Scene scene = stage.getScene();
        boolean accelerator = scene.getAccelerators().keySet().stream().anyMatch(k -> k.equals(key));
        down.forEach(robot::press);
        robot.press(code.getCode()).release(code.getCode());
        for (int i = down.size() - 1; i >= 0; i--) {
            robot.release(down.get(i));
        }
        WaitForAsyncUtils.waitForFxEvents();
        keys.settle();
        boolean used = unused.stream().noneMatch(e -> e.getCode() == code.getCode());
        if (!used && !accelerator) {
            failures.add(key.getDisplayText() + " " + where + " (focus: " + KeyboardApp.describe(keys.focused()) + ")");
        }
        pressed.add(key);
        // what it opened (a dialog, a date list) closes again
        keys.closeDialogs(stage);
        robot.interact(() -> {
            for (javafx.stage.Window window : new ArrayList<>(javafx.stage.Window.getWindows())) {
                if (window instanceof javafx.stage.PopupWindow popup && popup.isShowing()) {
                    popup.hide();
                }
            }
        });
        keys.settle();
    }
}
