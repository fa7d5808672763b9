package dk.netdesk.ui;

import dk.netdesk.db.StorageFailure;
import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/**
 * Shows a failure. A storage failure the user can act on (disk full, read-only, locked, damaged)
 * gets plain words from the ui bundle: what happened and what to do. Anything else gets the
 * generic "Something went wrong" with a one-line summary. Either way the raw text (the stack trace
 * with SQLite's own words) is only in the folded-away details and behind "Copy details".
 */
public final class ErrorDialog {

    private ErrorDialog() {
    }

    public static void show(Window owner, Messages messages, Throwable error) {
        build(owner, messages, error).showAndWait();
    }

    /**
     * The dialog for {@code error}, not yet shown; call on the JavaFX thread. Its window title, header
     * and content come from {@link #messageKey(StorageFailure)} for a storage failure (only
     * {@link StorageFailure#OTHER} is titled "unexpected error").
     */
    public static Alert build(Window owner, Messages messages, Throwable error) {
        String details = stackTrace(error);
        StorageFailure kind = StorageFailure.of(error);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        DialogFit.onScreen(alert);
        if (owner != null) {
            alert.initOwner(owner);
        }
        String key = messageKey(kind);
        alert.setTitle(messages.get(key == null ? "error.title" : key + ".title"));
        if (key == null) {
            alert.setHeaderText(messages.get("error.header"));
            alert.setContentText(summary(error));
        } else {
            alert.setHeaderText(messages.get(key + ".header"));
            alert.setContentText(messages.get(key + ".text"));
            alert.getDialogPane().setId("failure-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        TextArea area = TabMovesFocus.textArea(details);
        area.setEditable(false);
        area.setPrefRowCount(14);
        area.setId("error-details");
        alert.getDialogPane().setExpandableContent(area);
        ButtonType copy = new ButtonType(messages.get("error.copy"), ButtonBar.ButtonData.LEFT);
        // not ButtonType.CLOSE: JavaFX words that in the language the app started in, not the UI language
        alert.getButtonTypes().setAll(copy, new ButtonType(messages.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(details);
            Clipboard.getSystemClipboard().setContent(content);
            e.consume();
        });
        return alert;
    }

    /**
     * The start of the ui bundle keys for a kind of storage failure ({@code <key>.title} is the window
     * title, {@code <key>.header} says what happened, {@code <key>.text} what to do); null for
     * {@link StorageFailure#OTHER}.
     */
    public static String messageKey(StorageFailure kind) {
        return switch (kind) {
            case DISK_FULL -> "failure.diskFull";
            case READ_ONLY -> "failure.readOnly";
            case LOCKED -> "failure.locked";
            case DAMAGED -> "failure.damaged";
            case OTHER -> null;
        };
    }

    static String summary(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    static String stackTrace(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
