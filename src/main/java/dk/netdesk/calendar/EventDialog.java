package dk.netdesk.calendar;

import dk.netdesk.ui.DisplayText;
import dk.netdesk.ui.Messages;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The event form: title, times (or all day), category and kind, place, notes, contact, repeat
 * rule and reminder. Bad input shows what is wrong in the dialog and keeps it open.
 */
final class EventDialog extends Dialog<EventDialog.Result> {

    /** The dialog's answer: a draft to save, or a request to delete the event. */
    record Result(EventDraft draft, boolean delete) {
    }

    static final List<Integer> REMINDERS = List.of(5, 15, 30, 60, 1440);

    private final Messages messages;
    private final TextField title = new TextField();
    private final DatePicker date = new DatePicker();
    private final DatePicker endDate = new DatePicker();
    private final TextField start = new TextField();
    private final TextField end = new TextField();
    private final CheckBox allDay = new CheckBox();
    private final ComboBox<Category> category = new ComboBox<>(FXCollections.observableArrayList(Category.values()));
    private final ComboBox<Kind> kind = new ComboBox<>();
    private final TextField location = new TextField();
    private final TextArea notes = new TextArea();
    private final ComboBox<ContactRef> contact = new ComboBox<>();
    private final ComboBox<String> repeat = new ComboBox<>();
    private final HBox weekdays = new HBox(2);
    private final ComboBox<String> ends = new ComboBox<>();
    private final DatePicker until = new DatePicker();
    private final Spinner<Integer> count = new Spinner<>(1, 999, 10);
    private final ComboBox<Integer> reminder = new ComboBox<>();
    private final Label error = new Label();

    EventDialog(Window owner, Messages messages, EventDraft initial, boolean existing, boolean override,
                List<ContactRef> contacts) {
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.get(existing ? "calendar.dialog.editTitle" : "calendar.dialog.newTitle"));
        setResizable(true);
        getDialogPane().getStyleClass().add("calendar-dialog");
        getDialogPane().getStylesheets().add(CalendarView.class.getResource("calendar.css").toExternalForm());

        title.setId("calendar-dialog-title");
        title.setPrefColumnCount(28);
        start.setId("calendar-dialog-start");
        end.setId("calendar-dialog-end");
        start.setPrefColumnCount(5);
        end.setPrefColumnCount(5);
        start.setPromptText(messages.get("calendar.dialog.timeHint"));
        end.setPromptText(messages.get("calendar.dialog.timeHint"));
        date.setId("calendar-dialog-date");
        date.setConverter(CalendarView.dateConverter(messages));
        endDate.setConverter(CalendarView.dateConverter(messages));
        until.setConverter(CalendarView.dateConverter(messages));
        date.setPrefWidth(150);
        endDate.setPrefWidth(150);
        until.setPrefWidth(150);
        allDay.setText(messages.get("calendar.dialog.allDay"));
        allDay.setId("calendar-dialog-allday");
        category.setId("calendar-dialog-category");
        kind.setId("calendar-dialog-kind");
        category.setConverter(DisplayText.of(c -> messages.get(c == Category.WORK ? "calendar.category.work" : "calendar.category.personal")));
        kind.setConverter(DisplayText.of(k -> messages.get(k.key())));
        kind.setButtonCell(kindCell());
        kind.setCellFactory(lv -> kindCell());
        category.valueProperty().addListener((obs, old, now) -> {
            Kind keep = kind.getValue();
            kind.setItems(FXCollections.observableArrayList(Kind.of(now)));
            kind.setValue(keep != null && keep.category() == now ? keep : Kind.of(now).get(0));
        });
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        location.setId("calendar-dialog-location");
        notes.setId("calendar-dialog-notes");

        contact.getItems().add(null);
        contact.getItems().addAll(contacts);
        contact.setConverter(DisplayText.of(c -> c.name(), messages.get("calendar.dialog.noContact")));
        contact.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(ContactRef item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? messages.get("calendar.dialog.noContact") : item.name());
            }
        });
        contact.setId("calendar-dialog-contact");

        repeat.getItems().addAll(messages.get("calendar.dialog.repeat.none"), messages.get("calendar.dialog.repeat.daily"),
                messages.get("calendar.dialog.repeat.weekly"), messages.get("calendar.dialog.repeat.monthly"));
        repeat.setId("calendar-dialog-repeat");
        for (DayOfWeek day : DayOfWeek.values()) {
            ToggleButton toggle = new ToggleButton(day.getDisplayName(TextStyle.SHORT, messages.getLocale()));
            toggle.setUserData(day);
            toggle.setId("calendar-dialog-weekday-" + day.name().toLowerCase(java.util.Locale.ROOT));
            toggle.getStyleClass().add("calendar-weekday-toggle");
            weekdays.getChildren().add(toggle);
        }
        ends.getItems().addAll(messages.get("calendar.dialog.ends.never"), messages.get("calendar.dialog.ends.until"),
                messages.get("calendar.dialog.ends.count"));
        ends.setId("calendar-dialog-ends");
        count.setEditable(true);
        count.setPrefWidth(90);
        reminder.getItems().add(null);
        reminder.getItems().addAll(REMINDERS);
        reminder.setConverter(DisplayText.of(this::reminderText, reminderText(null)));
        reminder.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? "" : reminderText(item));
            }
        });
        reminder.setId("calendar-dialog-reminder");
        error.getStyleClass().add("nd-field-error");
        error.setId("calendar-dialog-error");
        error.setWrapText(true);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("calendar-dialog-grid");
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new javafx.geometry.Insets(10, 4, 4, 4));
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(labels);
        int row = 0;
        grid.addRow(row++, label("calendar.dialog.title"), title);
        HBox times = new HBox(8, date, start, new Label("–"), end, allDay);
        times.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.addRow(row++, label("calendar.dialog.date"), times);
        Label endDateLabel = label("calendar.dialog.endDate");
        grid.addRow(row++, endDateLabel, endDate);
        grid.addRow(row++, label("calendar.dialog.category"), new HBox(8, category, kind));
        grid.addRow(row++, label("calendar.dialog.location"), location);
        grid.addRow(row++, label("calendar.dialog.notes"), notes);
        grid.addRow(row++, label("calendar.dialog.contact"), contact);
        HBox repeats = new HBox(8, repeat, weekdays);
        repeats.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        weekdays.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.addRow(row++, label("calendar.dialog.repeat"), repeats);
        grid.addRow(row++, label("calendar.dialog.ends"), new HBox(8, ends, until, count));
        grid.addRow(row++, label("calendar.dialog.reminder"), reminder);
        if (override) {
            Label note = new Label(messages.get("calendar.dialog.seriesNote"));
            note.getStyleClass().add("text-muted");
            grid.add(note, 1, row++);
        }
        grid.add(error, 1, row);
        getDialogPane().setContent(grid);

        // visibility rules
        start.disableProperty().bind(allDay.selectedProperty());
        end.disableProperty().bind(allDay.selectedProperty());
        endDate.visibleProperty().bind(allDay.selectedProperty());
        endDateLabel.visibleProperty().bind(allDay.selectedProperty());
        endDate.managedProperty().bind(endDate.visibleProperty());
        endDateLabel.managedProperty().bind(endDateLabel.visibleProperty());
        weekdays.visibleProperty().bind(repeat.getSelectionModel().selectedIndexProperty().isEqualTo(2));
        ends.disableProperty().bind(repeat.getSelectionModel().selectedIndexProperty().lessThanOrEqualTo(0));
        until.visibleProperty().bind(ends.getSelectionModel().selectedIndexProperty().isEqualTo(1).and(ends.disabledProperty().not()));
        count.visibleProperty().bind(ends.getSelectionModel().selectedIndexProperty().isEqualTo(2).and(ends.disabledProperty().not()));
        until.managedProperty().bind(until.visibleProperty());
        count.managedProperty().bind(count.visibleProperty());
        weekdays.managedProperty().bind(weekdays.visibleProperty());
        repeat.setDisable(override);

        fill(initial);

        ButtonType save = new ButtonType(messages.get("calendar.dialog.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("calendar.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType delete = new ButtonType(messages.get("calendar.dialog.delete"), ButtonBar.ButtonData.LEFT);
        getDialogPane().getButtonTypes().addAll(save, cancel);
        if (existing) {
            getDialogPane().getButtonTypes().add(delete);
            getDialogPane().lookupButton(delete).setId("calendar-dialog-delete");
        }
        getDialogPane().lookupButton(save).setId("calendar-dialog-save");
        getDialogPane().lookupButton(cancel).setId("calendar-dialog-cancel");
        getDialogPane().lookupButton(save).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            Optional<String> problem = problem();
            if (problem.isPresent()) {
                error.setText(messages.get(problem.get()));
                e.consume();
            }
        });
        setResultConverter(button -> {
            if (button == save) {
                return new Result(draft().orElseThrow(), false);
            }
            if (button == delete) {
                return new Result(null, true);
            }
            return null;
        });
        setOnShown(e -> title.requestFocus());
    }

    private void fill(EventDraft d) {
        title.setText(d.title());
        date.setValue(d.start().toLocalDate());
        start.setText(String.format("%02d:%02d", d.start().getHour(), d.start().getMinute()));
        end.setText(String.format("%02d:%02d", d.end().getHour(), d.end().getMinute()));
        allDay.setSelected(d.allDay());
        endDate.setValue(d.allDay() ? d.end().toLocalDate().minusDays(1) : d.end().toLocalDate());
        category.setValue(d.kind().category());
        kind.setValue(d.kind());
        location.setText(d.location());
        notes.setText(d.notes());
        contact.setValue(contact.getItems().stream().filter(c -> c != null && d.contactId() != null && c.id() == d.contactId())
                .findFirst().orElse(null));
        RepeatRule r = d.repeat();
        Set<DayOfWeek> days = r == null || r.weekdays().isEmpty() ? Set.of(d.start().getDayOfWeek()) : r.weekdays();
        weekdays.getChildren().forEach(n -> ((ToggleButton) n).setSelected(days.contains((DayOfWeek) n.getUserData())));
        repeat.getSelectionModel().select(r == null ? 0 : r.frequency().ordinal() + 1);
        ends.getSelectionModel().select(r == null || (r.until() == null && r.count() == null) ? 0 : r.count() != null ? 2 : 1);
        until.setValue(r != null && r.until() != null ? r.until() : d.start().toLocalDate().plusMonths(3));
        count.getValueFactory().setValue(r != null && r.count() != null ? r.count() : 10);
        reminder.setValue(d.reminderMinutes());
    }

    /** The bundle key of the first problem, or empty. */
    private Optional<String> problem() {
        Optional<EventDraft> d = draft();
        if (d.isEmpty()) {
            return Optional.of("calendar.error.time");
        }
        return d.get().problems().stream().findFirst();
    }

    private Optional<EventDraft> draft() {
        LocalDate day = date.getValue();
        if (day == null) {
            return Optional.empty();
        }
        LocalDateTime s;
        LocalDateTime e;
        if (allDay.isSelected()) {
            LocalDate last = endDate.getValue() == null || endDate.getValue().isBefore(day) ? day : endDate.getValue();
            s = day.atStartOfDay();
            e = last.plusDays(1).atStartOfDay();
        } else {
            Optional<LocalTime> from = time(start.getText());
            Optional<LocalTime> to = time(end.getText());
            if (from.isEmpty() || to.isEmpty()) {
                return Optional.empty();
            }
            s = day.atTime(from.get());
            e = "24:00".equals(end.getText().trim()) ? day.plusDays(1).atStartOfDay() : day.atTime(to.get());
        }
        RepeatRule rule = null;
        int freq = repeat.getSelectionModel().getSelectedIndex();
        if (freq > 0) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            weekdays.getChildren().forEach(n -> {
                if (((ToggleButton) n).isSelected()) {
                    days.add((DayOfWeek) n.getUserData());
                }
            });
            int endKind = ends.getSelectionModel().getSelectedIndex();
            rule = new RepeatRule(RepeatRule.Freq.values()[freq - 1], 1, freq == 2 ? days : Set.of(),
                    endKind == 1 ? until.getValue() : null, endKind == 2 ? count.getValue() : null);
        }
        return Optional.of(new EventDraft(title.getText(), s, e, allDay.isSelected(), location.getText(), notes.getText(),
                contact.getValue() == null ? null : contact.getValue().id(), kind.getValue(), rule, reminder.getValue()));
    }

    static Optional<LocalTime> time(String text) {
        String t = text == null ? "" : text.trim().replace('.', ':');
        if ("24:00".equals(t)) {
            return Optional.of(LocalTime.MIDNIGHT);
        }
        try {
            if (t.matches("\\d{1,2}")) {
                return Optional.of(LocalTime.of(Integer.parseInt(t), 0));
            }
            if (t.matches("\\d{1,2}:\\d{2}")) {
                String[] p = t.split(":");
                return Optional.of(LocalTime.of(Integer.parseInt(p[0]), Integer.parseInt(p[1])));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private String reminderText(Integer minutes) {
        if (minutes == null) {
            return messages.get("calendar.dialog.reminder.none");
        }
        if (minutes == 60) {
            return messages.get("calendar.dialog.reminder.hour");
        }
        if (minutes == 1440) {
            return messages.get("calendar.dialog.reminder.day");
        }
        return messages.format("calendar.dialog.reminder.minutes", minutes);
    }

    private Label label(String key) {
        return new Label(messages.get(key));
    }

    private ListCell<Kind> kindCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Kind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : messages.get(item.key()));
            }
        };
    }

}
