package dk.netdesk.exchange;

import dk.netdesk.calendar.Category;
import dk.netdesk.ui.DialogFit;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.ViewListeners;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The calendar screen's "Calendar file" menu ({@code #calendar-files}: "Import calendar…" Ctrl+Shift+I,
 * "Export calendar…" Ctrl+Shift+E) and the import dialog ({@code #calendar-import-dialog}): choose the
 * file, work or personal, Import (the default button, Enter), then the summary with the events left out
 * and why; Close (Esc). Export asks for a file name and says the result in the status line.
 */
public final class CalendarFilesDialog {

    /** Opens the import dialog. */
    public static final KeyCombination IMPORT = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    /** Asks where to export the calendar. */
    public static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final CalendarFilesViewModel model;
    private final Messages messages;
    private Function<Window, Path> openChooser = this::chooseToOpen;
    private Function<Window, Path> saveChooser = this::chooseToSave;

    public CalendarFilesDialog(CalendarFilesViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /** Replaces the file choosers (tests): each gets the owner window and gives a path or null. */
    public void setChoosers(Function<Window, Path> open, Function<Window, Path> save) {
        this.openChooser = open;
        this.saveChooser = save;
    }

    /**
     * The menu button for the calendar's toolbar, and its two shortcuts on {@code screen} (the calendar
     * screen's root, so they work wherever the focus is on that screen).
     */
    public MenuButton menu(Node screen) {
        MenuItem importItem = new MenuItem(messages.get("exchange.ics.import.action"));
        importItem.setId("calendar-import");
        importItem.setAccelerator(IMPORT);
        MenuItem exportItem = new MenuItem(messages.get("exchange.ics.export.action"));
        exportItem.setId("calendar-export");
        exportItem.setAccelerator(EXPORT);
        MenuButton menu = new MenuButton(null, new FontIcon(Material2OutlinedMZ.SAVE_ALT), importItem, exportItem);
        menu.setId("calendar-files");
        String name = messages.get("exchange.ics.import.action") + " / " + messages.get("exchange.ics.export.action");
        menu.setAccessibleText(name);
        menu.setTooltip(new javafx.scene.control.Tooltip(name));
        importItem.setOnAction(e -> showImport(menu.getScene().getWindow()));
        exportItem.setOnAction(e -> export(menu.getScene().getWindow()));
        screen.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (IMPORT.match(e)) {
                e.consume();
                showImport(screen.getScene().getWindow());
            } else if (EXPORT.match(e)) {
                e.consume();
                export(screen.getScene().getWindow());
            }
        });
        return menu;
    }

    /** Asks for a file name and exports every event there. */
    public void export(Window owner) {
        Path target = saveChooser.apply(owner);
        if (target != null) {
            model.export(target);
        }
    }

    /** Opens the import dialog over {@code owner} (not waiting for it to close). */
    public void showImport(Window owner) {
        showImport(owner, null);
    }

    /**
     * Opens the import dialog over {@code owner} with {@code file} already chosen (a file dropped on the
     * window, or null to choose one in the dialog); Import then has the focus. Does not wait for it to close.
     */
    public void showImport(Window owner, Path file) {
        model.open();
        if (file != null) {
            model.fileProperty().set(file);
        }
        Dialog<Void> dialog = new Dialog<>();
        DialogFit.onScreen(dialog);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("exchange.ics.import.title"));
        dialog.getDialogPane().setId("calendar-import-dialog");

        Label intro = new Label(messages.get("exchange.ics.import.intro"));
        intro.setWrapText(true);
        Label fileName = new Label();
        fileName.setId("calendar-import-file");
        fileName.textProperty().bind(Bindings.createStringBinding(() -> model.fileProperty().get() == null
                ? messages.get("exchange.ics.import.noFile") : model.fileProperty().get().toString(), model.fileProperty()));
        fileName.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(fileName, Priority.ALWAYS);
        Button choose = new Button(messages.get("exchange.ics.import.choose"));
        choose.setId("calendar-import-choose");
        choose.setOnAction(e -> {
            Path chosen = openChooser.apply(dialog.getDialogPane().getScene().getWindow());
            if (chosen != null) {
                model.fileProperty().set(chosen);
            }
        });
        Label fileLabel = new Label(messages.get("exchange.ics.import.file"));
        fileLabel.setLabelFor(choose);
        HBox fileRow = new HBox(8, fileLabel, fileName, choose);

        ToggleGroup group = new ToggleGroup();
        RadioButton work = radio("calendar-import-work", "exchange.ics.import.work", Category.WORK, group);
        RadioButton personal = radio("calendar-import-personal", "exchange.ics.import.personal", Category.PERSONAL, group);
        Label categoryLabel = new Label(messages.get("exchange.ics.import.category"));
        categoryLabel.setLabelFor(work);
        Label help = new Label(messages.get("exchange.ics.import.categoryHelp"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");

        Label summary = new Label();
        summary.setId("calendar-import-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE); // wrapped in full, never cut to "…"
        summary.textProperty().bind(model.summaryProperty());
        ListView<String> rejected = new ListView<>(model.rejected());
        rejected.setId("calendar-import-rejected");
        rejected.setPrefHeight(140);
        rejected.setMaxHeight(140); // a long list scrolls here; the buttons stay in the window
        rejected.visibleProperty().bind(Bindings.isNotEmpty(model.rejected()));
        rejected.managedProperty().bind(rejected.visibleProperty());

        VBox content = new VBox(10, intro, fileRow, categoryLabel, new HBox(16, work, personal), help, summary, rejected);
        DialogFit.pad(content);
        content.setPrefWidth(560);
        content.setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setContent(content);

        ButtonType runType = new ButtonType(messages.get("exchange.ics.import.run"), ButtonBar.ButtonData.OK_DONE);
        ButtonType closeType = new ButtonType(messages.get("exchange.ics.import.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(runType, closeType);
        Button run = (Button) dialog.getDialogPane().lookupButton(runType);
        run.setId("calendar-import-run");
        run.disableProperty().bind(model.canImportProperty().not());
        Button close = (Button) dialog.getDialogPane().lookupButton(closeType);
        close.setId("calendar-import-close");
        // after a successful import Close is the main button (Enter closes) and Import waits for another file
        run.defaultButtonProperty().bind(model.doneProperty().not());
        close.defaultButtonProperty().bind(model.doneProperty());
        ViewListeners.onChange(dialog.getDialogPane(), model.doneProperty(), (obs, old, now) -> {
            if (now) {
                close.requestFocus();
            }
        });
        run.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.importFile();
        });
        if (file != null) {
            // a dropped file: Import is the one thing left to do
            dialog.getDialogPane().getProperties().put(dk.netdesk.ui.DialogFit.OWN_FOCUS, Boolean.TRUE);
        }
        dialog.show();
        (file == null ? choose : run).requestFocus();
    }

    private RadioButton radio(String id, String key, Category category, ToggleGroup group) {
        RadioButton radio = new RadioButton(messages.get(key));
        radio.setId(id);
        radio.setToggleGroup(group);
        radio.setSelected(model.categoryProperty().get() == category);
        radio.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                model.categoryProperty().set(category);
            }
        });
        return radio;
    }

    private Path chooseToOpen(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("exchange.ics.import.chooseTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("exchange.ics.import.filter"), "*.ics"));
        File file = chooser.showOpenDialog(owner);
        return file == null ? null : file.toPath();
    }

    private Path chooseToSave(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("exchange.ics.export.chooseTitle"));
        chooser.setInitialFileName(model.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("exchange.ics.import.filter"), "*.ics"));
        File file = chooser.showSaveDialog(owner);
        return file == null ? null : file.toPath();
    }
}
