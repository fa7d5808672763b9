package dk.netdesk.calendar;

import dk.netdesk.ui.DialogFit;
import dk.netdesk.ui.Messages;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Shows due reminders as toasts in the lower right corner of the main window, and lists missed
 * ones in a dialog. A toast is our own popup styled with the theme's colours (so it follows the
 * dark theme; ControlsFX's notification popup reads Modena colours that AtlantaFX does not define,
 * which logged a CSS ClassCastException per reminder). Clicking a toast opens the event; its
 * buttons snooze it for {@link #SNOOZE_MINUTES} minutes. Called on the JavaFX thread.
 */
public final class ReminderNotifications {

    /** The snooze choices offered on a toast, in minutes. */
    public static final List<Integer> SNOOZE_MINUTES = List.of(5, 10, 15);
    /** How long a toast stays when left alone. */
    static final javafx.util.Duration SHOWN_FOR = javafx.util.Duration.minutes(2);

    private final Messages messages;
    private final Supplier<ZoneId> zone;
    private final Consumer<Occurrence> open;
    private final BiConsumer<Occurrence, Duration> snooze;
    private final List<Popup> shown = new ArrayList<>();

    /**
     * @param zone the calendar's (home) time zone at the time a reminder is shown, for its date and time
     * @param open what a click on a toast does with its occurrence (the app shows it in the event dialog)
     * @param snooze what a snooze button does: the occurrence and the chosen delay
     */
    public ReminderNotifications(Messages messages, Supplier<ZoneId> zone, Consumer<Occurrence> open,
                                 BiConsumer<Occurrence, Duration> snooze) {
        this.messages = messages;
        this.zone = zone;
        this.open = open;
        this.snooze = snooze;
    }

    /** One toast per occurrence over the first open window; nothing when no window is open. */
    public void showDue(List<Occurrence> due) {
        Window owner = owner();
        if (owner == null) {
            return;
        }
        for (Occurrence o : due) {
            show(owner, o);
        }
    }

    public void showMissed(List<Occurrence> missed) {
        Window owner = owner();
        if (owner == null) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        DialogFit.onScreen(alert);
        alert.initOwner(owner);
        alert.setTitle(messages.get("calendar.reminder.missedTitle"));
        alert.setHeaderText(messages.get("calendar.reminder.missedHeader"));
        alert.setContentText(String.join("\n", missed.stream().map(this::line).toList()));
        alert.show();
    }

    /** "Team call on 30 Nov 2026 at 22:00" / "Teamopkald, 30. nov. 2026 kl. 22:00", in the calendar's zone. */
    String line(Occurrence o) {
        java.time.LocalDateTime start = o.startIn(zone.get());
        return messages.format("calendar.reminder.text", o.title(), messages.date(start.toLocalDate()), messages.time(start));
    }

    private static Window owner() {
        return Window.getWindows().stream().filter(w -> w.isShowing() && !(w instanceof javafx.stage.PopupWindow))
                .findFirst().orElse(null);
    }

    private void show(Window owner, Occurrence o) {
        Popup popup = new Popup();
        VBox toast = toast(o, popup);
        popup.getContent().add(toast);
        popup.setAutoHide(false);
        popup.setOnHidden(e -> shown.remove(popup));
        shown.add(popup);
        int index = shown.size() - 1;
        popup.show(owner);
        toast.applyCss();
        toast.autosize();
        double width = toast.getWidth();
        double height = toast.getHeight();
        popup.setX(owner.getX() + owner.getWidth() - width - 24);
        popup.setY(owner.getY() + owner.getHeight() - (height + 12) * (index + 1) - 24);
        PauseTransition wait = new PauseTransition(SHOWN_FOR);
        wait.setOnFinished(e -> popup.hide());
        wait.play();
    }

    private VBox toast(Occurrence o, Popup popup) {
        Label heading = new Label(messages.get("calendar.reminder.title"), new FontIcon(Material2AL.ALARM));
        heading.getStyleClass().add("calendar-reminder-heading");
        Button close = new Button(null, new FontIcon(Material2AL.CLOSE));
        close.getStyleClass().addAll("flat", "calendar-icon-button");
        close.setId("calendar-reminder-close");
        close.setAccessibleText(messages.get("calendar.reminder.close"));
        close.setOnAction(e -> popup.hide());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(6, heading, spacer, close);
        top.setAlignment(Pos.CENTER_LEFT);
        Label text = new Label(line(o));
        text.setId("calendar-reminder-text");
        text.getStyleClass().add("calendar-reminder-text");
        text.setWrapText(true);
        text.setMaxWidth(340);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Label later = new Label(messages.get("calendar.reminder.snooze"));
        HBox actions = new HBox(6, later);
        actions.setAlignment(Pos.CENTER_LEFT);
        for (int minutes : SNOOZE_MINUTES) {
            Button b = new Button(messages.format("calendar.reminder.snoozeMinutes", minutes));
            b.setId("calendar-reminder-snooze-" + minutes);
            b.setOnAction(e -> {
                e.consume();
                popup.hide();
                snooze.accept(o, Duration.ofMinutes(minutes));
            });
            actions.getChildren().add(b);
        }
        // the toast grows to its buttons' full labels instead of cutting them ("Snoo…", "O…")
        later.setMinWidth(Region.USE_PREF_SIZE);
        Button show = new Button(messages.get("calendar.reminder.open"));
        show.setId("calendar-reminder-open");
        show.getStyleClass().add("accent");
        show.setDefaultButton(true);
        show.setOnAction(e -> {
            popup.hide();
            open.accept(o);
        });
        actions.getChildren().add(show);
        actions.getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        VBox toast = new VBox(8, top, text, actions);
        toast.setId("calendar-reminder-toast");
        toast.getStyleClass().add("calendar-reminder-toast");
        toast.getStylesheets().add(CalendarView.class.getResource("calendar.css").toExternalForm());
        // a click on the toast itself (not on a button) opens the event
        text.setOnMouseClicked(e -> {
            popup.hide();
            open.accept(o);
        });
        heading.setOnMouseClicked(text.getOnMouseClicked());
        return toast;
    }
}
