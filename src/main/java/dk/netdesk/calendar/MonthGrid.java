package dk.netdesk.calendar;

import dk.netdesk.ui.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The month view: six weeks from the Monday on or before the 1st, ISO week numbers down the left,
 * up to three events per day and "+n more". Clicking a day goes to it; a double click opens it in
 * the day view; a double-clicked event (or Enter on it) opens in the event dialog. "+n more" (a click,
 * Enter or Space) lists all the day's events, each opening in the dialog, and offers the day view.
 */
final class MonthGrid {

    /** Width of the week numbers' column, in pixels. */
    static final double WEEK_COLUMN = 30;

    /** Events shown in a day's cell before "+n more". */
    static final int SHOWN_PER_DAY = 3;

    private final CalendarViewModel model;
    private final Messages messages;
    private final Consumer<Occurrence> open;
    /** Asks about deleting an event (Delete on a chip). */
    private final Consumer<Occurrence> delete;

    /** A grid over the model's shown days; {@code open} is called with a double-clicked event. */
    MonthGrid(CalendarViewModel model, Messages messages, Consumer<Occurrence> open, Consumer<Occurrence> delete) {
        this.delete = delete;
        this.model = model;
        this.messages = messages;
        this.open = open;
    }

    Node build() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("calendar-month");
        grid.setId("calendar-month");
        grid.getStyleClass().add(TimeGrid.FOCUS_TARGET);
        grid.setFocusTraversable(true);
        grid.setAccessibleText(model.titleProperty().get());
        EventNodes.clearSelectionOnEmptyPress(grid, grid);
        // the week numbers keep a fixed strip; the days share the rest equally (a percentage with a least
        // width would make the grid at least 30 / 4 % = 750 pixels wide, cutting it and the summary at 1024)
        ColumnConstraints weekColumn = new ColumnConstraints(WEEK_COLUMN);
        grid.getColumnConstraints().add(weekColumn);
        List<LocalDate> days = model.shownDays();
        grid.add(new Label(), 0, 0);
        for (int i = 0; i < 7; i++) {
            ColumnConstraints c = new ColumnConstraints(0, 100, Double.MAX_VALUE);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
            Label name = new Label(days.get(i).getDayOfWeek().getDisplayName(TextStyle.SHORT, messages.getLocale()));
            name.getStyleClass().add("calendar-dayname");
            name.setMaxWidth(Double.MAX_VALUE);
            name.setAlignment(Pos.CENTER);
            grid.add(name, i + 1, 0);
        }
        grid.getRowConstraints().add(new RowConstraints());
        for (int w = 0; w < 6; w++) {
            RowConstraints r = new RowConstraints();
            r.setVgrow(Priority.ALWAYS);
            r.setPercentHeight(-1);
            grid.getRowConstraints().add(r);
            Label week = new Label(Integer.toString(CalendarViewModel.isoWeek(days.get(w * 7))));
            week.getStyleClass().add("calendar-weeknumber");
            week.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(week, 0, w + 1);
            for (int d = 0; d < 7; d++) {
                grid.add(cell(days.get(w * 7 + d)), d + 1, w + 1);
            }
        }
        return grid;
    }

    private Node cell(LocalDate day) {
        VBox cell = new VBox(2);
        cell.getStyleClass().add("calendar-month-cell");
        dk.netdesk.ui.NodeKey.set(cell, "calendar-month-" + day);
        if (day.getMonth() != model.dateProperty().get().getMonth()) {
            cell.getStyleClass().add("other-month");
        }
        Label number = new Label(Integer.toString(day.getDayOfMonth()));
        number.getStyleClass().add("calendar-month-day");
        if (day.equals(model.todayProperty().get())) {
            number.getStyleClass().add("today");
            cell.getStyleClass().add("today");
        }
        cell.getChildren().add(number);
        model.holidaysOn(day).forEach(h -> cell.getChildren().add(HolidayLabels.of(h, messages)));
        List<Occurrence> ofDay = model.occurrencesOn(day);
        ofDay.stream().limit(SHOWN_PER_DAY).forEach(o -> cell.getChildren().add(chip(o, day)));
        if (ofDay.size() > SHOWN_PER_DAY) {
            cell.getChildren().add(more(day, ofDay));
        }
        cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        cell.setMinHeight(40);
        cell.setOnMouseClicked(e -> {
            model.goTo(day);
            if (e.getClickCount() == 2) {
                model.modeProperty().set(CalendarViewModel.Mode.DAY);
            }
        });
        return cell;
    }

    /**
     * "+n more" ({@link dk.netdesk.ui.NodeKey} {@code calendar-month-more-<date>}): a click, Enter or Space lists all the day's events
     * (id {@code calendar-month-more-list}; picking one opens it) and "Open the day", which shows the day view.
     */
    private Button more(LocalDate day, List<Occurrence> ofDay) {
        int hidden = ofDay.size() - SHOWN_PER_DAY;
        Button more = new Button(messages.format("calendar.more", hidden));
        more.getStyleClass().addAll("calendar-month-more", "flat");
        dk.netdesk.ui.NodeKey.set(more, "calendar-month-more-" + day);
        more.setMinWidth(0);
        more.setMaxWidth(Double.MAX_VALUE);
        more.setAlignment(Pos.CENTER_LEFT);
        String dayText = messages.fullDate(day);
        String spoken = messages.format("calendar.more.accessible", hidden, dayText);
        more.setAccessibleText(spoken);
        more.setTooltip(new Tooltip(spoken));
        ContextMenu list = new ContextMenu();
        list.setId("calendar-month-more-list");
        // the day as the list's first item, which the keyboard reaches first: it acts (shows the day), as every item
        // does (a disabled heading took the first stop, and Enter on it did nothing)
        MenuItem heading = new MenuItem(dayText);
        heading.setId("calendar-month-more-heading");
        heading.setMnemonicParsing(false);
        heading.setOnAction(e -> {
            model.goTo(day);
            model.modeProperty().set(CalendarViewModel.Mode.DAY);
        });
        list.getItems().addAll(heading, new SeparatorMenuItem());
        for (Occurrence o : ofDay) {
            String time = o.row().allDay() ? messages.get("calendar.allDay")
                    : EventNames.partTimes(o, day, model.zone(), messages);
            MenuItem item = new MenuItem(time + "  " + o.title());
            item.setMnemonicParsing(false); // a title's "_" is shown, not taken for a mnemonic
            item.getStyleClass().add("calendar-month-more-item");
            item.setOnAction(e -> open.accept(o));
            list.getItems().add(item);
        }
        MenuItem openDay = new MenuItem(messages.get("calendar.more.openDay"));
        openDay.setId("calendar-month-more-day");
        openDay.setOnAction(e -> {
            model.goTo(day);
            model.modeProperty().set(CalendarViewModel.Mode.DAY);
        });
        list.getItems().addAll(new SeparatorMenuItem(), openDay);
        more.setOnAction(e -> {
            list.show(more, Side.BOTTOM, 0, 0);
            // the first item (the day) has the keyboard focus, so Down, Up and Enter work at once, as in the card menu
            javafx.application.Platform.runLater(() -> {
                if (list.getSkin() != null && list.getSkin().getNode() instanceof javafx.scene.Parent content) {
                    javafx.scene.Node first = content.lookup(".menu-item");
                    if (first != null) {
                        first.requestFocus();
                    }
                }
            });
        });
        more.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                more.fire();
            }
        });
        // a click on it is not a click on the day (which would go to it, or to the day view)
        more.addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
        return more;
    }

    /** A chip of the event's part on {@code day}: after midnight "→ 02:00 Title", not the start of the day before. */
    private Label chip(Occurrence o, LocalDate day) {
        String time = o.row().allDay() ? ""
                : (o.startIn(model.zone()).toLocalDate().isBefore(day)
                        ? "\u2192 " + messages.time(o.endIn(model.zone()))
                        : messages.time(o.startIn(model.zone()))) + " ";
        Label chip = new Label(time + o.title());
        chip.getStyleClass().addAll("calendar-event", "calendar-chip", o.isWork() ? "work" : "personal");
        String tip = o.title() + "\n" + EventNames.when(o, model.zone(), messages);
        if (model.isBreakFlagged(o)) {
            chip.getStyleClass().add("break-flag");
            tip += "\n" + messages.get("calendar.legend.break");
        }
        if (model.isInProtectedTime(o, day)) {
            // the same orange dashed border as in the week view, explained in the legend
            chip.getStyleClass().add("in-protected");
            tip += "\n" + messages.get("calendar.flag.protected");
        }
        chip.setTooltip(new Tooltip(tip));
        // a narrow day shortens the chip with "…": the tooltip has the title (and the times), the accessible text all
        dk.netdesk.ui.MayShorten.declare(chip, chip.getText(), o.title());
        chip.setMaxWidth(Double.MAX_VALUE);
        // a click selects the event (keyboard focus: Delete and Enter act on it), a double click opens it
        chip.setOnMousePressed(e -> chip.requestFocus());
        chip.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                e.consume();
                open.accept(o);
            }
        });
        chip.setUserData(o);
        chip.setFocusTraversable(true);
        EventNodes.selectOnFocus(chip);
        chip.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                open.accept(o);
            } else if (e.getCode() == KeyCode.DELETE) {
                e.consume();
                delete.accept(o);
            }
        });
        return chip;
    }
}
