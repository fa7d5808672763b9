package dk.netdesk.calendar;

import dk.netdesk.ui.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;

/**
 * The agenda view: the shown days that have events, each as a date heading followed by its events.
 * A double click or Enter on an event opens it in the event dialog.
 */
final class AgendaList {

    /** An agenda row: a date heading (occurrence null) or one occurrence of that date. */
    record Item(LocalDate date, Occurrence occurrence) {
    }

    private AgendaList() {
    }

    /** The list of the model's shown days; {@code open} is called with the event to open. */
    static Node build(CalendarViewModel model, Messages messages, Consumer<Occurrence> open) {
        ListView<Item> list = new ListView<>();
        list.setId("calendar-agenda");
        list.setAccessibleText(messages.get("calendar.mode.agenda"));
        list.getStyleClass().add(TimeGrid.FOCUS_TARGET);
        list.getStyleClass().add("calendar-agenda");
        for (LocalDate day : model.shownDays()) {
            List<Occurrence> ofDay = model.occurrencesOn(day);
            if (!ofDay.isEmpty() || !model.holidaysOn(day).isEmpty()) {
                list.getItems().add(new Item(day, null));
                ofDay.forEach(o -> list.getItems().add(new Item(day, o)));
            }
        }
        list.setCellFactory(lv -> new AgendaCell(messages, model));
        list.setPlaceholder(dk.netdesk.ui.LoadFailedText.placeholder(messages, "calendar.agenda.empty",
                "load.failed.calendar", model.loadFailedProperty()));
        list.setOnMouseClicked(e -> {
            Item item = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && item != null && item.occurrence() != null) {
                open.accept(item.occurrence());
            }
        });
        list.setOnKeyPressed(e -> {
            Item item = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && item != null && item.occurrence() != null) {
                open.accept(item.occurrence());
            }
        });
        return list;
    }
}
