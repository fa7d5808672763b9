package dk.netdesk.calendar;

import dk.netdesk.ui.DateText;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.ViewListeners;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The calendar's toolbar: previous / today / next, go to date, the title, the four views, new
 * event, work hours (the balance settings) and print week; and the keyboard shortcuts its tooltips name.
 */
final class CalendarToolbar {

    static final KeyCombination PREVIOUS = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN);
    static final KeyCombination TODAY = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination GO_TO = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCode[] MODE_KEYS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4};

    private final CalendarViewModel model;
    private final Messages messages;
    private final DatePicker goTo = new DatePicker();

    CalendarToolbar(CalendarViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /** Alt+1 to Alt+4: the shortcut of each view, in {@link CalendarViewModel.Mode} order. */
    static KeyCombination modeShortcut(CalendarViewModel.Mode mode) {
        return new KeyCodeCombination(MODE_KEYS[mode.ordinal()], KeyCombination.ALT_DOWN);
    }

    /** The toolbar; "New event" and the balance button run the given actions. */
    Node build(Runnable onNew, Runnable onBalance) {
        Button previous = iconButton("calendar-previous", Material2OutlinedAL.CHEVRON_LEFT, "calendar.previous", PREVIOUS, model::previous);
        Button next = iconButton("calendar-next", Material2OutlinedAL.CHEVRON_RIGHT, "calendar.next", NEXT, model::next);
        Button today = new Button(messages.get("calendar.today"));
        today.setId("calendar-today");
        today.setTooltip(tip("calendar.today", TODAY));
        today.setOnAction(e -> model.today());
        buildGoTo();
        Label title = new Label();
        title.setId("calendar-title");
        title.getStyleClass().add("calendar-title");
        title.textProperty().bind(model.titleProperty());
        // the title may be cut with "…" in a very narrow window, never the buttons before it
        title.setMinWidth(0);
        Button create = new Button(messages.get("calendar.new"), new FontIcon(Material2OutlinedAL.ADD));
        create.setId("calendar-new");
        create.setTooltip(tip("calendar.new", NEW));
        create.setOnAction(e -> onNew.run());
        // "Work hours…" in words beside its icon: the icon alone told a new user nothing (issue 18, item 12)
        Button balance = new Button(messages.get("calendar.balanceSettings"), new FontIcon(Material2OutlinedMZ.TUNE));
        balance.setId("calendar-balance");
        balance.setTooltip(tip("calendar.balance.header", null));
        balance.setAccessibleText(messages.get("calendar.balanceSettings"));
        balance.setOnAction(e -> onBalance.run());
        Button print = iconButton("calendar-print", Material2OutlinedMZ.PRINT, "calendar.printWeek", PRINT, model::printWeek);
        print.visibleProperty().bind(model.onPrintWeekProperty().isNotNull());
        print.managedProperty().bind(print.visibleProperty());
        for (Region region : List.of(previous, today, next, goTo, create, balance, print)) {
            region.setMinWidth(Region.USE_PREF_SIZE);
        }
        // two rows at every width: the title ends the first row, so a longer title ("Uge 53 · dec. 2026 –
        // jan. 2027") never moves a button, and the commands never jump between the rows as weeks change
        HBox navigation = new HBox(6, previous, today, next, goTo, title);
        navigation.setAlignment(Pos.CENTER_LEFT);
        navigation.setMinWidth(0);
        navigation.setId("calendar-navigation");
        HBox commands = new HBox(6, modes(), create, balance, print);
        commands.setAlignment(Pos.CENTER_LEFT);
        commands.setMinWidth(Region.USE_PREF_SIZE);
        commands.setId("calendar-commands");
        // text typed into "Go to date" that is no date: the calendar stays where it is and this says what to type
        VBox bar = new VBox(6, navigation, DateText.message(goTo, messages), commands);
        bar.setMinWidth(0);
        bar.getStyleClass().add("calendar-toolbar");
        return bar;
    }

    /** Opens the go-to-date picker (Ctrl+G). */
    void showGoTo() {
        goTo.requestFocus();
        goTo.show();
    }

    private void buildGoTo() {
        goTo.setId("calendar-goto");
        goTo.setPrefWidth(160);
        goTo.setTooltip(tip("calendar.goTo", GO_TO));
        goTo.setAccessibleText(messages.get("calendar.goTo"));
        DateText.install(goTo, messages);
        goTo.setValue(model.dateProperty().get());
        goTo.valueProperty().addListener((obs, old, now) -> model.goTo(now));
        // with the week's events, in the same pulse as the grid (issue 16)
        ViewListeners.onChange(goTo, model.loadsProperty(), (obs, old, now) -> goTo.setValue(model.dateProperty().get()));
    }

    private Node modes() {
        ToggleGroup group = new ToggleGroup();
        HBox modeBox = new HBox();
        modeBox.getStyleClass().add("calendar-modes");
        for (CalendarViewModel.Mode mode : CalendarViewModel.Mode.values()) {
            String key = "calendar.mode." + mode.name().toLowerCase(Locale.ROOT);
            ToggleButton button = new ToggleButton(messages.get(key));
            button.setId("calendar-mode-" + mode.name().toLowerCase(Locale.ROOT));
            button.setToggleGroup(group);
            button.setUserData(mode);
            button.setSelected(model.modeProperty().get() == mode);
            button.setTooltip(tip(key, modeShortcut(mode)));
            button.setOnAction(e -> {
                model.modeProperty().set(mode);
                button.setSelected(true);
            });
            // the group deselects the others (deselecting here would leave no toggle selected for a moment)
            ViewListeners.onChange(button, model.modeProperty(), (obs, old, now) -> {
                if (now == mode) {
                    button.setSelected(true);
                }
            });
            button.setMinWidth(Region.USE_PREF_SIZE);
            // one joined control: the theme's pill ends left and right, straight edges between
            int last = CalendarViewModel.Mode.values().length - 1;
            button.getStyleClass().add(mode.ordinal() == 0 ? "left-pill" : mode.ordinal() == last ? "right-pill" : "center-pill");
            modeBox.getChildren().add(button);
        }
        // The selected toggle is the shown view, however it was selected: a click, or the arrow keys, which move
        // the selection within a toggle group (they selected Agenda and left the week shown); a click on the
        // selected toggle keeps it selected.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                if (old != null) {
                    old.setSelected(true);
                }
            } else if (now.getUserData() instanceof CalendarViewModel.Mode mode && model.modeProperty().get() != mode) {
                model.modeProperty().set(mode);
            }
        });
        modeBox.setMinWidth(Region.USE_PREF_SIZE);
        return modeBox;
    }

    private Button iconButton(String id, Ikon icon, String key, KeyCombination shortcut, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(tip(key, shortcut));
        // an icon alone says nothing to a screen reader: it reads the tooltip's words (issue 18)
        button.setAccessibleText(messages.get(key));
        button.setOnAction(e -> action.run());
        button.getStyleClass().add("calendar-icon-button");
        return button;
    }

    private Tooltip tip(String key, KeyCombination shortcut) {
        Tooltip tip = new Tooltip(shortcut == null ? messages.get(key)
                : messages.format("calendar.shortcut.tooltip", messages.get(key), shortcut.getDisplayText()));
        // a long tooltip wraps rather than running off the screen's edge (issue 18)
        tip.setWrapText(true);
        tip.setMaxWidth(TIP_WIDTH);
        return tip;
    }

    /** The widest a toolbar tooltip gets, in pixels, before it wraps. */
    private static final double TIP_WIDTH = 320;
}
