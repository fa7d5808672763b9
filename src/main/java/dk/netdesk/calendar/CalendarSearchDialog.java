package dk.netdesk.calendar;

import dk.netdesk.ui.DialogFit;
import dk.netdesk.ui.Messages;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The calendar search (Ctrl+F): a field ({@code #calendar-search-field}), the hits
 * ({@code #calendar-search-results}: date, time, title; upcoming first) and a line saying how many
 * ({@code #calendar-search-status}). Enter in the field or the list, or a click on a hit, goes to that
 * event's day and selects it, and closes the search; Down moves from the field into the list; Esc or
 * Close ({@code #calendar-search-close}) closes it. Bound to a {@link CalendarSearchViewModel}.
 */
final class CalendarSearchDialog extends Dialog<Void> {

    /** Ctrl+F (Cmd+F on macOS) opens the search on the calendar. */
    static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final CalendarSearchViewModel model;
    private final ListView<CalendarSearchViewModel.Hit> results = new ListView<>();

    CalendarSearchDialog(Window owner, Messages messages, CalendarSearchViewModel model) {
        this.model = model;
        initOwner(owner);
        initModality(Modality.NONE);
        setTitle(messages.get("calendar.search.title"));
        setResizable(true);
        getDialogPane().setId("calendar-search");
        getDialogPane().getStylesheets().add(CalendarView.class.getResource("calendar.css").toExternalForm());

        TextField field = new TextField();
        field.setId("calendar-search-field");
        dk.netdesk.ui.SearchEscape.install(field);
        field.setPromptText(messages.get("calendar.search.prompt"));
        dk.netdesk.ui.HintFit.whole(field);
        field.setAccessibleText(messages.get("calendar.search.field"));
        field.textProperty().bindBidirectional(model.queryProperty());
        field.setPrefColumnCount(32);
        Label fieldLabel = new Label(messages.get("calendar.search.field"));
        fieldLabel.setLabelFor(field);

        results.setId("calendar-search-results");
        results.getStyleClass().add("calendar-search-results");
        results.setAccessibleText(messages.get("calendar.search.results"));
        results.setItems(model.hits());
        results.setPrefHeight(300);
        results.setPrefWidth(460);
        results.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CalendarSearchViewModel.Hit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(empty || hit == null ? null : hit.text());
                getStyleClass().remove("past");
                if (!empty && hit != null && !hit.upcoming()) {
                    getStyleClass().add("past");
                }
            }
        });
        results.setOnMouseClicked(e -> open(results.getSelectionModel().getSelectedItem()));
        results.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                open(results.getSelectionModel().getSelectedItem());
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                CalendarSearchViewModel.Hit selected = results.getSelectionModel().getSelectedItem();
                open(selected != null ? selected : model.hits().isEmpty() ? null : model.hits().get(0));
            } else if (e.getCode() == KeyCode.DOWN && !model.hits().isEmpty()) {
                e.consume();
                results.requestFocus();
                if (results.getSelectionModel().isEmpty()) {
                    results.getSelectionModel().selectFirst();
                }
            }
        });

        Label status = new Label();
        status.setId("calendar-search-status");
        status.getStyleClass().add("text-muted");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());

        VBox content = new VBox(6, fieldLabel, field, results, status);
        content.setPadding(new javafx.geometry.Insets(8, 4, 0, 4));
        VBox.setVgrow(results, Priority.ALWAYS);
        getDialogPane().setContent(content);
        DialogFit.onScreen(this);
        ButtonType close = new ButtonType(messages.get("calendar.search.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().add(close);
        getDialogPane().lookupButton(close).setId("calendar-search-close");
        setOnShown(e -> Platform.runLater(() -> {
            field.requestFocus();
            field.selectAll();
        }));
    }

    /** Closes the search and reveals the hit in the calendar; null (nothing found or picked) does nothing. */
    private void open(CalendarSearchViewModel.Hit hit) {
        if (hit == null) {
            return;
        }
        close();
        model.open(hit);
    }
}
