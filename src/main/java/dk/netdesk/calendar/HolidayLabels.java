package dk.netdesk.calendar;

import dk.netdesk.ui.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** How a public holiday looks in the week, day, month and agenda views: its name, marked as a holiday. */
final class HolidayLabels {

    private HolidayLabels() {
    }

    /**
     * A label with the holiday's name (id {@code calendar-holiday-<date>}, style class {@code calendar-holiday}),
     * read out as "Public holiday: Påskedag" and shown in full in a tooltip.
     */
    static Label of(Holidays.Holiday holiday, Messages messages) {
        Label label = new Label(holiday.name());
        label.setId("calendar-holiday-" + holiday.date());
        label.getStyleClass().add("calendar-holiday");
        label.setMaxWidth(Double.MAX_VALUE);
        String spoken = messages.format("calendar.holiday.accessible", holiday.name());
        label.setAccessibleText(spoken);
        label.setTooltip(new Tooltip(spoken));
        return label;
    }
}
