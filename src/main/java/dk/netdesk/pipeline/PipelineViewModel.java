package dk.netdesk.pipeline;

import dk.netdesk.db.TextOrder;
import dk.netdesk.contacts.PhoneNumbers;
import dk.netdesk.contacts.Source;
import dk.netdesk.db.Changes;
import dk.netdesk.ui.Background;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.StatusLine;
import dk.netdesk.ui.UndoManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The board: one {@link StageColumn} per stage, the filters, the selected card, and the
 * commands that move cards (drag-and-drop and keyboard) and manage stages. Moves are saved at
 * once and recorded in the shared {@link UndoManager}. The card rules (overdue, due today,
 * stale, days in stage, do-not-contact) are here, with time from the injected {@link Clock}.
 */
public final class PipelineViewModel {

    private final PipelineRepository repository;
    private final Background background;
    private final UndoManager undo;
    private final StatusLine status;
    private final Messages messages;
    private final Clock clock;

    private final ObservableList<StageColumn> columns = FXCollections.observableArrayList();
    private final javafx.beans.property.BooleanProperty loadFailed = new javafx.beans.property.SimpleBooleanProperty();
    private final ObjectProperty<Card> selected = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    /** The last search text that could be searched (NFC); the board stays filtered by it while the box holds a fault. */
    private String searchable = "";
    private final javafx.beans.property.ReadOnlyStringWrapper searchError = new javafx.beans.property.ReadOnlyStringWrapper();
    private final ObjectProperty<String> tagFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Source> sourceFilter = new SimpleObjectProperty<>();
    private final BooleanProperty followUpToday = new SimpleBooleanProperty(false);
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final StagesViewModel stages;

    public PipelineViewModel(PipelineRepository repository, Changes changes, Background background, UndoManager undo,
                             StatusLine status, Messages messages, Clock clock) {
        this.repository = repository;
        this.background = background;
        this.undo = undo;
        this.status = status;
        this.messages = messages;
        this.clock = clock;
        search.addListener((obs, o, n) -> {
            if (!dk.netdesk.ui.TypedText.isClean(n, false)) {
                // as the library search: the board stays as it was, and the box says what is wrong
                searchError.set(dk.netdesk.ui.TypedText.SEARCH);
                return;
            }
            searchError.set(null);
            searchable = dk.netdesk.ui.TypedText.searchable(n);
            applyFilter();
        });
        tagFilter.addListener((obs, o, n) -> applyFilter());
        sourceFilter.addListener((obs, o, n) -> applyFilter());
        // the tag filter's list follows a switch of the UI language at once, not at the next load; the chosen
        // tag stays chosen
        messages.localeProperty().addListener((obs, o, n) -> {
            String chosen = tagFilter.get();
            List<String> sorted = new ArrayList<>(tags);
            sorted.sort(TextOrder.comparator(n));
            tags.setAll(sorted);
            tagFilter.set(chosen);
        });
        followUpToday.addListener((obs, o, n) -> applyFilter());
        stages = new StagesViewModel(repository, background, status, messages, columns, this::column, this::failed);
        changes.subscribe(Changes.Topic.PIPELINE, this::changed);
        changes.subscribe(Changes.Topic.CONTACTS, this::changed);
    }

    /** Reloads the board for changes made elsewhere; this view-model's own moves are already shown. */
    private void changed(Changes.Change change) {
        if (!change.from(this)) {
            load();
        }
    }

    /**
     * Seeds the default stages on the first run (in the current language), then reads the board. A
     * failed read sets {@link #loadFailedProperty()} and goes to the app's error handler (not to the
     * save failure handler, which reads the board again).
     */
    public void load() {
        List<DefaultStage> defaults = DefaultStage.named(messages);
        background.run(() -> {
            repository.seedIfEmpty(defaults, this);
            return repository.loadBoard();
        }, board -> {
            loadFailed.set(false);
            show(board);
        }, error -> {
            loadFailed.set(true);
            background.report(error);
        });
    }

    /**
     * True after the last read of this screen's data failed (a damaged or locked file), until one
     * succeeds: the view then says the data could not be read, never that there is none.
     */
    public javafx.beans.property.ReadOnlyBooleanProperty loadFailedProperty() {
        return loadFailed;
    }


    /** Shows a board read from the database; keeps the columns (and their lists) of stages that stay. */
    void show(Board board) {
        Map<Long, StageColumn> old = new HashMap<>();
        columns.forEach(c -> old.put(c.stage().id(), c));
        List<StageColumn> next = new ArrayList<>();
        Map<Long, List<Card>> byStage = new HashMap<>();
        for (Card card : board.cards()) {
            byStage.computeIfAbsent(card.stageId(), k -> new ArrayList<>()).add(card);
        }
        for (Stage stage : board.stages()) {
            StageColumn column = old.get(stage.id());
            if (column == null) {
                column = new StageColumn(stage);
            } else {
                column.stageProperty().set(stage);
            }
            column.cards().setAll(byStage.getOrDefault(stage.id(), List.of()));
            next.add(column);
        }
        if (!next.equals(columns)) {
            columns.setAll(next);
        }
        // one entry per tag whatever its case (the first spelling), sorted in the UI language
        Map<String, String> allTags = new java.util.LinkedHashMap<>();
        board.cards().forEach(c -> c.tags().forEach(t -> allTags.putIfAbsent(TextOrder.fold(t), t)));
        List<String> sorted = new ArrayList<>(allTags.values());
        sorted.sort(TextOrder.comparator(messages.getLocale()));
        tags.setAll(sorted);
        if (tagFilter.get() != null && !allTags.containsKey(TextOrder.fold(tagFilter.get()))) {
            tagFilter.set(null);
        }
        applyFilter();
        Card was = selected.get();
        selected.set(was == null ? null : find(was.contactId()));
        loaded.set(true);
    }

    // ---- moving cards ----------------------------------------------------------------------

    /**
     * A card was dropped on a column, before the visible card at {@code visibleIndex} (or at
     * the end when the index is past the last visible card). Returns false, changing nothing,
     * when a rule refuses the move.
     */
    public boolean drop(long contactId, long stageId, int visibleIndex) {
        StageColumn target = column(stageId);
        Card card = find(contactId);
        if (target == null || card == null) {
            return false;
        }
        List<Card> visible = target.visibleCards();
        int before;
        if (visibleIndex < 0 || visibleIndex >= visible.size()) {
            before = visible.isEmpty() ? target.cards().size() : target.indexOf(visible.get(visible.size() - 1).contactId()) + 1;
        } else {
            before = target.indexOf(visible.get(visibleIndex).contactId());
        }
        int from = target.indexOf(contactId);
        int index = from >= 0 && from < before ? before - 1 : before;
        return moveCard(contactId, stageId, index);
    }

    /**
     * Moves a card to {@code index} (its final position among all the stage's cards) in a
     * stage, saves at once and records the move for undo. Returns false, changing nothing and
     * saying why in the status line, when the rules refuse it.
     */
    public boolean moveCard(long contactId, long stageId, int index) {
        Card card = find(contactId);
        StageColumn target = column(stageId);
        if (card == null || target == null) {
            return false;
        }
        int from = target.indexOf(contactId);
        int last = target.cards().size() - (from >= 0 ? 1 : 0);
        int to = Math.max(0, Math.min(index, last));
        if (from == to) {
            return false;
        }
        if (card.stageId() != stageId && card.doNotContact() && target.stage().kind() == StageKind.OPEN) {
            status.show(() -> messages.format("pipeline.status.doNotContactMove", card.name(), card.doNotContactReason()));
            return false;
        }
        save(() -> repository.move(contactId, stageId, to, this), result -> {
            apply(contactId, result.after());
            Moved moved = new Moved(card.name(), result);
            undo.done(moved);
            // "Press Ctrl+Z to undo" holds while this move is the next undo
            status.showWhile(() -> messages.format(result.changedStage() ? "pipeline.status.moved" : "pipeline.status.reordered",
                    card.name(), target.stage().name(messages)), undo.isNext(moved));
        });
        return true;
    }

    /** Ctrl+←/→: the selected card goes to the top of the previous or next column. */
    public boolean moveSelectedToStage(int delta) {
        Card card = selected.get();
        if (card == null) {
            return false;
        }
        int col = columnIndex(card.stageId());
        int target = col + delta;
        if (col < 0 || target < 0 || target >= columns.size()) {
            return false;
        }
        return moveCard(card.contactId(), columns.get(target).stage().id(), 0);
    }

    /** Ctrl+↑/↓: the selected card swaps places with the visible card above or below it. */
    public boolean reorderSelected(int delta) {
        Card card = selected.get();
        if (card == null) {
            return false;
        }
        StageColumn column = column(card.stageId());
        List<Card> visible = column.visibleCards();
        int at = -1;
        for (int i = 0; i < visible.size(); i++) {
            if (visible.get(i).contactId() == card.contactId()) {
                at = i;
            }
        }
        int neighbour = at + delta;
        if (at < 0 || neighbour < 0 || neighbour >= visible.size()) {
            return false;
        }
        return moveCard(card.contactId(), card.stageId(), column.indexOf(visible.get(neighbour).contactId()));
    }

    /** Puts the card where a saved move left it, in the lists the board shows. */
    private void apply(long contactId, Placement placement) {
        Card card = find(contactId);
        if (card == null) {
            return;
        }
        StageColumn from = column(card.stageId());
        StageColumn to = column(placement.stageId());
        boolean wasSelected = selected.get() != null && selected.get().contactId() == contactId;
        Card moved = card.placed(placement.stageId(), placement.position(), placement.stageEnteredAt(),
                placement.lastTouchedAt());
        from.cards().remove(from.indexOf(contactId));
        to.cards().add(Math.min(placement.position(), to.cards().size()), moved);
        if (wasSelected) {
            selected.set(moved);
        }
    }

    private <T> void save(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess) {
        background.run(work, onSuccess, this::failed);
    }

    private void failed(Throwable error) {
        if (error instanceof PipelineRuleException rule) {
            status.show(() -> messages.get(rule.key()));
        } else {
            // The status line says it in short; the dialog says what happened and what to do (once).
            status.show(() -> messages.get("pipeline.status.failed"));
            background.report(error);
        }
        load();
    }

    private final class Moved implements UndoManager.Command {
        private final String name;
        private MoveResult result;

        Moved(String name, MoveResult result) {
            this.name = name;
            this.result = result;
        }

        @Override
        public String description() {
            return messages.format("pipeline.undo.move", name);
        }

        @Override
        public void undo() {
            MoveResult done = result;
            save(() -> repository.undoMove(done, this), ignored -> apply(done.contactId(), done.before()));
        }

        @Override
        public void redo() {
            Placement after = result.after();
            save(() -> repository.move(result.contactId(), after.stageId(), after.position(), this), again -> {
                result = again;
                apply(again.contactId(), again.after());
            });
        }
    }

    // ---- stages ----------------------------------------------------------------------------

    /** The commands of the stages dialog, over this board's columns. */
    public StagesViewModel stages() {
        return stages;
    }

    // ---- the card rules --------------------------------------------------------------------

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public FollowUpState followUpState(Card card) {
        if (card.nextFollowUp() == null) {
            return FollowUpState.NONE;
        }
        int cmp = card.nextFollowUp().compareTo(today());
        return cmp < 0 ? FollowUpState.OVERDUE : cmp == 0 ? FollowUpState.TODAY : FollowUpState.PLANNED;
    }

    /** Whole days since the card entered its stage. */
    public long daysInStage(Card card) {
        return card.stageEnteredAt() == null ? 0
                : ChronoUnit.DAYS.between(card.stageEnteredAt().atZone(clock.getZone()).toLocalDate(), today());
    }

    /** Stale once the days since it entered the stage or was last contacted exceed the stage's threshold. */
    public boolean isStale(Card card) {
        StageColumn column = column(card.stageId());
        if (column == null || card.lastTouchedAt() == null) {
            return false;
        }
        long idle = ChronoUnit.DAYS.between(card.lastTouchedAt().atZone(clock.getZone()).toLocalDate(), today());
        return idle > column.stage().staleDays();
    }

    // ---- filters ---------------------------------------------------------------------------

    private void applyFilter() {
        Predicate<Card> predicate = filterPredicate();
        columns.forEach(c -> c.filter(predicate));
    }

    Predicate<Card> filterPredicate() {
        String query = searchable.trim().toLowerCase(Locale.ROOT);
        String tag = tagFilter.get();
        Source source = sourceFilter.get();
        boolean today = followUpToday.get();
        LocalDate now = today();
        List<String> phoneKeys = PhoneNumbers.queryKeys(query);
        return card -> (query.isEmpty() || card.searchText().contains(query)
                        || phoneKeys.stream().anyMatch(card.searchText()::contains))
                && (tag == null || card.tags().stream().anyMatch(t -> TextOrder.same(t, tag)))
                && (source == null || card.source() == source)
                && (!today || (card.nextFollowUp() != null && !card.nextFollowUp().isAfter(now) && !card.doNotContact()));
    }

    public boolean isFiltered() {
        return !search.get().isBlank() || tagFilter.get() != null || sourceFilter.get() != null || followUpToday.get();
    }

    public void clearFilters() {
        search.set("");
        tagFilter.set(null);
        sourceFilter.set(null);
        followUpToday.set(false);
    }

    // ---- lookups and properties ------------------------------------------------------------

    public Card find(long contactId) {
        for (StageColumn column : columns) {
            int at = column.indexOf(contactId);
            if (at >= 0) {
                return column.cards().get(at);
            }
        }
        return null;
    }

    public StageColumn column(long stageId) {
        return columns.stream().filter(c -> c.stage().id() == stageId).findFirst().orElse(null);
    }

    private int columnIndex(long stageId) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).stage().id() == stageId) {
                return i;
            }
        }
        return -1;
    }

    /** Selects a card by contact id (or clears the selection). */
    public void select(Long contactId) {
        selected.set(contactId == null ? null : find(contactId));
    }

    public ObservableList<StageColumn> columns() {
        return columns;
    }

    public ObjectProperty<Card> selectedProperty() {
        return selected;
    }

    /**
     * A message key while the search text holds a control character or broken text ({@link dk.netdesk.ui.TypedText#SEARCH}):
     * the board then stays filtered by the last text that could be searched. Null otherwise.
     */
    public javafx.beans.property.ReadOnlyStringProperty searchErrorProperty() {
        return searchError.getReadOnlyProperty();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<String> tagFilterProperty() {
        return tagFilter;
    }

    public ObjectProperty<Source> sourceFilterProperty() {
        return sourceFilter;
    }

    public BooleanProperty followUpTodayProperty() {
        return followUpToday;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }

    static boolean same(Card a, Card b) {
        return a != null && b != null && Objects.equals(a.contactId(), b.contactId());
    }
}
