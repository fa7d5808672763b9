package dk.netdesk.ui;

import java.util.function.Consumer;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * A command a feature adds to one of the window's menus (the File menu's imports and exports), built anew
 * with the menu when the language changes.
 *
 * @param id          the menu item's id ({@code menu-} and a name, e.g. {@code menu-import-contacts})
 * @param textKey     the message key of its text (any bundle of the app's {@link Messages})
 * @param accelerator its shortcut, or null
 * @param action      what it does, given the main window
 */
public record MenuCommand(String id, String textKey, KeyCombination accelerator, Consumer<Window> action) {
}
