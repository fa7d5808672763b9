package dk.netdesk.calendar;

import dk.netdesk.ui.Messages;
import javafx.stage.Window;

/**
 * Opens the work hours and weekly budget dialog from anywhere: the calendar's toolbar button and the
 * first-run welcome's "Set work hours…" both come here.
 */
public final class BalanceSettingsEditor {

    private BalanceSettingsEditor() {
    }

    /**
     * Shows the dialog over {@code owner}, filled from {@code model}'s current balance settings, home zone
     * and holiday country, and waits for it. Save stores them through {@link CalendarViewModel#saveBalance(
     * BalanceSettings, java.time.ZoneId)} (one undo step; the status line says so) and
     * {@link CalendarViewModel#saveHolidayCountry}; Cancel changes nothing. Call on the JavaFX thread.
     */
    public static void show(Window owner, CalendarViewModel model, Messages messages) {
        BalanceForm form = new BalanceForm(messages.getLocale());
        form.edit(model.balanceProperty().get());
        form.editZone(model.zone());
        form.editHolidays(model.holidayCountry());
        new BalanceSettingsDialog(owner, messages, form).showAndWait().ifPresent(settings -> {
            model.saveBalance(settings, form.zone().orElse(model.zone()));
            model.saveHolidayCountry(form.holidayCountryProperty().get());
        });
    }
}
