package dk.netdesk.calendar;

import dk.netdesk.ui.DialogFit;
import dk.netdesk.ui.ConfirmDialog;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.ViewListeners;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The calendar screen: the toolbar ({@link CalendarToolbar}), the budget bar and the week summary
 * ({@link WeekSummaryPanel}), and in the middle the day or week view ({@link TimeGrid}), the month
 * ({@link MonthGrid}) or the agenda ({@link AgendaList}). It also runs the conversations around
 * an edit: the event dialog, "this / following / all", and the protected-time and delete questions.
 */
public final class CalendarView {

    private final CalendarViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final StackPane center = new StackPane();
    private final CalendarToolbar toolbar;
    private final WeekSummaryPanel summary;
    private final TimeGrid timeGrid;
    private boolean scrolled;

    /** A view of a long-lived view-model; it listens to the model only weakly, so it can be rebuilt (e.g. on a language change). */
    public CalendarView(CalendarViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.toolbar = new CalendarToolbar(model, messages);
        this.summary = new WeekSummaryPanel(model, messages);
        this.timeGrid = new TimeGrid(messages, new TimeGrid.Handler() {
            @Override
            public void create(LocalDateTime start, LocalDateTime end) {
                openNew(EventForm.newDraft(start, end, model.balanceProperty().get()));
            }

            @Override
            public void move(Occurrence occurrence, LocalDateTime start, LocalDateTime end) {
                moveTo(occurrence, start, end);
            }

            @Override
            public void open(Occurrence occurrence) {
                openExisting(occurrence);
            }

            @Override
            public void delete(Occurrence occurrence) {
                deleteAsking(occurrence);
            }
        });
    }

    /** Sets what "Print week…" does with the shown week's Monday; null hides the command. */
    public void setOnPrintWeek(Consumer<LocalDate> onPrintWeek) {
        model.onPrintWeekProperty().set(onPrintWeek);
    }

    /** The screen's node (id {@code calendar-root}); it keeps this view reachable while it is shown. */
    public Node build() {
        root.setId("calendar-root");
        root.getProperties().put(CalendarView.class, this);
        root.getStyleClass().add("calendar-view");
        root.getStylesheets().add(CalendarView.class.getResource("calendar.css").toExternalForm());
        root.setTop(new VBox(toolbar.build(this::openNewOnShownDay, this::openBalance), summary.budgetBar(),
                dk.netdesk.ui.LoadFailedText.banner(messages, "load.failed.calendar", model.loadFailedProperty(),
                        "calendar-load-failed")));
        center.getStyleClass().add("calendar-center");
        root.setCenter(center);
        root.setRight(summary.summary());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        // shown by Ctrl+4 or the sidebar: the view itself (the time grid, the month, the agenda), where the arrows,
        // Enter and Delete work, not the first toolbar button
        dk.netdesk.ui.KeyboardFocus.screenStart(root, () -> center.lookup("." + TimeGrid.FOCUS_TARGET));
        // A save that failed (a full disk) opens the dialog again with what was typed. The view-model
        // outlives this view (rebuilt on a language change), so it holds the view only weakly.
        java.lang.ref.WeakReference<CalendarView> view = new java.lang.ref.WeakReference<>(this);
        model.setOnSaveFailed((occurrence, draft) -> {
            CalendarView shown = view.get();
            if (shown == null) {
                return;
            }
            if (occurrence == null) {
                shown.openNew(draft);
            } else {
                shown.openExisting(occurrence, draft);
            }
        });

        // the event just saved takes the keyboard focus once it is shown (after the dialog, a drag)
        ViewListeners.onChange(root, model.lastSavedProperty(), (obs, old, now) -> focusSaved(false));
        ChangeListener<Object> refresh = (obs, old, now) -> refresh();
        ViewListeners.onChange(root, model.loadsProperty(), refresh);
        ViewListeners.onChange(root, model.modeProperty(), refresh);
        // a clicked reminder: show its week and open it (once the screen is shown)
        ViewListeners.onChange(root, model.openRequestProperty(), (obs, old, now) -> {
            if (now != null && root.getScene() != null) {
                Platform.runLater(() -> {
                    if (model.openRequestProperty().get() == now) {
                        model.openRequestProperty().set(null);
                        openExisting(now);
                    }
                });
            }
        });
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && !scrolled) {
                scrolled = true;
                timeGrid.scrollToWhenLaidOut(firstHour());
            }
        });
        refresh();
        // a search hit opened (Ctrl+F): select it once its day is shown
        ChangeListener<Object> reveal = (obs, old, now) -> Platform.runLater(this::selectRevealed);
        ViewListeners.onChange(root, model.loadsProperty(), reveal);
        ViewListeners.onChange(root, model.revealProperty(), reveal);
        return root;
    }

    /** Focuses and scrolls to the occurrence the model asks to reveal, when its node is shown. */
    private void selectRevealed() {
        String key = model.revealProperty().get();
        if (key == null) {
            return;
        }
        for (Node node : center.lookupAll(".calendar-event")) {
            if (node.getUserData() instanceof Occurrence o && o.key().equals(key)) {
                model.revealed();
                if (!o.row().allDay()) {
                    timeGrid.scrollTo(Math.max(0, o.startIn(model.zone()).getHour() - 1));
                }
                node.requestFocus();
                return;
            }
        }
    }

    /** The hour the grid opens at: one before the earliest work window of the week, or 07:00 when there is none. */
    static int firstHour(BalanceSettings balance) {
        int earliest = 25;
        for (DayOfWeek day : DayOfWeek.values()) {
            for (TimeSpan span : balance.windows(day)) {
                earliest = Math.min(earliest, span.startMinute() / 60);
            }
        }
        return earliest == 25 ? 7 : Math.max(0, earliest - 1);
    }

    private int firstHour() {
        return firstHour(model.balanceProperty().get());
    }

    private void refresh() {
        // the nodes are made anew: keep the keyboard focus on the same event, or on the view, rather than
        // let it fall to the first button of the toolbar (where Enter or Space would go to another week)
        Node owner = root.getScene() == null ? null : root.getScene().getFocusOwner();
        boolean hadFocus = owner != null && isIn(owner, center);
        String focusedKey = owner != null && owner.getUserData() instanceof Occurrence o ? o.key() : null;
        show();
        if (!focusSaved(hadFocus) && hadFocus) {
            focusEvent(focusedKey);
        }
    }

    private static boolean isIn(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }

    /**
     * Focuses the event the model last saved when it is shown (and tells the model); when it is not
     * and {@code orView} is true, focuses the view instead. False when the saved event is not shown.
     */
    private boolean focusSaved(boolean orView) {
        CalendarViewModel.Saved saved = model.lastSavedProperty().get();
        if (saved == null || root.getScene() == null) {
            return false;
        }
        for (Node node : center.lookupAll(".calendar-event")) {
            if (node.getUserData() instanceof Occurrence o && saved.matches(o) && node.isFocusTraversable()) {
                model.lastSavedShown();
                node.requestFocus();
                return true;
            }
        }
        Node owner = root.getScene().getFocusOwner();
        if (orView || owner == null || !owner.isFocusTraversable() || owner.getScene() == null) {
            focusEvent(null);
        }
        return false;
    }

    /** Focuses the shown event with the given key ({@link Occurrence#key()}), else the view itself (the grid, the month, the list). */
    private void focusEvent(String key) {
        if (key != null) {
            for (Node node : center.lookupAll(".calendar-event")) {
                if (node.getUserData() instanceof Occurrence o && o.key().equals(key) && node.isFocusTraversable()) {
                    node.requestFocus();
                    return;
                }
            }
        }
        Node target = center.lookup("." + TimeGrid.FOCUS_TARGET);
        if (target != null) {
            target.requestFocus();
        }
    }

    private void show() {
        WeekSummary s = model.summaryProperty().get();
        if (s != null) {
            summary.show(s);
        }
        Node content = switch (model.modeProperty().get()) {
            case DAY, WEEK -> {
                timeGrid.show(model.shownDays(), model.occurrences(), model.balanceProperty().get(),
                        model.todayProperty().get(), model.now(), model::isBreakFlagged, model::isInProtectedTime, model.zone());
                timeGrid.showHolidays(model::holidaysOn);
                yield timeGrid.node();
            }
            case MONTH -> new MonthGrid(model, messages, this::openExisting, this::deleteAsking).build();
            case AGENDA -> AgendaList.build(model, messages, this::openExisting);
        };
        center.getChildren().setAll(content);
    }

    // ---- commands -----------------------------------------------------------------------------

    private void shortcut(KeyEvent e) {
        Runnable action = null;
        if (CalendarToolbar.PREVIOUS.match(e)) {
            action = model::previous;
        } else if (CalendarToolbar.NEXT.match(e)) {
            action = model::next;
        } else if (CalendarToolbar.TODAY.match(e)) {
            action = model::today;
        } else if (CalendarToolbar.GO_TO.match(e)) {
            action = toolbar::showGoTo;
        } else if (CalendarToolbar.NEW.match(e)) {
            action = this::openNewOnShownDay;
        } else if (CalendarSearchDialog.SHORTCUT.match(e)) {
            action = () -> new CalendarSearchDialog(window(), messages, model.search()).show();
        } else if (CalendarToolbar.PRINT.match(e) && model.onPrintWeekProperty().get() != null) {
            action = model::printWeek;
        } else {
            for (CalendarViewModel.Mode mode : CalendarViewModel.Mode.values()) {
                if (CalendarToolbar.modeShortcut(mode).match(e)) {
                    action = () -> model.modeProperty().set(mode);
                }
            }
        }
        if (action != null) {
            e.consume();
            action.run();
        }
    }

    /**
     * Ctrl+N and the New event button: at the grid's slot cursor when the day or week grid has one (as Enter there
     * does), else at the next free half-hour today when today is shown, else on the shown day (its first work window,
     * or 18:00). One hour long.
     */
    private void openNewOnShownDay() {
        CalendarViewModel.Mode mode = model.modeProperty().get();
        LocalDateTime slot = mode == CalendarViewModel.Mode.DAY || mode == CalendarViewModel.Mode.WEEK
                ? timeGrid.slot() : null;
        if (slot == null || !model.shownDays().contains(slot.toLocalDate())) {
            slot = model.nextFreeHalfHour();
        }
        if (slot != null) {
            LocalDateTime[] times = WallClock.resolved(slot, slot.plusHours(1), model.zone());
            openNew(EventForm.newDraft(times[0], times[1], model.balanceProperty().get()));
        } else {
            openNew(EventForm.newDraft(model.dateProperty().get(), model.balanceProperty().get()));
        }
    }

    private void openNew(EventDraft draft) {
        EventForm form = new EventForm();
        form.edit(draft, model.contacts());
        form.followSlot(model.balanceProperty().get());
        form.setZones(model.zone(), model.zone());
        EventDialog dialog = new EventDialog(window(), messages, form, false, false);
        // asked over the dialog: Cancel (or Escape) there goes back to the dialog with what was typed
        dialog.setBeforeSave(d -> confirmProtected(d, model.zone(), EditScope.ALL, dialogWindow(dialog)));
        dialog.showAndWait().ifPresent(result -> model.create(result.draft()));
    }

    private void openExisting(Occurrence occurrence) {
        openExisting(occurrence, EventDraft.of(occurrence, model.repeatOf(occurrence)));
    }

    private void openExisting(Occurrence occurrence, EventDraft draft) {
        EventForm form = new EventForm();
        form.edit(draft, model.contacts());
        form.setZones(occurrence.row().zone(), model.zone());
        form.setTimesNote(EventNames.gapMove(occurrence, messages));
        EventDialog dialog = new EventDialog(window(), messages, form, true, occurrence.row().isOverride());
        // "this / following / all" and the protected-time question are asked over the dialog on Save: Cancel in
        // either goes back to the dialog with what was typed
        EditScope[] scope = {EditScope.ALL};
        dialog.setBeforeSave(d -> {
            Window over = dialogWindow(dialog);
            Optional<EditScope> chosen = occurrence.isRecurring() ? askScope(occurrence, true, over) : Optional.of(EditScope.ALL);
            chosen.ifPresent(s -> scope[0] = s);
            return chosen.isPresent() && confirmProtected(d, ownZone(occurrence), chosen.get(), over);
        });
        dialog.showAndWait().ifPresent(result -> {
            if (result.delete()) {
                deleteAsking(occurrence);
                return;
            }
            model.update(occurrence, result.draft(), scope[0]);
        });
    }

    private void deleteAsking(Occurrence occurrence) {
        Optional<EditScope> scope = occurrence.isRecurring() ? askScope(occurrence, false) : confirmDelete(occurrence);
        scope.ifPresent(s -> model.delete(occurrence, s));
    }

    private void moveTo(Occurrence occurrence, LocalDateTime start, LocalDateTime end) {
        // the question names the event and the move: "Move "Team call" from Tue 19:00–20:00 to Tue 20:00–21:00?"
        Optional<EditScope> scope = occurrence.isRecurring()
                ? askScope(model.moveQuestion(occurrence, start, end), messages.get("calendar.scope.editHeader"))
                : Optional.of(EditScope.ALL);
        // the times are as shown (the calendar's zone); a whole series or its following part is checked as a series
        EventDraft draft = EventDraft.of(occurrence, model.repeatOf(occurrence)).withTimes(start, end);
        if (scope.isPresent() && confirmProtected(draft, model.zone(), scope.get(), window())) {
            model.move(occurrence, start, end, scope.get());
        } else {
            refresh();
        }
    }

    private void openBalance() {
        BalanceSettingsEditor.show(window(), model, messages);
    }

    /** The zone an existing event's own times are in (the dialog edits them there). */
    private java.time.ZoneId ownZone(Occurrence occurrence) {
        return occurrence.row().zone() == null ? model.zone() : occurrence.row().zone();
    }

    /**
     * Asks before a save, move or resize puts work into protected time ({@link CalendarViewModel#protectedQuestion}:
     * a series is checked over its occurrences, all-day work on a wholly protected day counts), over {@code owner}.
     * True to go on. Cancel ("go back") is the default button and has the focus: Enter or Escape keeps the
     * protection, only "Save anyway" overrides it.
     */
    private boolean confirmProtected(EventDraft draft, java.time.ZoneId draftZone, EditScope scope, Window owner) {
        String header = model.protectedQuestion(draft, draftZone, scope);
        if (header == null) {
            return true;
        }
        Alert alert = new Alert(Alert.AlertType.WARNING);
        DialogFit.onScreen(alert);
        alert.initOwner(owner);
        alert.setTitle(messages.get("calendar.protected.title"));
        alert.setHeaderText(header);
        alert.getDialogPane().setId("calendar-protected-dialog");
        alert.setContentText(messages.get("calendar.protected.text"));
        ButtonType ok = new ButtonType(messages.get("calendar.protected.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("calendar.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(ok, cancel);
        alert.getDialogPane().lookupButton(ok).setId("calendar-protected-confirm");
        alert.getDialogPane().lookupButton(cancel).setId("calendar-protected-cancel");
        javafx.scene.control.Button cancelButton = (javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ok)).setDefaultButton(false);
        cancelButton.setDefaultButton(true);
        alert.setOnShown(e -> cancelButton.requestFocus());
        return alert.showAndWait().filter(ok::equals).isPresent();
    }

    /** The event a question is about, with its whole span: see {@link EventNames#describe}. */
    String describe(Occurrence occurrence) {
        return model.describe(occurrence);
    }

    private Optional<EditScope> askScope(Occurrence occurrence, boolean edit) {
        return askScope(occurrence, edit, window());
    }

    private Optional<EditScope> askScope(Occurrence occurrence, boolean edit, Window owner) {
        return askScope(messages.get(edit ? "calendar.scope.editHeader" : "calendar.scope.deleteHeader"), describe(occurrence), !edit, owner);
    }

    /** The "this / following / all" question for a change (Enter answers "this event"); empty when cancelled. */
    private Optional<EditScope> askScope(String header, String text) {
        return askScope(header, text, false, window());
    }

    /**
     * The "this / following / all" question with the given header and text; empty when cancelled. For a
     * delete ({@code destructive}) Cancel is the default button and has the focus: Enter deletes nothing.
     */
    private Optional<EditScope> askScope(String header, String text, boolean destructive, Window owner) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        DialogFit.onScreen(alert);
        alert.initOwner(owner);
        alert.setTitle(messages.get("calendar.scope.title"));
        alert.setHeaderText(header);
        alert.setContentText(text);
        alert.getDialogPane().setId("calendar-scope-dialog");
        alert.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ButtonType one = new ButtonType(messages.get("calendar.scope.this"), ButtonBar.ButtonData.OK_DONE);
        ButtonType following = new ButtonType(messages.get("calendar.scope.following"), ButtonBar.ButtonData.OTHER);
        ButtonType all = new ButtonType(messages.get("calendar.scope.all"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(messages.get("calendar.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(one, following, all, cancel);
        alert.getDialogPane().lookupButton(one).setId("calendar-scope-this");
        alert.getDialogPane().lookupButton(following).setId("calendar-scope-following");
        alert.getDialogPane().lookupButton(all).setId("calendar-scope-all");
        for (ButtonType type : alert.getButtonTypes()) {
            // the buttons keep their whole words ("This and following events"), the dialog grows instead
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(type)).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        if (destructive) {
            javafx.scene.control.Button cancelButton = (javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel);
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(one)).setDefaultButton(false);
            cancelButton.setDefaultButton(true);
            alert.setOnShown(e -> cancelButton.requestFocus());
        }
        Map<ButtonType, EditScope> scopes = Map.of(one, EditScope.THIS, following, EditScope.THIS_AND_FOLLOWING, all, EditScope.ALL);
        return alert.showAndWait().map(scopes::get);
    }

    private Optional<EditScope> confirmDelete(Occurrence occurrence) {
        boolean confirmed = ConfirmDialog.ask(window(), messages, messages.get("calendar.delete.title"),
                messages.format("calendar.delete.header", describe(occurrence)), messages.get("calendar.delete.text"),
                messages.get("calendar.delete.confirm"), "calendar-confirm-delete");
        return confirmed ? Optional.of(EditScope.ALL) : Optional.empty();
    }

    /** The event dialog's own window, so a question asked on its Save shows over it (the main window before it shows). */
    private Window dialogWindow(EventDialog dialog) {
        javafx.scene.Scene scene = dialog.getDialogPane().getScene();
        return scene == null || scene.getWindow() == null ? window() : scene.getWindow();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
