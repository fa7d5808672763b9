package dk.netdesk.calendar;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One weekday's work windows or protected time as rows of a start and an end (each picked from a list or typed,
 * "19:00"), kept in step with {@link BalanceForm}'s text for that day ("18:00-21:00, 22:00-23:00"), which stays
 * what is checked and saved. A change of a row writes the text at once; a change of the text from elsewhere
 * (opening, Defaults, "Free day") makes the rows again. A row with neither end is left out of the text; a row with
 * one end gives text the form cannot read, so its message says what is missing.
 */
public final class DaySpansForm {

    /** One span being edited: its start and end as shown in the two lists ("18:00", "24:00"), or as typed. */
    public static final class Row {
        private final StringProperty start;
        private final StringProperty end;

        Row(String start, String end) {
            this.start = new SimpleStringProperty(start);
            this.end = new SimpleStringProperty(end);
        }

        /** The start, as picked or typed. */
        public StringProperty startProperty() {
            return start;
        }

        /** The end, as picked or typed ("24:00" is midnight at the day's end). */
        public StringProperty endProperty() {
            return end;
        }

        /** "18:00-21:00" (or what there is of it): the row as the day's text writes it; empty for an empty row. */
        String text() {
            String from = start.get() == null ? "" : start.get().trim();
            String to = end.get() == null ? "" : end.get().trim();
            return to.isEmpty() ? from : from + "-" + to;
        }
    }

    private final StringProperty text;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private boolean writing;

    /** Rows over {@code text}, a day's field of {@link BalanceForm}; made from it now and on each outside change. */
    DaySpansForm(StringProperty text) {
        this.text = text;
        text.addListener((obs, was, now) -> {
            if (!writing) {
                read();
            }
        });
        read();
    }

    /** The rows, in the order shown; a new list of rows replaces them all when the text changes from outside. */
    public ObservableList<Row> rows() {
        return rowsView;
    }

    /**
     * Adds an empty row at the end and answers it. The text is unchanged until one of its ends is set.
     */
    public Row add() {
        Row row = newRow("", "");
        rows.add(row);
        return row;
    }

    /** Removes {@code row} and writes the day's text without it. */
    public void remove(Row row) {
        rows.remove(row);
        write();
    }

    /** "18:00-21:00" pieces, each cut at its first dash into the start and the end (a piece without one is all start). */
    private void read() {
        List<Row> made = new ArrayList<>();
        String value = text.get() == null ? "" : text.get();
        for (String piece : value.split("[,;]")) {
            if (piece.isBlank()) {
                continue;
            }
            String[] ends = piece.trim().split("\\s*[-\u2013]\\s*", 2);
            made.add(newRow(ends[0], ends.length > 1 ? ends[1] : ""));
        }
        rows.setAll(made);
    }

    private void write() {
        List<String> pieces = new ArrayList<>();
        for (Row row : rows) {
            String piece = row.text();
            if (!piece.isEmpty()) {
                pieces.add(piece);
            }
        }
        writing = true;
        try {
            text.set(String.join(", ", pieces));
        } finally {
            writing = false;
        }
    }

    private Row newRow(String start, String end) {
        Row row = new Row(start, end);
        row.start.addListener((obs, was, now) -> write());
        row.end.addListener((obs, was, now) -> write());
        return row;
    }
}
