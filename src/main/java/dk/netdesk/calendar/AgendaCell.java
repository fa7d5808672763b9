package dk.netdesk.calendar;

import dk.netdesk.ui.Messages;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** A row of the agenda: a date heading, or an occurrence with its time, kind and flags. */
final class AgendaCell extends ListCell<AgendaList.Item> {

    private final Messages messages;
    private final CalendarViewModel model;

    AgendaCell(Messages messages, CalendarViewModel model) {
        this.messages = messages;
        this.model = model;
    }

    @Override
    protected void updateItem(AgendaList.Item item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll("calendar-agenda-date", "calendar-agenda-event", "today");
        setAccessibleText(null);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        if (item.occurrence() == null) {
            setText(messages.fullDate(item.date())
                    + " · " + messages.format("calendar.weekShort", CalendarViewModel.isoWeek(item.date()))
                    + model.holidaysOn(item.date()).stream().map(h -> " · " + h.name()).collect(java.util.stream.Collectors.joining()));
            setGraphic(null);
            getStyleClass().add("calendar-agenda-date");
            if (item.date().equals(model.todayProperty().get())) {
                getStyleClass().add("today");
            }
            return;
        }
        Occurrence o = item.occurrence();
        Label time = new Label(o.row().allDay() ? messages.get("calendar.allDay")
                : EventNames.partTimes(o, item.date(), model.zone(), messages));
        time.getStyleClass().add("calendar-agenda-time");
        // an event over midnight or over several days: its start and end dates in the tooltip
        time.setTooltip(new javafx.scene.control.Tooltip(EventNames.when(o, model.zone(), messages)));
        time.setMinWidth(Region.USE_PREF_SIZE);
        Region swatch = new Region();
        swatch.getStyleClass().addAll("calendar-swatch", o.isWork() ? "work" : "personal");
        Label title = new Label(o.title());
        title.getStyleClass().add("calendar-strong");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label kind = new Label(messages.get(o.kind().key()) + (o.row().location().isBlank() ? "" : " · " + o.row().location()));
        kind.getStyleClass().add("text-muted");
        HBox row = new HBox(10, time, swatch, title, kind);
        String blocked = model.blockReason(o.row().contactId());
        if (blocked != null) {
            // linked to a do-not-contact person: the shared badge with the reason
            row.getChildren().add(dk.netdesk.ui.DoNotContactBadge.create(messages, blocked, true));
        }
        String moved = EventNames.gapMove(o, messages);
        if (moved != null) {
            // a spring-forward gap moved it (decision 0003)
            Label note = new Label(moved);
            note.getStyleClass().addAll("text-muted", "calendar-agenda-gap");
            note.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(note);
        }
        if (model.isBreakFlagged(o)) {
            Label flag = new Label(messages.get("calendar.legend.break"));
            flag.getStyleClass().add("calendar-flag");
            flag.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(flag);
        }
        if (model.isInProtectedTime(o, item.date())) {
            Label flag = new Label(messages.get("calendar.legend.inProtected"));
            flag.getStyleClass().addAll("calendar-flag", "calendar-flag-protected");
            flag.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(flag);
            swatch.getStyleClass().add("in-protected");
        }
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // what a screen reader says for the row: each shown part in order, "11:00–12:00, Coffee with Bo, Follow-up"
        setAccessibleText(row.getChildren().stream().filter(n -> n instanceof Label)
                .map(n -> ((Label) n).getText()).filter(t -> t != null && !t.isBlank())
                .reduce((a, b) -> messages.format("calendar.spoken.join", a, b)).orElse(o.title()));
        setText(null);
        setGraphic(row);
        getStyleClass().add("calendar-agenda-event");
    }
}
