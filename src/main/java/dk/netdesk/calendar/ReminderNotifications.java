package dk.netdesk.calendar;

import dk.netdesk.ui.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** Shows due reminders as notifications and lists missed ones in a dialog. Called on the JavaFX thread. */
public final class ReminderNotifications {

    private final Messages messages;
    private final java.util.function.Supplier<ZoneId> zone;

    /** @param zone the calendar's (home) time zone at the time a reminder is shown, for its date and time */
    public ReminderNotifications(Messages messages, java.util.function.Supplier<ZoneId> zone) {
        this.messages = messages;
        this.zone = zone;
    }

    public void showDue(List<Occurrence> due) {
        if (Window.getWindows().isEmpty()) {
            return;
        }
        for (Occurrence o : due) {
            Notifications.create()
                    .title(messages.get("calendar.reminder.title"))
                    .text(line(o))
                    .hideAfter(Duration.minutes(2))
                    .showInformation();
        }
    }

    public void showMissed(List<Occurrence> missed) {
        if (Window.getWindows().isEmpty()) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(Window.getWindows().get(0));
        alert.setTitle(messages.get("calendar.reminder.missedTitle"));
        alert.setHeaderText(messages.get("calendar.reminder.missedHeader"));
        alert.setContentText(String.join("\n", missed.stream().map(this::line).toList()));
        alert.show();
    }

    String line(Occurrence o) {
        return messages.format("calendar.reminder.text", o.title(),
                messages.date(o.startIn(zone.get()).toLocalDate()) + " " + DateTimeFormatter.ofPattern("HH:mm").format(o.startIn(zone.get())));
    }
}
