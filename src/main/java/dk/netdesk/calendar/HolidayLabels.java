package dk.netdesk.calendar;

import dk.netdesk.ui.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** How a public holiday looks in the week, day, month and agenda views: its name, marked as a holiday. */
final class HolidayLabels {

    private HolidayLabels() {
    }

    /**
     * A label with the holiday's name ({@link dk.netdesk.ui.NodeKey} {@code calendar-holiday-<date>}, style class {@code calendar-holiday}),
     * read out as "Public holiday: Påskedag" and shown in full in a tooltip. A long name wraps onto more
     * lines in a narrow day.
     */
    static Label of(Holidays.Holiday holiday, Messages messages) {
        Label label = new Label(holiday.name());
        dk.netdesk.ui.NodeKey.set(label, "calendar-holiday-" + holiday.date());
        label.getStyleClass().add("calendar-holiday");
        label.setMaxWidth(Double.MAX_VALUE);
        // a long name ("Kristi himmelfartsdag", "St. Stephen's Day") takes a second line rather than
        // ending in "…" in a narrow day; the label never gets less height than its lines need
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // a single word too wide for the day ("himmelfartsdag" at 1280 pixels) gets a smaller font rather than
        // being broken inside the word
        javafx.scene.text.Font[] base = new javafx.scene.text.Font[1];
        label.widthProperty().addListener((obs, old, now) -> fitLongestWord(label, base));
        String spoken = messages.format("calendar.holiday.accessible", holiday.name());
        // a word too wide even at the smallest font ("Skærtorsdag" in a month at 1,024 pixels) ends in "…" on
        // one line, its whole name in the tooltip and the accessible text
        dk.netdesk.ui.MayShorten.declare(label, holiday.name());
        label.setAccessibleText(spoken);
        label.setTooltip(new Tooltip(spoken));
        return label;
    }

    /** The smallest font size a holiday name gets, in pixels, before a word is broken after all. */
    static final double MIN_FONT = 9;

    /**
     * Sets a font size (not below {@link #MIN_FONT}) at which the name's longest word fits the label's
     * width, or the style sheet's size when it fits at that. When the word does not fit even at
     * {@link #MIN_FONT}, the name stays on one line and ends in "…" rather than being broken inside the word.
     * {@code base} holds the style sheet's font, taken the first time.
     */
    private static void fitLongestWord(Label label, javafx.scene.text.Font[] base) {
        double room = label.getWidth() - label.snappedLeftInset() - label.snappedRightInset();
        if (room <= 0 || label.getText() == null) {
            return;
        }
        if (base[0] == null) {
            base[0] = label.getFont();
        }
        double widest = 0;
        for (String word : label.getText().split("\\s+")) {
            widest = Math.max(widest, FitText.width(word, base[0]));
        }
        double size = widest <= room ? base[0].getSize()
                : Math.max(MIN_FONT, Math.floor(base[0].getSize() * room / widest * 10) / 10);
        label.setWrapText(widest * MIN_FONT / base[0].getSize() <= room);
        String style = size >= base[0].getSize() ? "" : "-fx-font-size: " + size + "px;";
        if (!style.equals(label.getStyle())) {
            label.setStyle(style);
        }
    }
}
