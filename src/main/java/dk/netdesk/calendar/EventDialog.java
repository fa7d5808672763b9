package dk.netdesk.calendar;

import dk.netdesk.ui.DisplayText;
import dk.netdesk.ui.DateText;
import dk.netdesk.ui.DialogFit;
import dk.netdesk.ui.FieldMessage;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.SpinnerText;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
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
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The event form on screen: title, times (or all day), category and kind, place, notes, contact,
 * repeat rule and reminder, each bound to an {@link EventForm}, which holds the rules. Bad input
 * shows what is wrong in the dialog and keeps it open.
 */
final class EventDialog extends Dialog<EventDialog.Result> {

    /** The dialog's answer: a draft to save, or a request to delete the event. */
    record Result(EventDraft draft, boolean delete) {
    }

    /** The style class of a field with its messages under it. */
    private static final String FIELD_CELL = "calendar-dialog-field";

    private final Messages messages;
    private final EventForm form;
    private final TextField title = new TextField();
    private DatePicker date;
    private DatePicker endDate;
    private DatePicker until;
    private Spinner<Integer> count;
    /** Each field's control (or box of controls): where its message is shown and what a refused Save focuses. */
    private final java.util.Map<EventForm.Field, Node> fieldNodes = new java.util.EnumMap<>(EventForm.Field.class);
    /** Asked on Save once the input is valid: false keeps the dialog open ({@link #setBeforeSave}). */
    private java.util.function.Predicate<EventDraft> beforeSave = draft -> true;

    /**
     * A dialog over a filled form.
     *
     * @param form the event's fields, already filled with {@link EventForm#edit}
     * @param existing true for a stored event: the title says "Edit" and Delete is offered
     * @param override true for a changed occurrence of a series: its repeat rule cannot be changed here
     */
    EventDialog(Window owner, Messages messages, EventForm form, boolean existing, boolean override) {
        this.messages = messages;
        this.form = form;
        initOwner(owner);
        setTitle(messages.get(existing ? "calendar.dialog.editTitle" : "calendar.dialog.newTitle"));
        setResizable(true);
        getDialogPane().getStyleClass().add("calendar-dialog");
        getDialogPane().getStylesheets().add(CalendarView.class.getResource("calendar.css").toExternalForm());
        // a message under a field makes the dialog taller, never the other fields smaller: every row keeps the
        // height it needs and the window grows (up to the screen's height)
        getDialogPane().setContent(grid(override));
        DialogFit.onScreen(this);
        addButtons(existing);
        // the dialog gives its default button the focus as it opens: take it back after that
        setOnShown(e -> javafx.application.Platform.runLater(() -> {
            title.requestFocus();
            title.selectAll();
        }));
    }

    /**
     * Sets the question Save asks once the input is valid, e.g. "put work in protected time?" (asked over this
     * dialog). When it answers false the dialog stays open with everything typed, and the keyboard focus goes to
     * the field that decides when the event is: the start time, or the date for an all-day event.
     */
    void setBeforeSave(java.util.function.Predicate<EventDraft> check) {
        beforeSave = check;
    }

    private GridPane grid(boolean override) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("calendar-dialog-grid");
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10, 4, 4, 4));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(labels);
        title.setId("calendar-dialog-title");
        title.setPrefColumnCount(28);
        title.textProperty().bindBidirectional(form.titleProperty());
        fieldNodes.put(EventForm.Field.TITLE, title);
        int row = 0;
        grid.addRow(row++, label("calendar.dialog.title"), withMessages(title, EventForm.Field.TITLE));
        grid.addRow(row++, label("calendar.dialog.date"), times());
        if (form.otherZone() != null) {
            Label zone = new Label(messages.format("calendar.dialog.otherZone", form.otherZone().getId(), form.homeZone().getId()));
            zone.setId("calendar-dialog-zone");
            zone.getStyleClass().add("text-muted");
            zone.setWrapText(true);
            grid.add(zone, 1, row++);
        }
        if (form.timesNote() != null) {
            Label note = new Label(form.timesNote());
            note.setId("calendar-dialog-times-note");
            note.getStyleClass().add("text-muted");
            note.setWrapText(true);
            grid.add(note, 1, row++);
        }
        // timed events have an end date too: an event may run past midnight
        Label endDateLabel = new Label();
        endDateLabel.textProperty().bind(Bindings.when(form.allDayProperty())
                .then(messages.get("calendar.dialog.endDate")).otherwise(messages.get("calendar.dialog.endDate.timed")));
        endDate = datePicker("calendar-dialog-end-date", form.endDateProperty(), EventForm.Field.END_DATE);
        endDateLabel.setLabelFor(endDate);
        fieldNodes.put(EventForm.Field.END_DATE, endDate);
        grid.addRow(row++, endDateLabel, withMessages(endDate, EventForm.Field.END_DATE));
        grid.addRow(row++, label("calendar.dialog.category"), withMessages(kindFields(), EventForm.Field.KIND));
        TextField location = textField("calendar-dialog-location", form.locationProperty());
        fieldNodes.put(EventForm.Field.LOCATION, location);
        grid.addRow(row++, label("calendar.dialog.location"), withMessages(location, EventForm.Field.LOCATION));
        grid.addRow(row++, label("calendar.dialog.notes"), withMessages(notes(), EventForm.Field.NOTES));
        grid.addRow(row++, label("calendar.dialog.contact"), withMessages(contact(), EventForm.Field.CONTACT));
        grid.addRow(row++, label("calendar.dialog.repeat"), repeat(override));
        grid.addRow(row++, label("calendar.dialog.ends"), withMessages(repeatEnd(), EventForm.Field.UNTIL, EventForm.Field.COUNT));
        grid.addRow(row++, label("calendar.dialog.reminder"), withMessages(reminder(), EventForm.Field.REMINDER));
        if (override) {
            Label note = new Label(messages.get("calendar.dialog.seriesNote"));
            note.getStyleClass().add("text-muted");
            grid.add(note, 1, row++);
        }
        // each row's label names its field for a screen reader (issue 18)
        dk.netdesk.ui.LabelFor.rows(grid);
        for (Node child : grid.getChildren()) {
            // every row keeps the height its content needs: an error under one field never squeezes another
            GridPane.setVgrow(child, javafx.scene.layout.Priority.NEVER);
            if (child instanceof Region region) {
                region.setMinHeight(Region.USE_PREF_SIZE);
            }
            if (child instanceof Label label && Integer.valueOf(0).equals(GridPane.getColumnIndex(label))) {
                levelWithField(grid, label);
            }
        }
        return grid;
    }

    /**
     * Keeps a row's label level with its field (the first node of the field column's cell), not with
     * the middle of the field and the messages under it.
     */
    private static void levelWithField(GridPane grid, Label label) {
        Integer row = GridPane.getRowIndex(label);
        grid.getChildren().stream()
                .filter(n -> Integer.valueOf(1).equals(GridPane.getColumnIndex(n)) && java.util.Objects.equals(row, GridPane.getRowIndex(n)))
                .findFirst()
                .map(EventDialog::firstField)
                .filter(Region.class::isInstance)
                .ifPresent(field -> {
                    GridPane.setValignment(label, javafx.geometry.VPos.TOP);
                    label.setAlignment(Pos.CENTER_LEFT);
                    label.minHeightProperty().bind(((Region) field).heightProperty());
                });
    }

    /** The field at the top of a field cell (descending into cells within cells), or null for another node. */
    private static Node firstField(Node cell) {
        Node field = null;
        while (cell instanceof javafx.scene.layout.VBox box && box.getStyleClass().contains(FIELD_CELL)) {
            field = box.getChildren().get(0);
            cell = field;
        }
        return field;
    }

    private Node times() {
        date = datePicker("calendar-dialog-date", form.dateProperty(), EventForm.Field.DATE);
        TextField start = textField("calendar-dialog-start", form.startProperty());
        TextField end = textField("calendar-dialog-end", form.endProperty());
        fieldNodes.put(EventForm.Field.DATE, date);
        fieldNodes.put(EventForm.Field.START, start);
        fieldNodes.put(EventForm.Field.END, end);
        for (TextField time : new TextField[] {start, end}) {
            time.setPrefColumnCount(5);
            time.setPromptText(messages.get("calendar.dialog.timeHint"));
            dk.netdesk.ui.HintFit.whole(time);
            time.disableProperty().bind(form.allDayProperty());
        }
        CheckBox allDay = new CheckBox(messages.get("calendar.dialog.allDay"));
        allDay.setId("calendar-dialog-allday");
        allDay.selectedProperty().bindBidirectional(form.allDayProperty());
        // never squeezed to "All…": the row (and so the dialog) is at least as wide as its texts
        allDay.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label dash = new Label("–");
        dash.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox times = new HBox(8, date, start, dash, end, allDay);
        times.setAlignment(Pos.CENTER_LEFT);
        // each message starts under its own field: an end time's under the end time, not under the date
        return withMessages(times, EventForm.Field.DATE, EventForm.Field.START, EventForm.Field.END);
    }

    private Node kindFields() {
        ComboBox<Category> category = comboBox("calendar-dialog-category", FXCollections.observableArrayList(Category.values()),
                c -> messages.get(c == Category.WORK ? "calendar.category.work" : "calendar.category.personal"), null);
        category.valueProperty().bindBidirectional(form.categoryProperty());
        ComboBox<Kind> kind = comboBox("calendar-dialog-kind", form.kinds(), k -> messages.get(k.key()), "");
        kind.valueProperty().bindBidirectional(form.kindProperty());
        fieldNodes.put(EventForm.Field.KIND, kind);
        kind.setAccessibleText(messages.get("calendar.dialog.kind"));
        return new HBox(8, category, kind);
    }

    private Node notes() {
        TextArea notes = dk.netdesk.ui.TabMovesFocus.textArea();
        notes.setId("calendar-dialog-notes");
        notes.setPrefRowCount(3);
        notes.setMinHeight(Region.USE_PREF_SIZE);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(form.notesProperty());
        fieldNodes.put(EventForm.Field.NOTES, notes);
        return notes;
    }

    private Node contact() {
        ComboBox<ContactRef> contact = comboBox("calendar-dialog-contact", form.contacts(), ContactRef::name,
                messages.get("calendar.dialog.noContact"));
        contact.valueProperty().bindBidirectional(form.contactProperty());
        fieldNodes.put(EventForm.Field.CONTACT, contact);
        Label badge = ErrorLabels.wrap(dk.netdesk.ui.DoNotContactBadge.create(messages, form.contactBlockReason(), true));
        badge.setId("calendar-dialog-dnc");
        form.contactProperty().addListener((obs, old, now) ->
                dk.netdesk.ui.DoNotContactBadge.update(badge, messages, form.contactBlockReason(), true));
        javafx.scene.layout.VBox cell = new javafx.scene.layout.VBox(4, contact, badge);
        cell.getStyleClass().add(FIELD_CELL);
        return cell;
    }

    private Node repeat(boolean override) {
        ComboBox<EventForm.Repeat> repeat = comboBox("calendar-dialog-repeat",
                FXCollections.observableArrayList(EventForm.Repeat.values()), r -> messages.get(r.key()), null);
        repeat.valueProperty().bindBidirectional(form.repeatProperty());
        repeat.setDisable(override);
        HBox weekdays = new HBox(2);
        for (DayOfWeek day : DayOfWeek.values()) {
            ToggleButton toggle = new ToggleButton(day.getDisplayName(TextStyle.SHORT, messages.getLocale()));
            toggle.setId("calendar-dialog-weekday-" + day.name().toLowerCase(Locale.ROOT));
            toggle.getStyleClass().add("calendar-weekday-toggle");
            toggle.selectedProperty().bindBidirectional(form.weekdayProperty(day));
            toggle.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            weekdays.getChildren().add(toggle);
        }
        weekdays.setAlignment(Pos.CENTER_LEFT);
        weekdays.visibleProperty().bind(form.weeklyProperty());
        weekdays.managedProperty().bind(weekdays.visibleProperty());
        Label monthEnd = new Label();
        monthEnd.setId("calendar-dialog-month-end");
        monthEnd.getStyleClass().add("text-muted");
        monthEnd.setWrapText(true);
        monthEnd.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> form.skippedMonthDayProperty().get() == 0
                ? "" : messages.format("calendar.dialog.monthEnd", form.skippedMonthDayProperty().get()), form.skippedMonthDayProperty()));
        monthEnd.visibleProperty().bind(form.skippedMonthDayProperty().greaterThan(0));
        monthEnd.managedProperty().bind(monthEnd.visibleProperty());
        // the weekdays get a line of their own under the choice, so neither is cut in Danish
        repeat.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.VBox cell = new javafx.scene.layout.VBox(4, repeat, weekdays, monthEnd);
        cell.getStyleClass().add(FIELD_CELL);
        return cell;
    }

    private Node repeatEnd() {
        ComboBox<EventForm.RepeatEnd> ends = comboBox("calendar-dialog-ends",
                FXCollections.observableArrayList(EventForm.RepeatEnd.values()), r -> messages.get(r.key()), null);
        ends.valueProperty().bindBidirectional(form.repeatEndProperty());
        ends.disableProperty().bind(form.repeatsProperty().not());
        until = datePicker("calendar-dialog-until", form.untilProperty(), EventForm.Field.UNTIL);
        until.visibleProperty().bind(form.endsOnDateProperty());
        count = SpinnerText.spinner("calendar-dialog-count", 1, EventForm.MAX_COUNT, EventForm.DEFAULT_COUNT, messages);
        // a typed count that cannot be read goes to the form as the count's problem (shown under the row)
        form.typedCountProblemProperty().bind(Bindings.createObjectBinding(() -> {
            dk.netdesk.ui.NumberText.Reading reading = SpinnerText.problemProperty(count).get();
            return reading == null ? null : new EventForm.Problem(reading.problem(), reading.arguments());
        }, SpinnerText.problemProperty(count)));
        count.setPrefWidth(90);
        count.getValueFactory().valueProperty().bindBidirectional(form.countProperty());
        count.visibleProperty().bind(form.endsAfterCountProperty());
        until.managedProperty().bind(until.visibleProperty());
        count.managedProperty().bind(count.visibleProperty());
        fieldNodes.put(EventForm.Field.UNTIL, until);
        fieldNodes.put(EventForm.Field.COUNT, count);
        return new HBox(8, ends, until, count);
    }

    private Node reminder() {
        ComboBox<Integer> reminder = comboBox("calendar-dialog-reminder", FXCollections.observableArrayList(),
                this::reminderText, reminderText(null));
        reminder.getItems().add(null);
        reminder.getItems().addAll(EventForm.REMINDERS);
        reminder.valueProperty().bindBidirectional(form.reminderProperty());
        fieldNodes.put(EventForm.Field.REMINDER, reminder);
        return reminder;
    }

    /**
     * {@code row} (one field, or a row of fields) with, under it, the message of each of {@code fields} while the
     * form has a problem there (ids {@code calendar-dialog-<field>-error}, e.g. {@code calendar-dialog-end-date-error}).
     * Each message starts at the left edge of its own field ({@link #fieldNodes}; for a row of fields, such as date,
     * start and end, the end time's message is under the end time) and is about that field
     * ({@link FieldMessage#forField}).
     */
    private Node withMessages(Node row, EventForm.Field... fields) {
        javafx.scene.layout.VBox cell = new javafx.scene.layout.VBox(2, row);
        cell.getStyleClass().add(FIELD_CELL);
        cell.setMinHeight(Region.USE_PREF_SIZE);
        for (EventForm.Field f : fields) {
            Node field = fieldNodes.getOrDefault(f, row);
            Label message = FieldMessage.label("calendar-dialog-" + f.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-error",
                    Bindings.createStringBinding(() -> text(form.shownProblems().get(f)), form.shownProblems()), field);
            if (field != row) {
                // recomputed when the field or a box between it and the row moves
                java.util.List<javafx.beans.Observable> moves = new java.util.ArrayList<>();
                moves.add(field.visibleProperty());
                for (Node n = field; n != null && n != row; n = n.getParent()) {
                    moves.add(n.layoutXProperty());
                }
                message.paddingProperty().bind(Bindings.createObjectBinding(
                        () -> new Insets(0, 0, 0, offset(field, row)), moves.toArray(javafx.beans.Observable[]::new)));
            }
            cell.getChildren().add(message);
        }
        return cell;
    }

    /** How far right of {@code row}'s left edge {@code field} (a node within it) starts, in pixels. */
    private static double offset(Node field, Node row) {
        double x = 0;
        for (Node n = field; n != null && n != row; n = n.getParent()) {
            // where it is laid out, not its drawn bounds: a focus ring drawn outside the field widens those
            x += n.getLayoutX() + n.getTranslateX() + n.getLayoutBounds().getMinX();
        }
        return Math.max(0, x);
    }

    /**
     * After a refused Save: the keyboard focus goes to the first field in error in the dialog's order
     * ({@link EventForm#firstErrorFieldProperty()}), whose message is under it.
     */
    private void focusFirstError() {
        EventForm.Field first = form.firstErrorFieldProperty().get();
        if (first == null || !dk.netdesk.ui.FirstError.focusField(fieldNodes.get(first))) {
            dk.netdesk.ui.FirstError.focus(getDialogPane().getContent());
        }
    }

    private String text(EventForm.Problem problem) {
        if (problem == null) {
            return "";
        }
        return problem.args().isEmpty() ? messages.get(problem.key()) : messages.format(problem.key(), problem.args().toArray());
    }

    private void addButtons(boolean existing) {
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
        getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, e -> {
            DateText.commit(date, endDate, until); // typed dates and counts count, readable or not
            SpinnerText.commit(count);
            if (!form.validate()) {
                e.consume();
                focusFirstError();
            } else if (!beforeSave.test(form.draft().orElseThrow())) {
                e.consume();
                dk.netdesk.ui.FirstError.focusField(fieldNodes.get(
                        form.allDayProperty().get() ? EventForm.Field.DATE : EventForm.Field.START));
            }
        });
        setResultConverter(button -> {
            if (button == save) {
                return new Result(form.draft().orElseThrow(), false);
            }
            return button == delete ? new Result(null, true) : null;
        });
        dk.netdesk.ui.DiscardChanges.guard(this, messages, form::isChanged);
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

    private TextField textField(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** A date picker bound to {@code value}; text typed into it that is no date goes to the form as {@code field}'s problem. */
    private DatePicker datePicker(String id, javafx.beans.property.ObjectProperty<java.time.LocalDate> value, EventForm.Field field) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        DateText.install(picker, messages);
        picker.setPrefWidth(150);
        picker.valueProperty().bindBidirectional(value);
        form.unreadableDateProperty(field).bind(DateText.unreadableProperty(picker));
        return picker;
    }

    /**
     * A combo box over the given items, each shown by {@code text}; a null item shows
     * {@code nullText} (null when the items hold no null).
     */
    private <T> ComboBox<T> comboBox(String id, javafx.collections.ObservableList<T> items, Function<T, String> text,
                                     String nullText) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.setConverter(nullText == null ? DisplayText.of(text) : DisplayText.of(text, nullText));
        dk.netdesk.ui.ComboText.follow(box, v -> v == null ? (nullText == null ? "" : nullText) : text.apply(v));
        box.setCellFactory(lv -> cell(text, nullText));
        return box;
    }

    private static <T> ListCell<T> cell(Function<T, String> text, String nullText) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? "" : item == null ? (nullText == null ? "" : nullText) : text.apply(item));
            }
        };
    }
}
