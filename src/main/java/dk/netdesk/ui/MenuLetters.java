package dk.netdesk.ui;

import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyEvent;

/**
 * The underlined letter of an item in an open menu runs the item (Alt+F, then C for "New contact"). JavaFX 21 moves
 * through an open menu with the arrows but hands letters to the node that had the focus behind it, so a letter went
 * into a search field under the menu (a new user's finding, issue 18). While one of the bar's menus is open, a letter
 * runs the item of that menu whose mnemonic it is, or else does nothing; nothing is typed behind the menu.
 */
public final class MenuLetters {

    private MenuLetters() {
    }

    /** Installs the letters of {@code bar}'s menus on its scene, once the bar is in one. Call on the JavaFX thread. */
    public static void install(MenuBar bar) {
        if (bar.getScene() != null) {
            install(bar.getScene(), bar);
            return;
        }
        bar.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> obs, Scene was, Scene now) {
                if (now != null) {
                    obs.removeListener(this);
                    install(now, bar);
                }
            }
        });
    }

    private static void install(Scene scene, MenuBar bar) {
        // the key typed after a letter the menu took goes nowhere either (the menu may be closed by then)
        boolean[] swallow = {false};
        EventHandler<KeyEvent> pressed = e -> {
            Menu open = openMenu(bar);
            if (open == null || e.isShortcutDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            String text = e.getText() == null || e.getText().isEmpty() ? e.getCode().getChar() : e.getText();
            if (text.isEmpty() || !Character.isLetterOrDigit(text.charAt(0))) {
                return;
            }
            e.consume();
            swallow[0] = true;
            char letter = Character.toLowerCase(text.charAt(0));
            for (MenuItem item : open.getItems()) {
                Character mnemonic = mnemonic(item.getText());
                if (mnemonic != null && Character.toLowerCase(mnemonic) == letter && item.isVisible() && !item.isDisable()) {
                    open.hide();
                    item.fire();
                    return;
                }
            }
        };
        scene.addEventFilter(KeyEvent.KEY_PRESSED, pressed);
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if ((swallow[0] || openMenu(bar) != null) && !e.isShortcutDown()) {
                e.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> swallow[0] = false);
    }

    private static Menu openMenu(MenuBar bar) {
        for (Menu menu : bar.getMenus()) {
            if (menu.isShowing()) {
                return menu;
            }
        }
        return null;
    }

    /** The letter after the first single "_" of a menu text ("New _contact" → c), or null when it has none. */
    static Character mnemonic(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length() - 1; i++) {
            if (text.charAt(i) == '_') {
                if (text.charAt(i + 1) == '_') {
                    i++;
                    continue;
                }
                return text.charAt(i + 1);
            }
        }
        return null;
    }
}
