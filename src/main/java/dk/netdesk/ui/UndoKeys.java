package dk.netdesk.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Sends Ctrl+Z and Ctrl+Shift+Z (and Ctrl+Y) to the app's undo, unless the focused text field has an
 * edit of its own in progress: text the user typed, pasted or cut in it after the app's last
 * undoable command. So after Ctrl+2 focuses a search box typed in earlier, Ctrl+Z undoes the
 * pending delete, not the search text; while typing a note, Ctrl+Z undoes the typing, and once all of it is
 * undone, further presses do nothing there (they never reach past the typing to a saved change).
 */
public final class UndoKeys {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination CUT = new KeyCodeCombination(KeyCode.X, KeyCombination.SHORTCUT_DOWN);
    private static final String LAST_EDIT = "nd-last-edit";

    private final UndoManager undo;
    /** Counts user edits in text fields and changes of the app's undo stack, to tell which came last. */
    private long tick;
    private long lastAppCommand;

    private UndoKeys(UndoManager undo) {
        this.undo = undo;
        undo.undoDescriptionProperty().addListener((obs, old, now) -> lastAppCommand = ++tick);
        undo.canUndoProperty().addListener((obs, old, now) -> lastAppCommand = ++tick);
    }

    /** Routes the undo keys of {@code scene} as described above. */
    public static void install(Scene scene, UndoManager undo) {
        UndoKeys keys = new UndoKeys(undo);
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> keys.edited(scene.getFocusOwner(), !e.getCharacter().isEmpty()
                && !e.isShortcutDown()));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> keys.pressed(scene.getFocusOwner(), e));
    }

    private void edited(Node focus, boolean typed) {
        if (typed && focus instanceof TextInputControl field && field.isEditable()) {
            field.getProperties().put(LAST_EDIT, ++tick);
        }
    }

    private void pressed(Node focus, KeyEvent e) {
        boolean isUndo = UNDO.match(e);
        boolean isRedo = REDO.match(e) || REDO_Y.match(e);
        if (!isUndo && !isRedo) {
            boolean erase = e.getCode() == KeyCode.BACK_SPACE || e.getCode() == KeyCode.DELETE;
            edited(focus, erase || PASTE.match(e) || CUT.match(e));
            return;
        }
        if (focus instanceof TextInputControl field && ownEditInProgress(field)) {
            if (!(isUndo ? field.isUndoable() : field.isRedoable())) {
                // All the typing is undone: the keys stay with the field rather than undo a saved change unseen.
                e.consume();
            }
            return;
        }
        e.consume();
        if (isUndo) {
            undo.undo();
        } else {
            undo.redo();
        }
    }

    private boolean ownEditInProgress(TextInputControl field) {
        Object last = field.getProperties().get(LAST_EDIT);
        return last instanceof Long edit && edit > lastAppCommand;
    }
}
