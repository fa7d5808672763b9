package dk.netdesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the app, in one place: the main window's menu takes its accelerators from the
 * constants here, and Help → Keyboard shortcuts ({@link ShortcutsDialog}) lists {@link #all}. The README's "Keys
 * worth knowing" table says the same; {@code app/ShortcutsHelpTest} checks that every menu accelerator is listed.
 */
public final class Shortcuts {

    /** Ctrl+Z: undo. */
    public static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    /** Ctrl+Shift+Z: redo. */
    public static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    /** Ctrl+,: Settings. */
    public static final KeyCombination SETTINGS = new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN);
    /** Ctrl+Q: quit. */
    public static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);
    /** Ctrl+Shift+T: switch between the light and the dark theme. */
    public static final KeyCombination THEME = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    /** Ctrl+N: new contact, event or library item, on the screen shown (the screen's own key filter). */
    public static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    /** Ctrl+F: the shown screen's search. */
    public static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    /** Ctrl+S: save the open contact. */
    public static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    /** Ctrl+P: print the calendar's shown week. */
    public static final KeyCombination PRINT_WEEK = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    /** Ctrl+Shift+O: import contacts. */
    public static final KeyCombination IMPORT_CONTACTS = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    /** F1: Help → Keyboard shortcuts. */
    public static final KeyCombination HELP = new KeyCodeCombination(KeyCode.F1);
    /** Ctrl+? as typed (Ctrl+Shift+/ on a US keyboard, Ctrl+Shift++ on a Danish one): the shortcuts too. */
    public static final KeyCombination HELP_QUESTION = new KeyCharacterCombination("?", KeyCombination.SHORTCUT_DOWN);
    /** Ctrl+Shift+/ by key (the "?" key of a US keyboard): the shortcuts too. */
    public static final KeyCombination HELP_SLASH = new KeyCodeCombination(KeyCode.SLASH, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    private Shortcuts() {
    }

    /**
     * One line of the list.
     *
     * @param groupKey the message key of its group's heading (a screen's navigation title, or "Everywhere")
     * @param keys     the key combinations, shown joined by " / " (at least one)
     * @param whatKey  the message key of what they do
     * @param whatArgs arguments formatted into that text (message keys, formatted in the UI language first)
     */
    public record Shortcut(String groupKey, List<KeyCombination> keys, String whatKey, List<String> whatArgs) {
        public Shortcut {
            keys = List.copyOf(keys);
            whatArgs = List.copyOf(whatArgs);
        }
    }

    /**
     * Ctrl+1 … Ctrl+9 for the n-th screen, or null past the ninth.
     *
     * @param index the screen's place in the navigation, from 0
     */
    public static KeyCombination screen(int index) {
        return index < DIGITS.length ? new KeyCodeCombination(DIGITS[index], KeyCombination.SHORTCUT_DOWN) : null;
    }

    /**
     * Every shortcut, grouped: first those that work everywhere (one line per screen for Ctrl+1 …), then each
     * screen's own, in navigation order.
     *
     * @param screenTitleKeys the screens' navigation title keys, in navigation order
     */
    public static List<Shortcut> all(List<String> screenTitleKeys) {
        String everywhere = "shortcuts.group.everywhere";
        List<Shortcut> list = new ArrayList<>();
        for (int i = 0; i < screenTitleKeys.size() && screen(i) != null; i++) {
            list.add(new Shortcut(everywhere, List.of(screen(i)), "shortcuts.goTo", List.of(screenTitleKeys.get(i))));
        }
        list.add(line(everywhere, "shortcuts.new", NEW));
        list.add(line(everywhere, "shortcuts.find", FIND));
        list.add(line(everywhere, "shortcuts.searchDown", code(KeyCode.DOWN)));
        list.add(line(everywhere, "shortcuts.save", SAVE));
        list.add(line(everywhere, "shortcuts.undo", UNDO));
        list.add(line(everywhere, "shortcuts.redo", REDO));
        list.add(line(everywhere, "shortcuts.importContacts", IMPORT_CONTACTS));
        list.add(line(everywhere, "shortcuts.settings", SETTINGS));
        list.add(line(everywhere, "shortcuts.theme", THEME));
        list.add(line(everywhere, "shortcuts.help", HELP, HELP_QUESTION));
        list.add(line(everywhere, "shortcuts.quit", QUIT));
        list.add(line(everywhere, "shortcuts.escape", new KeyCodeCombination(KeyCode.ESCAPE)));

        String pipeline = "nav.pipeline";
        list.add(line(pipeline, "shortcuts.moveStage", code(KeyCode.LEFT, KeyCombination.SHORTCUT_DOWN),
                code(KeyCode.RIGHT, KeyCombination.SHORTCUT_DOWN)));
        list.add(line(pipeline, "shortcuts.moveUpDown", code(KeyCode.UP, KeyCombination.SHORTCUT_DOWN),
                code(KeyCode.DOWN, KeyCombination.SHORTCUT_DOWN)));
        list.add(line(pipeline, "shortcuts.open", code(KeyCode.ENTER)));

        String contacts = "nav.contacts";
        list.add(line(contacts, "shortcuts.retention", code(KeyCode.R, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN)));
        list.add(line(contacts, "shortcuts.duplicates", code(KeyCode.D, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN)));

        String calendar = "nav.calendar";
        list.add(line(calendar, "shortcuts.previousNext", code(KeyCode.LEFT, KeyCombination.ALT_DOWN),
                code(KeyCode.RIGHT, KeyCombination.ALT_DOWN)));
        list.add(line(calendar, "shortcuts.today", code(KeyCode.T, KeyCombination.SHORTCUT_DOWN)));
        list.add(line(calendar, "shortcuts.goToDate", code(KeyCode.G, KeyCombination.SHORTCUT_DOWN)));
        list.add(line(calendar, "shortcuts.modes", code(KeyCode.DIGIT1, KeyCombination.ALT_DOWN),
                code(KeyCode.DIGIT2, KeyCombination.ALT_DOWN), code(KeyCode.DIGIT3, KeyCombination.ALT_DOWN),
                code(KeyCode.DIGIT4, KeyCombination.ALT_DOWN)));
        list.add(line(calendar, "shortcuts.printWeek", PRINT_WEEK));
        list.add(line(calendar, "shortcuts.importCalendar", code(KeyCode.I, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN)));
        list.add(line(calendar, "shortcuts.exportCalendar", code(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN)));

        String library = "nav.library";
        list.add(line(library, "shortcuts.copy", code(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN)));
        list.add(line(library, "shortcuts.selectCopy", code(KeyCode.A, KeyCombination.SHORTCUT_DOWN),
                code(KeyCode.C, KeyCombination.SHORTCUT_DOWN)));
        return List.copyOf(list);
    }

    /**
     * The keys as the list and the menus show them: "Ctrl+Shift+Z", "Ctrl+←", several joined by " / ".
     */
    public static String keysText(List<KeyCombination> keys) {
        return keys.stream().map(Shortcuts::keyText).collect(Collectors.joining(" / "));
    }

    /** One combination as shown: its display text ("Ctrl+N", "F1", "Ctrl+←"). */
    public static String keyText(KeyCombination key) {
        return key.getDisplayText();
    }

    private static Shortcut line(String group, String whatKey, KeyCombination... keys) {
        return new Shortcut(group, List.of(keys), whatKey, List.of());
    }

    private static KeyCombination code(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }
}
