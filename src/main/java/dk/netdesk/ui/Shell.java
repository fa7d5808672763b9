package dk.netdesk.ui;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The main window: a menu bar, navigation between the areas, the current area and a
 * status line. Feature views are built on first visit, and rebuilt when the language changes.
 */
public final class Shell {

    /**
     * The narrowest the main window can be made, in pixels (its outer width), unless the screen is narrower:
     * every screen shows its texts whole at this size, and panels scroll rather than clip.
     */
    public static final double MIN_WIDTH = 900;
    /** The lowest the main window can be made, in pixels (its outer height), unless the screen is lower. */
    public static final double MIN_HEIGHT = 600;

    private final Stage stage;
    private final ShellViewModel model;
    private final Messages messages;
    private final UndoManager undo;
    private final StatusLine status;
    private final List<Area> areas;
    private final Path dataDir;
    private final String version;
    private final Consumer<Path> openFolder;

    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    /** Non-modal notices above the status bar (the retention reminder), kept across language changes. */
    private final VBox notices = new VBox();
    private final Map<String, Node> views = new HashMap<>();
    /** Views built by {@link #prepare} and not yet shown: hidden behind the shown view. */
    private final java.util.Set<Node> waiting = new java.util.HashSet<>();
    private String currentArea;
    private java.util.function.BooleanSupplier canClose = () -> true;
    /** Help → "Welcome / Getting started…"; null leaves the item out. */
    private Runnable onWelcome;
    private List<MenuCommand> fileCommands = List.of();
    /** Settings' "Work hours…": opens the work hours dialog over the given window; null leaves the row out. */
    private Consumer<javafx.stage.Window> onWorkHours;

    /**
     * @param openFolder opens a folder (the data folder: Help → Open data folder, About) in the file manager,
     *                   saying in the status line when it could not ({@link OpenWithSystem#folder})
     */
    public Shell(Stage stage, ShellViewModel model, UndoManager undo, StatusLine status, List<Area> areas,
                 Path dataDir, String version, Consumer<Path> openFolder) {
        this.stage = stage;
        this.model = model;
        this.messages = model.messages();
        this.undo = undo;
        this.status = status;
        this.areas = List.copyOf(areas);
        this.dataDir = dataDir;
        this.version = version;
        this.openFolder = openFolder;
        this.currentArea = areas.get(0).id();
    }

    /**
     * Asked before the window closes (Quit, or the window's close button): false keeps it open. The
     * app asks here about unsaved edits (Save, Discard, Cancel).
     */
    public void setCanClose(java.util.function.BooleanSupplier canClose) {
        this.canClose = canClose;
    }

    /**
     * Adds Help → "Welcome / Getting started…" ({@code menu-welcome}), which runs {@code action} (the app
     * shows Today with the welcome over it). Call before {@link #show()}.
     */
    public void setOnWelcome(Runnable action) {
        this.onWelcome = action;
    }

    /**
     * Gives Settings its "Work hours…" button, which runs {@code action} with the Settings window (the app opens the
     * calendar's work hours dialog over it). Call before {@link #show()}.
     */
    public void setOnWorkHours(Consumer<javafx.stage.Window> action) {
        this.onWorkHours = action;
    }

    /**
     * Commands shown at the top of the File menu (importing and exporting contacts and the calendar), in this
     * order, with a separator after them. Call before {@link #show()}.
     */
    public void setFileCommands(List<MenuCommand> commands) {
        this.fileCommands = List.copyOf(commands);
    }

    /** Builds the scene, restores the window's bounds and shows it. */
    public void show() {
        // The theme first: the first control built would otherwise load JavaFX's own Modena stylesheet,
        // only for it to be replaced.
        applyTheme(model.themeProperty().get());
        model.themeProperty().addListener((obs, old, now) -> applyTheme(now));
        content.getStyleClass().add("nd-content");
        // a click shows no focus ring on buttons and toggles, a key does (decision 0048)
        PointerFocus.install(root);
        root.setCenter(content);
        rebuild();
        messages.localeProperty().addListener((obs, old, now) -> rebuild());

        // the remembered bounds may belong to a larger or unplugged screen: fit them to today's screens
        ShellViewModel.Bounds bounds = ScreenFit.restore(model.bounds(),
                Screen.getScreens().stream().map(Screen::getVisualBounds).toList(), Screen.getPrimary().getVisualBounds());
        // never smaller than every screen needs, nor larger than the screen the window is on
        Rectangle2D screen = Screen.getScreensForRectangle(bounds.x(), bounds.y(), bounds.width(), bounds.height())
                .stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        double width = Math.max(bounds.width(), stage.getMinWidth());
        double height = Math.max(bounds.height(), stage.getMinHeight());
        // The scene has the window's size from the start (the whole screen's when maximized). Window decorations,
        // where there are any, make it a little smaller once shown, which costs one more layout.
        double sceneWidth = bounds.maximized() ? screen.getWidth() : width;
        double sceneHeight = bounds.maximized() ? screen.getHeight() : height;
        // (A window already showing, as when the shell is built again on it, gives its scene its own size.)
        boolean showing = stage.isShowing();
        Scene scene = showing ? new Scene(root) : new Scene(root, sceneWidth, sceneHeight);
        scene.getStylesheets().add(Theme.APP_STYLESHEET);
        UndoKeys.install(scene, undo);
        SpaceOpensList.install(scene);
        // Ctrl+? opens the shortcuts as F1 does: as typed, and by key on a US keyboard (Ctrl+Shift+/)
        scene.getAccelerators().put(Shortcuts.HELP_QUESTION, this::showShortcuts);
        scene.getAccelerators().put(Shortcuts.HELP_SLASH, this::showShortcuts);
        stage.setScene(scene);
        // the window's outer size, as it was remembered (stage.getWidth() and getHeight() in rememberBounds)
        stage.setWidth(width);
        stage.setHeight(height);
        // CSS and layout before the window is mapped, at the window's size: the first frame after mapping then
        // only draws. (stage.show() does neither for a window of a given size: the first pulse did both, after
        // mapping, so the window was mapped blank.)
        if (!showing) {
            root.applyCss();
            root.resize(sceneWidth, sceneHeight);
            root.layout();
        }
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setMaximized(bounds.maximized());
        stage.setOnCloseRequest(e -> {
            if (canClose.getAsBoolean()) {
                rememberBounds();
            } else {
                e.consume();
            }
        });
        stage.show();
    }

    /**
     * Shows a non-modal notice (a banner node that hides itself when dismissed) above the status bar,
     * under any notices already shown. Call on the JavaFX thread.
     */
    public void showNotice(Node notice) {
        notices.getChildren().add(notice);
    }

    /** The root node, for tests and screenshots. */
    public Parent root() {
        return root;
    }

    public void select(String areaId) {
        currentArea = areaId;
        model.screenShown(areaId);
        Area area = areas.stream().filter(a -> a.id().equals(areaId)).findFirst().orElseThrow();
        Node view = views.computeIfAbsent(areaId, id -> area.view().get());
        // A view prepared while hidden (prepare) stays in the scene, styled and laid out, until its first visit.
        waiting.remove(view);
        if (view.getParent() != content) {
            content.getChildren().add(view);
        }
        content.getChildren().removeIf(other -> other != view && !waiting.contains(other));
        view.setVisible(true);
        rebuildNavigation();
        showNewAccelerator();
        // The shown screen takes the keyboard focus at once (its search field, list or grid: KeyboardFocus), so its
        // shortcuts work straight away, also on its first visit and after a language switch.
        KeyboardFocus.showScreen(view);
    }

    /**
     * Builds an area's view ahead of its first visit and puts it, hidden, behind the shown one, so that the next
     * pulses style and lay it out while the user is elsewhere; {@link #select} then only shows it (decision 0035).
     * Does nothing when the area was built already or is shown. The app calls it once the start-up work is done;
     * a language change drops it with the other views. Call on the JavaFX thread.
     *
     * @param areaId an id of {@link Area#id()}; an unknown id is ignored
     */
    public void prepare(String areaId) {
        if (views.containsKey(areaId) || areaId.equals(currentArea)) {
            return;
        }
        areas.stream().filter(a -> a.id().equals(areaId)).findFirst().ifPresent(area -> {
            Node view = area.view().get();
            views.put(areaId, view);
            waiting.add(view);
            view.setVisible(false);
            content.getChildren().add(0, view);
        });
    }

    private void rebuild() {
        views.clear();
        waiting.clear();
        stage.setTitle(messages.get("app.title"));
        root.setTop(menuBar());
        Label statusLabel = new Label();
        statusLabel.textProperty().bind(status.textProperty());
        HBox statusBar = new HBox(statusLabel);
        statusBar.getStyleClass().add("nd-status");
        root.setBottom(new VBox(notices, statusBar));
        select(currentArea);
    }

    private void rebuildNavigation() {
        VBox nav = new VBox();
        nav.getStyleClass().add("nd-nav");
        ToggleGroup group = new ToggleGroup();
        for (Area area : areas) {
            ToggleButton button = new ToggleButton(messages.get(area.titleKey()), new FontIcon(area.icon()));
            button.setId("nav-" + area.id());
            button.setToggleGroup(group);
            button.setSelected(area.id().equals(currentArea));
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(e -> select(area.id()));
            nav.getChildren().add(button);
        }
        root.setLeft(nav);
    }

    /**
     * The File menu's "New …" items, by the screen on which Ctrl+N does what they do: the item of the screen shown
     * carries Ctrl+N in the menu, the others none (the screen's own key filter takes Ctrl+N first; both run the
     * same button). Rebuilt with the menu bar.
     */
    private final Map<String, MenuItem> newItems = new HashMap<>();

    private MenuBar menuBar() {
        MenuItem settings = item("menu.settings", Material2OutlinedMZ.SETTINGS, Shortcuts.SETTINGS, this::openSettings);
        MenuItem quit = item("menu.quit", null, Shortcuts.QUIT, () -> {
            if (canClose.getAsBoolean()) {
                rememberBounds();
                stage.close();
            }
        });
        Menu file = new Menu(messages.get("menu.file"));
        file.setMnemonicParsing(true);
        newItems.clear();
        MenuItem newContact = item("menu.newContact", Material2OutlinedAL.ADD, null, () -> {
            boolean board = "pipeline".equals(currentArea);
            pressIn(board ? "pipeline" : "contacts", board ? "#pipeline-new-contact" : "#contact-new");
        });
        newItems.put("contacts", newContact);
        newItems.put("pipeline", newContact);
        MenuItem newEvent = item("menu.newEvent", Material2OutlinedAL.EVENT, null,
                () -> pressIn("calendar", "#calendar-new"));
        newItems.put("calendar", newEvent);
        MenuItem newLibraryItem = item("menu.newLibraryItem", Material2OutlinedAL.LIBRARY_ADD, null,
                () -> pressIn("library", "#library-new"));
        newItems.put("library", newLibraryItem);
        MenuItem printWeek = item("menu.printWeek", Material2OutlinedMZ.PRINT, Shortcuts.PRINT_WEEK,
                () -> pressIn("calendar", "#calendar-print"));
        file.getItems().addAll(newContact, newEvent, newLibraryItem, new SeparatorMenuItem(), printWeek,
                new SeparatorMenuItem());
        showNewAccelerator();
        for (MenuCommand command : fileCommands) {
            MenuItem item = new MenuItem(messages.get(command.textKey()));
            item.setMnemonicParsing(true);
            item.setId(command.id());
            item.setAccelerator(command.accelerator());
            item.setOnAction(e -> command.action().accept(stage));
            file.getItems().add(item);
        }
        if (!fileCommands.isEmpty()) {
            file.getItems().add(new SeparatorMenuItem());
        }
        file.getItems().addAll(settings, new SeparatorMenuItem(), quit);

        MenuItem undoItem = item("menu.undo", Material2OutlinedMZ.UNDO, Shortcuts.UNDO, undo::undo);
        undoItem.disableProperty().bind(undo.canUndoProperty().not());
        undoItem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                undo.undoDescriptionProperty().get().isEmpty() ? messages.get("menu.undo")
                        : messages.format("menu.undoWhat", undo.undoDescriptionProperty().get()),
                undo.undoDescriptionProperty()));
        MenuItem redoItem = item("menu.redo", Material2OutlinedMZ.REDO, Shortcuts.REDO, undo::redo);
        redoItem.disableProperty().bind(undo.canRedoProperty().not());
        Menu edit = new Menu(messages.get("menu.edit"), null, undoItem, redoItem);
        edit.setMnemonicParsing(true);

        Menu view = new Menu(messages.get("menu.view"));
        view.setMnemonicParsing(true);
        for (int i = 0; i < areas.size(); i++) {
            Area area = areas.get(i);
            // "menu.nav.today": the screen's name with a mnemonic of the menu's own (id menu-nav-today)
            view.getItems().add(item("menu." + area.titleKey(), area.icon(), Shortcuts.screen(i), () -> select(area.id())));
        }
        view.getItems().add(new SeparatorMenuItem());
        view.getItems().add(item("menu.toggleTheme", Material2OutlinedAL.BRIGHTNESS_6,
                Shortcuts.THEME,
                () -> model.setTheme(model.themeProperty().get() == Theme.DARK ? Theme.LIGHT : Theme.DARK)));

        MenuItem about = item("menu.about", Material2OutlinedAL.INFO, null,
                () -> AboutDialog.show(stage, messages, version, dataDir, openFolder));
        MenuItem openData = item("menu.openDataFolder", Material2OutlinedAL.FOLDER_OPEN, null,
                () -> openFolder.accept(dataDir));
        MenuItem shortcuts = item("menu.shortcuts", Material2OutlinedAL.KEYBOARD, Shortcuts.HELP, this::showShortcuts);
        Menu help = new Menu(messages.get("menu.help"), null, shortcuts, new SeparatorMenuItem(), about, openData);
        help.setMnemonicParsing(true);
        if (onWelcome != null) {
            help.getItems().add(0, item("menu.welcome", Material2OutlinedAL.EXPLORE, null, onWelcome));
            help.getItems().add(1, new SeparatorMenuItem());
        }

        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setId("menu-bar");
        MenuLetters.install(bar);
        return bar;
    }

    private MenuItem item(String key, org.kordamp.ikonli.Ikon icon, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key), icon == null ? null : new FontIcon(icon));
        // every item has a mnemonic in its text ("New _contact"), none shared within its menu (MenusTest)
        item.setMnemonicParsing(true);
        item.setId("menu-" + key.replaceFirst("^menu\\.", "").replace('.', '-'));
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }

    /**
     * Help → Keyboard shortcuts (F1, Ctrl+?): the list of every shortcut over the window. Call on the JavaFX
     * thread.
     */
    public javafx.scene.control.Dialog<?> showShortcuts() {
        return ShortcutsDialog.show(stage, messages, areas.stream().map(Area::titleKey).toList());
    }

    /** Puts Ctrl+N in the menu on the "New …" item of the screen shown, and on no other. */
    private void showNewAccelerator() {
        MenuItem shown = newItems.get(currentArea);
        for (MenuItem item : newItems.values()) {
            item.setAccelerator(item == shown ? Shortcuts.NEW : null);
        }
    }

    /**
     * Shows the area {@code areaId} and presses its button {@code buttonId} (a CSS id selector), so that a menu
     * item runs exactly what the screen's button runs. Does nothing more when the button is not there or
     * disabled (the print button when printing is not set up).
     */
    private void pressIn(String areaId, String buttonId) {
        if (areas.stream().noneMatch(a -> a.id().equals(areaId))) {
            return;
        }
        select(areaId);
        Node view = views.get(areaId);
        if (view != null && view.lookup(buttonId) == null) {
            // a screen built just now: its toolbars and split panes hold their buttons once skinned
            view.applyCss();
        }
        if (view != null && view.lookup(buttonId) instanceof javafx.scene.control.ButtonBase button
                && !button.isDisabled() && button.isVisible()) {
            button.fire();
        }
    }

    private void openSettings() {
        SettingsDialog.show(stage, model, onWorkHours);
    }

    private void applyTheme(Theme theme) {
        theme.apply();
        root.getStyleClass().removeAll(Theme.LIGHT.styleClass(), Theme.DARK.styleClass());
        root.getStyleClass().add(theme.styleClass());
    }

    private void rememberBounds() {
        if (stage.isMaximized()) {
            ShellViewModel.Bounds old = model.bounds();
            model.saveBounds(new ShellViewModel.Bounds(old.x(), old.y(), old.width(), old.height(), true));
        } else {
            model.saveBounds(new ShellViewModel.Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false));
        }
    }
}
