package dk.netdesk.calendar;

import dk.netdesk.ui.DialogFit;
import dk.netdesk.ui.FieldMessage;
import dk.netdesk.ui.Messages;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Edits the work windows, protected personal time, weekly budget and break rule; every field is
 * bound to a {@link BalanceForm}, which reads and checks them. Everything wrong is shown at once, each
 * message right under its own field ({@code #calendar-balance-window-<day>-error}, {@code -protected-<day>-error},
 * {@code -budget-error}, {@code -break-error}, {@code -zone-error}), starting at the field's left edge; a message
 * goes as soon as its field is right.
 */
final class BalanceSettingsDialog extends Dialog<BalanceSettings> {

    /** Above and below each row of fields: stands in for the grids' row gap, which empty message rows would double. */
    private static final Insets ROW = new Insets(3, 0, 3, 0);

    private final Messages messages;
    private final BalanceForm form;

    /** A dialog over a filled form (see {@link BalanceForm#edit}); it answers the new settings, or nothing on Cancel. */
    BalanceSettingsDialog(Window owner, Messages messages, BalanceForm form) {
        this.messages = messages;
        this.form = form;
        initOwner(owner);
        setTitle(messages.get("calendar.balance.title"));
        setHeaderText(messages.get("calendar.balance.header"));
        getDialogPane().getStylesheets().add(CalendarView.class.getResource("calendar.css").toExternalForm());
        // one line under the days, as wide as it needs: a wrapping label would ask for its height at a
        // width of one pixel and leave an empty band at the foot of the dialog
        Label hint = new Label(messages.get("calendar.balance.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setMinWidth(Region.USE_PREF_SIZE);
        VBox content = new VBox(10, days(), hint, numbers());
        getDialogPane().setContent(DialogFit.pad(content));
        // messages appear under their fields: the window grows for them up to the screen, then the form scrolls
        DialogFit.onScreen(this);

        ButtonType save = new ButtonType(messages.get("calendar.dialog.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("calendar.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        // "Defaults" sits at the left of the button row, so the form needs no row of its own for it
        ButtonType defaults = new ButtonType(messages.get("calendar.balance.reset"), ButtonBar.ButtonData.LEFT);
        getDialogPane().getButtonTypes().addAll(save, cancel, defaults);
        Node reset = getDialogPane().lookupButton(defaults);
        reset.setId("calendar-balance-reset");
        reset.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays open with the defaults filled in
            form.reset();
        });
        getDialogPane().lookupButton(save).setId("calendar-balance-save");
        getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, e -> {
            if (form.settings().isEmpty()) {
                e.consume();
                // the first problem's own field (its day's windows, the budget …), not the first field of the form
                if (!dk.netdesk.ui.FirstError.focusField(fieldOf(form.problemProperty().get()))) {
                    dk.netdesk.ui.FirstError.focus(getDialogPane().getContent());
                }
            }
        });
        setResultConverter(button -> button == save ? form.settings().orElseThrow() : null);
        dk.netdesk.ui.DiscardChanges.guard(this, messages, form::isChanged);
        // the first field (Monday's first work window's start, or its "Add time") takes the focus as it opens, not Save
        setOnShown(e -> javafx.application.Platform.runLater(() -> {
            Node first = getDialogPane().lookup("#calendar-balance-window-monday");
            if (first != null) {
                dk.netdesk.ui.FirstError.focusField(first);
            }
        }));
    }

    private Node days() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        addRow(grid, 0, new Label(messages.get("calendar.balance.day")), new Label(messages.get("calendar.balance.windows")),
                new Label(messages.get("calendar.balance.protected")));
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        names.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(names);
        int row = 1;
        for (DayOfWeek day : DayOfWeek.values()) {
            String id = day.name().toLowerCase(Locale.ROOT);
            Label name = new Label(dayName(day));
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            // each span picked from two lists of times (or typed); a screen reader says "Monday, Work windows: from"
            Node windows = new DaySpansView(messages, form.windowRows(day), "calendar-balance-window-" + id, dayName(day),
                    messages.get("calendar.balance.windows")).node();
            Node kept = new DaySpansView(messages, form.protectedRows(day), "calendar-balance-protected-" + id, dayName(day),
                    messages.get("calendar.balance.protected")).node();
            addRow(grid, row, name, windows, kept, freeDay(day, id));
            for (Node node : new Node[] {name, windows, kept}) {
                GridPane.setValignment(node, javafx.geometry.VPos.TOP);
            }
            // the day's name and "Free day" level with the first line's lists
            Insets level = new Insets(ROW.getTop() + 6, 0, ROW.getBottom(), 0);
            GridPane.setMargin(name, level);
            GridPane.setMargin(grid.getChildren().get(grid.getChildren().size() - 1), level);
            row++;
            // under each of the day's two fields, in the field's own column: it starts at the field's left edge
            addMessage(grid, row, 1, message("calendar-balance-window-" + id + "-error", BalanceForm.Field.WINDOWS, day, windows));
            addMessage(grid, row++, 2, message("calendar-balance-protected-" + id + "-error", BalanceForm.Field.PROTECTED, day, kept));
        }
        return grid;
    }

    /** "Free day": one click takes the day's work windows away and protects all of it; unchecked, they come back. */
    private Node freeDay(DayOfWeek day, String id) {
        javafx.scene.control.CheckBox free = new javafx.scene.control.CheckBox(messages.get("calendar.balance.freeDay"));
        free.setId("calendar-balance-free-" + id);
        free.selectedProperty().bindBidirectional(form.freeDayProperty(day));
        free.setAccessibleText(messages.format("calendar.balance.freeDay.spoken", dayName(day)));
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip(messages.get("calendar.balance.freeDay.tip"));
        tip.setWrapText(true);
        tip.setMaxWidth(320);
        free.setTooltip(tip);
        free.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(free, javafx.geometry.VPos.TOP);
        return free;
    }

    private Node numbers() {
        GridPane numbers = new GridPane();
        numbers.setHgap(10);
        // the two numbers keep their own small width instead of stretching to the lists below them
        TextField budget = narrow(field("calendar-balance-budget", 5, form.budgetProperty()));
        TextField breakRule = narrow(field("calendar-balance-break", 5, form.breakMinutesProperty()));
        Node zone = zonePicker();
        addRow(numbers, 0, new Label(messages.get("calendar.balance.budget")), budget);
        addMessage(numbers, 1, 1, message("calendar-balance-budget-error", BalanceForm.Field.BUDGET, null, budget));
        addRow(numbers, 2, new Label(messages.get("calendar.balance.break")), breakRule);
        addMessage(numbers, 3, 1, message("calendar-balance-break-error", BalanceForm.Field.BREAK, null, breakRule));
        addRow(numbers, 4, new Label(messages.get("calendar.balance.homeZone")), zone);
        addMessage(numbers, 5, 1, message("calendar-balance-zone-error", BalanceForm.Field.ZONE, null, zone));
        addRow(numbers, 6, new Label(messages.get("calendar.balance.holidays")), holidayPicker());
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        names.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        numbers.getColumnConstraints().add(names);
        // each row's label names its field for a screen reader (issue 18)
        dk.netdesk.ui.LabelFor.rows(numbers);
        return numbers;
    }

    /** The country whose public holidays the calendar shows, or none; countries by name in the UI language. */
    private Node holidayPicker() {
        javafx.scene.control.ComboBox<String> countries = new javafx.scene.control.ComboBox<>();
        countries.setId("calendar-balance-holidays");
        java.util.List<String> ids = new java.util.ArrayList<>(Holidays.countries());
        java.util.Comparator<String> order = dk.netdesk.db.TextOrder.comparator(messages.getLocale());
        ids.sort((a, b) -> order.compare(Holidays.countryName(a, messages.getLocale()), Holidays.countryName(b, messages.getLocale())));
        ids.add(0, Holidays.NONE);
        countries.getItems().setAll(ids);
        countries.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : Holidays.NONE.equals(id) ? messages.get("calendar.balance.holidaysNone")
                        : Holidays.countryName(id, messages.getLocale());
            }

            @Override
            public String fromString(String text) {
                return countries.getItems().stream().filter(id -> toString(id).equals(text)).findFirst().orElse(null);
            }
        });
        countries.setVisibleRowCount(12);
        countries.setPrefWidth(240);
        countries.setMinWidth(Region.USE_PREF_SIZE); // "Europe/Copenhagen" whole, never squeezed by a long label
        countries.valueProperty().bindBidirectional(form.holidayCountryProperty());
        countries.setAccessibleText(messages.get("calendar.balance.holidays"));
        return countries;
    }

    /** An editable list of the IANA zones: type "Europe/Cop" or pick one; the form checks the text. */
    private Node zonePicker() {
        javafx.scene.control.ComboBox<String> zones = new javafx.scene.control.ComboBox<>();
        zones.setId("calendar-balance-zone");
        zones.setEditable(true);
        zones.getItems().setAll(new java.util.TreeSet<>(java.time.ZoneId.getAvailableZoneIds()));
        zones.setVisibleRowCount(12);
        zones.setPrefWidth(240);
        zones.setMinWidth(Region.USE_PREF_SIZE); // "Europe/Copenhagen" whole, never squeezed by a long label
        zones.getEditor().textProperty().bindBidirectional(form.homeZoneProperty());
        zones.setAccessibleText(messages.get("calendar.balance.homeZone"));
        return zones;
    }

    /** The control of the field {@code problem} is about (a day's windows or protected time, a number, the zone), or null. */
    private Node fieldOf(BalanceForm.Problem problem) {
        if (problem == null) {
            return null;
        }
        String day = problem.day() == null ? "" : "-" + problem.day().name().toLowerCase(Locale.ROOT);
        String id = switch (problem.field()) {
            case WINDOWS -> "calendar-balance-window" + day;
            case PROTECTED -> "calendar-balance-protected" + day;
            case BUDGET -> "calendar-balance-budget";
            case BREAK -> "calendar-balance-break";
            case ZONE -> "calendar-balance-zone";
        };
        return getDialogPane().lookup("#" + id);
    }

    /**
     * The message label {@code id} about {@code field}: the lines of the form's problems with that field (and
     * {@code day}, null for the budget, the break rule and the zone), empty while there are none.
     */
    private Label message(String id, BalanceForm.Field which, DayOfWeek day, Node field) {
        Label message = FieldMessage.label(id, Bindings.createStringBinding(() -> String.join("\n", form.problemsProperty().stream()
                .filter(problem -> problem.field() == which && problem.day() == day)
                .map(problem -> problem.message(messages, day == null ? "" : dayName(day))).toList()),
                form.problemsProperty()));
        return FieldMessage.about(message, field);
    }

    /** Puts {@code nodes} in {@code row} of {@code grid}, with {@link #ROW} around each. */
    private static void addRow(GridPane grid, int row, Node... nodes) {
        grid.addRow(row, nodes);
        for (Node node : nodes) {
            GridPane.setMargin(node, ROW);
        }
    }

    /**
     * Puts {@code message} in {@code column} of {@code row} of {@code grid}, under its field in the row above: it
     * starts at the field's left edge and wraps at the column's width. It takes no room while it is empty (a
     * message row of the days' grid keeps the height of the taller of its two messages).
     */
    private static void addMessage(GridPane grid, int row, int column, Label message) {
        GridPane.setMargin(message, new Insets(0, 0, ROW.getBottom(), 0));
        grid.add(message, column, row);
    }

    private String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, messages.getLocale());
    }

    private static TextField narrow(TextField field) {
        field.setMaxWidth(Region.USE_PREF_SIZE);
        return field;
    }

    private static TextField field(String id, int columns, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
