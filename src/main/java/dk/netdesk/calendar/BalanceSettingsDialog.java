package dk.netdesk.calendar;

import dk.netdesk.ui.Messages;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Edits the work windows, protected personal time, weekly budget and break rule. */
final class BalanceSettingsDialog extends Dialog<BalanceSettings> {

    private final Messages messages;
    private final Map<DayOfWeek, TextField> windows = new EnumMap<>(DayOfWeek.class);
    private final Map<DayOfWeek, TextField> protectedTime = new EnumMap<>(DayOfWeek.class);
    private final TextField budget = new TextField();
    private final TextField breakMinutes = new TextField();
    private final Label error = new Label();

    BalanceSettingsDialog(Window owner, Messages messages, BalanceSettings current) {
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.get("calendar.balance.title"));
        setHeaderText(messages.get("calendar.balance.header"));
        getDialogPane().getStylesheets().add(CalendarView.class.getResource("calendar.css").toExternalForm());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, new Label(messages.get("calendar.balance.day")), new Label(messages.get("calendar.balance.windows")),
                new Label(messages.get("calendar.balance.protected")));
        int row = 1;
        for (DayOfWeek day : DayOfWeek.values()) {
            TextField w = new TextField();
            TextField p = new TextField();
            w.setPrefColumnCount(16);
            p.setPrefColumnCount(16);
            String id = day.name().toLowerCase(Locale.ROOT);
            w.setId("calendar-balance-window-" + id);
            p.setId("calendar-balance-protected-" + id);
            windows.put(day, w);
            protectedTime.put(day, p);
            grid.addRow(row++, new Label(day.getDisplayName(TextStyle.FULL, messages.getLocale())), w, p);
        }
        budget.setId("calendar-balance-budget");
        breakMinutes.setId("calendar-balance-break");
        budget.setPrefColumnCount(5);
        breakMinutes.setPrefColumnCount(5);
        GridPane numbers = new GridPane();
        numbers.setHgap(10);
        numbers.setVgap(6);
        numbers.addRow(0, new Label(messages.get("calendar.balance.budget")), budget);
        numbers.addRow(1, new Label(messages.get("calendar.balance.break")), breakMinutes);
        Label hint = new Label(messages.get("calendar.balance.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        error.getStyleClass().add("nd-field-error");
        error.setWrapText(true);
        error.setId("calendar-balance-error");
        Button reset = new Button(messages.get("calendar.balance.reset"));
        reset.setOnAction(e -> fill(BalanceSettings.defaults()));
        reset.setId("calendar-balance-reset");
        VBox content = new VBox(10, grid, hint, numbers, reset, error);
        getDialogPane().setContent(content);
        fill(current);

        ButtonType save = new ButtonType(messages.get("calendar.dialog.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("calendar.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(save, cancel);
        getDialogPane().lookupButton(save).setId("calendar-balance-save");
        getDialogPane().lookupButton(save).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                read();
            } catch (IllegalArgumentException problem) {
                error.setText(problem.getMessage());
                e.consume();
            }
        });
        setResultConverter(button -> button == save ? read() : null);
    }

    private void fill(BalanceSettings settings) {
        for (DayOfWeek day : DayOfWeek.values()) {
            windows.get(day).setText(BalanceSettings.format(settings.windows(day)));
            protectedTime.get(day).setText(BalanceSettings.format(settings.protectedTime(day)));
        }
        budget.setText(messages.number(settings.budgetHours(), 1));
        breakMinutes.setText(Integer.toString(settings.breakMinutes()));
    }

    /** The settings in the form; IllegalArgumentException with a readable message when something is wrong. */
    private BalanceSettings read() {
        Map<DayOfWeek, List<TimeSpan>> w = new EnumMap<>(DayOfWeek.class);
        Map<DayOfWeek, List<TimeSpan>> p = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.getDisplayName(TextStyle.FULL, messages.getLocale());
            try {
                w.put(day, BalanceSettings.parseSpans(windows.get(day).getText()));
                p.put(day, BalanceSettings.parseSpans(protectedTime.get(day).getText()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(messages.format("calendar.balance.errorSpans", name), e);
            }
        }
        double hours;
        try {
            hours = java.text.NumberFormat.getNumberInstance(messages.getLocale()).parse(budget.getText().trim()).doubleValue();
        } catch (java.text.ParseException e) {
            hours = -1;
        }
        if (hours < 0 || hours > 168) {
            throw new IllegalArgumentException(messages.get("calendar.balance.errorBudget"));
        }
        int minutes;
        try {
            minutes = Integer.parseInt(breakMinutes.getText().trim());
        } catch (NumberFormatException e) {
            minutes = -1;
        }
        if (minutes < 15 || minutes > 600) {
            throw new IllegalArgumentException(messages.get("calendar.balance.errorBreak"));
        }
        return new BalanceSettings(w, p, hours, minutes);
    }
}
