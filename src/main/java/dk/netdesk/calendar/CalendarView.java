package dk.netdesk.calendar;

import dk.netdesk.ui.ConfirmDialog;
import dk.netdesk.ui.Messages;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The calendar screen: toolbar (previous / today / next / go to date, the four views, new
 * event, balance settings, print week), the budget bar with the legend, the day, week, month or
 * agenda view, and the week summary beside it.
 */
public final class CalendarView {

    static final KeyCombination PREVIOUS = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN);
    static final KeyCombination TODAY = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination GO_TO = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    static final KeyCode[] MODE_KEYS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4};

    private final CalendarViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final StackPane center = new StackPane();
    private final TimeGrid timeGrid;
    private final DatePicker goTo = new DatePicker();
    private final ProgressBar budgetBar = new ProgressBar(0);
    private final Label budgetText = new Label();
    private final Label budgetMessage = new Label();
    private final Label personalText = new Label();
    private final VBox summaryBox = new VBox(6);
    private boolean scrolled;

    public CalendarView(CalendarViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.timeGrid = new TimeGrid(messages, new TimeGrid.Handler() {
            @Override
            public void create(LocalDateTime start, LocalDateTime end) {
                openNew(start, end);
            }

            @Override
            public void move(Occurrence occurrence, LocalDateTime start, LocalDateTime end) {
                moveTo(occurrence, start, end);
            }

            @Override
            public void open(Occurrence occurrence) {
                openExisting(occurrence);
            }

            @Override
            public void delete(Occurrence occurrence) {
                deleteAsking(occurrence);
            }
        });
    }

    /** Sets what "Print week…" does with the shown week's Monday; null hides the command. */
    public void setOnPrintWeek(Consumer<LocalDate> onPrintWeek) {
        model.onPrintWeekProperty().set(onPrintWeek);
    }

    public Node build() {
        root.setId("calendar-root");
        root.getProperties().put(CalendarView.class, this);
        root.getStyleClass().add("calendar-view");
        root.getStylesheets().add(CalendarView.class.getResource("calendar.css").toExternalForm());
        root.setTop(new VBox(toolbar(), balanceBar()));
        center.getStyleClass().add("calendar-center");
        root.setCenter(center);
        summaryBox.getStyleClass().add("calendar-summary");
        summaryBox.setId("calendar-summary");
        root.setRight(summaryBox);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);

        ChangeListener<Object> refresh = (obs, old, now) -> refresh();
        listen(model.loadsProperty(), refresh);
        listen(model.modeProperty(), refresh);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && !scrolled) {
                scrolled = true;
                javafx.application.Platform.runLater(() -> timeGrid.scrollTo(firstHour()));
            }
        });
        refresh();
        return root;
    }

    /** The view is rebuilt when the language changes; weak listeners let the old one go. */
    private final List<Object> strongListeners = new ArrayList<>();

    private <T> void listen(javafx.beans.value.ObservableValue<T> value, ChangeListener<? super T> listener) {
        strongListeners.add(listener);
        value.addListener(new javafx.beans.value.WeakChangeListener<>(listener));
    }

    private int firstHour() {
        int earliest = 17;
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            for (TimeSpan span : model.balanceProperty().get().windows(day)) {
                earliest = Math.min(earliest, span.startMinute() / 60);
            }
        }
        return Math.max(0, earliest - 1);
    }

    private Node toolbar() {
        Button previous = iconButton("calendar-previous", Material2OutlinedAL.CHEVRON_LEFT, "calendar.previous", PREVIOUS, model::previous);
        Button next = iconButton("calendar-next", Material2OutlinedAL.CHEVRON_RIGHT, "calendar.next", NEXT, model::next);
        Button today = new Button(messages.get("calendar.today"));
        today.setId("calendar-today");
        today.setTooltip(tip("calendar.today", TODAY));
        today.setOnAction(e -> model.today());
        goTo.setId("calendar-goto");
        goTo.setPrefWidth(140);
        goTo.setTooltip(tip("calendar.goTo", GO_TO));
        goTo.setConverter(dateConverter(messages));
        goTo.setValue(model.dateProperty().get());
        goTo.valueProperty().addListener((obs, old, now) -> model.goTo(now));
        listen(model.dateProperty(), (obs, old, now) -> goTo.setValue(now));
        Label title = new Label();
        title.setId("calendar-title");
        title.getStyleClass().add("calendar-title");
        title.textProperty().bind(model.titleProperty());
        title.setMinWidth(0);
        HBox.setHgrow(title, Priority.SOMETIMES);

        ToggleGroup modes = new ToggleGroup();
        HBox modeBox = new HBox();
        modeBox.getStyleClass().add("calendar-modes");
        CalendarViewModel.Mode[] all = CalendarViewModel.Mode.values();
        for (int i = 0; i < all.length; i++) {
            CalendarViewModel.Mode mode = all[i];
            String key = "calendar.mode." + mode.name().toLowerCase(java.util.Locale.ROOT);
            ToggleButton button = new ToggleButton(messages.get(key));
            button.setId("calendar-mode-" + mode.name().toLowerCase(java.util.Locale.ROOT));
            button.setToggleGroup(modes);
            button.setSelected(model.modeProperty().get() == mode);
            button.setTooltip(tip(key, new KeyCodeCombination(MODE_KEYS[i], KeyCombination.ALT_DOWN)));
            button.setOnAction(e -> {
                model.modeProperty().set(mode);
                button.setSelected(true);
            });
            listen(model.modeProperty(), (obs, old, now) -> button.setSelected(now == mode));
            modeBox.getChildren().add(button);
        }
        Button create = new Button(messages.get("calendar.new"), new FontIcon(Material2OutlinedAL.ADD));
        create.setId("calendar-new");
        create.setTooltip(tip("calendar.new", NEW));
        create.setOnAction(e -> openNewDefault());
        Button balance = iconButton("calendar-balance", Material2OutlinedMZ.TUNE, "calendar.balanceSettings", null, this::openBalance);
        Button print = iconButton("calendar-print", Material2OutlinedMZ.PRINT, "calendar.printWeek", PRINT, model::printWeek);
        print.visibleProperty().bind(model.onPrintWeekProperty().isNotNull());
        print.managedProperty().bind(print.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, previous, today, next, goTo, title, spacer, modeBox, create, balance, print);
        for (Node node : List.of(previous, today, next, goTo, create, balance, print)) {
            ((Region) node).setMinWidth(Region.USE_PREF_SIZE);
        }
        modeBox.getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        modeBox.setMinWidth(Region.USE_PREF_SIZE);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("calendar-toolbar");
        return bar;
    }

    private Node balanceBar() {
        Label label = new Label(messages.get("calendar.budget.label"));
        label.getStyleClass().add("calendar-budget-label");
        budgetBar.setId("calendar-budget-bar");
        budgetBar.setPrefWidth(180);
        budgetText.setId("calendar-budget-text");
        budgetText.getStyleClass().add("calendar-budget-text");
        budgetMessage.setId("calendar-budget-message");
        budgetMessage.getStyleClass().add("calendar-budget-message");
        personalText.setId("calendar-personal-text");
        budgetText.setMinWidth(Region.USE_PREF_SIZE);
        label.setMinWidth(Region.USE_PREF_SIZE);
        personalText.setMinWidth(Region.USE_PREF_SIZE);
        HBox budget = new HBox(8, label, budgetBar, budgetText, budgetMessage);
        budget.setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, budget, spacer, personalText);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("calendar-balancebar");
        return bar;
    }

    private Node legend() {
        VBox legend = new VBox(4,
                swatch("work", "calendar.legend.work"), swatch("personal", "calendar.legend.personal"),
                swatch("window", "calendar.legend.window"), swatch("protected", "calendar.legend.protected"),
                swatch("break", "calendar.legend.break"));
        legend.setId("calendar-legend");
        legend.getStyleClass().add("calendar-legend");
        return legend;
    }

    private Node swatch(String kind, String key) {
        Region box = new Region();
        box.getStyleClass().addAll("calendar-swatch", kind);
        Label label = new Label(messages.get(key), box);
        label.getStyleClass().add("calendar-legend-item");
        return label;
    }

    private void refresh() {
        WeekSummary summary = model.summaryProperty().get();
        if (summary != null) {
            showSummary(summary);
        }
        Node content = switch (model.modeProperty().get()) {
            case DAY, WEEK -> {
                timeGrid.show(model.shownDays(), model.occurrences(), model.balanceProperty().get(),
                        model.todayProperty().get(), model.now(), model::isBreakFlagged, model::isInProtectedTime, model.zone());
                yield timeGrid.node();
            }
            case MONTH -> month();
            case AGENDA -> agenda();
        };
        center.getChildren().setAll(content);
    }

    private void showSummary(WeekSummary s) {
        budgetBar.setProgress(Math.min(1, s.budgetShare()));
        budgetText.setText(model.budgetText(s));
        budgetBar.getStyleClass().removeAll("ok", "warning", "over");
        budgetText.getStyleClass().removeAll("ok", "warning", "over");
        String level = s.level().name().toLowerCase(java.util.Locale.ROOT);
        budgetBar.getStyleClass().add(level);
        budgetText.getStyleClass().add(level);
        budgetMessage.setText(messages.get(switch (s.level()) {
            case OK -> "calendar.budget.ok";
            case WARNING -> "calendar.budget.warning";
            case OVER -> "calendar.budget.over";
        }));
        budgetMessage.getStyleClass().removeAll("ok", "warning", "over");
        budgetMessage.getStyleClass().add(level);
        FontIcon icon = new FontIcon(s.level() == WeekSummary.Level.OK ? Material2OutlinedAL.CHECK_CIRCLE : Material2OutlinedMZ.WARNING);
        budgetMessage.setGraphic(icon);
        personalText.setText(messages.get("calendar.summary.personal") + ": "
                + messages.format("calendar.summary.hours", model.hours(s.personalHours())));

        summaryBox.getChildren().clear();
        Label title = new Label(messages.get("calendar.summary.title"));
        title.getStyleClass().add("calendar-summary-title");
        summaryBox.getChildren().add(title);
        GridPane work = new GridPane();
        work.getStyleClass().add("calendar-summary-grid");
        work.setHgap(10);
        work.setVgap(3);
        int row = 0;
        work.addRow(row++, strong(messages.get("calendar.category.work")), strong(messages.format("calendar.summary.hours", model.hours(s.workHours()))));
        for (Kind kind : Kind.of(Category.WORK)) {
            Double hours = s.workByKind().get(kind);
            if (hours != null) {
                work.addRow(row++, indented(messages.get(kind.key())), new Label(messages.format("calendar.summary.hours", model.hours(hours))));
            }
        }
        if (s.workHours() == 0) {
            Label none = new Label(messages.get("calendar.summary.noWork"));
            none.getStyleClass().add("text-muted");
            work.add(none, 0, row++, 2, 1);
        }
        work.addRow(row++, strong(messages.get("calendar.summary.personal")), strong(messages.format("calendar.summary.hours", model.hours(s.personalHours()))));
        Label outside = new Label(messages.format("calendar.summary.hours", model.hours(s.workOutsideWindowsHours())));
        outside.setId("calendar-summary-outside");
        work.addRow(row++, new Label(messages.get("calendar.summary.outside")), outside);
        Label prot = new Label(Integer.toString(s.protectedExceptions()));
        prot.setId("calendar-summary-protected");
        if (s.protectedExceptions() > 0) {
            prot.getStyleClass().add("warning");
        }
        work.addRow(row++, new Label(messages.get("calendar.summary.protected")), prot);
        Label breaks = new Label(Integer.toString(s.breakFlagged().size()));
        breaks.setId("calendar-summary-breaks");
        if (!s.breakFlagged().isEmpty()) {
            breaks.getStyleClass().add("warning");
        }
        work.addRow(row++, new Label(messages.get("calendar.summary.breaks")), breaks);
        work.getChildren().forEach(n -> {
            if (n instanceof Label l) {
                if (GridPane.getColumnIndex(l) != null && GridPane.getColumnIndex(l) == 1) {
                    l.setMinWidth(Region.USE_PREF_SIZE);
                } else {
                    l.setWrapText(true);
                }
            }
        });
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setMaxWidth(180);
        c0.setHgrow(Priority.ALWAYS);
        work.getColumnConstraints().add(c0);
        Region gap = new Region();
        gap.setMinHeight(10);
        Label legendTitle = new Label(messages.get("calendar.legend.title"));
        legendTitle.getStyleClass().add("calendar-summary-title");
        summaryBox.getChildren().addAll(work, gap, legendTitle, legend());
    }

    private static Label indented(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("calendar-indented");
        return label;
    }

    private static Label strong(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("calendar-strong");
        return label;
    }

    private Node month() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("calendar-month");
        grid.setId("calendar-month");
        ColumnConstraints weekColumn = new ColumnConstraints();
        weekColumn.setPercentWidth(4);
        grid.getColumnConstraints().add(weekColumn);
        for (int i = 0; i < 7; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(96.0 / 7);
            c.setMinWidth(0);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        List<LocalDate> days = model.shownDays();
        Label corner = new Label();
        grid.add(corner, 0, 0);
        for (int i = 0; i < 7; i++) {
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
            grid.add(week, 0, w + 1);
            for (int d = 0; d < 7; d++) {
                LocalDate day = days.get(w * 7 + d);
                grid.add(monthCell(day), d + 1, w + 1);
            }
        }
        return grid;
    }

    private Node monthCell(LocalDate day) {
        VBox cell = new VBox(2);
        cell.getStyleClass().add("calendar-month-cell");
        cell.setId("calendar-month-" + day);
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
        List<Occurrence> ofDay = ofDay(day);
        int shown = 0;
        for (Occurrence o : ofDay) {
            if (shown == 3) {
                Label more = new Label(messages.format("calendar.more", ofDay.size() - 3));
                more.getStyleClass().add("text-muted");
                cell.getChildren().add(more);
                break;
            }
            cell.getChildren().add(chip(o));
            shown++;
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

    private Label chip(Occurrence o) {
        String time = o.row().allDay() ? "" : DateTimeFormatter.ofPattern("HH:mm").format(o.startIn(model.zone())) + " ";
        Label chip = new Label(time + o.title());
        chip.getStyleClass().addAll("calendar-event", "calendar-chip", o.isWork() ? "work" : "personal");
        if (model.isBreakFlagged(o)) {
            chip.getStyleClass().add("break-flag");
        }
        chip.setMaxWidth(Double.MAX_VALUE);
        chip.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                e.consume();
                openExisting(o);
            }
        });
        return chip;
    }

    private List<Occurrence> ofDay(LocalDate day) {
        List<Occurrence> result = new ArrayList<>();
        for (Occurrence o : model.occurrences()) {
            LocalDateTime s = o.startIn(model.zone());
            LocalDateTime e = o.endIn(model.zone());
            if (s.isBefore(day.plusDays(1).atStartOfDay()) && (e.isAfter(day.atStartOfDay()) || s.equals(day.atStartOfDay()))) {
                result.add(o);
            }
        }
        return result;
    }

    /** An agenda row: a date heading or one occurrence. */
    record AgendaItem(LocalDate date, Occurrence occurrence) {
    }

    private Node agenda() {
        ListView<AgendaItem> list = new ListView<>();
        list.setId("calendar-agenda");
        list.getStyleClass().add("calendar-agenda");
        for (LocalDate day : model.shownDays()) {
            List<Occurrence> ofDay = ofDay(day);
            if (!ofDay.isEmpty()) {
                list.getItems().add(new AgendaItem(day, null));
                ofDay.forEach(o -> list.getItems().add(new AgendaItem(day, o)));
            }
        }
        list.setCellFactory(lv -> new AgendaCell(messages, model));
        Label empty = new Label(messages.get("calendar.agenda.empty"));
        list.setPlaceholder(empty);
        list.setOnMouseClicked(e -> {
            AgendaItem item = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && item != null && item.occurrence() != null) {
                openExisting(item.occurrence());
            }
        });
        list.setOnKeyPressed(e -> {
            AgendaItem item = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && item != null && item.occurrence() != null) {
                openExisting(item.occurrence());
            }
        });
        return list;
    }

    // ---- commands -----------------------------------------------------------------------------

    private void shortcut(KeyEvent e) {
        Runnable action = null;
        if (PREVIOUS.match(e)) {
            action = model::previous;
        } else if (NEXT.match(e)) {
            action = model::next;
        } else if (TODAY.match(e)) {
            action = model::today;
        } else if (GO_TO.match(e)) {
            action = () -> {
                goTo.requestFocus();
                goTo.show();
            };
        } else if (NEW.match(e)) {
            action = this::openNewDefault;
        } else if (PRINT.match(e) && model.onPrintWeekProperty().get() != null) {
            action = model::printWeek;
        } else {
            for (int i = 0; i < MODE_KEYS.length; i++) {
                if (new KeyCodeCombination(MODE_KEYS[i], KeyCombination.ALT_DOWN).match(e)) {
                    CalendarViewModel.Mode mode = CalendarViewModel.Mode.values()[i];
                    action = () -> model.modeProperty().set(mode);
                }
            }
        }
        if (action != null) {
            e.consume();
            action.run();
        }
    }

    private void openNewDefault() {
        LocalDate day = model.dateProperty().get();
        List<TimeSpan> windows = model.balanceProperty().get().windows(day.getDayOfWeek());
        LocalTime start = windows.isEmpty() ? LocalTime.of(18, 0) : windows.get(0).start();
        openNew(day.atTime(start), day.atTime(start).plusHours(1));
    }

    private void openNew(LocalDateTime start, LocalDateTime end) {
        BalanceSettings balance = model.balanceProperty().get();
        boolean inWindow = balance.windows(start.getDayOfWeek()).stream()
                .anyMatch(w -> w.overlap(start.getHour() * 60 + start.getMinute(), start.getHour() * 60 + start.getMinute() + 1) > 0);
        Kind kind = inWindow ? Kind.PROSPECTING : Kind.FAMILY;
        EventDraft draft = new EventDraft("", start, end, false, "", "", null, kind, null, null);
        EventDialog dialog = new EventDialog(window(), messages, draft, false, false, model.contacts());
        dialog.showAndWait().ifPresent(result -> {
            if (confirmProtected(result.draft())) {
                model.create(result.draft());
            }
        });
    }

    private void openExisting(Occurrence occurrence) {
        EventDraft draft = EventDraft.of(occurrence, model.repeatOf(occurrence));
        EventDialog dialog = new EventDialog(window(), messages, draft, true, occurrence.row().isOverride(), model.contacts());
        dialog.showAndWait().ifPresent(result -> {
            if (result.delete()) {
                deleteAsking(occurrence);
                return;
            }
            Optional<EditScope> scope = occurrence.isRecurring() ? askScope(true) : Optional.of(EditScope.ALL);
            if (scope.isPresent() && confirmProtected(result.draft())) {
                model.update(occurrence, result.draft(), scope.get());
            }
        });
    }

    private void deleteAsking(Occurrence occurrence) {
        Optional<EditScope> scope = occurrence.isRecurring() ? askScope(false) : confirmDelete(occurrence);
        scope.ifPresent(s -> model.delete(occurrence, s));
    }

    private void moveTo(Occurrence occurrence, LocalDateTime start, LocalDateTime end) {
        Optional<EditScope> scope = occurrence.isRecurring() ? askScope(true) : Optional.of(EditScope.ALL);
        EventDraft draft = EventDraft.of(occurrence, null).withTimes(start, end);
        if (scope.isPresent() && confirmProtected(draft)) {
            model.move(occurrence, start, end, scope.get());
        } else {
            refresh();
        }
    }

    private boolean confirmProtected(EventDraft draft) {
        if (!model.needsProtectedConfirmation(draft)) {
            return true;
        }
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(window());
        alert.setTitle(messages.get("calendar.protected.title"));
        alert.setHeaderText(messages.get("calendar.protected.header"));
        alert.setContentText(messages.get("calendar.protected.text"));
        ButtonType ok = new ButtonType(messages.get("calendar.protected.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("calendar.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(ok, cancel);
        alert.getDialogPane().lookupButton(ok).setId("calendar-protected-confirm");
        alert.getDialogPane().lookupButton(cancel).setId("calendar-protected-cancel");
        return alert.showAndWait().filter(ok::equals).isPresent();
    }

    private Optional<EditScope> askScope(boolean edit) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(window());
        alert.setTitle(messages.get("calendar.scope.title"));
        alert.setHeaderText(messages.get(edit ? "calendar.scope.editHeader" : "calendar.scope.deleteHeader"));
        ButtonType one = new ButtonType(messages.get("calendar.scope.this"), ButtonBar.ButtonData.OK_DONE);
        ButtonType following = new ButtonType(messages.get("calendar.scope.following"), ButtonBar.ButtonData.OTHER);
        ButtonType all = new ButtonType(messages.get("calendar.scope.all"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(messages.get("calendar.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(one, following, all, cancel);
        alert.getDialogPane().lookupButton(one).setId("calendar-scope-this");
        alert.getDialogPane().lookupButton(following).setId("calendar-scope-following");
        alert.getDialogPane().lookupButton(all).setId("calendar-scope-all");
        Map<ButtonType, EditScope> scopes = Map.of(one, EditScope.THIS, following, EditScope.THIS_AND_FOLLOWING, all, EditScope.ALL);
        return alert.showAndWait().map(scopes::get);
    }

    private Optional<EditScope> confirmDelete(Occurrence occurrence) {
        boolean confirmed = ConfirmDialog.ask(window(), messages, messages.get("calendar.delete.title"),
                messages.format("calendar.delete.header", occurrence.title()), messages.get("calendar.delete.text"),
                messages.get("calendar.delete.confirm"), "calendar-confirm-delete");
        return confirmed ? Optional.of(EditScope.ALL) : Optional.empty();
    }

    private void openBalance() {
        new BalanceSettingsDialog(window(), messages, model.balanceProperty().get()).showAndWait().ifPresent(model::saveBalance);
    }

    /** Dates typed and shown in the app's language (the JVM's default locale may differ). */
    static javafx.util.StringConverter<LocalDate> dateConverter(Messages messages) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.SHORT).withLocale(messages.getLocale());
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : format.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.trim(), format);
                } catch (java.time.format.DateTimeParseException e) {
                    return null;
                }
            }
        };
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private Button iconButton(String id, org.kordamp.ikonli.Ikon icon, String key, KeyCombination shortcut, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(tip(key, shortcut));
        button.setOnAction(e -> action.run());
        button.getStyleClass().add("calendar-icon-button");
        return button;
    }

    private Tooltip tip(String key, KeyCombination shortcut) {
        return new Tooltip(shortcut == null ? messages.get(key)
                : messages.format("calendar.shortcut.tooltip", messages.get(key), shortcut.getDisplayText()));
    }
}
