package dk.netdesk.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * The frame of a dialog that works on a list (find duplicates, retention review, restore): resizable, over its
 * owner, kept on screen by {@link DialogFit#onScreen}, with the app's stylesheet and a single Close button that is not the default button, so Enter acts
 * in the dialog and Escape closes it.
 */
public final class ToolDialog {

    private ToolDialog() {
    }

    /**
     * A new, not yet shown dialog.
     *
     * @param owner  the window it opens over
     * @param id     the CSS id of its dialog pane, such as {@code "merge-dialog"}
     * @param title  the window title, already translated
     * @param header the header text, already translated; {@code null} for none
     */
    public static Dialog<ButtonType> create(Window owner, String id, String title, String header) {
        Dialog<ButtonType> dialog = DialogFit.onScreen(new Dialog<>());
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setResizable(true);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().getStylesheets().add(Theme.APP_STYLESHEET);
        return dialog;
    }

    /**
     * Makes {@code text} the dialog's only button: it closes the dialog (Escape does too) and is not the
     * default button.
     *
     * @return the button, with CSS id {@code id}
     */
    public static Button closeButton(Dialog<ButtonType> dialog, String text, String id) {
        ButtonType close = new ButtonType(text, ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        Button button = (Button) dialog.getDialogPane().lookupButton(close);
        button.setId(id);
        button.setDefaultButton(false);
        return button;
    }
}
