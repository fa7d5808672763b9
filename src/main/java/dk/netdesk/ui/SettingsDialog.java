package dk.netdesk.ui;

import java.util.Locale;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** Language, theme and the name printed on the weekly schedule; they take effect at once when the dialog is confirmed, and are remembered. */
public final class SettingsDialog {

    private SettingsDialog() {
    }

    public static void show(Window owner, ShellViewModel model) {
        Messages messages = model.messages();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("settings.title"));
        dialog.setHeaderText(null);

        ComboBox<Locale> language = new ComboBox<>();
        language.setId("settings-language");
        language.getItems().setAll(Messages.LANGUAGES);
        language.setValue(messages.getLocale());
        language.setConverter(DisplayText.of(locale -> messages.get("language." + locale.getLanguage())));

        ComboBox<Theme> theme = new ComboBox<>();
        theme.setId("settings-theme");
        theme.getItems().setAll(Theme.values());
        theme.setValue(model.themeProperty().get());
        theme.setConverter(DisplayText.of(value -> messages.get("theme." + value.name().toLowerCase(Locale.ROOT))));

        TextField ownerName = new TextField(model.ownerNameProperty().get());
        ownerName.setId("settings-owner-name");
        ownerName.setPromptText(messages.get("settings.ownerName.prompt"));

        FormGrid grid = new FormGrid(messages, 12, 10, 160);
        grid.add("settings.language", language);
        grid.add("settings.theme", theme);
        grid.add("settings.ownerName", ownerName);
        dialog.getDialogPane().setContent(grid.node());
        ButtonType ok = ConfirmDialog.ok(messages);
        dialog.getDialogPane().getButtonTypes().setAll(ok, ConfirmDialog.cancel(messages));

        dialog.showAndWait().filter(ok::equals).ifPresent(confirmed -> {
            if (!ownerName.getText().strip().equals(model.ownerNameProperty().get())) {
                model.setOwnerName(ownerName.getText());
            }
            if (theme.getValue() != model.themeProperty().get()) {
                model.setTheme(theme.getValue());
            }
            if (!language.getValue().equals(messages.getLocale())) {
                model.setLanguage(language.getValue());
            }
        });
    }
}
