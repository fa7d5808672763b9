package dk.netdesk.ui;

import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/**
 * Help → Keyboard shortcuts (F1, Ctrl+?): every shortcut of {@link Shortcuts#all}, in the UI language, grouped by
 * screen, in a list that scrolls when the window is low (1024x700 and up show it whole in width). Escape or Close
 * closes it.
 */
public final class ShortcutsDialog {

    private ShortcutsDialog() {
    }

    /**
     * Shows the dialog over {@code owner} without waiting for it to close, and returns it (tests close it).
     *
     * @param screenTitleKeys the screens' navigation title keys, in navigation order (Ctrl+1 is the first)
     */
    public static Dialog<ButtonType> show(Window owner, Messages messages, List<String> screenTitleKeys) {
        Dialog<ButtonType> dialog = new Dialog<>();
        DialogFit.onScreen(dialog);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("shortcuts.title"));
        dialog.setResizable(true);

        GridPane grid = new GridPane();
        grid.setId("shortcuts-list");
        grid.getStyleClass().add("nd-shortcuts");
        grid.setHgap(24);
        grid.setVgap(6);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints what = new ColumnConstraints();
        what.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(keys, what);
        String group = null;
        int row = 0;
        for (Shortcuts.Shortcut shortcut : Shortcuts.all(screenTitleKeys)) {
            if (!shortcut.groupKey().equals(group)) {
                group = shortcut.groupKey();
                Label heading = new Label(messages.get(group));
                heading.getStyleClass().addAll("title-4", "nd-shortcuts-group");
                if (row > 0) {
                    heading.setPadding(new javafx.geometry.Insets(12, 0, 0, 0));
                }
                grid.add(heading, 0, row++, 2, 1);
            }
            Label keyLabel = new Label(Shortcuts.keysText(shortcut.keys()));
            keyLabel.getStyleClass().add("nd-shortcut-keys");
            keyLabel.setStyle("-fx-font-weight: bold;");
            Object[] args = shortcut.whatArgs().stream().map(messages::get).toArray();
            Label whatLabel = new Label(args.length == 0 ? messages.get(shortcut.whatKey())
                    : messages.format(shortcut.whatKey(), args));
            whatLabel.setWrapText(true);
            whatLabel.setMinHeight(Label.USE_PREF_SIZE);
            grid.add(keyLabel, 0, row);
            grid.add(whatLabel, 1, row++);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setId("shortcuts-scroll");
        scroll.setAccessibleText(messages.get("shortcuts.title"));
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(560);
        scroll.setPrefViewportHeight(460);
        scroll.setFocusTraversable(true);
        // Page Down / Up scroll a page (issue 18: they moved one line)
        PageKeys.install(scroll);
        // the list scrolls itself; the room around it shows its focus ring (the dialog's own scrolling clipped it)
        javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane(scroll);
        holder.setPadding(DialogFit.PADDING);
        holder.getProperties().put(DialogFit.SCROLLS_ITSELF, Boolean.TRUE);
        dialog.getDialogPane().setContent(holder);
        // JavaFX's own ButtonType.CLOSE is worded in the language the app started in, not the UI language;
        // CANCEL_CLOSE lets Escape close the dialog
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.get("dialog.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setId("shortcuts-dialog");
        // the list takes the focus, so that the arrow keys and Page Down scroll it
        dialog.setOnShown(e -> scroll.requestFocus());
        dialog.show();
        return dialog;
    }
}
