package dk.netdesk.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One stack of reversible commands per window (Ctrl+Z / Ctrl+Shift+Z). A command is
 * recorded after it has been done once; undo and redo call back into the view-model
 * that recorded it.
 */
public final class UndoManager {

    /** A change that can be reversed and done again. */
    public interface Command {
        /**
         * A short description in the current UI language, such as "Delete Anna Jensen": formatted from the
         * bundles each time it is asked (after a language switch it comes in the new language), never stored
         * as text when the command was made.
         */
        String description();

        void undo();

        void redo();

        /**
         * A command from three functions.
         *
         * @param description gives the localised description each time it is shown (the language may change)
         */
        static Command of(java.util.function.Supplier<String> description, Runnable undo, Runnable redo) {
            return new Command() {
                @Override
                public String description() {
                    return description.get();
                }

                @Override
                public void undo() {
                    undo.run();
                }

                @Override
                public void redo() {
                    redo.run();
                }
            };
        }
    }

    private static final int LIMIT = 100;

    private final Deque<Command> undoStack = new ArrayDeque<>();
    private final Deque<Command> redoStack = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyObjectWrapper<Command> nextUndo = new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private final java.util.function.Consumer<java.util.function.Supplier<String>> undone;
    private final java.util.function.Consumer<java.util.function.Supplier<String>> redone;

    /** An undo stack that tells nobody when it undoes or redoes (tests). */
    public UndoManager() {
        this(description -> { }, description -> { });
    }

    /**
     * @param undone told each command it undoes, as its description (the app says it in the status line,
     *               asking the description again when the language changes)
     * @param redone told each command it redoes, likewise
     */
    public UndoManager(java.util.function.Consumer<java.util.function.Supplier<String>> undone,
                       java.util.function.Consumer<java.util.function.Supplier<String>> redone) {
        this.undone = undone;
        this.redone = redone;
    }

    /** Records a command that has just been done. */
    public void done(Command command) {
        undoStack.push(command);
        if (undoStack.size() > LIMIT) {
            undoStack.removeLast();
        }
        redoStack.clear();
        refresh();
    }

    public void undo() {
        if (undoStack.isEmpty()) {
            return;
        }
        Command command = undoStack.pop();
        undone.accept(command::description);
        command.undo();
        redoStack.push(command);
        refresh();
    }

    public void redo() {
        if (redoStack.isEmpty()) {
            return;
        }
        Command command = redoStack.pop();
        redone.accept(command::description);
        command.redo();
        undoStack.push(command);
        refresh();
    }

    public void clear() {
        undoStack.clear();
        redoStack.clear();
        refresh();
    }

    /** Asks the next undo and redo commands for their descriptions again: call it when the UI language changes. */
    public void refresh() {
        canUndo.set(!undoStack.isEmpty());
        canRedo.set(!redoStack.isEmpty());
        undoDescription.set(undoStack.isEmpty() ? "" : undoStack.peek().description());
        nextUndo.set(undoStack.peek());
        redoDescription.set(redoStack.isEmpty() ? "" : redoStack.peek().description());
    }

    /**
     * True while {@code command} is the one {@link #undo()} takes back next; false once it is undone,
     * another command is done after it, or the history is cleared. A status message that offers Ctrl+Z
     * for the command holds only so long ({@link StatusLine#showWhile}).
     */
    public javafx.beans.binding.BooleanBinding isNext(Command command) {
        return javafx.beans.binding.Bindings.createBooleanBinding(() -> nextUndo.get() == command, nextUndo);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }
}
