package dk.netdesk.calendar;

import dk.netdesk.ui.DialogFit;
import dk.netdesk.ui.ConfirmDialog;
import dk.netdesk.ui.Messages;
import java.time.ZoneId;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
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
     * BalanceSettings, ZoneId, CalendarService.ZoneMove)} (one undo step; the status line says so) and
     * {@link CalendarViewModel#saveHolidayCountry}; when the home zone changes and events are stored in the
     * former zone, it first asks whether they keep their clock times (the default) or their moments
     * ({@link #askZoneMove}); Cancel there or in the dialog changes nothing. Call on the JavaFX thread.
     */
    public static void show(Window owner, CalendarViewModel model, Messages messages) {
        BalanceForm form = new BalanceForm(messages.getLocale());
        form.edit(model.balanceProperty().get());
        form.editZone(model.zone());
        form.editHolidays(model.holidayCountry());
        new BalanceSettingsDialog(owner, messages, form).showAndWait().ifPresent(settings -> {
            ZoneId home = form.zone().orElse(model.zone());
            String country = form.holidayCountryProperty().get();
            if (home.equals(model.zone())) {
                model.saveBalance(settings, home);
                model.saveHolidayCountry(country);
                return;
            }
            model.eventsInHomeZone(events -> {
                Optional<CalendarService.ZoneMove> move = events == 0 ? Optional.of(CalendarService.ZoneMove.KEEP_CLOCK_TIMES)
                        : askZoneMove(owner, messages, events, model.zone(), home);
                move.ifPresent(m -> {
                    model.saveBalance(settings, home, m);
                    model.saveHolidayCountry(country);
                });
            });
        });
    }

    /**
     * Asks what happens to the {@code events} events stored in {@code from} when the home zone becomes {@code to}:
     * "Keep their clock times (move them to Europe/Copenhagen)" (the default button, {@code #calendar-zone-clock})
     * or "Keep the same moments (their clock times shift)" ({@code #calendar-zone-moments}); empty on Cancel.
     */
    static Optional<CalendarService.ZoneMove> askZoneMove(Window owner, Messages messages, int events, ZoneId from, ZoneId to) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        DialogFit.onScreen(alert);
        alert.initOwner(owner);
        alert.setTitle(messages.get("calendar.zoneMove.title"));
        alert.setHeaderText(messages.format("calendar.zoneMove.header", events, from.getId(), to.getId()));
        alert.setContentText(messages.format("calendar.zoneMove.text", to.getId(), from.getId()));
        ButtonType clock = new ButtonType(messages.format("calendar.zoneMove.clockTimes", to.getId()), ButtonBar.ButtonData.OK_DONE);
        ButtonType moments = new ButtonType(messages.get("calendar.zoneMove.moments"), ButtonBar.ButtonData.OTHER);
        alert.getButtonTypes().setAll(clock, moments, ConfirmDialog.cancel(messages));
        alert.getDialogPane().lookupButton(clock).setId("calendar-zone-clock");
        alert.getDialogPane().lookupButton(moments).setId("calendar-zone-moments");
        alert.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return alert.showAndWait().flatMap(button -> button == clock ? Optional.of(CalendarService.ZoneMove.KEEP_CLOCK_TIMES)
                : button == moments ? Optional.of(CalendarService.ZoneMove.KEEP_MOMENTS) : Optional.empty());
    }
}
