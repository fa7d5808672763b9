package dk.netdesk.ui;

import java.util.function.BooleanSupplier;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Down in a search field goes to its results (issue 18): the focus moves to the first result, which is selected, so
 * the user types a search and walks its results with the arrows. Used by the board, contacts and library searches.
 */
public final class SearchDown {

    private SearchDown() {
    }

    /**
     * Down (with no modifier) in {@code search} runs {@code toResults}; the key is used up when it returns true (there
     * was a result to go to), else it is left to the field.
     */
    public static void install(TextField search, BooleanSupplier toResults) {
        search.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !e.isShiftDown() && !e.isControlDown() && !e.isAltDown()
                    && !e.isMetaDown() && !e.isShortcutDown() && toResults.getAsBoolean()) {
                e.consume();
            }
        });
    }

    /** Down in {@code search} focuses {@code list} and selects its first item, when it has one. */
    public static void toList(TextField search, ListView<?> list) {
        install(search, () -> {
            if (list.getItems().isEmpty()) {
                return false;
            }
            list.requestFocus();
            list.getSelectionModel().clearAndSelect(0);
            list.getFocusModel().focus(0);
            list.scrollTo(0);
            return true;
        });
    }

    /** Down in {@code search} focuses {@code table} and selects its first row, when it has one. */
    public static void toTable(TextField search, TableView<?> table) {
        install(search, () -> {
            if (table.getItems().isEmpty()) {
                return false;
            }
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(0);
            table.getFocusModel().focus(0);
            table.scrollTo(0);
            return true;
        });
    }
}
