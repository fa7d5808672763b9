package dk.netdesk.calendar;

import dk.netdesk.ui.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * How an event looks in the day and week views: work or personal, the repeat icon, the break
 * flag, the protected-time mark and a tooltip. Enter on a focused event opens it; Delete deletes it.
 */
final class EventNodes {

    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages messages;
    private final TimeGrid.Handler handler;

    EventNodes(Messages messages, TimeGrid.Handler handler) {
        this.messages = messages;
        this.handler = handler;
    }

    /** An all-day event: one line with its title. */
    Label allDay(Occurrence o, boolean breakFlag) {
        Label label = new Label(o.title());
        label.getStyleClass().addAll("calendar-event", o.isWork() ? "work" : "personal", "calendar-allday-event");
        label.setMaxWidth(Double.MAX_VALUE);
        if (breakFlag) {
            label.getStyleClass().add("break-flag");
        }
        label.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                handler.open(o);
            }
        });
        return label;
    }

    /** A timed event (id {@code calendar-event-<key>}, user data the occurrence), times shown in {@code zone}. */
    Region timed(Occurrence o, ZoneId zone, boolean breakFlag, boolean inProtected) {
        VBox box = new VBox();
        box.getStyleClass().addAll("calendar-event", o.isWork() ? "work" : "personal");
        box.setId("calendar-event-" + idOf(o));
        box.setUserData(o);
        String timeText = HOUR_MINUTE.format(o.startIn(zone)) + "–" + HOUR_MINUTE.format(o.endIn(zone));
        Label title = new Label(o.title());
        title.getStyleClass().add("calendar-event-title");
        title.setWrapText(true);
        Label time = new Label(timeText);
        time.getStyleClass().add("calendar-event-time");
        box.getChildren().addAll(title, time);
        if (o.isRecurring()) {
            FontIcon repeat = new FontIcon(Material2OutlinedMZ.REPEAT);
            repeat.getStyleClass().add("calendar-event-icon");
            title.setGraphic(repeat);
        }
        StringBuilder tip = new StringBuilder(o.title()).append('\n').append(timeText)
                .append(" · ").append(messages.get(o.kind().key()));
        if (!o.row().location().isBlank()) {
            tip.append('\n').append(o.row().location());
        }
        if (breakFlag) {
            box.getStyleClass().add("break-flag");
            box.getChildren().add(breakFlag(o));
            tip.append('\n').append(messages.get("calendar.legend.break"));
        }
        if (inProtected) {
            box.getStyleClass().add("in-protected");
            tip.append('\n').append(messages.get("calendar.flag.protected"));
        }
        installTooltip(box, tip.toString());
        clip(box);
        installKeys(box, o);
        return box;
    }

    private Label breakFlag(Occurrence o) {
        FontIcon warn = new FontIcon(Material2OutlinedAL.HOURGLASS_BOTTOM);
        warn.getStyleClass().add("calendar-flag-icon");
        Label flag = new Label(messages.get("calendar.legend.break"), warn);
        flag.getStyleClass().add("calendar-flag");
        flag.setId("calendar-breakflag-" + idOf(o));
        return flag;
    }

    /** The tooltip is made on the first hover: thousands of events need not each carry one. */
    private static void installTooltip(Region box, String text) {
        box.setOnMouseEntered(e -> {
            if (box.getProperties().get(Tooltip.class) == null) {
                Tooltip tooltip = new Tooltip(text);
                box.getProperties().put(Tooltip.class, tooltip);
                Tooltip.install(box, tooltip);
            }
        });
    }

    private static void clip(Region box) {
        box.setMinSize(0, 0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(box.widthProperty());
        clip.heightProperty().bind(box.heightProperty());
        box.setClip(clip);
    }

    private void installKeys(Region box, Occurrence o) {
        box.setFocusTraversable(true);
        box.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                handler.open(o);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                handler.delete(o);
                e.consume();
            }
        });
    }

    private static String idOf(Occurrence o) {
        return o.key().replace('@', '-').replace(':', '-');
    }
}
